package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

/** The rules of risk-indicator-without-owner.drl. */
class IndicatorWithoutOwnerRulesTest {

    private static final String PREFIX = "Indicator without owner: ";

    @Test
    void onlyTheIndicatorWithoutAnAccountableUnit() {
        var plan = planWith(
                indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                        Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800"))),
                indicator("rd", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                        Target.level("rd-2022", 2022, Comparison.AT_LEAST, d("3"))));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2021)
                .withAccountabilities(List.of(Accountability.of("gdp", COMMERCE))));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(PREFIX + "no unit is accountable for an indicator");
        assertThat(run.evaluation().findings(FindingCodes.INDICATOR_WITHOUT_OWNER)).extracting(Finding::subjectId)
                .containsExactly("rd");
        assertThat(run.evaluation().findings(FindingCodes.INDICATOR_WITHOUT_OWNER).get(0).message().zh())
                .isEqualTo("指标2“测rd”没有明确的责任单位。");
    }

    @Test
    void anIndicatorWhoseOwnersThePlanStates_orWhoseTaskHasALeadUnit_hasAnOwner() {
        var plan = Fixtures.plan()
                .tasks(List.of(task(1, List.of(COMMERCE), List.of()), task(2, List.of(), List.of()),
                        task(3, List.of(), List.of(SCIENCE))))
                .indicators(List.of(
                        indicator("stated", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                                Target.level("stated-2022", 2022, Comparison.AT_LEAST, d("1")))
                                .withOwners(List.of(), List.of(), List.of(SCIENCE)),
                        indicator("led", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                                Target.level("led-2022", 2022, Comparison.AT_LEAST, d("1")))
                                .withOwners(List.of(2, 1), List.of(), List.of()),
                        indicator("shared", 3, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                                Target.level("shared-2022", 2022, Comparison.AT_LEAST, d("1")))
                                .withOwners(List.of(3), List.of(), List.of()),
                        indicator("nobody", 4, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                                Target.level("nobody-2022", 2022, Comparison.AT_LEAST, d("1")))
                                .withOwners(List.of(2), List.of(), List.of())))
                .build();

        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2021));

        // Task 2 names no unit at all, so "nobody" is the one indicator the plan truly leaves without an owner.
        assertThat(run.evaluation().findings(FindingCodes.INDICATOR_WITHOUT_OWNER)).extracting(Finding::subjectId)
                .containsExactly("nobody");
    }
}
