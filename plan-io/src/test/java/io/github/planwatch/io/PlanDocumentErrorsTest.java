package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import java.math.BigDecimal;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.TargetBasis;
import io.github.planwatch.model.Target;

/**
 * Each kind of mistake in a plan document is reported at its line, column and field path, saying
 * what was expected and what was found; several mistakes are reported together.
 *
 * <p>The documents are edits of {@code valid-plan.yaml}; the line numbers refer to that file.
 */
class PlanDocumentErrorsTest {

    private static final String SOURCE = "plan.yaml";

    @Test
    void validPlan_loads() {
        ActionPlan plan = readYaml(base());

        assertThat(plan.id()).isEqualTo("test-plan");
        assertThat(plan.tasks()).hasSize(1);
        assertThat(plan.tasks().get(0).targets().get(0).target().kind()).isEqualTo(TargetKind.YEARLY_GROWTH);
        assertThat(plan.indicator("gdp").orElseThrow().targets()).hasSize(2);
        assertThat(plan.organisationWrittenAs("商务局").orElseThrow().id()).isEqualTo("commerce-bureau");
    }

    /** YAML 1.1 reads yes and on as true; a unit written so once lost its negativeAllowed. */
    @Test
    void yamlBooleanWords_readAsTheBooleansTheyMean() {
        String yaml = edit("    unit: {zh: 亿元, en: 100 million yuan}", "    unit: {zh: 亿元, en: 100 million yuan, negativeAllowed: yes}")
                .replace("    unit: {zh: 亿美元, en: 100 million USD}", "    unit: {zh: 亿美元, en: 100 million USD, negativeAllowed: On}");

        ActionPlan plan = readYaml(yaml);

        assertThat(plan.indicator("gdp").orElseThrow().unit().negativeAllowed()).isTrue();
        assertThat(plan.tasks().get(0).targets().get(0).unit().negativeAllowed()).isTrue();
    }

    /** Language tags are case-insensitive: {@code ZH} and {@code En} read as zh and en, and are written so. */
    @Test
    void aLanguageTagInAnotherCase_readsAsThatLanguage_andIsWrittenInItsCanonicalCase() {
        ActionPlan plan = readYaml(edit("title: {zh: 测试方案, en: Test plan}", "title: {ZH: 测试方案, En: Test plan}")
                .replace("    unit: {zh: 亿元, en: 100 million yuan}", "    unit: {Zh: 亿元, EN: 100 million yuan}"));

        assertThat(plan).isEqualTo(readYaml(base()));
        assertThat(plan.title().languages()).containsExactly("zh", "en");
        assertThat(PlanDocuments.toYaml(plan)).contains("title:\n  zh: 测试方案\n  en: Test plan\n")
                .doesNotContain("ZH:", "En:", "Zh:", "EN:");
        assertThat(readYaml(PlanDocuments.toYaml(plan))).isEqualTo(plan);
    }

