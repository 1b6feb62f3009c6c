package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the model refuses of an observation it refuses of a plan too: a negative value in a unit
 * that cannot be negative; and an issue date outside the years it takes everywhere else.
 */
class SignAndDateBoundsTest {

    private static final Unit COUNT = new Unit("家", "companies", false);
    private static final Unit RATE = new Unit("%", "percent", true);

    @Test
    void aNegativeBaselineOrTarget_isRefusedInAUnitThatCannotBeNegative() {
        assertThatThrownBy(() -> indicator(COUNT, Baseline.of(2019, new BigDecimal("-5")),
                Target.level("c-2022", 2022, Comparison.AT_LEAST, new BigDecimal("10"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline must not be negative");
        assertThatThrownBy(() -> indicator(COUNT, Baseline.of(2019, new BigDecimal("5")),
                Target.level("c-2022", 2022, Comparison.AT_LEAST, new BigDecimal("-10"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target c-2022 must not be negative");
    }

    @Test
    void aNegativeBaselineOrTarget_isTakenInAUnitThatCanBeNegative_andAGrowthRateMayBeNegative() {
        assertThatCode(() -> indicator(RATE, Baseline.of(2019, new BigDecimal("-5")),
                Target.level("c-2022", 2022, Comparison.AT_LEAST, new BigDecimal("-1")))).doesNotThrowAnyException();
        assertThatCode(() -> indicator(COUNT, Baseline.of(2019, new BigDecimal("5")),
                Target.yearlyGrowth("c-growth", YearSpan.of(2020, 2022), new BigDecimal("-2")))).doesNotThrowAnyException();
    }

    @Test
    void anIssueDateOutsideTheYearsTheModelTakes_isRefused() {
        for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(99999, 1, 1), LocalDate.of(1899, 12, 31))) {
            assertThatThrownBy(() -> plan(date)).as(date.toString()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("issueDate's year must be a year between 1900 and 2200");
        }
        assertThatCode(() -> plan(LocalDate.of(1900, 1, 1))).doesNotThrowAnyException();
    }

    private static ActionPlan plan(LocalDate issued) {
        LocalizedText name = LocalizedText.of("名称", "name");
        return ActionPlan.builder().id("p").title(name).issuer("office").documentNumber("1号").issueDate(issued)
                .period(YearSpan.of(2020, 2022)).horizonYear(2025).guidingIdeology("指导思想")
                .organisations(List.of(new Organisation("office", name, OrganisationKind.MUNICIPAL_DEPARTMENT, List.of())))
                .build();
    }

    private static Indicator indicator(Unit unit, Baseline baseline, Target target) {
        return new Indicator("c", 1, "cat", LocalizedText.of("企业", "Companies"), unit, Direction.HIGHER_IS_BETTER,
                ProgressMethod.CAGR, baseline, List.of(target));
    }
}
