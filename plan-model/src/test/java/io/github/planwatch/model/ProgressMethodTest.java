package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The path a method requires between two values: geometric for CAGR, straight for LINEAR. */
class ProgressMethodTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void linear_goesTheSameChangeEveryStep() {
        assertThat(ProgressMethod.LINEAR.between(d("100"), d("130"), 1, 3)).isEqualByComparingTo("110");
        assertThat(ProgressMethod.LINEAR.between(d("100"), d("130"), 2, 3)).isEqualByComparingTo("120");
    }

    /** 5781 to 6300 in two years: the year between is 5781 (6300/5781)^(1/2) = 6034.8, the methodology's example. */
    @Test
    void cagr_growsTheSameShareEveryStep() {
        assertThat(ProgressMethod.CAGR.between(d("5781"), d("6300"), 1, 2).doubleValue())
                .isCloseTo(Math.sqrt(5781.0 * 6300.0), Offset.offset(1e-9));
        assertThat(ProgressMethod.CAGR.between(d("-200"), d("-50"), 1, 2).doubleValue()).isCloseTo(-100, Offset.offset(1e-9));
    }

    @Test
    void cagr_fromOrThroughZero_isStraight() {
        assertThat(ProgressMethod.CAGR.between(d("0"), d("40"), 1, 4)).isEqualByComparingTo("10");
        assertThat(ProgressMethod.CAGR.between(d("-20"), d("20"), 1, 2)).isEqualByComparingTo("0");
    }

    @Test
    void theEnds_areTheValuesThemselves() {
        assertThat(ProgressMethod.CAGR.between(d("5781"), d("6300.0"), 0, 3)).isEqualByComparingTo("5781");
        assertThat(ProgressMethod.CAGR.between(d("5781"), d("6300.0"), 3, 3)).isEqualByComparingTo("6300");
    }

    @Test
    void aStepOutsideThePath_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProgressMethod.LINEAR.between(d("1"), d("2"), 2, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> ProgressMethod.LINEAR.between(d("1"), d("2"), 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> ProgressMethod.LINEAR.between(d("1"), d("2"), -1, 2));
    }
}