    /** A key of a text that has the form of a tag but that BCP 47 refuses is reported at the text, in English and Chinese. */
    @Test
    void aKeyThatIsNoLanguageTag_isReportedAtTheText_inEnglishAndChinese() {
        List<Problem> problems = problemsOf(edit("title: {zh: 测试方案, en: Test plan}", "title: {zh: 测试方案, EN-gb2: Test plan}"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).extracting(Problem::line, Problem::column, Problem::path)
                .containsExactly(4, 8, "title");
        assertThat(problems.get(0).message()).startsWith("'EN-gb2' is not a BCP 47 language tag");
        assertThat(problems.get(0).message(java.util.Locale.CHINESE)).startsWith("“EN-gb2”不是BCP 47语言标签");
    }

    @Test
    void yamlValueLeftEmpty_isNull() {
        String yaml = edit("    leadUnits: [commerce-bureau]\n    responsibleUnits: []",
                "    leadUnits:\n    responsibleUnits:");

        assertThat(readYaml(yaml).keyWork().get(0).leadUnits()).isEmpty();
        assertThat(problemsOf(yaml.replace("text: 开展招商活动。", "text:"))).containsExactly(
                // An empty value is placed right after its colon.
                problem(62, 10, "keyWork[0].text", "expected a text that is not blank, found null"));
    }

    @Test
    void unknownField_isReportedAtItsNameWithTheFieldsExpected() {
        List<Problem> problems = problemsOf(edit("    leadUnits: [commerce-bureau]\n    responsibleUnits: [city-office]",
                "    leadUnit: [commerce-bureau]\n    responsibleUnits: [city-office]"));

        assertThat(problems).containsExactly(problem(32, 5, "tasks[0].leadUnit",
                "unknown field 'leadUnit' (did you mean 'leadUnits'?); expected a task with the fields number, area,"
                        + " title, text, leadUnits, responsibleUnits, targets"));
    }

    @Test
    void missingRequiredField_isReportedAtTheMappingThatLacksIt() {
        List<Problem> problems = problemsOf(edit("    title: {zh: 引进外资, en: Attract foreign capital}\n", ""));

        assertThat(problems).containsExactly(problem(28, 5, "tasks[0].title",
                "missing required field 'title': expected a text in one or more languages keyed by BCP 47 tags,"
                        + " such as {zh: ..., en: ...} or {en: ...}"));
    }

    /** A RANK target without the name of its ranking was refused by the model at the target, not as the field it lacks. */
    @Test
    void rankTargetWithoutItsRanking_isReportedAsTheMissingField() {
        List<Problem> problems = problemsOf(edit("schemaVersion: 1", "schemaVersion: 2").replace(
                "      - {id: gdp-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 6800, wording: 6800以上}",
                "      - {id: gdp-2022, kind: RANK, years: 2022, comparison: AT_MOST, value: 30}"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("indicators[0].targets[0].ranking");
            assertThat(p.message()).startsWith("missing required field 'ranking'");
        });
    }

    @Test
    void wrongType_saysWhatWasExpectedAndWhatWasFound() {
        List<Problem> problems = problemsOf(edit("horizonYear: 2025", "horizonYear: soon")
                .replace("          value: 10\n", "          value: '10'\n")
                .replace("    leadUnits: [commerce-bureau]\n    responsibleUnits: [city-office]",
                        "    leadUnits: commerce-bureau\n    responsibleUnits: [city-office]"));

        assertThat(problems).containsExactly(
                problem(9, 14, "horizonYear", "expected a whole number, found the text 'soon'"),
                problem(32, 16, "tasks[0].leadUnits", "expected a list of the id of one of the plan's organisations,"
                        + " found the text 'commerce-bureau'"),
                problem(44, 18, "tasks[0].targets[0].target.value", "expected a number, found the text '10'"));
    }

    @Test
    void unquotedNumberWhereTextIsExpected_suggestsQuotes() {
        List<Problem> problems = problemsOf(edit("documentNumber: 测政发〔2020〕1号", "documentNumber: 2020"));

        assertThat(problems).containsExactly(problem(6, 17, "documentNumber",
                "expected a text that is not blank, found the number 2020; put it in quotes to make it text"));
    }

    @Test
    void enumValueOutsideTheVocabulary_listsTheValuesAllowed() {
        List<Problem> problems = problemsOf(edit("comparison: AT_LEAST\n", "comparison: AT_LEST\n")
                .replace("direction: HIGHER_IS_BETTER\n    method: CAGR\n    baseline",
                        "direction: UP\n    method: CAGR\n    baseline"));

        assertThat(problems).containsExactly(
                problem(43, 23, "tasks[0].targets[0].target.comparison",
                        "expected one of AT_LEAST, AT_MOST, BELOW, ABOVE, ABOUT, found the text 'AT_LEST'"
                                + " (did you mean 'AT_LEAST'?)"),
                problem(52, 16, "indicators[0].direction",
                        "expected one of HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE, found the text 'UP'"));
    }

    @Test
    void badDateAndBadYearSpan_areReportedWithTheReason() {
        List<Problem> problems = problemsOf(edit("issueDate: 2020-05-07", "issueDate: 2020-13-07")
                .replace("period: 2020-2022", "period: 2022-20"));
        // A span in the right form whose years are out of order breaks a rule of the model, which is
        // checked once the document fits its schema.
        List<Problem> reversed = problemsOf(edit("period: 2020-2022", "period: 2022-2020"));

        assertThat(problems).containsExactly(
                problem(7, 12, "issueDate", "expected an ISO date such as 2020-05-07, found the text '2020-13-07'"),
                problem(8, 9, "period", "expected a year such as 2022 or a span such as 2020-2022, found the text"
                        + " '2022-20'"));
        assertThat(reversed).containsExactly(
                problem(8, 9, "period", "last (2020) must not be before first (2022)"));
    }

    @Test
    void referencesThatDoNotResolve_areAllReportedWithTheClosestId() {
        List<Problem> problems = problemsOf(edit("    area: industry\n", "    area: industri\n")
                .replace("    leadUnits: [commerce-bureau]\n    responsibleUnits: [city-office]",
                        "    leadUnits: [commerce-burea]\n    responsibleUnits: [city-office]")
                .replace("    tasks: [1]", "    tasks: [2]")
                .replace("    category: economy", "    category: society")
                .replace("issuer: city-office", "issuer: mayor"));

        assertThat(problems).containsExactly(
                problem(5, 9, "issuer", "names no organisation of the plan: 'mayor'"),
                problem(29, 11, "tasks[0].area", "names no area of the plan: 'industri' (did you mean 'industry'?)"),
                problem(32, 17, "tasks[0].leadUnits[0]", "names no organisation of the plan: 'commerce-burea' (did you mean 'commerce-bureau'?)"),
                problem(49, 15, "indicators[0].category", "names no category of the plan: 'society'"),
                problem(65, 13, "keyWork[0].tasks[0]", "names no task of the plan: '2'"));
    }

    @Test
    void ruleOfAModelConstructor_isReportedAtThePartOrTheFieldItNames() {
        List<Problem> problems = problemsOf(edit("{id: gdp-2022, kind: LEVEL, years: 2022,",
                "{id: gdp-2022, kind: LEVEL, years: 2021-2022,")
                .replace("{id: gdp-2025, kind: LEVEL, years: 2025,", "{id: gdp-2025, kind: LEVEL, years: 2024-2025,"));

        assertThat(problems).containsExactly(
                problem(56, 9, "indicators[0].targets[0]",
                        "target gdp-2022: a LEVEL target covers one year, got 2021-2022"),
                problem(57, 9, "indicators[0].targets[1]",
                        "target gdp-2025: a LEVEL target covers one year, got 2024-2025"));
    }

    @Test
    void aPartThatBreaksARuleOfItsOwn_doesNotHideTheRulesAcrossTheOtherParts() {
        // gdp-2022 cannot be made; the plan's rules across its parts are checked without it, and the
        // part after it is named as itself, not as the part one place earlier.
        List<Problem> problems = problemsOf(edit("{id: gdp-2022, kind: LEVEL, years: 2022,",
                "{id: gdp-2022, kind: LEVEL, years: 2021-2022,")
                .replace("{id: gdp-2025, kind: LEVEL,", "{id: fdi-growth, kind: LEVEL,")
                .replace("    tasks: [1]", "    tasks: [2]")
                .replace("    category: economy", "    category: society")
                .replace("issuer: city-office", "issuer: mayor"));

        assertThat(problems).containsExactly(
                problem(5, 9, "issuer", "names no organisation of the plan: 'mayor'"),
                problem(40, 15, "tasks[0].targets[0].target.id", "id 'fdi-growth' is already used at indicators[0].targets[1].id"),
                problem(49, 15, "indicators[0].category", "names no category of the plan: 'society'"),
                problem(56, 9, "indicators[0].targets[0]",
                        "target gdp-2022: a LEVEL target covers one year, got 2021-2022"),
                problem(65, 13, "keyWork[0].tasks[0]", "names no task of the plan: '2'"));
    }

    @Test
    void aWholePartThatBreaksARule_isLeftOut_andTheOthersAreStillChecked() {
        // The indicator's baseline lies outside its unit's bounds: the indicator cannot be made at all.
        List<Problem> problems = problemsOf(edit("schemaVersion: 1", "schemaVersion: 2")
                .replace("    unit: {zh: 亿元, en: 100 million yuan}",
                "    unit: {zh: 亿元, en: 100 million yuan, upperBound: 100}")
                .replace("    tasks: [1]", "    tasks: [2]"));

        assertThat(problems).extracting(Problem::path).containsExactly("indicators[0].baseline.value",
                "indicators[0].targets[0].value", "indicators[0].targets[1].value", "keyWork[0].tasks[0]");
    }

    @Test
    void boundStatedInTheSchema_isReportedInTheSchemasWords() {
        List<Problem> problems = problemsOf(edit("  - number: 1\n    title: {zh: 开放", "  - number: 0\n    title: {zh: 开放")
                .replace("  - year: 2022\n", "  - year: 1800\n"));

        assertThat(problems).containsExactly(
                problem(12, 13, "principles[0].number", "expected a whole number of at least 1, found the number 0"),
                problem(16, 11, "goals[0].year", "expected a year from 1900 to 2200, found the number 1800"));
    }

    @Test
    void ruleAcrossThePlan_isReportedAtTheNodeItsPathLeadsTo() {
        List<Problem> problems = problemsOf(edit("horizonYear: 2025", "horizonYear: 2021")
                .replace("  - year: 2020\n    number: 1\n    theme", "  - year: 2019\n    number: 1\n    theme")
                .replace("  - id: commerce-bureau\n", "  - id: city-office\n")
                .replace("    leadUnits: [commerce-bureau]\n    responsibleUnits: [city-office]",
                        "    leadUnits: []\n    responsibleUnits: [city-office]")
                .replace("    leadUnits: [commerce-bureau]\n    responsibleUnits: []",
                        "    leadUnits: []\n    responsibleUnits: []"));

        assertThat(problems).containsExactly(
                problem(9, 14, "horizonYear", "must not be before the period ends (2022), got 2021"),
                problem(59, 11, "keyWork[0].year", "must lie in the plan's period 2020-2022, got 2019"),
                problem(74, 9, "organisations[1].id", "id city-office is already used by organisations[0]"));
    }

    @Test
    void manyProblemsOfDifferentKinds_areAllReportedInDocumentOrder() {
        String yaml = edit("horizonYear: 2025", "horizonYear: soon")
                .replace("    leadUnits: [commerce-bureau]\n    responsibleUnits: [city-office]",
                        "    leadUnits: [nobody]\n    responsibleUnits: [city-office]\n    owner: x")
                .replace("comparison: AT_LEAST\n", "comparison: MORE\n")
                .replace("    title: {zh: 加强组织领导, en: Leadership}\n", "");

        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> readYaml(yaml));

        assertThat(thrown.problems()).extracting(Problem::line, Problem::column, Problem::path).containsExactly(
                tuple(9, 14, "horizonYear"),
                tuple(34, 5, "tasks[0].owner"),
                tuple(44, 23, "tasks[0].targets[0].target.comparison"),
                tuple(68, 5, "safeguards[0].title"));
        assertThat(thrown.source()).isEqualTo(SOURCE);
        assertThat(thrown.getMessage()).startsWith("cannot read plan.yaml (4 problems):\n  plan.yaml:9:14: horizonYear:"
                + " expected a whole number");
    }

