package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Tolerance;

/** Anticipated values worked by hand; the arithmetic is in the comments. */
class AnticipatedProgressTest {

    private static final BigDecimal FIVE_PERCENT = d("0.05");

    private static NavigableMap<Integer, BigDecimal> series(Object... yearsAndValues) {
        NavigableMap<Integer, BigDecimal> series = new TreeMap<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            series.put((Integer) yearsAndValues[i], d((String) yearsAndValues[i + 1]));
        }
        return series;
    }

    private static Yardstick atLeast(String level, int year) {
        return Yardstick.of(Target.level("t", year, Comparison.AT_LEAST, d(level)), Direction.HIGHER_IS_BETTER, FIVE_PERCENT);
    }

    private static Yardstick below(String level, int year) {
        return Yardstick.of(Target.level("t", year, Comparison.BELOW, d(level)), Direction.LOWER_IS_BETTER, FIVE_PERCENT);
    }

    private static Anticipation anticipated(Extrapolation extrapolation) {
        assertThat(extrapolation.reason()).isNull();
        return extrapolation.anticipation();
    }

    @Test
    void anticipate_twoPointsLinear() {
        // 10 (2019) and 14 (2021): 2 a year, so 14 + 2 * (2025 - 2021) = 22 in 2025; 22 >= 20, 2 to spare.
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2019, "10", 2021, "14"), ProgressMethod.LINEAR,
                atLeast("20", 2025), 2025));
        assertThat(a.year()).isEqualTo(2025);
        assertThat(a.value()).isEqualByComparingTo("22");
        assertThat(a.gap()).isEqualByComparingTo("-2");
        assertThat(a.met()).isTrue();
        // Two values fix the line: no residual, so no band.
        assertThat(a.hasBand()).isFalse();
    }

    @Test
    void anticipate_twoPointsGrowth() {
        // 100 (2019) and 121 (2021): 10% a year, so 121 * 1.1^3 = 161.051 in 2024; 170 - 161.051 = 8.949 short.
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2019, "100", 2021, "121"), ProgressMethod.CAGR,
                atLeast("170", 2024), 2024));
        assertThat(a.value()).isEqualByComparingTo("161.051");
        assertThat(a.gap()).isEqualByComparingTo("8.949");
        assertThat(a.met()).isFalse();
        assertThat(a.hasBand()).isFalse();
    }

    @Test
    void anticipate_threePointsWeighted() {
        // 10, 13, 14 in 2019-2021, half-life 1 year: x = -2, -1, 0 (years from 2021), w = 1/4, 1/2, 1, Σw = 7/4.
        //   x̄ = (-1/2 - 1/2 + 0) / (7/4) = -4/7;  z̄ = (10/4 + 13/2 + 14) / (7/4) = 23 / (7/4) = 92/7
        //   x - x̄ = -10/7, -3/7, 4/7;  z - z̄ = -22/7, -1/7, 6/7
        //   Σ w (x - x̄)^2 = (25 + 4.5 + 16) / 49 = 13/14;  Σ w (x - x̄)(z - z̄) = (55 + 1.5 + 24) / 49 = 23/14
        //   b = 23/13; in 2024 (x = 3): 92/7 + 23/13 * (3 + 4/7) = 92/7 + 575/91 = 1771/91 = 19.461538461538...
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2019, "10", 2020, "13", 2021, "14"),
                ProgressMethod.LINEAR, atLeast("20", 2024), 2024, 1.0, 0.80));
        assertThat(a.value()).isEqualByComparingTo("19.4615384615");
        // 20 - 19.4615384615 = 0.5384615385 short.
        assertThat(a.gap()).isEqualByComparingTo("0.5384615385");
        assertThat(a.met()).isFalse();
        // Band: weights rescaled to average 1 are v = 3w / (7/4) = 3/7, 6/7, 12/7.
        //   fitted 966/91, 1127/91, 1288/91, residuals -8/13, 8/13, -2/13
        //   s^2 = Σ v r^2 / (3 - 2) = (3*64 + 6*64 + 12*4) / (7 * 169) = 48/91
        //   Sxx = Σ v (x - x̄)^2 = (12/7)(13/14) = 78/49; (3 - x̄)^2 / Sxx = (625/49) / (78/49) = 625/78
        //   s^2 (1 + 1/3 + 625/78) = 48/91 * 729/78 = 4.929839...; sqrt = 2.220324...
        //   t at 80% with 1 degree of freedom = tan(0.4 π) = 3.077684; half-width 6.833455
        assertThat(a.low().doubleValue()).isCloseTo(1771.0 / 91 - 6.833455125443, within(1e-9));
        assertThat(a.high().doubleValue()).isCloseTo(1771.0 / 91 + 6.833455125443, within(1e-9));
    }

    @Test
    void anticipate_pm25FromTheSourcedFigures() {
        // 37 (2018), 36 (2019 baseline), 27 (2021), half-life 3 years: w = 2^-1, 2^-2/3, 1 = 0.5, 0.629961, 1.
        //   log-linear: ln y = 3.305838 - 0.115028 x (x in years from 2021), about -10.9% a year
        //   2025: exp(3.305838 - 0.115028 * 4) = 17.21406;  2022: exp(3.305838 - 0.115028) = 24.30811
        // Both under the targets (<32 in 2025, <34 in 2022).
        NavigableMap<Integer, BigDecimal> pm25 = series(2018, "37", 2019, "36", 2021, "27");
        Anticipation in2025 = anticipated(AnticipatedProgress.anticipate(pm25, ProgressMethod.CAGR, below("32", 2025), 2025));
        assertThat(in2025.value().doubleValue()).isCloseTo(17.214059816583, within(1e-9));
        assertThat(in2025.gap().doubleValue()).isCloseTo(17.214059816583 - 32, within(1e-9));
        assertThat(in2025.met()).isTrue();
        // The band is taken on ln y (±0.470205 about 2.845726) and carried back: asymmetric.
        assertThat(in2025.low().doubleValue()).isCloseTo(10.756616160020, within(1e-8));
        assertThat(in2025.high().doubleValue()).isCloseTo(27.548055165365, within(1e-8));
        Anticipation in2022 = anticipated(AnticipatedProgress.anticipate(pm25, ProgressMethod.CAGR, below("34", 2022), 2022));
        assertThat(in2022.value().doubleValue()).isCloseTo(24.308105404203, within(1e-9));
        assertThat(in2022.met()).isTrue();
    }

    @Test
    void anticipate_perfectFitHasABandOfZeroWidth() {
        // 100, 110, 121: exactly 10% a year; 121 * 1.1^3 = 161.051 in 2024, and no residual to widen the band.
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2019, "100", 2020, "110", 2021, "121"),
                ProgressMethod.CAGR, atLeast("150", 2024), 2024));
        assertThat(a.value()).isEqualByComparingTo("161.051");
        assertThat(a.low()).isEqualByComparingTo("161.051");
        assertThat(a.high()).isEqualByComparingTo("161.051");
        assertThat(a.met()).isTrue();
    }

    @Test
    void anticipate_allNegativeValuesGrowByTheirMagnitudes() {
        // -100 (2019), -81 (2021): the magnitude falls 10% a year, so -81 * 0.9^2 = -65.61 in 2023.
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2019, "-100", 2021, "-81"), ProgressMethod.CAGR,
                atLeast("-70", 2023), 2023));
        assertThat(a.value()).isEqualByComparingTo("-65.61");
        // -70 - (-65.61) = -4.39: met, with 4.39 to spare.
        assertThat(a.gap()).isEqualByComparingTo("-4.39");
        assertThat(a.met()).isTrue();
    }

    @Test
    void anticipate_zeroOrMixedSignsGiveNoGrowthTrend() {
        assertThat(AnticipatedProgress.anticipate(series(2019, "0", 2021, "5"), ProgressMethod.CAGR, atLeast("9", 2025), 2025)
                .reason()).isEqualTo(NotAnticipated.NO_GROWTH_TREND);
        assertThat(AnticipatedProgress.anticipate(series(2019, "-3", 2021, "2"), ProgressMethod.CAGR, atLeast("9", 2025), 2025)
                .reason()).isEqualTo(NotAnticipated.NO_GROWTH_TREND);
        // A straight line has no trouble with 0: 0 (2019), 5 (2021), 2.5 a year, 15 in 2025.
        assertThat(anticipated(AnticipatedProgress.anticipate(series(2019, "0", 2021, "5"), ProgressMethod.LINEAR,
                atLeast("9", 2025), 2025)).value()).isEqualByComparingTo("15");
    }

    @Test
    void anticipate_oneYearShowsNoTrend() {
        assertThat(AnticipatedProgress.anticipate(series(2021, "5"), ProgressMethod.LINEAR, atLeast("9", 2025), 2025).reason())
                .isEqualTo(NotAnticipated.TOO_FEW_YEARS);
        assertThat(AnticipatedProgress.anticipate(series(), ProgressMethod.CAGR, atLeast("9", 2025), 2025).reason())
                .isEqualTo(NotAnticipated.TOO_FEW_YEARS);
    }

    @Test
    void anticipate_targetYearNotAfterTheLatestValue() {
        NavigableMap<Integer, BigDecimal> values = series(2019, "5", 2021, "7");
        assertThat(AnticipatedProgress.anticipate(values, ProgressMethod.LINEAR, atLeast("9", 2021), 2021).reason())
                .isEqualTo(NotAnticipated.TARGET_YEAR_NOT_AHEAD);
        assertThat(AnticipatedProgress.anticipate(values, ProgressMethod.LINEAR, atLeast("9", 2020), 2020).reason())
                .isEqualTo(NotAnticipated.TARGET_YEAR_NOT_AHEAD);
    }

    @Test
    void anticipate_trendBeyondTheRangeOfNumbers() {
        // Multiplying by 10^200 each year leaves a double long before 2030.
        assertThat(AnticipatedProgress.anticipate(series(2019, "1", 2020, "1E+200"), ProgressMethod.CAGR,
                atLeast("9", 2030), 2030).reason()).isEqualTo(NotAnticipated.OUT_OF_RANGE);
    }

    @Test
    void anticipate_strictlyBelowTheLevelIsNotMetAtIt() {
        // 40 (2019), 38 (2020): 34 in 2022, which is not below 34: gap 0, not met.
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2019, "40", 2020, "38"), ProgressMethod.LINEAR,
                below("34", 2022), 2022));
        assertThat(a.value()).isEqualByComparingTo("34");
        assertThat(a.gap()).isEqualByComparingTo("0");
        assertThat(a.met()).isFalse();
    }

    @Test
    void anticipate_aboutALevelWithADirectionIsMetAtTheWeakestEnd() {
        // 55 左右 (5%): met from 52.25 where higher is better. 40 (2020), 46 (2021): 52 in 2022, 0.25 short.
        Yardstick about = Yardstick.of(Target.about("t", 2022, d("55"), null), Direction.HIGHER_IS_BETTER, FIVE_PERCENT);
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2020, "40", 2021, "46"), ProgressMethod.LINEAR,
                about, 2022));
        assertThat(a.value()).isEqualByComparingTo("52");
        assertThat(a.gap()).isEqualByComparingTo("0.25");
        assertThat(a.met()).isFalse();
    }

    @Test
    void anticipate_bandWithoutADirection() {
        // 13% 左右, ±0.5: 12 (2019), 12.5 (2020), so 13.5 in 2022; |13.5 - 13| - 0.5 = 0: met at the band's edge.
        Yardstick band = Yardstick.of(Target.about("t", 2022, d("13"), Tolerance.absolute(d("0.5"))), Direction.NONE,
                FIVE_PERCENT);
        Anticipation a = anticipated(AnticipatedProgress.anticipate(series(2019, "12", 2020, "12.5"), ProgressMethod.LINEAR,
                band, 2022));
        assertThat(a.value()).isEqualByComparingTo("13.5");
        assertThat(a.gap()).isEqualByComparingTo("0");
        assertThat(a.met()).isTrue();
    }

    @Test
    void weight_halvesEveryHalfLife() {
        assertThat(AnticipatedProgress.weight(2021, 2021, 3)).isEqualTo(1.0);
        assertThat(AnticipatedProgress.weight(2018, 2021, 3)).isEqualTo(0.5);
        assertThat(AnticipatedProgress.weight(2015, 2021, 3)).isEqualTo(0.25);
    }

    @Test
    void anticipate_badSettings() {
        NavigableMap<Integer, BigDecimal> values = series(2019, "5", 2021, "7");
        assertThatThrownBy(() -> AnticipatedProgress.anticipate(values, ProgressMethod.LINEAR, atLeast("9", 2025), 2025, 0, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("halfLife must be positive");
        assertThatThrownBy(() -> AnticipatedProgress.anticipate(values, ProgressMethod.LINEAR, atLeast("9", 2025), 2025, 3, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bandLevel must lie in (0, 1)");
    }
}
