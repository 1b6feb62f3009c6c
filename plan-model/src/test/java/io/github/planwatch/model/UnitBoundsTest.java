package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A unit's bounds and scale: a share of 120% or a negative count cannot be a baseline or a target
 * level, every such value is named at its field, and the bounds themselves must fit together.
 */
class UnitBoundsTest {

    private static final Unit SHARE = Unit.of("%", "percent").withBounds(BigDecimal.ZERO, new BigDecimal("100"));

    @Test
    void aBaselineAndTargetsOutsideTheBounds_areEachNamedAtTheirField() {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> indicator(SHARE,
                Baseline.of(2019, new BigDecimal("120")),
                Target.level("s-2022", 2022, Comparison.AT_LEAST, new BigDecimal("100.5")),
                Target.level("s-2025", 2025, Comparison.AT_LEAST, new BigDecimal("100"))));

        assertThat(thrown).isNotNull();
        assertThat(thrown.problems()).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("baseline.value",
                        "expected a value from 0 to 100, since % (percent) admits no other, found 120"),
                org.assertj.core.groups.Tuple.tuple("targets[0].value",
                        "expected a value from 0 to 100, since % (percent) admits no other, found 100.5"));
        assertThat(thrown.getMessage()).doesNotContain("java.", "Exception");
    }

    @Test
    void aUnitNamedInOneLanguage_isNamedOnce() {
        Unit share = new Unit(LocalizedText.only("en", "percent of households"), false).withBounds(BigDecimal.ZERO, new BigDecimal("100"));

        assertThat(share.outOfBounds(new BigDecimal("120")).in(java.util.Locale.ENGLISH))
                .isEqualTo("expected a value from 0 to 100, since percent of households admits no other, found 120");
        assertThat(SHARE.outOfBounds(new BigDecimal("120")).in(java.util.Locale.ENGLISH))
                .isEqualTo("expected a value from 0 to 100, since % (percent) admits no other, found 120");
    }

    @Test
    void theLevelARelativeTargetResolvesTo_isBounded() {
        // Double a share of 60% is 120%, which no share can be.
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> indicator(SHARE,
                Baseline.of(2019, new BigDecimal("60")),
                Target.relative("s-2022", 2022, Comparison.AT_LEAST, TargetBasis.MULTIPLE_OF_BASELINE, new BigDecimal("2"))));

        assertThat(thrown.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("targets[0].value");
            assertThat(p.message()).contains("found 120 (the level it resolves to from the baseline)");
        });
    }

    @Test
    void aGrowthRateOrAYearlyCount_isNotAValueInTheUnitAndIsNotBounded() {
        assertThatCode(() -> indicator(SHARE, Baseline.of(2019, new BigDecimal("50")),
                Target.yearlyGrowth("s-growth", YearSpan.of(2020, 2022), new BigDecimal("150"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aTaskTargetOutsideTheBounds_isNamedAtItsTarget() {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> new QuantifiedTarget(
                LocalizedText.of("份额", "Share"), SHARE, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                Target.level("t-2022", 2022, Comparison.AT_LEAST, new BigDecimal("130"))));

        assertThat(thrown.problems()).extracting(Problem::path).containsExactly("target.value");
    }

    @Test
    void boundsThatContradictEachOtherOrTheSign_areRefused() {
        assertThatThrownBy(() -> Unit.of("%", "percent").withBounds(new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lowerBound: a unit whose values cannot be negative cannot have a lower bound"
                        + " below 0, got -1");
        assertThatThrownBy(() -> new Unit("%", "percent", true).withBounds(new BigDecimal("10"), new BigDecimal("5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upperBound: the upper bound must not be below the lower bound 10, got 5");
        assertThatCode(() -> new Unit("%", "percent", true).withBounds(new BigDecimal("-100"), new BigDecimal("100")))
                .doesNotThrowAnyException();
    }

    @Test
    void boundsAreSaidInWords_andTheScaleIsKept() {
        assertThat(SHARE.bounds()).isEqualTo("from 0 to 100");
        assertThat(Unit.of("个", "teams").withBounds(BigDecimal.ONE, null).bounds()).isEqualTo("at least 1");
        assertThat(Unit.of("个", "teams").bounds()).isEmpty();
        Unit yi = Unit.of("亿元", "100 million yuan").withScale(new Scale(new BigDecimal("1E+8"), LocalizedText.of("元", "yuan")));
        assertThat(yi.scale().factor().toPlainString()).isEqualTo("100000000");
        assertThat(yi.isBounded()).isFalse();
        assertThatThrownBy(() -> new Scale(BigDecimal.ZERO, LocalizedText.of("元", "yuan")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("factor must be more than 0");
    }

    private static Indicator indicator(Unit unit, Baseline baseline, Target... targets) {
        return new Indicator("s", 1, "cat", LocalizedText.of("份额", "Share"), unit, Direction.HIGHER_IS_BETTER,
                ProgressMethod.CAGR, baseline, List.of(targets));
    }
}