    @Test
    void duplicateField_isReportedAtItsSecondOccurrence() {
        List<Problem> problems = problemsOf(edit("id: test-plan\n", "id: test-plan\nid: other-plan\n"));

        assertThat(problems).containsExactly(problem(4, 1, "id",
                "expected each field once, found 'id' again (first at line 3, column 1)"));
    }

    @Test
    void documentThatIsNotAMapping_isReportedAtItsStart() {
        List<Problem> problems = problemsOf("- one\n- two\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).startsWith("expected a plan (a mapping with the fields schemaVersion, id, title,")
                    .endsWith("found a list");
        });
    }

    @Test
    void emptyDocument_isReported() {
        assertThat(problemsOf("# nothing here\n")).containsExactly(problem(1, 1, "",
                "the document is empty; expected a plan"));
    }

    @Test
    void wrongSchemaVersion_isReported() {
        assertThat(problemsOf(edit("schemaVersion: 1", "schemaVersion: 3"))).containsExactly(
                problem(2, 16, "schemaVersion", "expected schema version 1 or 2, found 3"));
    }

    @Test
    void version2_readsTheSamePlanAsVersion1() {
        assertThat(readYaml(edit("schemaVersion: 1", "schemaVersion: 2"))).isEqualTo(readYaml(base()));
    }

