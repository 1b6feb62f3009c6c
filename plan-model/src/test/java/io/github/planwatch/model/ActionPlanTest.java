package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ActionPlanTest {

    private static final LocalizedText NAME = LocalizedText.of("名称", "name");

    private static Organisation org(String id, String zh, String... aliases) {
        return new Organisation(id, LocalizedText.of(zh, id), OrganisationKind.MUNICIPAL_DEPARTMENT, List.of(aliases));
    }

    private static ActionPlan.ActionPlanBuilder minimal() {
        return ActionPlan.builder()
                .id("p")
                .title(NAME)
                .issuer("office")
                .documentNumber("1号")
                .issueDate(LocalDate.of(2020, 5, 7))
                .period(YearSpan.of(2020, 2022))
                .horizonYear(2025)
                .guidingIdeology("指导思想")
                .areas(List.of(new Area("industry", 1, NAME, NAME)))
                .categories(List.of(new IndicatorCategory("economy", NAME)))
                .organisations(List.of(org("office", "办公室"), org("bureau", "市经信局")));
    }

    private static Indicator gdp(String id, String category) {
        return new Indicator(id, 1, category, NAME, Unit.of("亿元", "100 million yuan"), Direction.HIGHER_IS_BETTER,
                ProgressMethod.CAGR, Baseline.of(2019, new BigDecimal("5781")),
                List.of(Target.level(id + "-2022", 2022, Comparison.AT_LEAST, new BigDecimal("6800"))));
    }

    private static Task task(int number, String area, List<String> lead, List<String> responsible) {
        return new Task(number, area, NAME, "任务", lead, responsible, List.of());
    }

    @Test
    void builder_minimalPlan() {
        ActionPlan plan = minimal().indicators(List.of(gdp("gdp", "economy")))
                .tasks(List.of(task(1, "industry", List.of("bureau"), List.of()))).build();
        assertThat(plan.indicator("gdp")).isPresent();
        assertThat(plan.task(1)).map(Task::hasLeadUnit).contains(true);
        assertThat(plan.organisationWrittenAs("市经信局")).map(Organisation::id).contains("bureau");
        assertThat(plan.tasksOf("industry")).hasSize(1);
    }

    /** The plan's main language is kept in its tag's canonical case, as its texts' tags are. */
    @Test
    void theMainLanguage_isKeptInItsCanonicalCase_andLookupsFallBackToIt() {
        ActionPlan plan = minimal().language("EN").build();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("FR", "nom");
        texts.put("En", "name");
        LocalizedText text = LocalizedText.of(texts);

        assertThat(plan.language()).isEqualTo("en");
        assertThat(text.languages()).containsExactly("fr", "en");
        assertThat(plan.text(text, "de")).isEqualTo("name");
    }

    @Test
    void lists_areUnmodifiable() {
        ActionPlan plan = minimal().build();
        assertThat(plan.tasks()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.areas().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_reportsEveryBrokenReference() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> minimal()
                .issuer("nobody")
                .indicators(List.of(gdp("gdp", "no-such-category")))
                .tasks(List.of(task(1, "no-such-area", List.of("bureau"), List.of("ghost"))))
                .build());
        assertThat(ex.problems()).extracting(Problem::path).containsExactly(
                "issuer", "tasks[0].area", "tasks[0].responsibleUnits[0]", "indicators[0].category");
        assertThat(ex.problems().get(2).message()).contains("'ghost'");
        assertThat(ex.getMessage()).contains("4 problems");
    }

    /** The plan's consistency problems were said in English only, whatever language the caller wanted. */
    @Test
    void constructor_problems_areSaidInChinese() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> minimal()
                .issuer("nobody")
                .indicators(List.of(gdp("gdp", "no-such-category")))
                .tasks(List.of(task(1, "no-such-area", List.of("bureau"), List.of("ghost"))))
                .build());
        assertThat(ex.problems()).extracting(p -> p.message(java.util.Locale.CHINESE)).containsExactly(
                "规划中没有这个单位：“nobody”", "规划中没有这个领域：“no-such-area”", "规划中没有这个单位：“ghost”",
                "规划中没有这个指标类别：“no-such-category”");
        assertThat(ex.message(java.util.Locale.CHINESE)).startsWith("规划p前后不一致（4个问题）：\n  issuer: ");
        assertThat(ex.problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo(ex.problems().get(0).message());
    }

    @Test
    void constructor_duplicateNumbersAndIds() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> minimal()
                .indicators(List.of(gdp("gdp", "economy"), gdp("gdp", "economy")))
                .tasks(List.of(task(1, "industry", List.of(), List.of()), task(1, "industry", List.of(), List.of())))
                .build());
        assertThat(ex.problems()).extracting(Problem::path).contains(
                "tasks[1].number", "indicators[1].id", "indicators[1].number", "indicators[1].targets[0].id");
    }

    /** A second indicator with the same id was reported twice: once among indicators, once among the ids observations use. */
    @Test
    void constructor_duplicateIndicatorId_isReportedOnce() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> minimal()
                .indicators(List.of(gdp("gdp", "economy"), gdp("gdp", "economy")))
                .build());
        assertThat(ex.problems()).filteredOn(p -> p.path().equals("indicators[1].id")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("id 'gdp' is already used at indicators[0].id"));
    }

    @Test
    void constructor_unknownReference_suggestsTheClosestId() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> minimal()
                .indicators(List.of(gdp("gdp", "econom")))
                .build());
        assertThat(ex.problems()).extracting(Problem::message)
                .containsExactly("names no category of the plan: 'econom' (did you mean 'economy'?)");
    }

    @Test
    void constructor_targetIdCollidesWithIndicatorId() {
        Indicator a = gdp("gdp", "economy");
        Indicator b = new Indicator("gdp-2022", 2, "economy", NAME, Unit.of("个", "count"),
                Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null, List.of());
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
                () -> minimal().indicators(List.of(a, b)).build());
        assertThat(ex.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("indicators[1].id");
            assertThat(p.message()).contains("indicators[0].targets[0].id");
        });
    }

    @Test
    void constructor_organisationNamedTwice() {
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> minimal()
                .organisations(List.of(org("office", "办公室"), org("bureau", "市经信局"), org("other", "其他", "市经信局")))
                .build());
        assertThat(ex.problems()).singleElement().extracting(Problem::message).asString().contains("市经信局");
    }

    @Test
    void keyWork_outsidePeriod_andUnknownTask() {
        KeyWorkItem item = new KeyWorkItem(2019, 1, NAME, "工作", List.of("bureau"), List.of(), List.of(7), List.of());
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
                () -> minimal().keyWork(List.of(item)).build());
        assertThat(ex.problems()).extracting(Problem::path).containsExactly("keyWork[0].year", "keyWork[0].tasks[0]");
        assertThat(item.id()).isEqualTo("kw-2019-1");
    }

    @Test
    void indicator_targetNotAfterBaseline() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Indicator("gdp", 1, "economy", NAME,
                        Unit.of("亿元", "100 million yuan"), Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR,
                        Baseline.of(2019, BigDecimal.ONE),
                        List.of(Target.level("gdp-2019", 2019, Comparison.AT_LEAST, BigDecimal.TEN))))
                .withMessageContaining("gdp-2019").withMessageContaining("2019");
    }

    @Test
    void indicator_relativeTargetWithoutBaseline_isRefusedAtTheTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Indicator("gdp", 1, "economy", NAME,
                        Unit.of("亿元", "100 million yuan"), Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                        List.of(Target.level("gdp-2022", 2022, Comparison.AT_LEAST, BigDecimal.TEN),
                                Target.relative("gdp-2025", 2025, Comparison.AT_LEAST, TargetBasis.MULTIPLE_OF_BASELINE,
                                        BigDecimal.valueOf(2)))))
                .withMessageStartingWith("targets[1]: gdp: target gdp-2025 is stated as MULTIPLE_OF_BASELINE")
                .withMessageContaining("no baseline");
    }

    @Test
    void task_sameUnitTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> task(1, "industry", List.of("bureau", "bureau"), List.of()))
                .withMessageContaining("leadUnits");
    }

    @Test
    void problem_rendersLocation() {
        assertThat(Problem.at("tasks[3].area", "names no area").withLocation("plan.yaml", 12, 9))
                .hasToString("plan.yaml:12:9: tasks[3].area: names no area");
        assertThat(Problem.at("", "empty document")).hasToString("empty document");
    }
}
