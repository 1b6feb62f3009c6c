package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Unit;

/**
 * The rule of risk-suspicious-jump.drl, with the default bounds: 50% of the scale (the larger of
 * the earlier value and the target's threshold), and 10 percentage points for a share.
 */
class SuspiciousJumpRulesTest {

    private static final String RULE = "Suspicious jump: year-on-year changes beyond the policy's bounds";

    private static Runs.Run run(String baselineValue, String targetValue, Observation... observations) {
        return run(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR,
                baselineValue == null ? null : baseline(2019, baselineValue),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d(targetValue))), observations);
    }

    private static Runs.Run run(Indicator indicator, Observation... observations) {
        return Runs.run(EvaluationInput.of(planWith(indicator), List.of(observations), 2022));
    }

    private static List<Finding> jumps(Runs.Run run) {
        return run.evaluation().findings(FindingCodes.SUSPICIOUS_JUMP);
    }

    @Test
    void aChangeBeyondHalfTheScale() {
        // Target 100, so the scale of each step is the larger of its earlier value and 100:
        // 100 → 140 is +40% (believable), 140 → 69 is -71 of 140 = -50.7% (a jump), 69 → 70 +1%.
        Runs.Run run = run("100", "100", obs("x", 2020, "140"), obs("x", 2021, "69"), obs("x", 2022, "70"));
        assertThat(run.fired().of("Suspicious jump: ")).containsExactly(RULE);
        assertThat(jumps(run)).hasSize(1);
        assertThat(jumps(run).get(0).evidence()).isEqualTo(Map.of("steps", "2020-2021", "changes", "-50.7",
                "boundPercent", "50"));
    }

    @Test
    void everyJumpOfASubjectInOneFinding() {
        // Target 10: 10 → 30 is +200% of 10, 30 → 5 is -25 of 30 = -83.3%.
        Runs.Run run = run("10", "10", obs("x", 2020, "30"), obs("x", 2021, "5"));
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        assertThat(jumps(run)).singleElement().extracting(Finding::evidence)
                .isEqualTo(Map.of("steps", "2019-2020,2020-2021", "changes", "+200.0,-83.3", "boundPercent", "50"));
    }

    @Test
    void aCountThatStartsSmallIsJudgedByTheTargetsScale() {
        // 1 → 2 international schools toward 3: +1 of 3 is 33%; 0 → 20.3 km of a new metro line
        // toward 50 km: 40.6%. Neither is a jump; from 0 toward 20, 0 → 15 (75%) is.
        assertThat(jumps(run("1", "3", obs("x", 2020, "2")))).isEmpty();
        assertThat(jumps(run("0", "50", obs("x", 2020, "20.3")))).isEmpty();
        assertThat(jumps(run("0", "20", obs("x", 2020, "15")))).singleElement().extracting(Finding::evidence)
                .isEqualTo(Map.of("steps", "2019-2020", "changes", "+75.0", "boundPercent", "50"));
    }

    @Test
    void exactlyTheBoundIsBelievable_gapsAreLeftOut() {
        assertThat(jumps(run("100", "100", obs("x", 2020, "150")))).isEmpty();
        assertThat(jumps(run("100", "100", obs("x", 2021, "300")))).isEmpty();
        assertThat(jumps(run("0", "0", obs("x", 2020, "30")))).as("no scale at all").isEmpty();
    }

    @Test
    void aShareIsJudgedInPercentagePoints() {
        // A definition break: 55 → 69 → 58 percent is +14 and -11 points, both beyond 10, though
        // neither is half of 55 or 69. 55 → 64 (+9) is believable.
        Indicator share = new Indicator("s", 1, CATEGORY, text("s"), Unit.of("%", "percent"), Direction.HIGHER_IS_BETTER,
                ProgressMethod.LINEAR, baseline(2019, "55"), List.of(Target.level("s-2022", 2022, Comparison.AT_LEAST, d("60"))));
        assertThat(jumps(run(share, obs("s", 2020, "69"), obs("s", 2021, "58")))).singleElement()
                .extracting(Finding::evidence)
                .isEqualTo(Map.of("steps", "2019-2020,2020-2021", "changes", "+14.0,-11.0", "boundPoints", "10"));
        assertThat(jumps(run(share, obs("s", 2020, "64")))).isEmpty();
    }

    @Test
    void aGrowthRateInPercentIsNoShare() {
        // A percent that may be negative (a growth rate) is judged relative to its scale: 6 → 10 toward 7 is +57%.
        Indicator growth = new Indicator("g", 1, CATEGORY, text("g"), new Unit("%", "percent", true),
                Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "6"),
                List.of(Target.level("g-2022", 2022, Comparison.AT_LEAST, d("7"))));
        assertThat(jumps(run(growth, obs("g", 2020, "10")))).singleElement().extracting(Finding::evidence)
                .isEqualTo(Map.of("steps", "2019-2020", "changes", "+57.1", "boundPercent", "50"));
    }
}
