package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.YearSpan;

/**
 * Every assessment of a LEVEL or CUMULATIVE target still ahead whose subject has values in two
 * years or more carries where it is anticipated to be in the target year, beside its status.
 */
class AnticipatedAssessmentTest {

    private static final Target AT_LEAST_200_IN_2022 = Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"));

    private static Indicator linear(Target... targets) {
        return indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"), targets);
    }

    private static Assessment assess(Indicator indicator, int asOf, String... yearsAndValues) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            observations.add(obs(indicator.id(), Integer.parseInt(yearsAndValues[i]), yearsAndValues[i + 1]));
        }
        Evaluation e = PlanEvaluator.create().evaluate(planWith(indicator), observations, asOf);
        return e.assessments().get(0);
    }

    @Test
    void aTargetAheadWithTwoValues_theStraightLineThroughThem() {
        // Baseline 100 in 2019, 140 in 2021: 20 a year, so 160 in 2022, 40 short of 200. The status
        // (R = 20 / 33.3 = 0.6, ACCELERATION_NEEDED) stands as it is.
        Assessment a = assess(linear(AT_LEAST_200_IN_2022), 2021, "2021", "140");
        assertThat(a.status()).isEqualTo(Status.ACCELERATION_NEEDED);
        Anticipation anticipated = a.anticipated();
        assertThat(anticipated.year()).isEqualTo(2022);
        assertThat(anticipated.value()).isEqualByComparingTo("160");
        assertThat(anticipated.gap()).isEqualByComparingTo("40");
        assertThat(anticipated.met()).isFalse();
        assertThat(anticipated.hasBand()).as("two values leave no scatter to estimate").isFalse();
    }

    @Test
    void aStatusAndTheTrendMayDisagree() {
        // 100 (2019), 190 (2020), 170 (2021): from the base, R = (70/2) / (100/3) = 1.05, ON_TRACK;
        // the weighted trend bends with the fall of the last year. With x = -2, -1, 0 and w = 0.630,
        // 0.794, 1 (Σ w = 2.4237): x̄ = -2.0537 / 2.4237 = -0.8473, z̄ = 383.80 / 2.4237 = 158.36;
        // b = Σ w (x - x̄)(z - z̄) / Σ w (x - x̄)² = 30.76, so the line reaches
        // 158.36 + 30.76 × (1 + 0.8473) = 215.2 in 2022: met, and beyond the last value.
        Assessment a = assess(linear(AT_LEAST_200_IN_2022), 2021, "2020", "190", "2021", "170");
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.anticipated().value().doubleValue()).isCloseTo(215.19, within(0.01));
        assertThat(a.anticipated().met()).isTrue();
        assertThat(a.anticipated().low()).isLessThan(a.anticipated().value());
    }

    @Test
    void noAnticipationOnceTheTargetYearHasPassed() {
        assertThat(assess(linear(AT_LEAST_200_IN_2022), 2022, "2021", "140", "2022", "150").anticipated()).isNull();
    }

    @Test
    void noAnticipationFromOneValue() {
        Indicator withoutBaseline = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null,
                AT_LEAST_200_IN_2022);
        assertThat(assess(withoutBaseline, 2021, "2021", "140").anticipated()).isNull();
    }

    @Test
    void noAnticipationOfAGrowthTrendThroughZero() {
        Indicator growth = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "0"),
                AT_LEAST_200_IN_2022);
        assertThat(assess(growth, 2021, "2021", "140").anticipated()).isNull();
    }

    @Test
    void noAnticipationOfAYearlyTarget() {
        Target yearly = new Target("x-yearly", TargetKind.YEARLY_COUNT, YearSpan.of(2020, 2022), Comparison.AT_LEAST,
                d("10"), null, null);
        assertThat(assess(linear(yearly), 2021, "2020", "12", "2021", "14").anticipated()).isNull();
    }
}