    @Test
    void fieldNewInVersion2_isReadInVersion2() {
        String nature = ", wording: 6800以上, nature: EXPECTED}";

        ActionPlan plan = readYaml(edit("schemaVersion: 1", "schemaVersion: 2").replace(", wording: 6800以上}", nature));

        assertThat(plan.indicator("gdp").orElseThrow().targets().get(0).nature()).isEqualTo(TargetNature.EXPECTED);
        assertThat(plan.indicator("gdp").orElseThrow().targets().get(1).nature()).isEqualTo(TargetNature.BINDING);
    }

    @Test
    void fieldNewInVersion2_isRefusedInVersion1AtItsName() {
        String yaml = edit(", wording: 6800以上}", ", wording: 6800以上, nature: EXPECTED}");

        assertThat(problemsOf(yaml)).containsExactly(problem(56, 102, "indicators[0].targets[0].nature",
                "the field 'nature' is new in schema version 2, and this document is version 1; write"
                        + " schemaVersion: 2 to use it"));
    }

    @Test
    void indicatorLinksAndPlanLanguage_areReadInVersion2_andRefusedInVersion1AtTheirNames() {
        String linked = edit("    category: economy", "    category: economy\n    tasks: [1]")
                .replace("title: {zh: 测试方案, en: Test plan}", "title: {zh: 测试方案, en: Test plan}\nlanguage: zh");

        ActionPlan plan = readYaml(linked.replace("schemaVersion: 1", "schemaVersion: 2"));

        assertThat(plan.indicator("gdp").orElseThrow().tasks()).containsExactly(1);
        assertThat(plan.language()).isEqualTo("zh");
        assertThat(problemsOf(linked)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("language", "the field 'language' is new in schema version 2, and this document is version 1;"
                        + " write schemaVersion: 2 to use it"),
                tuple("indicators[0].tasks", "the field 'tasks' is new in schema version 2, and this document is"
                        + " version 1; write schemaVersion: 2 to use it"));
    }

