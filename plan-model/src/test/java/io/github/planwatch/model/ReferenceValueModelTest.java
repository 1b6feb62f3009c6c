package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A starting value without a year: given instead of a baseline, never beside one, and in the unit's bounds. */
class ReferenceValueModelTest {

    private static final Unit SHARE = Unit.of("%", "percent").withBounds(BigDecimal.ZERO, new BigDecimal("100"));

    private static Indicator indicator(Baseline baseline) {
        return new Indicator("s", 1, "cat", LocalizedText.of("份额", "Share"), SHARE, Direction.HIGHER_IS_BETTER,
                ProgressMethod.CAGR, baseline, List.of(Target.level("s-2022", 2022, Comparison.AT_LEAST, new BigDecimal("75"))));
    }

    @Test
    void aReferenceValue_isKeptAndNormalised_andCopiedWithTheOwners() {
        Indicator i = indicator(null).withReferenceValue(new BigDecimal("69.0"));

        assertThat(i.referenceValue()).isEqualTo(new BigDecimal("69"));
        assertThat(i.withOwners(List.of(1), List.of(), List.of()).referenceValue()).isEqualTo(new BigDecimal("69"));
        assertThat(indicator(null).referenceValue()).isNull();
    }

    @Test
    void aReferenceValueBesideABaseline_isRefused() {
        assertThatThrownBy(() -> indicator(Baseline.of(2019, new BigDecimal("60"))).withReferenceValue(new BigDecimal("69")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("referenceValue: a value without a year is only for a plan that states no baseline, and this"
                        + " one states 60 for 2019; give one of them");
    }

    @Test
    void aReferenceValueTheUnitDoesNotAdmit_isRefused() {
        assertThatThrownBy(() -> indicator(null).withReferenceValue(new BigDecimal("120")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("referenceValue: expected a value from 0 to 100, since % (percent) admits no other, found 120");
        assertThatThrownBy(() -> new QuantifiedTarget(LocalizedText.of("数", "Count"), Unit.of("个", "count"),
                Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null,
                Target.level("c-2022", 2022, Comparison.AT_LEAST, BigDecimal.TEN), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("referenceValue: must not be negative in count");
    }
}
