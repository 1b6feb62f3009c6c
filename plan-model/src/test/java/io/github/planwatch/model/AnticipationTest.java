package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** An anticipation keeps its band around its value. */
class AnticipationTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void anticipation_normalisesNumbers() {
        Anticipation a = new Anticipation(2025, d("17.20"), d("10.750"), d("27.5"), d("-14.80"), true);
        assertThat(a).isEqualTo(new Anticipation(2025, d("17.2"), d("10.75"), d("27.5"), d("-14.8"), true));
        assertThat(a.hasBand()).isTrue();
    }

    @Test
    void anticipation_bandHasBothEndsOrNeither() {
        assertThat(new Anticipation(2025, d("22"), null, null, d("-2"), true).hasBand()).isFalse();
        assertThatThrownBy(() -> new Anticipation(2025, d("22"), d("20"), null, d("-2"), true))
                .hasMessageContaining("a band has both ends or neither");
    }

    @Test
    void anticipation_bandHoldsTheValue() {
        assertThatThrownBy(() -> new Anticipation(2025, d("22"), d("23"), d("30"), d("-2"), true))
                .hasMessageContaining("the band [23, 30] must hold the anticipated value 22");
    }

    @Test
    void anticipation_yearInRange() {
        assertThatThrownBy(() -> new Anticipation(2300, d("22"), null, null, d("-2"), true))
                .hasMessageContaining("year must be a year between 1900 and 2200");
        assertThatThrownBy(() -> new Anticipation(2025, null, null, null, d("-2"), true))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
