package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.LastAssessed;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Unit;

/**
 * The rule of status-level.drl: it fires once for each LEVEL or CUMULATIVE target, and the first of
 * its steps that holds decides (a named branch, or the band of R for a target still ahead).
 */
class LevelStatusRulesTest {

    private static final String PREFIX = "Level status: ";
    private static final String RULE = PREFIX + "in the methodology's order";

    /** An indicator "x", higher is better, measured linearly from 100 in 2019 toward at least 200 in 2022. */
    private static Indicator linear(Target target) {
        return indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"), target);
    }

    private static final Target X_2022 = Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"));

    private static Runs.Run run(Indicator indicator, List<Observation> observations, int asOf) {
        return Runs.run(EvaluationInput.of(planWith(indicator), observations, asOf));
    }

    /** The status rule fired once for the one target, and its first step that holds gave this status. */
    private static void assertFired(Runs.Run run, Status status, InsufficientDataReason reason) {
        assertThat(run.fired().of(PREFIX)).containsExactly(RULE);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        Assessment a = run.evaluation().assessments().get(0);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.reason()).isEqualTo(reason);
    }

    @Test
    void noUsableObservation() {
        assertFired(run(linear(X_2022), List.of(), 2021), Status.INSUFFICIENT_DATA,
                InsufficientDataReason.NO_OBSERVATION);
    }

    @Test
    void noUsableObservation_onlyBeforeTheBaseYear() {
        assertFired(run(linear(X_2022), List.of(obs("x", 2018, "90")), 2021), Status.INSUFFICIENT_DATA, InsufficientDataReason.NO_OBSERVATION);
    }

    @Test
    void targetYearPassed_meets() {
        assertFired(run(linear(X_2022), List.of(obs("x", 2022, "200"), obs("x", 2023, "150")), 2023),
                Status.ACHIEVED, null);
    }

    @Test
    void targetYearPassed_misses() {
        // A later value that meets the target does not count: the year of the target is judged.
        assertFired(run(linear(X_2022), List.of(obs("x", 2022, "199"), obs("x", 2023, "250")), 2023),
                Status.MISSED, null);
    }

    /** "More than 200" is strict: 200 in its year misses it, as AT_LEAST 200 would not. */
    @Test
    void above_targetYearPassed_exactlyTheLevelMisses() {
        Target above = Target.level("x-2022", 2022, Comparison.ABOVE, d("200"));
        assertFired(run(linear(above), List.of(obs("x", 2022, "200")), 2023), Status.MISSED, null);
        assertFired(run(linear(above), List.of(obs("x", 2022, "200.5")), 2023), Status.ACHIEVED, null);
    }

    /** The methodology's worked example: more than 90 in 2025 from 80 in 2020, 86 in 2023 is on pace. */
    @Test
    void above_aheadOfItsYear_isMeasuredTowardTheLevel() {
        Indicator share = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2020, "80"),
                Target.level("x-2025", 2025, Comparison.ABOVE, d("90")));
        Runs.Run run = run(share, List.of(obs("x", 2023, "86")), 2023);
        assertFired(run, Status.ON_TRACK, null);
        assertThat(run.evaluation().assessments().get(0).ratio()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertFired(run(share, List.of(obs("x", 2023, "91")), 2023), Status.ACHIEVED, null);
    }

    @Test
    void targetYearPassed_notReported() {
        assertFired(run(linear(X_2022), List.of(obs("x", 2021, "250")), 2022),
                Status.INSUFFICIENT_DATA,
                InsufficientDataReason.TARGET_YEAR_NOT_REPORTED);
    }

    /** A passed target year unreported once said only "insufficient data", though the figure before said on track. */
    @Test
    void targetYearPassed_notReported_carriesTheStatusItsLatestFigureGave() {
        // 2021 is the latest: as of 2021 the 2022 target is ahead, R = (180 - 100) * 3 / ((200 - 100) * 2) = 1.2.
        Runs.Run onTrack = run(linear(X_2022), List.of(obs("x", 2021, "180")), 2022);
        // R = (150 - 100) * 3 / ((200 - 100) * 2) = 0.75, between 0.6 and 0.95.
        Runs.Run slow = run(linear(X_2022), List.of(obs("x", 2021, "150")), 2022);
        // 250 in 2021 already meets at least 200.
        Runs.Run met = run(linear(X_2022), List.of(obs("x", 2021, "250")), 2022);

        assertFired(onTrack, Status.INSUFFICIENT_DATA, InsufficientDataReason.TARGET_YEAR_NOT_REPORTED);
        assertThat(onTrack.evaluation().assessments().get(0).last()).isEqualTo(new LastAssessed(2021, Status.ON_TRACK));
        assertThat(slow.evaluation().assessments().get(0).last()).isEqualTo(new LastAssessed(2021, Status.ACCELERATION_NEEDED));
        assertThat(met.evaluation().assessments().get(0).last()).isEqualTo(new LastAssessed(2021, Status.ACHIEVED));
        // The status stays INSUFFICIENT_DATA without a score: the last status informs, it does not judge.
        assertThat(onTrack.evaluation().assessments().get(0).score()).isNull();
    }

    @Test
    void targetYearPassed_notReported_noLastStatusWhereTheFigureSaidNothing() {
        Indicator noBaseline = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null, X_2022);
        // The only value is the base itself: as of 2021 there was a single data point.
        Runs.Run single = run(noBaseline, List.of(obs("x", 2021, "150")), 2022);

        assertFired(single, Status.INSUFFICIENT_DATA, InsufficientDataReason.TARGET_YEAR_NOT_REPORTED);
        assertThat(single.evaluation().assessments().get(0).last()).isNull();
    }

    @Test
    void judgedTargets_haveNoLastStatus() {
        Runs.Run missed = run(linear(X_2022), List.of(obs("x", 2021, "190"), obs("x", 2022, "199")), 2022);
        Runs.Run ahead = run(linear(X_2022), List.of(obs("x", 2021, "180")), 2021);

        assertThat(missed.evaluation().assessments().get(0).last()).isNull();
        assertThat(ahead.evaluation().assessments().get(0).last()).isNull();
    }

    @Test
    void ahead_alreadyMet() {
        assertFired(run(linear(X_2022), List.of(obs("x", 2020, "201")), 2021),
                Status.ACHIEVED, null);
    }

    @Test
    void ahead_onTrack() {
        // R = (180 - 100) * 3 / ((200 - 100) * 2) = 1.2
        assertFired(run(linear(X_2022), List.of(obs("x", 2021, "180")), 2021),
                Status.ON_TRACK, null);
    }

    @Test
    void ahead_accelerationNeeded() {
        // R = 50 * 3 / 200 = 0.75
        assertFired(run(linear(X_2022), List.of(obs("x", 2021, "150")), 2021),
                Status.ACCELERATION_NEEDED, null);
    }

    @Test
    void ahead_limitedProgress() {
        // R = 20 * 3 / 200 = 0.3
        assertFired(run(linear(X_2022), List.of(obs("x", 2021, "120")), 2021),
                Status.LIMITED_PROGRESS, null);
    }

    @Test
    void ahead_deterioration() {
        // R = -10 * 3 / 200 = -0.15
        assertFired(run(linear(X_2022), List.of(obs("x", 2021, "90")), 2021),
                Status.DETERIORATION, null);
    }

    @Test
    void ahead_thresholdsComeFromThePolicy() {
        PlanEvaluator lenient = Runs.EVALUATOR.withPolicy(EvaluationPolicy.builder().onTrackRatio(0.7).build());
        Runs.Run run = Runs.run(lenient, EvaluationInput.of(planWith(linear(X_2022)), List.of(obs("x", 2021, "150")), 2021));
        assertFired(run, Status.ON_TRACK, null);
    }

    @Test
    void ahead_baseSatOnTheTarget() {
        Indicator pm = indicator("pm", 1, Direction.LOWER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "35"),
                Target.level("pm-2022", 2022, Comparison.AT_MOST, d("35")));
        assertFired(run(pm, List.of(obs("pm", 2020, "37")), 2021),
                Status.DETERIORATION, null);
    }

    @Test
    void ahead_singleDataPoint() {
        Indicator noBaseline = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null, X_2022);
        assertFired(run(noBaseline, List.of(obs("x", 2021, "150")), 2021), Status.INSUFFICIENT_DATA, InsufficientDataReason.SINGLE_DATA_POINT);
    }

    @Test
    void ahead_mixedSigns() {
        Indicator balance = new Indicator("balance", 1, CATEGORY, text("balance"), new Unit("亿元", "100 million yuan", true),
                Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "-5"),
                List.of(Target.level("balance-2022", 2022, Comparison.AT_LEAST, d("10"))));
        assertFired(run(balance, List.of(obs("balance", 2021, "3")), 2021), Status.INSUFFICIENT_DATA, InsufficientDataReason.MIXED_SIGNS);
    }

    @Test
    void exactlyOneStatusRuleFiresPerTarget() {
        Indicator x = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"),
                Target.level("x-2020", 2020, Comparison.AT_LEAST, d("120")),
                Target.level("x-2021", 2021, Comparison.AT_LEAST, d("150")),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200")),
                Target.level("x-2025", 2025, Comparison.AT_LEAST, d("300")));
        // Both later targets: R = 40 * 3 / (100 * 2) = 40 * 6 / (200 * 2) = 0.6, the threshold itself.
        Runs.Run run = run(x, List.of(obs("x", 2020, "125"), obs("x", 2021, "140")), 2021);
        assertThat(run.fired().all().stream().filter(n -> n.startsWith(PREFIX)).count()).isEqualTo(4);
        assertThat(run.evaluation().assessments()).extracting(Assessment::status)
                .containsExactly(Status.ACHIEVED, Status.MISSED, Status.ACCELERATION_NEEDED, Status.ACCELERATION_NEEDED);
    }

    /**
     * A value that has not moved since the base is limited progress whichever way is better: R is
     * d times no change, which for lower-is-better was -0.0, and the rules read -0.0 as below 0.
     */
    @Test
    void targetAhead_valueUnchanged_isLimitedProgressWhicheverWayIsBetter() {
        for (ProgressMethod method : ProgressMethod.values()) {
            Indicator lower = indicator("x", 1, Direction.LOWER_IS_BETTER, method, baseline(2019, "50"),
                    Target.level("x-2025", 2025, Comparison.AT_MOST, d("40")));
            Indicator higher = indicator("x", 1, Direction.HIGHER_IS_BETTER, method, baseline(2019, "50"),
                    Target.level("x-2025", 2025, Comparison.AT_LEAST, d("60")));
            for (Indicator indicator : List.of(lower, higher)) {
                Runs.Run run = run(indicator, List.of(obs("x", 2021, "50")), 2021);
                assertFired(run, Status.LIMITED_PROGRESS, null);
                assertThat(run.evaluation().assessments().get(0).ratio()).isZero();
            }
        }
    }
}
