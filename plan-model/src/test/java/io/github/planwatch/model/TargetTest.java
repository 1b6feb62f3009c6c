package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void value_trailingZerosDoNotMatter() {
        assertThat(Target.level("t", 2022, Comparison.AT_LEAST, new BigDecimal("6800.00")))
                .isEqualTo(Target.level("t", 2022, Comparison.AT_LEAST, new BigDecimal("6800")));
        assertThat(Target.level("t", 2022, Comparison.AT_LEAST, new BigDecimal("6800.00")).value().toPlainString())
                .isEqualTo("6800");
    }

    @Test
    void level_spanOfSeveralYears() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Target("gdp-2022", TargetKind.LEVEL, YearSpan.of(2020, 2022),
                        Comparison.AT_LEAST, BigDecimal.TEN, null, null))
                .withMessageContaining("gdp-2022").withMessageContaining("2020-2022");
    }

    @Test
    void tolerance_onlyForAbout() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Target("t", TargetKind.LEVEL, YearSpan.ofYear(2022), Comparison.AT_LEAST,
                        BigDecimal.TEN, Tolerance.relative(new BigDecimal("0.05")), null))
                .withMessageContaining("AT_LEAST");
    }

    @Test
    void yearlyGrowth_comparesAtLeast() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Target("t", TargetKind.YEARLY_GROWTH, YearSpan.of(2020, 2022),
                        Comparison.BELOW, BigDecimal.TEN, null, null))
                .withMessageContaining("YEARLY_GROWTH").withMessageContaining("BELOW");
    }

    @Test
    void yearlyCount_negative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Target.yearlyCount("t", YearSpan.of(2020, 2022), new BigDecimal("-2")))
                .withMessageContaining("-2");
    }

    @Test
    void holdBand_isYearlyAndAbout() {
        Target band = Target.holdBand("export-share", YearSpan.of(2020, 2022), new BigDecimal("13"), null);
        assertThat(band.isYearly()).isTrue();
        assertThat(band.comparison()).isEqualTo(Comparison.ABOUT);
        assertThat(band.year()).isEqualTo(2022);
    }

    @Test
    void id_mustBeLowerCaseId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Target.level("GDP 2022", 2022, Comparison.AT_LEAST, BigDecimal.ONE))
                .withMessageContaining("'GDP 2022'");
        assertThatNullPointerException()
                .isThrownBy(() -> Target.level(null, 2022, Comparison.AT_LEAST, BigDecimal.ONE))
                .withMessage("id");
    }

    @Test
    void relativeTolerance_scalesWithTarget() {
        Tolerance fivePercent = Tolerance.relative(new BigDecimal("0.05"));
        assertThat(fivePercent.halfWidthAround(new BigDecimal("55"))).isEqualByComparingTo("2.75");
        assertThat(Tolerance.absolute(new BigDecimal("2")).halfWidthAround(new BigDecimal("55")))
                .isEqualByComparingTo("2");
    }

    @Test
    void rank_isAWholePositionOfAtLeastOne_inANamedRanking_comparedAtMostOrBelow() {
        Target top30 = Target.rank("top-30", 2022, "全国城市综合经济实力", 30);
        assertThat(top30.comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(top30.ranking()).isEqualTo("全国城市综合经济实力");

        YearSpan y2022 = YearSpan.ofYear(2022);
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_LEAST,
                BigDecimal.TEN, null, null, null, "x")).withMessageContaining("compares AT_MOST or BELOW");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_MOST,
                new BigDecimal("2.5"), null, null, null, "x")).withMessageContaining("a whole number of at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_MOST,
                BigDecimal.ZERO, null, null, null, "x")).withMessageContaining("a whole number of at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_MOST,
                BigDecimal.TEN, null, null, null, null)).withMessageStartingWith("ranking: ");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.LEVEL, y2022, Comparison.AT_MOST,
                BigDecimal.TEN, null, null, null, "x")).withMessageStartingWith("ranking: ");
    }
}
