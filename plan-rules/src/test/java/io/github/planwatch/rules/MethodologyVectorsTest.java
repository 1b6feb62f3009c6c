package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.YearSpan;

/** The test vectors of methodology.md, evaluated end to end. */
class MethodologyVectorsTest {

    /** A plan whose period covers the vectors' years. */
    private static ActionPlan plan(Indicator indicator) {
        return Fixtures.plan().period(YearSpan.of(2012, 2030)).horizonYear(2030).title(LocalizedText.of("向量", "vectors"))
                .indicators(List.of(indicator)).build();
    }

    private static Assessment assess(Indicator indicator, List<io.github.planwatch.model.Observation> observations, int asOf) {
        return PlanEvaluator.create().evaluate(plan(indicator), observations, asOf).assessments().get(0);
    }

    /** Open SDG: higher is better, target 9 in 2030, values 5 (2015) and 6 (2016): ON_TRACK, R about 5.0. */
    @Test
    void openSdg_higherIsBetter_onTrack() {
        Indicator i = indicator("v", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2015, "5"),
                Target.level("v-2030", 2030, Comparison.AT_LEAST, d("9")));
        Assessment a = assess(i, List.of(obs("v", 2015, "5"), obs("v", 2016, "6")), 2016);
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.ratio()).isCloseTo(0.2 / 0.0399637, within(1e-3));
        assertThat(a.ratio()).isCloseTo(5.0, within(0.01));
        assertThat(a.score()).isEqualTo(5.0);
    }

    /** Open SDG: lower is better, target 1 in 2030, values 1 (2015) and 3 (2016): the base met the target, DETERIORATION. */
    @Test
    void openSdg_lowerIsBetter_baseOnTarget_deterioration() {
        Indicator i = indicator("v", 1, Direction.LOWER_IS_BETTER, ProgressMethod.CAGR, baseline(2015, "1"),
                Target.level("v-2030", 2030, Comparison.AT_MOST, d("1")));
        Assessment a = assess(i, List.of(obs("v", 2015, "1"), obs("v", 2016, "3")), 2016);
        assertThat(a.status()).isEqualTo(Status.DETERIORATION);
        assertThat(a.ratio()).isNull();
        assertThat(a.score()).isEqualTo(-5.0);
    }

    /** IATI: ascending, baseline 15 (2012), target 50 for 2015, actual 53 in 2015: ACHIEVED. */
    @Test
    void iati_ascending_achieved() {
        Indicator i = indicator("v", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2012, "15"),
                Target.level("v-2015", 2015, Comparison.AT_LEAST, d("50")));
        Assessment a = assess(i, List.of(obs("v", 2015, "53")), 2015);
        assertThat(a.status()).isEqualTo(Status.ACHIEVED);
        assertThat(a.score()).isEqualTo(5.0);
        assertThat(a.latestYear()).isEqualTo(2015);
        assertThat(a.latestValue()).isEqualByComparingTo("53");
    }
}
