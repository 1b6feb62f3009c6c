package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Who answers for an indicator: the units it names, else those of the tasks it measures. */
class IndicatorOwnersTest {

    private static final LocalizedText NAME = LocalizedText.of("名称", "name");

    private static Organisation org(String id) {
        return new Organisation(id, LocalizedText.of(id + "局", id), OrganisationKind.MUNICIPAL_DEPARTMENT, List.of());
    }

    private static ActionPlan plan(Indicator... indicators) {
        return ActionPlan.builder().id("p").title(NAME).issuer("office").documentNumber("1号")
                .issueDate(LocalDate.of(2020, 5, 7)).period(YearSpan.of(2020, 2022)).horizonYear(2025)
                .guidingIdeology("指导思想")
                .areas(List.of(new Area("industry", 1, NAME, NAME), new Area("culture", 2, NAME, NAME)))
                .categories(List.of(new IndicatorCategory("economy", NAME)))
                .tasks(List.of(new Task(1, "industry", NAME, "任务", List.of("commerce"), List.of("customs"), List.of()),
                        new Task(2, "culture", NAME, "任务", List.of(), List.of("tourism", "publicity"), List.of()),
                        new Task(3, "industry", NAME, "任务", List.of("commerce", "finance"), List.of(), List.of())))
                .organisations(List.of(org("office"), org("commerce"), org("customs"), org("tourism"),
                        org("publicity"), org("finance"), org("statistics")))
                .indicators(List.of(indicators)).build();
    }

    private static Indicator indicator(String id, int number) {
        return new Indicator(id, number, "economy", NAME, Unit.of("亿元", "100 million yuan"),
                Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, Baseline.of(2019, new BigDecimal("100")),
                List.of(Target.level(id + "-2022", 2022, Comparison.AT_LEAST, new BigDecimal("120"))));
    }

    @Test
    void anIndicatorOfAVersion1Plan_namesNoTaskAndNoOneAnswersForIt() {
        Indicator gdp = indicator("gdp", 1);
        ActionPlan plan = plan(gdp);

        assertThat(gdp.tasks()).isEmpty();
        assertThat(gdp.namesOwners()).isFalse();
        assertThat(plan.ownersOf(gdp)).isEmpty();
        assertThat(plan.areasOf(gdp)).isEmpty();
    }

    @Test
    void theUnitsAnIndicatorNames_answerForItBeforeThoseOfItsTasks() {
        Indicator gdp = indicator("gdp", 1).withOwners(List.of(1), List.of("statistics"), List.of("finance"));

        assertThat(plan(gdp).ownersOf(gdp)).containsExactly("statistics", "finance");
    }

    @Test
    void anIndicatorThatNamesNoUnit_isAnsweredForByTheLeadUnitsOfItsTasks_orTheirResponsibleUnitsWhereTheyHaveNoLead() {
        Indicator trade = indicator("trade", 1).withOwners(List.of(1, 2, 3), List.of(), List.of());
        ActionPlan plan = plan(trade);

        // Task 1's lead (not its responsible unit), task 2's responsible units (it has no lead), task 3's leads once each.
        assertThat(plan.ownersOf(trade)).containsExactly("commerce", "tourism", "publicity", "finance");
        assertThat(plan.areasOf(trade)).containsExactly("industry", "culture");
    }

    @Test
    void anIndicatorNamingOnlyResponsibleUnits_isAnsweredForByThem() {
        Indicator gdp = indicator("gdp", 1).withOwners(List.of(1), List.of(), List.of("statistics"));

        assertThat(plan(gdp).ownersOf(gdp)).containsExactly("statistics");
    }

    @Test
    void anUnknownTaskOrUnit_isReportedAtItsPlace() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> plan(
                indicator("gdp", 1).withOwners(List.of(9), List.of("ghost"), List.of("commerce", "nobody"))));

        assertThat(ex.problems()).extracting(Problem::path).containsExactly("indicators[0].tasks[0]",
                "indicators[0].leadUnits[0]", "indicators[0].responsibleUnits[1]");
        assertThat(ex.problems().get(0).message()).isEqualTo("names no task of the plan: '9'");
    }

    @Test
    void aTaskOrUnitNamedTwice_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> indicator("gdp", 1).withOwners(List.of(1, 1), List.of(), List.of()))
                .withMessageContaining("tasks must not name the same task twice");
        assertThatIllegalArgumentException().isThrownBy(() -> indicator("gdp", 1)
                        .withOwners(List.of(), List.of("commerce", "commerce"), List.of()))
                .withMessageContaining("leadUnits must not name the same id twice");
    }
}
