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
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;

/** The rules of risk-target-inconsistent.drl. */
class TargetInconsistentRulesTest {

    private static final String PREFIX = "Target inconsistent: ";

    @Test
    void laterTargetAsksForLess_andBaselineAlreadyMeets() {
        var plan = planWith(
                indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "50"),
                        Target.level("x-2022", 2022, Comparison.AT_LEAST, d("100")),
                        Target.level("x-2025", 2025, Comparison.AT_LEAST, d("90"))),
                indicator("pm", 2, Direction.LOWER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "30"),
                        Target.level("pm-2022", 2022, Comparison.AT_MOST, d("35"))),
                indicator("share", 3, Direction.NONE, ProgressMethod.CAGR, baseline(2019, "13"),
                        Target.about("share-2022", 2022, d("13"), null)));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2020));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(
                PREFIX + "a later target asks for less than an earlier one", PREFIX + "the baseline already meets a target");
        List<Finding> findings = run.evaluation().findings(FindingCodes.TARGET_INCONSISTENT);
        assertThat(findings).extracting(Finding::subjectId).containsExactly("pm-2022", "x-2025");
        assertThat(findings).allMatch(f -> f.subjectKind() == SubjectKind.TARGET);
        assertThat(findings.get(0).evidence()).isEqualTo(Map.of("baselineYear", "2019", "baselineValue", "30",
                "targetYear", "2022", "target", "≤ 35"));
        assertThat(findings.get(1).evidence()).isEqualTo(Map.of("earlierTarget", "x-2022", "earlierYear", "2022",
                "earlierThreshold", "100", "laterYear", "2025", "laterThreshold", "90"));
        assertThat(findings.get(1).message().en()).isEqualTo("x: the 2025 target (≥ 90) asks for less than the 2022 target (≥ 100).");
    }

    @Test
    void notForRisingTargets() {
        var plan = planWith(indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800")),
                Target.level("gdp-2025", 2025, Comparison.AT_LEAST, d("8400"))));
        assertThat(Runs.run(EvaluationInput.of(plan, List.of(), 2020)).fired().of(PREFIX)).isEmpty();
    }
}
