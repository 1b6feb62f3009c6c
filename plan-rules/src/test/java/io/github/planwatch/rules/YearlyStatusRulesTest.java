package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.YearResult;
import io.github.planwatch.model.YearSpan;

/** The rule of status-yearly.drl: one status per yearly target, from the results of its due years, the first step that holds deciding. */
class YearlyStatusRulesTest {

    private static final String PREFIX = "Yearly status: ";
    private static final String RULE = PREFIX + "in the methodology's order";

    private static final Target GROWTH = Target.yearlyGrowth("fdi-growth", YearSpan.of(2020, 2022), d("10"));
    private static final Target COUNT = Target.yearlyCount("events", YearSpan.of(2020, 2022), d("2"));
    private static final Target BAND = Target.holdBand("share", YearSpan.of(2020, 2022), d("13"), Tolerance.relative(d("0.05")));

    private static Assessment assess(Runs.Run run) {
        return run.evaluation().assessments().get(0);
    }

    /** A target stated in a task, observed under its own id. */
    private static Runs.Run runTask(Target target, String baselineValue, List<Observation> observations, int asOf) {
        var plan = plan().tasks(List.of(task(1, List.of(COMMERCE), List.of(),
                quantified(Direction.HIGHER_IS_BETTER, baselineValue == null ? null : baseline(2019, baselineValue), target))))
                .build();
        return Runs.run(EvaluationInput.of(plan, observations, asOf));
    }

    @Test
    void notYetDue() {
        Target later = Target.yearlyCount("events", YearSpan.of(2023, 2025), d("2"));
        Runs.Run run = runTask(later, null, List.of(obs("events", 2022, "3")), 2022);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        assertThat(assess(run).reason()).isEqualTo(InsufficientDataReason.NOT_YET_DUE);
        assertThat(assess(run).years()).isEmpty();
    }

    @Test
    void nothingObserved() {
        Runs.Run run = runTask(COUNT, null, List.of(), 2021);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        Assessment a = assess(run);
        assertThat(a.reason()).isEqualTo(InsufficientDataReason.NO_OBSERVATION);
        assertThat(a.years()).extracting(YearResult::status).containsExactly(Status.INSUFFICIENT_DATA, Status.INSUFFICIENT_DATA);
    }

    @Test
    void aDueYearMissed() {
        // 100 (2019) -> 105 (2020): 5%, missed; -> 120 (2021): 14.29%, met.
        Runs.Run run = runTask(GROWTH, "100", List.of(obs("fdi-growth", 2020, "105"), obs("fdi-growth", 2021, "120")), 2021);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        Assessment a = assess(run);
        assertThat(a.status()).isEqualTo(Status.MISSED);
        assertThat(a.years()).extracting(YearResult::year, YearResult::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2020, Status.MISSED),
                        org.assertj.core.groups.Tuple.tuple(2021, Status.ACHIEVED));
        assertThat(a.years().get(0).value()).isEqualByComparingTo("5");
        assertThat(a.years().get(1).value().toPlainString()).startsWith("14.2857142857");
        assertThat(a.yearsWith(Status.MISSED)).isEqualTo(1);
        assertThat(a.yearsWith(Status.ACHIEVED)).isEqualTo(1);
    }

    @Test
    void aDueYearNotReported() {
        Runs.Run run = runTask(COUNT, null, List.of(obs("events", 2020, "3")), 2021);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        assertThat(assess(run).reason()).isEqualTo(InsufficientDataReason.DUE_YEAR_NOT_REPORTED);
    }

    @Test
    void growthNeedsTheYearBefore() {
        Runs.Run run = runTask(GROWTH, null, List.of(obs("fdi-growth", 2020, "105")), 2020);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
    }

    @Test
    void everyYearOfTheSpanMet() {
        Runs.Run run = runTask(BAND, null,
                List.of(obs("share", 2020, "12.8"), obs("share", 2021, "13.3"), obs("share", 2022, "13")), 2022);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        assertThat(assess(run).status()).isEqualTo(Status.ACHIEVED);
        assertThat(assess(run).tolerance()).isEqualByComparingTo("0.65");
    }

    @Test
    void everyDueYearSoFarMet() {
        Runs.Run run = runTask(BAND, null, List.of(obs("share", 2020, "12.8"), obs("share", 2021, "13.3")), 2021);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        assertThat(assess(run).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void bandMissedOnEitherSide() {
        Runs.Run run = runTask(BAND, null, List.of(obs("share", 2020, "12.2"), obs("share", 2021, "13.8")), 2021);
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        assertThat(assess(run).yearsWith(Status.MISSED)).isEqualTo(2);
    }

    @Test
    void indicatorTargetsAreJudgedTheSameWay() {
        var plan = planWith(indicator("a-events", Direction.HIGHER_IS_BETTER, null, COUNT));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(obs("a-events", 2020, "2"), obs("a-events", 2021, "1")), 2021));
        assertThat(run.fired().count(RULE)).isEqualTo(1);
    }
}
