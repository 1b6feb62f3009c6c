package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.YearSpan;

/** The rules of risk-provisional-basis.drl. */
class ProvisionalBasisRulesTest {

    private static final String PREFIX = "Provisional basis: ";

    @Test
    void statusesThatRestOnProvisionalFigures() {
        var plan = plan()
                .indicators(List.of(
                        indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                                Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800"))),
                        indicator("rd", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "2"),
                                Target.level("rd-2022", 2022, Comparison.AT_LEAST, d("3")))))
                .tasks(List.of(task(1, List.of(COMMERCE), List.of(), quantified(Direction.HIGHER_IS_BETTER, null,
                        Target.yearlyCount("events", YearSpan.of(2020, 2022), d("2"))))))
                .build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(provisional("gdp", 2021, "6795"),
                obs("rd", 2020, "2.2"), provisional("events", 2020, "3"), obs("events", 2021, "2")), 2021));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(
                PREFIX + "a level target's status rests on a provisional figure",
                PREFIX + "a yearly target's status rests on a provisional figure");
        List<Finding> findings = run.evaluation().findings(FindingCodes.PROVISIONAL_BASIS);
        assertThat(findings).extracting(Finding::subjectId).containsExactly("events", "gdp-2022");
        assertThat(findings.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(1).evidence()).isEqualTo(Map.of("status", "ON_TRACK", "provisionalYears", "2021"));
        assertThat(findings.get(0).evidence()).isEqualTo(Map.of("status", "ON_TRACK", "provisionalYears", "2020"));
    }

    @Test
    void notWhenThereIsNotEnoughDataToJudge() {
        var plan = planWith(indicator("x", Direction.HIGHER_IS_BETTER, null,
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("10"))));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(provisional("x", 2021, "5")), 2021));
        assertThat(run.fired().of(PREFIX)).isEmpty();
    }
}
