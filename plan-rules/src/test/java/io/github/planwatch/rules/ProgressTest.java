package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ProgressMethod;

class ProgressTest {

    private static final BigDecimal ZERO_REPLACEMENT = d("0.001");

    /** Open SDG's acceptance test: 5 (2015), 6 (2016), target 9 in 2030; CAGR_observed 0.2, CAGR_required 0.0399637. */
    @Test
    void cagr_openSdgVector() {
        Ratio r = Progress.cagr(1, 2015, d("5"), 2016, d("6"), 2030, d("9"), ZERO_REPLACEMENT);
        assertThat(r.value()).isCloseTo(0.2 / 0.0399637, within(1e-4));
    }

    @Test
    void cagr_baseOnTarget() {
        assertThat(Progress.cagr(-1, 2015, d("1"), 2016, d("3"), 2030, d("1"), ZERO_REPLACEMENT).gap())
                .isEqualTo(RatioGap.BASE_ON_TARGET);
    }

    @Test
    void cagr_latestInBaseYear() {
        assertThat(Progress.cagr(1, 2019, d("5"), 2019, d("6"), 2022, d("9"), ZERO_REPLACEMENT).gap())
                .isEqualTo(RatioGap.SINGLE_DATA_POINT);
    }

    @Test
    void cagr_mixedSigns() {
        assertThat(Progress.cagr(1, 2019, d("-5"), 2020, d("3"), 2022, d("10"), ZERO_REPLACEMENT).gap())
                .isEqualTo(RatioGap.MIXED_SIGNS);
        assertThat(Progress.cagr(1, 2019, d("5"), 2020, d("-3"), 2022, d("10"), ZERO_REPLACEMENT).gap())
                .isEqualTo(RatioGap.MIXED_SIGNS);
    }

    @Test
    void cagr_zeroBaseIsReplaced() {
        // 0 becomes 0.001: observed (0.002 / 0.001)^1 - 1 = 1; required (0.004 / 0.001)^(1/2) - 1 = 1.
        Ratio r = Progress.cagr(1, 2020, d("0"), 2021, d("0.002"), 2022, d("0.004"), ZERO_REPLACEMENT);
        assertThat(r.value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void cagr_negativeValuesMovingTowardTheTargetProgress() {
        // -10 to -5 in one year, toward -2 (higher is better): halving the magnitude is progress.
        Ratio r = Progress.cagr(1, 2020, d("-10"), 2021, d("-5"), 2022, d("-2"), ZERO_REPLACEMENT);
        double observed = 1 - 0.5;
        double required = 1 - Math.sqrt(0.2);
        assertThat(r.value()).isCloseTo(observed / required, within(1e-12));
    }

    @Test
    void cagr_latestZeroMixesWithEitherSign() {
        assertThat(Progress.cagr(-1, 2020, d("10"), 2021, d("0"), 2022, d("5"), ZERO_REPLACEMENT).value()).isPositive();
    }

    @Test
    void linear_ratioOfSlopes() {
        // 0 (2019) to 10 (2021) toward 34.1 (2022): 5 a year against 34.1 / 3.
        Ratio r = Progress.linear(1, 2019, d("0"), 2021, d("10"), 2022, d("34.1"));
        assertThat(r.value()).isCloseTo(5 / (34.1 / 3), within(1e-12));
    }

    @Test
    void linear_baseOnTarget() {
        assertThat(Progress.linear(1, 2019, d("3"), 2021, d("2"), 2022, d("3")).gap()).isEqualTo(RatioGap.BASE_ON_TARGET);
    }

    @Test
    void ratio_byMethod() {
        assertThat(Progress.ratio(ProgressMethod.LINEAR, -1, 2019, d("10"), 2020, d("8"), 2022, d("4"), ZERO_REPLACEMENT).value())
                .isCloseTo(1.0, within(1e-12));
        assertThat(Progress.ratio(ProgressMethod.CAGR, 1, 2019, d("100"), 2020, d("110"), 2021, d("121"), ZERO_REPLACEMENT).value())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void ratio_sameUnderScaling() {
        Ratio one = Progress.cagr(1, 2019, d("3.7"), 2021, d("4.1"), 2025, d("9.3"), ZERO_REPLACEMENT);
        Ratio scaled = Progress.cagr(1, 2019, d("37000"), 2021, d("41000"), 2025, d("93000"), ZERO_REPLACEMENT);
        assertThat(scaled).isEqualTo(one);
    }

    @Test
    void score_piecewiseLinearAndClamped() {
        assertThat(Progress.score(0.95)).isCloseTo(2.5, within(1e-3));
        assertThat(Progress.score(1.3)).isCloseTo(5.0, within(1e-3));
        assertThat(Progress.score(7.0)).isEqualTo(5.0);
        assertThat(Progress.score(0.6)).isCloseTo(0.0, within(1e-3));
        assertThat(Progress.score(0.0)).isEqualTo(-2.5);
        assertThat(Progress.score(-0.6)).isCloseTo(-5.0, within(1e-3));
        assertThat(Progress.score(-3.0)).isEqualTo(-5.0);
    }

    @Test
    void score_neverFallsAsTheRatioRises() {
        double previous = Progress.score(-2);
        for (double r = -2; r <= 2; r += 0.0001) {
            double s = Progress.score(r);
            assertThat(s).isGreaterThanOrEqualTo(previous);
            previous = s;
        }
    }
}
