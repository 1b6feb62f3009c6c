package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Student's t critical values against closed forms and published tables. */
class StudentTTest {

    @Test
    void twoSidedCritical_oneDegreeOfFreedomIsCauchy() {
        // With one degree of freedom t is Cauchy: the one-sided p quantile is tan(π (p - 1/2)).
        assertThat(StudentT.twoSidedCritical(0.80, 1)).isCloseTo(Math.tan(Math.PI * 0.4), within(1e-10));
        assertThat(StudentT.twoSidedCritical(0.95, 1)).isCloseTo(Math.tan(Math.PI * 0.475), within(1e-9));
    }

    @Test
    void twoSidedCritical_twoDegreesOfFreedomInClosedForm() {
        // With two degrees of freedom the one-sided p quantile is (2p - 1) / sqrt(2 p (1 - p)).
        double p = 0.975;
        assertThat(StudentT.twoSidedCritical(0.95, 2)).isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-10));
        p = 0.9;
        assertThat(StudentT.twoSidedCritical(0.80, 2)).isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-10));
    }

    @Test
    void twoSidedCritical_tableValues() {
        // The familiar 95% row: 2.571 (5), 2.228 (10), 2.042 (30), 1.961 (2000), falling toward the normal 1.960.
        assertThat(StudentT.twoSidedCritical(0.95, 5)).isCloseTo(2.5705818356, within(1e-9));
        assertThat(StudentT.twoSidedCritical(0.95, 10)).isCloseTo(2.2281388520, within(1e-9));
        assertThat(StudentT.twoSidedCritical(0.95, 30)).isCloseTo(2.0422724563, within(1e-9));
        assertThat(StudentT.twoSidedCritical(0.95, 2000)).isCloseTo(1.9611508261, within(1e-8));
        assertThat(StudentT.twoSidedCritical(0.80, 10)).isCloseTo(1.3721836411, within(1e-9));
    }

    @Test
    void twoSidedCritical_badArguments() {
        assertThatThrownBy(() -> StudentT.twoSidedCritical(1.0, 3)).hasMessageContaining("level must lie in (0, 1)");
        assertThatThrownBy(() -> StudentT.twoSidedCritical(0.9, 0)).hasMessageContaining("at least 1");
    }

    @Test
    void logGamma_halfIntegers() {
        // Γ(5) = 24, Γ(1/2) = √π, Γ(7/2) = 15 √π / 8.
        assertThat(StudentT.logGamma(5)).isCloseTo(Math.log(24), within(1e-12));
        assertThat(StudentT.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
        assertThat(StudentT.logGamma(3.5)).isCloseTo(Math.log(15 * Math.sqrt(Math.PI) / 8), within(1e-12));
    }
}
