package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ObservationFlag;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearSpan;

/**
 * Breaks in series, worked by hand on the case of a survey whose questions changed: a share of
 * 55% in 2019 (the baseline), 69% in 2020, 58% in 2021, toward at least 75% by 2025, judged as of
 * 2021 with the default bounds (a share's jump is beyond 10 percentage points). The rule of
 * risk-series-break.drl, and REGRESSION, SUSPICIOUS_JUMP and the anticipated value as they respect breaks.
 */
class SeriesBreakRulesTest {

    private static final String RULE = "Series break: a status measured across a break in series";

    private static final Indicator SURVEY = new Indicator("s", 1, CATEGORY, text("s"), Unit.of("%", "percent"),
            Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "55"),
            List.of(Target.level("s-2025", 2025, Comparison.AT_LEAST, d("75"))));

    private static Observation changed(String subject, int year, String value) {
        return obs(subject, year, value).withFlags(List.of(ObservationFlag.DEFINITION_CHANGE));
    }

    private static Runs.Run run(Observation... observations) {
        return Runs.run(EvaluationInput.of(planWith(SURVEY), List.of(observations), 2021));
    }

    private static List<Finding> findings(Runs.Run run, String code) {
        return run.evaluation().findings(code);
    }

    @Test
    void unflagged_theRiseIsProgressAndTheFallARegression() {
        // What the rules said before flags: +14 and -11 points are both jumps, 69 → 58 a regression, no break.
        Runs.Run run = run(obs("s", 2020, "69"), obs("s", 2021, "58"));

        assertThat(findings(run, FindingCodes.SUSPICIOUS_JUMP)).singleElement().extracting(Finding::evidence)
                .isEqualTo(Map.of("steps", "2019-2020,2020-2021", "changes", "+14.0,-11.0", "boundPoints", "10"));
        assertThat(findings(run, FindingCodes.REGRESSION)).hasSize(1);
        assertThat(run.fired().of("Series break: ")).isEmpty();
    }

    @Test
    void questionsChangedIn2020_noJumpAcrossTheBreak_theFallAfterItIsOnComparableValues() {
        // 69 is the first value of the new questions. 55 → 69 crosses the break: no step, no jump.
        // 69 → 58 is -11 points between comparable values: still a jump (beyond 10) and a regression.
        // R from the 2019 baseline to 2021 crosses the 2020 break: SERIES_BREAK says so.
        Runs.Run run = run(changed("s", 2020, "69"), obs("s", 2021, "58"));

        assertThat(findings(run, FindingCodes.SUSPICIOUS_JUMP)).singleElement().extracting(Finding::evidence)
                .isEqualTo(Map.of("steps", "2020-2021", "changes", "-11.0", "boundPoints", "10"));
        assertThat(findings(run, FindingCodes.REGRESSION)).singleElement().extracting(Finding::evidence)
                .isEqualTo(Map.of("target", "s-2025", "previousYear", "2020", "previousValue", "69",
                        "latestYear", "2021", "latestValue", "58"));
        assertThat(run.fired().of("Series break: ")).containsExactly(RULE);
        Finding f = findings(run, FindingCodes.SERIES_BREAK).get(0);
        assertThat(f.subjectId()).isEqualTo("s-2025");
        assertThat(f.evidence()).isEqualTo(Map.of("baseYear", "2019", "judgedYear", "2021", "breakYears", "2020"));
        assertThat(f.message().en()).isEqualTo("s, target s-2025: progress is measured from 2019 to 2021 across a break"
                + " in series in 2020; the values before and after it are not comparable, so the status may show the"
                + " change of series rather than progress.");
        // The status keeps the method's R, as Open SDG's would: (58 - 55) / 2 years against (75 - 55) / 6 years.
        assertThat(run.evaluation().assessment("s-2025").orElseThrow().ratio()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.evaluation().assessment("s-2025").orElseThrow().status()).isEqualTo(Status.LIMITED_PROGRESS);
        // The anticipated value is fitted to 69, 58 only, the values of the new questions: exactly
        // linear, 58 - 11 × 4 = 14 in 2025.
        assertThat(run.evaluation().assessment("s-2025").orElseThrow().anticipated().value())
                .isEqualByComparingTo(new BigDecimal("14"));
    }

    @Test
    void questionsChangedIn2020AndAgainIn2021_noRegressionNoJumpAndNoTrend() {
        Runs.Run run = run(changed("s", 2020, "69"), changed("s", 2021, "58"));

        assertThat(findings(run, FindingCodes.SUSPICIOUS_JUMP)).isEmpty();
        assertThat(findings(run, FindingCodes.REGRESSION)).isEmpty();
        assertThat(findings(run, FindingCodes.SERIES_BREAK)).singleElement().extracting(Finding::evidence)
                .isEqualTo(Map.of("baseYear", "2019", "judgedYear", "2021", "breakYears", "2020,2021"));
        assertThat(run.evaluation().assessment("s-2025").orElseThrow().anticipated())
                .as("one comparable value is no trend").isNull();
    }

    @Test
    void aBreakBeforeTheBaseOrWithoutAJudgedPoint_isNotCrossed() {
        // Measured from the first observation, itself the first of a new series: nothing is crossed.
        Indicator fromFirst = new Indicator("f", 1, CATEGORY, text("f"), UNIT, Direction.HIGHER_IS_BETTER,
                ProgressMethod.CAGR, null, List.of(Target.level("f-2025", 2025, Comparison.AT_LEAST, d("200"))));
        Runs.Run run = Runs.run(EvaluationInput.of(planWith(fromFirst),
                List.of(changed("f", 2020, "100"), obs("f", 2021, "110")), 2021));

        assertThat(run.fired().of("Series break: ")).isEmpty();
    }

    @Test
    void proxyAndEstimate_breakNothing() {
        Runs.Run run = run(obs("s", 2020, "69").withFlags(List.of(ObservationFlag.PROXY, ObservationFlag.ESTIMATE)),
                obs("s", 2021, "58"));

        assertThat(run.fired().of("Series break: ")).isEmpty();
        assertThat(findings(run, FindingCodes.REGRESSION)).hasSize(1);
    }

    @Test
    void yearlyGrowthOverTheYearBeforeABreak_isSaid() {
        // Growth of 2021 over 2020 compares 110 under a new definition with 100 under the old.
        Indicator growth = new Indicator("g", 1, CATEGORY, text("g"), UNIT, Direction.HIGHER_IS_BETTER,
                ProgressMethod.CAGR, baseline(2019, "95"),
                List.of(Target.yearlyGrowth("g-yearly", YearSpan.of(2020, 2022), d("5"))));
        Runs.Run run = Runs.run(EvaluationInput.of(planWith(growth),
                List.of(obs("g", 2020, "100"), changed("g", 2021, "110")), 2021));

        assertThat(findings(run, FindingCodes.SERIES_BREAK)).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("g-yearly");
            assertThat(f.evidence()).isEqualTo(Map.of("breakYears", "2021"));
        });
        assertThat(run.evaluation().assessment("g-yearly").orElseThrow().status()).isNotEqualTo(Status.INSUFFICIENT_DATA);
    }
}
