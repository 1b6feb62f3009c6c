package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.Unit;

/**
 * A unit's bounds and scale in plan documents (version 2), and values outside the bounds refused
 * where they are read: a baseline or target in the plan, an observation in a CSV, YAML or JSON
 * file, each at its line, column and field, all of them at once.
 */
class UnitBoundsDocumentsTest {

    private static final String GDP_UNIT = "    unit: {zh: 亿元, en: 100 million yuan}";

    /** The small test plan as version 2, its indicator's unit given as a share bounded 0-100. */
    private static String shareBounded(String baseline, String target) {
        return PlanDocumentErrorsTest.edit(GDP_UNIT, "    unit: {zh: \"%\", en: percent, lowerBound: 0, upperBound: 100}")
                .replace("schemaVersion: 1", "schemaVersion: 2")
                .replace("baseline: {year: 2019, value: 5781}", "baseline: {year: 2019, value: " + baseline + "}")
                .replace("comparison: AT_LEAST, value: 6800", "comparison: AT_LEAST, value: " + target)
                .replace("comparison: ABOUT, value: 8000", "comparison: ABOUT, value: 80");
    }

    @Test
    void boundsAndScale_readAndWriteBack() {
        String yaml = PlanDocumentErrorsTest.edit(GDP_UNIT, "    unit: {zh: 亿元, en: 100 million yuan, lowerBound: 0,"
                        + " scale: {factor: 100000000, of: {zh: 元, en: yuan}}}")
                .replace("schemaVersion: 1", "schemaVersion: 2");

        ActionPlan plan = PlanDocumentErrorsTest.readYaml(yaml);

        Unit unit = plan.indicator("gdp").orElseThrow().unit();
        assertThat(unit.lowerBound()).isEqualByComparingTo("0");
        assertThat(unit.upperBound()).isNull();
        assertThat(unit.scale().factor()).isEqualByComparingTo("1E+8");
        assertThat(unit.scale().of().en()).isEqualTo("yuan");
        String written = PlanDocuments.toYaml(plan);
        assertThat(written).contains("lowerBound: 0").contains("factor: 100000000").doesNotContain("upperBound");
        assertThat(PlanDocuments.readYaml(new java.io.ByteArrayInputStream(written.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "written.yaml")).isEqualTo(plan);
    }

    @Test
    void aUnitWithoutBounds_writesAsInVersion1() {
        ActionPlan plan = PlanDocumentErrorsTest.readYaml(PlanDocumentErrorsTest.base());

        assertThat(PlanDocuments.toYaml(plan)).doesNotContain("lowerBound", "upperBound", "scale");
    }

    @Test
    void boundsInAVersion1Document_areRefusedAtTheField() {
        String yaml = PlanDocumentErrorsTest.edit(GDP_UNIT, "    unit: {zh: 亿元, en: 100 million yuan, lowerBound: 0}");

        assertThat(PlanDocumentErrorsTest.problemsOf(yaml)).extracting(Problem::toString).containsExactly(
                "plan.yaml:51:42: indicators[0].unit.lowerBound: the field 'lowerBound' is new in schema version 2,"
                        + " and this document is version 1; write schemaVersion: 2 to use it");
    }

    @Test
    void aBaselineAndATargetOutsideTheBounds_areEachRefusedAtTheirPlace() {
        List<Problem> problems = PlanDocumentErrorsTest.problemsOf(shareBounded("120", "-5"));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "plan.yaml:54:35: indicators[0].baseline.value: expected a value from 0 to 100, since % (percent)"
                        + " admits no other, found 120",
                "plan.yaml:56:79: indicators[0].targets[0].value: expected a value from 0 to 100, since % (percent)"
                        + " admits no other, found -5");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContainPattern("[A-Z][a-z]+Exception|java\\."));
    }

    @Test
    void boundsThatContradictEachOther_areRefusedAtTheBound() {
        String yaml = PlanDocumentErrorsTest.edit(GDP_UNIT, "    unit: {zh: \"%\", en: percent, lowerBound: 50, upperBound: 10}")
                .replace("schemaVersion: 1", "schemaVersion: 2");

        assertThat(PlanDocumentErrorsTest.problemsOf(yaml)).extracting(Problem::path, Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple("indicators[0].unit.upperBound",
                        "the upper bound must not be below the lower bound 50, got 10"));
    }

    @Test
    void anObservationOutsideTheBounds_isRefusedAtItsValue_inCsvYamlAndJson() {
        ActionPlan plan = PlanDocumentErrorsTest.readYaml(shareBounded("50", "60"));
        String message = "expected a value from 0 to 100, since indicator 'gdp' is measured in % (percent), which"
                + " admits no other; found ";

        assertThat(problems("indicator,year,value\ngdp,2020,55\ngdp,2021,120\ngdp,2022,100\n", DataFormat.CSV, plan))
                .extracting(Problem::toString).containsExactly("observations-file:3:10: observations[1].value: "
                        + message + "120");
        assertThat(problems("schemaVersion: 1\nobservations:\n  - {indicator: gdp, year: 2021, value: 100.01}\n", DataFormat.YAML, plan))
                .extracting(Problem::toString).containsExactly("observations-file:3:41: observations[0].value: "
                        + message + "100.01");
        assertThat(problems("{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"year\": 2021, \"value\": 0},\n"
                + " {\"indicator\": \"gdp\", \"year\": 2022, \"value\": 101}]}", DataFormat.JSON, plan))
                .extracting(Problem::toString).containsExactly("observations-file:2:46: observations[1].value: "
                        + message + "101");
        assertThat(DataDocuments.OBSERVATIONS.read(bytes("indicator,year,value\ngdp,2020,0\ngdp,2021,100\n"), DataFormat.CSV,
                "observations-file", plan)).extracting(o -> o.value()).containsExactly(BigDecimal.ZERO, new BigDecimal("100"));
    }

    @Test
    void aReferenceValue_readsAndWritesBack_andIsRefusedInVersion1AndBesideABaseline() {
        String dated = "    baseline: {year: 2019, value: 5781}\n";
        String v2 = PlanDocumentErrorsTest.edit(dated, "    referenceValue: 5781\n").replace("schemaVersion: 1", "schemaVersion: 2");

        ActionPlan plan = PlanDocumentErrorsTest.readYaml(v2);

        assertThat(plan.indicator("gdp").orElseThrow().referenceValue()).isEqualByComparingTo("5781");
        assertThat(plan.indicator("gdp").orElseThrow().baseline()).isNull();
        String written = PlanDocuments.toYaml(plan);
        assertThat(written).contains("referenceValue: 5781");
        assertThat(PlanDocuments.readYaml(new java.io.ByteArrayInputStream(written.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "written.yaml")).isEqualTo(plan);

        assertThat(PlanDocumentErrorsTest.problemsOf(PlanDocumentErrorsTest.edit(dated, "    referenceValue: 5781\n")))
                .extracting(Problem::toString).containsExactly("plan.yaml:54:5: indicators[0].referenceValue: the field"
                        + " 'referenceValue' is new in schema version 2, and this document is version 1; write"
                        + " schemaVersion: 2 to use it");
        assertThat(PlanDocumentErrorsTest.problemsOf(PlanDocumentErrorsTest.edit(dated, dated + "    referenceValue: 5781\n")
                .replace("schemaVersion: 1", "schemaVersion: 2"))).extracting(Problem::path, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("indicators[0].referenceValue", "a value"
                        + " without a year is only for a plan that states no baseline, and this one states 5781 for"
                        + " 2019; give one of them"));
    }

    private static List<Problem> problems(String text, DataFormat format, ActionPlan plan) {
        DocumentException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(DocumentException.class,
                () -> DataDocuments.OBSERVATIONS.read(bytes(text), format, "observations-file", plan));
        assertThat(thrown).as("reading should fail").isNotNull();
        return thrown.problems();
    }

    private static java.io.InputStream bytes(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
