package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A joint target, one target over several indicators, and the plan's rules for it. */
class JointTargetTest {

    private static final LocalizedText NAME = LocalizedText.of("名称", "name");
    private static final Unit PERCENT = Unit.of("%", "percent");

    private static ActionPlan.ActionPlanBuilder plan(Indicator... indicators) {
        return ActionPlan.builder()
                .id("p").title(NAME).issuer("office").documentNumber("1号").issueDate(LocalDate.of(2020, 5, 7))
                .period(YearSpan.of(2020, 2022)).horizonYear(2025).guidingIdeology("指导思想")
                .categories(List.of(new IndicatorCategory("digital", NAME)))
                .organisations(List.of(new Organisation("office", NAME, OrganisationKind.MUNICIPAL_DEPARTMENT, List.of())))
                .indicators(List.of(indicators));
    }

    private static Indicator share(String id, int number, Unit unit, Baseline baseline) {
        return new Indicator(id, number, "digital", NAME, unit, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR,
                baseline, List.of());
    }

    private static final Indicator CLOUD = share("cloud", 1, PERCENT, Baseline.of(2019, new BigDecimal("40")));
    private static final Indicator AI = share("ai", 2, PERCENT, Baseline.of(2019, new BigDecimal("20")));
    private static final Indicator DATA = share("data", 3, PERCENT, null);

    private static Target level75(String id) {
        return Target.level(id, 2022, Comparison.AT_LEAST, new BigDecimal("75"));
    }

    @Test
    void plan_holdsItsJointTargets_andEachMemberIsTheTargetOnItsIndicator() {
        JointTarget joint = JointTarget.of(Combination.ANY_OF, level75("digital-2022"), "cloud", "ai", "data");
        ActionPlan built = plan(CLOUD, AI, DATA).jointTargets(List.of(joint)).build();

        assertThat(built.jointTargets()).containsExactly(joint);
        assertThat(built.jointTarget("digital-2022")).contains(joint);
        assertThat(joint.memberId("ai")).isEqualTo("digital-2022.ai");
        assertThat(joint.memberOn("ai")).isEqualTo(level75("digital-2022.ai"));
        assertThat(plan(CLOUD).build().jointTargets()).isEmpty();
    }

    /** Units named under language tags that differ only in case ({@code Zh} and {@code zh}) are one unit. */
    @Test
    void indicatorsWhoseUnitsDifferOnlyInTheCaseOfATag_shareOneUnit() {
        Indicator upper = share("firms", 4, new Unit(LocalizedText.only("Zh", "个"), false), null);
        Indicator lower = share("parks", 5, new Unit(LocalizedText.only("zh", "个"), false), null);
        JointTarget joint = JointTarget.of(Combination.ALL_OF, level75("count-2022"), "firms", "parks");

        ActionPlan built = plan(upper, lower).jointTargets(List.of(joint)).build();

        assertThat(built.jointTargets()).containsExactly(joint);
        assertThat(upper.unit()).isEqualTo(lower.unit());
    }

    @Test
    void aRankOrAMilestone_isNoJointTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> JointTarget.of(Combination.ALL_OF,
                Target.rank("r", 2022, "全国", 30), "cloud", "ai")).withMessageStartingWith("target.kind: ");
        assertThatIllegalArgumentException().isThrownBy(() -> JointTarget.of(Combination.ALL_OF,
                Target.milestone("m", LocalDate.of(2022, 6, 30)), "cloud", "ai"));
    }

    @Test
    void plan_refusesEveryBrokenJointTarget_atOnce_atItsFields() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> plan(CLOUD, AI,
                share("count", 4, Unit.of("家", "enterprises"), null))
                .jointTargets(List.of(
                        JointTarget.of(Combination.ALL_OF, level75("one"), "cloud"),
                        JointTarget.of(Combination.ALL_OF, level75("twice"), "cloud", "ai", "cloud"),
                        JointTarget.of(Combination.ANY_OF, level75("unknown"), "cloud", "clod"),
                        JointTarget.of(Combination.ANY_OF, level75("cloud"), "cloud", "ai"),
                        JointTarget.of(Combination.ANY_OF, level75("units"), "ai", "count"),
                        JointTarget.of(Combination.ANY_OF, level75("one"), "ai", "cloud")))
                .build());

        assertThat(ex.problems()).extracting(Problem::path).containsExactly(
                "jointTargets[0].indicators",
                "jointTargets[1].indicators[2]",
                "jointTargets[2].indicators[1]",
                "jointTargets[3].target.id",
                "jointTargets[4].indicators[1]",
                "jointTargets[5].target.id");
        assertThat(ex.problems().get(0).message()).contains("two or more indicators, got 1");
        assertThat(ex.problems().get(1).message()).contains("'cloud' again", "jointTargets[1].indicators[0]");
        assertThat(ex.problems().get(2).message()).contains("'clod'", "did you mean 'cloud'");
        assertThat(ex.problems().get(3).message()).contains("'cloud' is already used at indicators[0].id");
        assertThat(ex.problems().get(4).message()).contains("share one unit");
        assertThat(ex.problems().get(5).message()).contains("jointTargets[0].target.id");
        assertThat(ex.problems().get(2).message(Locale.CHINESE)).contains("规划中没有这个指标");
        assertThat(ex.problems().get(4).message(Locale.CHINESE)).contains("同一单位");
    }

    @Test
    void plan_refusesAMemberIdUsedByAnotherTarget() {
        Indicator cloud = new Indicator("cloud", 1, "digital", NAME, PERCENT, Direction.HIGHER_IS_BETTER,
                ProgressMethod.LINEAR, null, List.of(level75("both.ai")));
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> plan(cloud, AI)
                .jointTargets(List.of(JointTarget.of(Combination.ALL_OF, level75("both"), "cloud", "ai"))).build());

        assertThat(ex.problems()).extracting(Problem::path).containsExactly("jointTargets[0].indicators[1]");
        assertThat(ex.problems().get(0).message()).contains("'both.ai'", "indicators[0].targets[0].id");
    }

    @Test
    void plan_refusesTermsThatDoNotFitAnIndicator() {
        Target relative = Target.relative("double", 2022, Comparison.AT_LEAST, TargetBasis.MULTIPLE_OF_BASELINE,
                new BigDecimal("2"));
        Target early = Target.level("early", 2019, Comparison.AT_LEAST, new BigDecimal("75"));
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> plan(CLOUD, AI, DATA)
                .jointTargets(List.of(JointTarget.of(Combination.ALL_OF, relative, "cloud", "data"),
                        JointTarget.of(Combination.ALL_OF, early, "ai", "data"))).build());

        assertThat(ex.problems()).extracting(Problem::path).containsExactly(
                "jointTargets[0].indicators[1]", "jointTargets[1].indicators[0]");
        assertThat(ex.problems().get(0).message()).contains("no baseline");
        assertThat(ex.problems().get(0).message(Locale.CHINESE)).doesNotContain("no baseline").contains("基期");
        assertThat(ex.problems().get(1).message()).contains("after the base year 2019");
    }
}
