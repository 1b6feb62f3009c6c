package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.YearSpan;

/** One score per status, given by the step of the status rules that decides the status. */
class ScoreRulesTest {

    private static final String LEVEL = "Level status: in the methodology's order";
    private static final String YEARLY = "Yearly status: in the methodology's order";

    private static Indicator linear(Target... targets) {
        return indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"), targets);
    }

    private static Runs.Run run(Indicator indicator, int asOf, Observation... observations) {
        return Runs.run(EvaluationInput.of(planWith(indicator), List.of(observations), asOf));
    }

    private static Assessment first(Runs.Run run) {
        return run.evaluation().assessments().get(0);
    }

    @Test
    void achieved_maximum() {
        Runs.Run run = run(linear(Target.level("x-2021", 2021, Comparison.AT_LEAST, d("150"))), 2021, obs("x", 2021, "150"));
        assertThat(run.fired().count(LEVEL)).isEqualTo(1);
        assertThat(first(run).status()).isEqualTo(Status.ACHIEVED);
        assertThat(first(run).score()).isEqualTo(5.0);
    }

    @Test
    void missed_minimum() {
        Runs.Run run = run(linear(Target.level("x-2021", 2021, Comparison.AT_LEAST, d("150"))), 2021, obs("x", 2021, "149"));
        assertThat(run.fired().count(LEVEL)).isEqualTo(1);
        assertThat(first(run).status()).isEqualTo(Status.MISSED);
        assertThat(first(run).score()).isEqualTo(-5.0);
    }

    @Test
    void ahead_byRatio() {
        // R = 0.75: 7.1429 * 0.75 - 4.2857
        Runs.Run run = run(linear(Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"))), 2021, obs("x", 2021, "150"));
        assertThat(run.fired().count(LEVEL)).isEqualTo(1);
        assertThat(first(run).status()).isEqualTo(Status.ACCELERATION_NEEDED);
        assertThat(first(run).ratio()).isEqualTo(0.75);
        assertThat(first(run).score()).isCloseTo(7.1429 * 0.75 - 4.2857, within(1e-12));
    }

    @Test
    void ahead_lowRatio() {
        // R = -0.15: 4.1667 * -0.15 - 2.5
        Runs.Run run = run(linear(Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"))), 2021, obs("x", 2021, "90"));
        assertThat(first(run).status()).isEqualTo(Status.DETERIORATION);
        assertThat(first(run).score()).isCloseTo(4.1667 * -0.15 - 2.5, within(1e-12));
    }

    @Test
    void baseOnTarget_minimum() {
        Indicator pm = indicator("pm", 1, Direction.LOWER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "35"),
                Target.level("pm-2022", 2022, Comparison.AT_MOST, d("35")));
        Runs.Run run = run(pm, 2021, obs("pm", 2021, "36"));
        assertThat(run.fired().count(LEVEL)).isEqualTo(1);
        assertThat(first(run).status()).isEqualTo(Status.DETERIORATION);
        assertThat(first(run).score()).isEqualTo(-5.0);
    }

    @Test
    void yearlyOnTrack_maximum() {
        Indicator events = indicator("events", Direction.HIGHER_IS_BETTER, null,
                Target.yearlyCount("events-yearly", YearSpan.of(2020, 2022), d("2")));
        Runs.Run run = run(events, 2021, obs("events", 2020, "2"), obs("events", 2021, "4"));
        assertThat(run.fired().count(YEARLY)).isEqualTo(1);
        assertThat(first(run).status()).isEqualTo(Status.ON_TRACK);
        assertThat(first(run).score()).isEqualTo(5.0);
    }

    @Test
    void insufficientData_noScore() {
        Runs.Run run = run(linear(Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"))), 2021);
        assertThat(run.fired().count(LEVEL)).isEqualTo(1);
        assertThat(first(run).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(first(run).score()).isNull();
        assertThat(first(run).isScored()).isFalse();
    }
}
