package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The model refuses, at once, figures outside the bounds the readers enforce, and takes those within. */
class NumberBoundsTest {

    @Test
    void hugeTinyAndOverflowingFigures_areRefusedAtConstruction_quickly() {
        for (String text : new String[] {"1e400", "1e10000000", "1e-10000000"}) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> Observation.of("gdp", 2021, new BigDecimal(text)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("value must be a number with at most 30 digits before the decimal point and 20 after it");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(text).isLessThan(Duration.ofSeconds(5));
        }
        assertThatThrownBy(() -> Baseline.of(2019, new BigDecimal("1e31"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tolerance.absolute(new BigDecimal("1e-21"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresAtTheBounds_areTaken() {
        assertThat(Observation.of("gdp", 2021, new BigDecimal("9".repeat(30) + "." + "9".repeat(20))).value().scale()).isEqualTo(20);
        assertThat(Observation.of("gdp", 2021, new BigDecimal("1.5000000000000000000000000")).value()).isEqualByComparingTo("1.5");
        assertThat(NumberBounds.admits(new BigDecimal("1e30"))).isFalse();
        assertThat(NumberBounds.admits(new BigDecimal("1e29"))).isTrue();
    }
}