    @Test
    void aTextInOneLanguage_isRead() {
        ActionPlan plan = readYaml(edit("title: {zh: 测试方案, en: Test plan}", "title: {de: Testplan}"));

        assertThat(plan.title().languages()).containsExactly("de");
        assertThat(plan.language()).as("the title's own language").isEqualTo("de");
        assertThat(plan.title().zh()).isEqualTo("Testplan");
    }

    @Test
    void comparisonNewInVersion2_isReadInVersion2AndRefusedInVersion1() {
        String above = edit("comparison: AT_LEAST, value: 6800", "comparison: ABOVE, value: 6800");

        assertThat(readYaml(above.replace("schemaVersion: 1", "schemaVersion: 2")).indicator("gdp").orElseThrow()
                .targets().get(0).comparison()).isEqualTo(Comparison.ABOVE);
        assertThat(problemsOf(above)).extracting(Problem::line, Problem::path, Problem::message).containsExactly(
                tuple(56, "indicators[0].targets[0].comparison", "'ABOVE' is new in schema version 2, and this"
                        + " document is version 1; write schemaVersion: 2 to use it"));
    }

    @Test
    void relativeTarget_isReadInVersion2_refusedInVersion1_andWithoutABaselineAtTheTarget() {
        String doubled = edit("comparison: AT_LEAST, value: 6800", "comparison: AT_LEAST, basis: MULTIPLE_OF_BASELINE, value: 2");
        String v2 = doubled.replace("schemaVersion: 1", "schemaVersion: 2");

        Target target = readYaml(v2).indicator("gdp").orElseThrow().targets().get(0);
        assertThat(target.basis()).isEqualTo(TargetBasis.MULTIPLE_OF_BASELINE);
        assertThat(target.levelFrom(Baseline.of(2019, new BigDecimal("5781")))).isEqualByComparingTo("11562");
        assertThat(problemsOf(doubled)).extracting(Problem::line, Problem::path).containsExactly(
                tuple(56, "indicators[0].targets[0].basis"));
        assertThat(problemsOf(v2.replace("    baseline: {year: 2019, value: 5781}\n", ""))).extracting(Problem::line,
                Problem::path, Problem::message).containsExactly(tuple(55, "indicators[0].targets[0]", "gdp:"
                + " target gdp-2022 is stated as MULTIPLE_OF_BASELINE, and there is no baseline to resolve its level from;"
                + " give a baseline or the level itself"));
    }

