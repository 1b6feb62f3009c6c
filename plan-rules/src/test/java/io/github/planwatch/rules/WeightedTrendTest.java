package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The weighted line, worked by hand. */
class WeightedTrendTest {

    @Test
    void fit_equalWeightsIsOrdinaryLeastSquares() {
        // (0, 1), (1, 3), (2, 4): x̄ = 1, z̄ = 8/3, Sxx = 2, Sxz = (-1)(-5/3) + 0 + (1)(4/3) = 3, b = 3/2.
        // Residuals 1 - (8/3 - 3/2) = -1/6, 3 - 8/3 = 1/3, 4 - (8/3 + 3/2) = -1/6; s^2 = (1/36 + 4/36 + 1/36) / 1 = 1/6.
        WeightedTrend line = WeightedTrend.fit(new double[] {0, 1, 2}, new double[] {1, 3, 4}, new double[] {1, 1, 1});
        assertThat(line.slope()).isCloseTo(1.5, within(1e-12));
        assertThat(line.at(3)).isCloseTo(8.0 / 3 + 3.0, within(1e-12));
        assertThat(line.residualVariance()).isCloseTo(1.0 / 6, within(1e-12));
        // At x = 3: s^2 (1 + 1/3 + (3 - 1)^2 / 2) = 1/6 * 10/3 = 5/9; t(80%, 1) = tan(0.4 π).
        assertThat(line.predictionHalfWidth(3, 0.80)).isCloseTo(Math.tan(0.4 * Math.PI) * Math.sqrt(5.0 / 9), within(1e-10));
    }

    @Test
    void fit_onlyTheRatiosOfTheWeightsMatter() {
        double[] x = {-3, -1, 0};
        double[] z = {2, 5, 4};
        WeightedTrend some = WeightedTrend.fit(x, z, new double[] {0.25, 0.5, 1});
        WeightedTrend scaled = WeightedTrend.fit(x, z, new double[] {2.5, 5, 10});
        assertThat(scaled.at(4)).isCloseTo(some.at(4), within(1e-12));
        assertThat(scaled.predictionHalfWidth(4, 0.8)).isCloseTo(some.predictionHalfWidth(4, 0.8), within(1e-12));
    }

    @Test
    void fit_twoPointsHaveNoSpread() {
        WeightedTrend line = WeightedTrend.fit(new double[] {0, 2}, new double[] {1, 5}, new double[] {1, 4});
        assertThat(line.at(3)).isCloseTo(7, within(1e-12));
        assertThat(line.hasSpread()).isFalse();
        assertThatThrownBy(() -> line.predictionHalfWidth(3, 0.8)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fit_needsTwoDistinctAbscissae() {
        assertThatThrownBy(() -> WeightedTrend.fit(new double[] {1, 1}, new double[] {1, 2}, new double[] {1, 1}))
                .hasMessageContaining("at least two distinct x");
        assertThatThrownBy(() -> WeightedTrend.fit(new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 0}))
                .hasMessageContaining("weights must be positive");
    }
}
