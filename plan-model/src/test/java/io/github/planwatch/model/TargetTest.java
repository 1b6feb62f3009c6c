package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Locale;

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
                BigDecimal.TEN, null, null, null, "x", null)).withMessageContaining("compares AT_MOST or BELOW");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_MOST,
                new BigDecimal("2.5"), null, null, null, "x", null)).withMessageContaining("a whole number of at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_MOST,
                BigDecimal.ZERO, null, null, null, "x", null)).withMessageContaining("a whole number of at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_MOST,
                BigDecimal.TEN, null, null, null, null, null)).withMessageStartingWith("ranking: ");
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.LEVEL, y2022, Comparison.AT_MOST,
                BigDecimal.TEN, null, null, null, "x", null)).withMessageStartingWith("ranking: ");
    }

    @Test
    void relative_resolvesItsLevelFromTheBaseline_byHand() {
        Baseline base = Baseline.of(2020, new BigDecimal("1250"));
        // Double 1250 is 2500; halve it is 625; +20% is 1500; -50% is 625 again.
        assertThat(Target.relative("d", 2025, Comparison.AT_LEAST, TargetBasis.MULTIPLE_OF_BASELINE, new BigDecimal("2"))
                .levelFrom(base)).isEqualByComparingTo("2500");
        assertThat(Target.relative("h", 2025, Comparison.AT_MOST, TargetBasis.MULTIPLE_OF_BASELINE, new BigDecimal("0.5"))
                .levelFrom(base)).isEqualByComparingTo("625");
        assertThat(Target.relative("p", 2025, Comparison.AT_LEAST, TargetBasis.PERCENT_CHANGE_FROM_BASELINE,
                new BigDecimal("20")).levelFrom(base)).isEqualByComparingTo("1500");
        assertThat(Target.relative("m", 2025, Comparison.AT_MOST, TargetBasis.PERCENT_CHANGE_FROM_BASELINE,
                new BigDecimal("-50")).levelFrom(base)).isEqualByComparingTo("625");
        Target absolute = Target.level("a", 2025, Comparison.AT_LEAST, new BigDecimal("7"));
        assertThat(absolute.basis()).isEqualTo(TargetBasis.ABSOLUTE);
        assertThat(absolute.levelFrom(null)).isEqualByComparingTo("7");
    }

    @Test
    void relative_isOnlyALevel_withAPositiveMultipleOrAChangeAboveMinus100_andNeedsABaseline() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("g", TargetKind.YEARLY_GROWTH, YearSpan.of(2021, 2022),
                Comparison.AT_LEAST, BigDecimal.TEN, null, null, null, null, TargetBasis.MULTIPLE_OF_BASELINE))
                .withMessageStartingWith("basis: ").withMessageContaining("only a LEVEL target");
        assertThatIllegalArgumentException().isThrownBy(() -> Target.relative("z", 2025, Comparison.AT_LEAST,
                TargetBasis.MULTIPLE_OF_BASELINE, BigDecimal.ZERO)).withMessageContaining("more than 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Target.relative("z", 2025, Comparison.AT_LEAST,
                TargetBasis.PERCENT_CHANGE_FROM_BASELINE, new BigDecimal("-100"))).withMessageContaining("more than -100");
        Target doubled = Target.relative("d", 2025, Comparison.AT_LEAST, TargetBasis.MULTIPLE_OF_BASELINE, new BigDecimal("2"));
        assertThatIllegalArgumentException().isThrownBy(() -> doubled.levelFrom(null)).withMessageContaining("no baseline");
    }

    /**
     * A rule of a target that is broken says, at the field it concerns, the same English that
     * {@code getMessage()} gives a Java caller, and Chinese.
     */
    @Test
    void brokenRules_areSaidAtTheirFields_inEnglishAndChinese() {
        YearSpan y2022 = YearSpan.ofYear(2022);
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("r", TargetKind.RANK, y2022, Comparison.AT_MOST,
                        BigDecimal.TEN, null, null, null, null, null))
                .isInstanceOf(BrokenRuleException.class)
                .withMessage("ranking: target r: ranking names the ranking of a RANK target and only of one, got none for RANK")
                .satisfies(e -> {
                    Problem p = ((BrokenRuleException) e).problems().get(0);
                    assertThat(p.path()).isEqualTo("ranking");
                    assertThat(p.message()).isEqualTo("target r: ranking names the ranking of a RANK target and only of"
                            + " one, got none for RANK");
                    assertThat(p.message(Locale.CHINESE)).isEqualTo("目标r：排名名称（ranking）只属于RANK目标，且RANK目标必须有；"
                            + "实为RANK目标，排名名称为无");
                });
        assertThatIllegalArgumentException().isThrownBy(() -> new Target("g", TargetKind.LEVEL, YearSpan.of(2021, 2022),
                        Comparison.AT_LEAST, BigDecimal.TEN, null, null))
                .withMessage("target g: a LEVEL target covers one year, got 2021-2022")
                .satisfies(e -> assertThat(((BrokenRuleException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString(Locale.CHINESE)).isEqualTo("目标g：LEVEL目标只涵盖一个年份，实为2021-2022")));
        assertThatIllegalArgumentException().isThrownBy(() -> Target.level("GDP 2022", 2022, Comparison.AT_LEAST, BigDecimal.ONE))
                .withMessage("id must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit,"
                        + " got 'GDP 2022'")
                .satisfies(e -> assertThat(((BrokenRuleException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString(Locale.CHINESE)).isEqualTo("id: 应由小写字母、数字、“.”、“_”或“-”组成，"
                                + "以字母或数字开头，实为“GDP 2022”")));
    }
}
