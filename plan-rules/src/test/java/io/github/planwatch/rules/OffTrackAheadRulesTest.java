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
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Target;

/** The rules of risk-off-track-ahead.drl. */
class OffTrackAheadRulesTest {

    private static final String PREFIX = "Off track ahead: ";

    private static Runs.Run run(int asOf, Observation... observations) {
        var plan = planWith(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"),
                Target.level("x-2021", 2021, Comparison.AT_LEAST, d("150")),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200")),
                Target.level("x-2025", 2025, Comparison.AT_LEAST, d("300"))));
        return Runs.run(EvaluationInput.of(plan, List.of(observations), asOf));
    }

    @Test
    void aMissedTargetPutsTheLaterOnesAtRisk() {
        Runs.Run run = run(2021, obs("x", 2021, "120"));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(
                PREFIX + "a nearer target is missed or deteriorating while a later one is still ahead");
        List<Finding> findings = run.evaluation().findings(FindingCodes.OFF_TRACK_AHEAD);
        assertThat(findings).extracting(Finding::subjectId).containsExactly("x-2022", "x-2025");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(findings.get(0).evidence()).isEqualTo(Map.of("nearerTarget", "x-2021", "nearerYear", "2021",
                "nearerStatus", "MISSED", "laterYear", "2022"));
        assertThat(findings.get(0).message().zh()).isEqualTo("“测x”2021年的目标未实现，而2022年的目标尚未到期。");
    }

    @Test
    void aDeterioratingTargetPutsTheLaterOnesAtRisk() {
        Runs.Run run = run(2020, obs("x", 2020, "90"));
        assertThat(run.evaluation().findings(FindingCodes.OFF_TRACK_AHEAD)).extracting(Finding::subjectId)
                .containsExactly("x-2022", "x-2025", "x-2025");
    }

    @Test
    void notWhileTheNearerTargetIsMet() {
        assertThat(run(2021, obs("x", 2021, "150")).fired().of(PREFIX)).isEmpty();
    }
}
