package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

/** The rules of risk-suspicious-jump.drl, with the default bound of 50%. */
class SuspiciousJumpRulesTest {

    private static final String PREFIX = "Suspicious jump: ";

    private static Runs.Run run(String baselineValue, Observation... observations) {
        var plan = planWith(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR,
                baselineValue == null ? null : baseline(2019, baselineValue),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("1000"))));
        return Runs.run(EvaluationInput.of(plan, List.of(observations), 2022));
    }

    @Test
    void aChangeBeyondTheBound() {
        Runs.Run run = run("100", obs("x", 2020, "140"), obs("x", 2021, "69"), obs("x", 2022, "70"));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(PREFIX + "a year-on-year change beyond the policy's bound");
        List<Finding> findings = run.evaluation().findings(FindingCodes.SUSPICIOUS_JUMP);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).isEqualTo(Map.of("previousYear", "2020", "previousValue", "140",
                "year", "2021", "value", "69", "changePercent", "-50.7", "boundPercent", "50"));
    }

    @Test
    void exactlyTheBoundIsBelievable_gapsAndZeroAreLeftOut() {
        assertThat(run("100", obs("x", 2020, "150")).fired().of(PREFIX)).isEmpty();
        assertThat(run("100", obs("x", 2020, "140"), obs("x", 2021, "70")).fired().of(PREFIX)).isEmpty();
        assertThat(run("100", obs("x", 2021, "300")).fired().of(PREFIX)).isEmpty();
        assertThat(run("0", obs("x", 2020, "30")).fired().of(PREFIX)).isEmpty();
    }

    @Test
    void fromTheBaseline() {
        Runs.Run run = run("100", obs("x", 2020, "151"));
        assertThat(run.evaluation().findings(FindingCodes.SUSPICIOUS_JUMP).get(0).evidence())
                .containsEntry("previousYear", "2019").containsEntry("changePercent", "51.0");
    }
}