    @Test
    void trajectory_isReadInVersion2_refusedInVersion1_andAPointOutOfOrderAtThePoint() {
        String traced = edit(", value: 6800, wording: 6800以上}", ", value: 6800, wording: 6800以上,"
                + " trajectory: [{year: 2020, value: 6100}, {year: 2021, value: 6450}]}");
        String v2 = traced.replace("schemaVersion: 1", "schemaVersion: 2");

        Target target = readYaml(v2).indicator("gdp").orElseThrow().targets().get(0);
        assertThat(target.trajectory()).containsExactly(
                new io.github.planwatch.model.TrajectoryPoint(2020, new BigDecimal("6100")),
                new io.github.planwatch.model.TrajectoryPoint(2021, new BigDecimal("6450")));
        assertThat(problemsOf(traced)).extracting(Problem::line, Problem::path).containsExactly(
                tuple(56, "indicators[0].targets[0].trajectory"));
        assertThat(problemsOf(v2.replace("{year: 2020, value: 6100}", "{year: 2019, value: 6100}")))
                .extracting(Problem::line, Problem::path).containsExactly(
                        tuple(56, "indicators[0].targets[0].trajectory[0].year"));
        // After the target year, and so out of order with the next: both points are refused at once.
        assertThat(problemsOf(v2.replace("{year: 2020, value: 6100}", "{year: 2022, value: 6100}")))
                .extracting(Problem::line, Problem::path).containsExactly(
                        tuple(56, "indicators[0].targets[0].trajectory[0].year"),
                        tuple(56, "indicators[0].targets[0].trajectory[1].year"));
    }

    @Test
    void trajectory_ofAYearlyTarget_isRefusedAtTheField() {
        String edited = edit("          wording: 每年保持10%以上增长\n", "          wording: 每年保持10%以上增长\n"
                + "          trajectory: [{year: 2021, value: 10}]\n").replace("schemaVersion: 1", "schemaVersion: 2");
        assertThat(problemsOf(edited)).extracting(Problem::line, Problem::path).containsExactly(
                tuple(46, "tasks[0].targets[0].target.trajectory"));
    }

    @Test
    void fieldNewInVersion2_withAWrongValue_isReportedWithTheNamesExpected() {
        String yaml = edit("schemaVersion: 1", "schemaVersion: 2").replace(", wording: 6800以上}",
                ", wording: 6800以上, nature: EXPECT}");

        assertThat(problemsOf(yaml)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("indicators[0].targets[0].nature",
                        "expected one of BINDING, EXPECTED, found the text 'EXPECT' (did you mean 'EXPECTED'?)"));
    }

    @Test
    void secondYamlDocument_isReported() {
        assertThat(problemsOf(base() + "---\nid: another\n")).containsExactly(
                problem(79, 1, "", "expected one document, found a second one"));
    }

    @Test
    void yamlSyntaxError_isReportedWhereTheParserStopped() {
        List<Problem> problems = problemsOf(edit("title: {zh: 测试方案, en: Test plan}", "title: {zh: 测试方案, en: Test plan"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(SOURCE);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(7);
            // The unclosed mapping runs on into the next line, where "issuer:" cannot follow "en: Test plan".
            assertThat(p.path()).isEqualTo("title.en");
            assertThat(p.message()).isEqualTo("not valid YAML: the mapping in braces that begins at line 4, column 8"
                    + " is not closed with }, or two of its fields have no comma between them");
            assertThat(p.message(java.util.Locale.CHINESE)).isEqualTo("不是有效的YAML：始于第4行第8列的花括号映射没有以}闭合，"
                    + "或其中两个字段之间缺少逗号");
        });
    }

