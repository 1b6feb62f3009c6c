package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

/** The rules of risk-stale-data.drl, with K = 2 (the default). */
class StaleDataRulesTest {

    private static final String PREFIX = "Stale data: ";

    @Test
    void subjectsWithoutAValueInTheLastTwoYears() {
        var plan = plan()
                .indicators(List.of(
                        indicator("old", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "10"),
                                Target.level("old-2022", 2022, Comparison.AT_LEAST, d("20"))),
                        indicator("fresh", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "10"),
                                Target.level("fresh-2022", 2022, Comparison.AT_LEAST, d("20"))),
                        indicator("none", 3, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                                Target.level("none-2022", 2022, Comparison.AT_LEAST, d("20")))))
                .tasks(List.of(task(1, List.of(COMMERCE), List.of(), quantified(Direction.HIGHER_IS_BETTER, null,
                        Target.level("new-2022", 2022, Comparison.AT_LEAST, d("3"))))))
                .build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(obs("old", 2020, "12"), obs("fresh", 2021, "15")), 2022));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(PREFIX + "the last value is older than the policy allows");
        List<Finding> findings = run.evaluation().findings(FindingCodes.STALE_DATA);
        assertThat(findings).extracting(Finding::subjectId)
                .as("never observed (its assessment says NO_OBSERVATION), and a target first due in 2022 is not yet stale")
                .containsExactly("old");
        assertThat(findings.get(0).evidence()).isEqualTo(Map.of("lastYear", "2020", "lastValue", "12", "asOf", "2022",
                "staleYears", "2"));
    }

    @Test
    void aBaselineAloneIsNotStaleData() {
        // Baseline 10 in 2019 and no observation: as of 2022 the last value is three years old, but
        // nothing was ever observed, and the assessment's INSUFFICIENT_DATA (NO_OBSERVATION) says so.
        var plan = planWith(indicator("x", Direction.HIGHER_IS_BETTER, baseline(2019, "10"),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("20"))));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2022));
        assertThat(run.evaluation().findings(FindingCodes.STALE_DATA)).isEmpty();
        assertThat(run.evaluation().assessments().get(0).reason()).isEqualTo(InsufficientDataReason.NO_OBSERVATION);
    }

    @Test
    void aRecentBaselineCountsAsAValue() {
        var plan = planWith(indicator("x", Direction.HIGHER_IS_BETTER, baseline(2019, "10"),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("20"))));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2020));
        assertThat(run.fired().of(PREFIX)).isEmpty();
    }

    @Test
    void kComesFromThePolicy() {
        var plan = planWith(indicator("x", Direction.HIGHER_IS_BETTER, baseline(2019, "10"),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("20"))));
        PlanEvaluator strict = Runs.EVALUATOR.withPolicy(EvaluationPolicy.builder().staleYears(1).build());
        Runs.Run run = Runs.run(strict, EvaluationInput.of(plan, List.of(obs("x", 2020, "12")), 2021));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(PREFIX + "the last value is older than the policy allows");
    }
}