    @Test
    void truncatedJson_isReportedWhereItEnds() {
        String json = PlanDocuments.toJson(readYaml(base()));
        String truncated = json.substring(0, json.indexOf("\"keyWork\""));

        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> PlanDocuments.readJson(
                new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), "plan.json"));

        assertThat(thrown.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(json, "\"keyWork\""));
            assertThat(p.message()).isEqualTo("not valid JSON: the document ends too early (an unclosed bracket, brace or quote?)");
        });
    }

    @Test
    void yamlTabIndentation_isReportedAtTheTab() {
        List<Problem> problems = problemsOf(edit("    area: industry\n", "\tarea: industry\n"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(29);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("not valid YAML: a tab character: YAML is indented with spaces only");
        });
    }

    @Test
    void jsonDocument_reportsJsonLinesAndColumns() {
        String json = PlanDocuments.toJson(readYaml(base()))
                .replace("\"horizonYear\": 2025", "\"horizonYear\": \"2025\"")
                .replace("\"area\": \"industry\"", "\"area\": \"industry\",\n      \"owner\": null");
        int horizonLine = lineOf(json, "\"horizonYear\"");
        int ownerLine = lineOf(json, "\"owner\"");

        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> PlanDocuments.readJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "plan.json"));

        assertThat(thrown.problems()).containsExactly(
                new Problem("plan.json", horizonLine, 18, "horizonYear", "expected a whole number, found the text '2025'"),
                new Problem("plan.json", ownerLine, 7, "tasks[0].owner", "unknown field 'owner'; expected a task with"
                        + " the fields number, area, title, text, leadUnits, responsibleUnits, targets"));
    }

    @Test
    void jsonSyntaxError_isReportedWhereTheParserStopped() {
        String json = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",,\n}";

        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> PlanDocuments.readJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "plan.json"));

        assertThat(thrown.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(13);
            assertThat(p.message()).isEqualTo("not valid JSON: unexpected text here; expected a value, a comma, a colon or a closing bracket");
        });
    }

    @Test
    void readingAFile_namesTheFileInEveryProblem(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("broken.yml");
        Files.writeString(file, edit("horizonYear: 2025", "horizonYear: soon"));

        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> PlanDocuments.read(file));

        assertThat(thrown.problems()).extracting(Problem::source).containsExactly(file.toString());
        assertThat(thrown.getMessage()).contains(file + ":9:14: horizonYear: expected a whole number");
    }

    @Test
    void readingAMissingFile_failsWithTheLibrarysException(@TempDir Path directory) {
        assertThatThrownBy(() -> PlanDocuments.read(directory.resolve("absent.yaml")))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageEndingWith("absent.yaml: no such file");
    }

    @Test
    void readingAFileOfUnknownFormat_failsWithTheLibrarysException(@TempDir Path directory) {
        assertThatThrownBy(() -> PlanDocuments.read(directory.resolve("plan.txt")))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageEndingWith("expected a name ending .yaml, .yml or .json");
    }

    @Test
    void streamThatFails_isReportedAsAReadFailureNotAsADocumentProblem() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 100) {
                    return 'a';
                }
                throw new IOException("disk on fire");
            }
        };

        assertThatThrownBy(() -> PlanDocuments.readYaml(failing, "failing.yaml"))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessage("cannot read failing.yaml: disk on fire");
    }

    @Test
    void shaoxing_loadsTheBundledPlanOrSaysTheResourceIsMissing() {
        if (getClass().getClassLoader().getResource(PlanDocuments.SHAOXING_RESOURCE) == null) {
            assertThatThrownBy(PlanDocuments::shaoxing).isExactlyInstanceOf(PlanwatchException.class)
                    .hasMessage("the classpath resource plans/shaoxing-2020-2022.yaml is missing");
        } else {
            assertThat(PlanDocuments.shaoxing()).isSameAs(PlanDocuments.shaoxing());
        }
    }

    @Test
    void readResource_saysWhichResourceIsMissing() {
        assertThatThrownBy(() -> PlanDocuments.readResource("plans/no-such-plan.yaml"))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessage("the classpath resource plans/no-such-plan.yaml is missing");
    }

    // ---------------------------------------------------------------- helpers

    static String base() {
        try (InputStream in = PlanDocumentErrorsTest.class.getResourceAsStream("valid-plan.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The valid plan with one piece of text, which must occur exactly once, replaced. */
    static String edit(String from, String to) {
        String base = base();
        int at = base.indexOf(from);
        assertThat(at).as("'%s' occurs in the plan", from).isNotNegative();
        assertThat(base.indexOf(from, at + 1)).as("'%s' occurs once in the plan", from).isNegative();
        return base.replace(from, to);
    }

    static ActionPlan readYaml(String yaml) {
        return PlanDocuments.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }

    static List<Problem> problemsOf(String yaml) {
        return catchThrowableOfType(DocumentException.class, () -> readYaml(yaml)).problems();
    }

    private static Problem problem(int line, int column, String path, String message) {
        return new Problem(SOURCE, line, column, path, message);
    }

    static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + marker);
    }
}
