package io.github.planwatch.io;

import static io.github.planwatch.io.PlanDocumentErrorsTest.base;
import static io.github.planwatch.io.PlanDocumentErrorsTest.problemsOf;
import static io.github.planwatch.io.PlanDocumentErrorsTest.readYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.TargetKind;

/** A joint target in a plan document: read, written and read back, and its mistakes at their fields. */
class JointTargetDocumentsTest {

    /** The valid plan, version 2, with a second indicator in the unit of the first. */
    static String withSecondIndicator() {
        return base().replace("schemaVersion: 1", "schemaVersion: 2").replace("keyWork:\n", """
                  - id: gdp-private
                    number: 2
                    category: economy
                    name: {zh: 民营经济增加值, en: Private value added}
                    unit: {zh: 亿元, en: 100 million yuan}
                    direction: HIGHER_IS_BETTER
                    method: CAGR
                    baseline: {year: 2019, value: 3500}
                    targets: []
                keyWork:
                """);
    }

    private static String withJoint(String joint) {
        return withSecondIndicator() + "jointTargets:\n" + joint;
    }

    private static final String BOTH = """
              - combine: ALL_OF
                indicators: [gdp, gdp-private]
                target: {id: both-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 3000, wording: 均达3000亿元以上}
            """;

    @Test
    void jointTarget_isRead_andReadsBackAsWritten_inYamlAndJson() {
        ActionPlan plan = readYaml(withJoint(BOTH));

        JointTarget joint = plan.jointTarget("both-2022").orElseThrow();
        assertThat(joint.combine()).isEqualTo(Combination.ALL_OF);
        assertThat(joint.indicators()).containsExactly("gdp", "gdp-private");
        assertThat(joint.target().kind()).isEqualTo(TargetKind.LEVEL);
        assertThat(joint.target().wording()).isEqualTo("均达3000亿元以上");
        assertThat(readYaml(PlanDocuments.toYaml(plan))).isEqualTo(plan);
        assertThat(PlanDocuments.readJson(new ByteArrayInputStream(PlanDocuments.toJson(plan)
                .getBytes(StandardCharsets.UTF_8)), "plan.json")).isEqualTo(plan);
        assertThat(PlanDocuments.toYaml(plan)).contains("jointTargets:");
    }

    @Test
    void jointTargets_inAVersion1Document_areRefusedAtTheField() {
        List<Problem> problems = problemsOf(withJoint(BOTH).replace("schemaVersion: 2", "schemaVersion: 1"));

        assertThat(problems).extracting(Problem::line, Problem::path, Problem::message).contains(tuple(PlanDocumentErrorsTest.lineOf(
                withJoint(BOTH), "jointTargets:"), "jointTargets", "the field 'jointTargets' is new in schema version 2,"
                + " and this document is version 1; write schemaVersion: 2 to use it"));
    }

    @Test
    void aMistakeOfTheFormat_isReportedAtItsLineColumnAndField() {
        String yaml = withJoint(BOTH + """
                  - combine: SOME_OF
                    indicators: [gdp, gdp-private]
                    target: {id: odd, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 1}
                """);

        assertThat(problemsOf(yaml)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::line, Problem::column, Problem::path)
                    .containsExactly(PlanDocumentErrorsTest.lineOf(yaml, "SOME_OF"), 14, "jointTargets[1].combine");
            assertThat(p.message()).contains("ALL_OF, ANY_OF");
        });
    }

    @Test
    void everyBrokenRuleOfTheJointTargets_isReportedAtOnce_atItsField() {
        String yaml = withJoint(BOTH + """
                  - combine: ALL_OF
                    indicators: [gdp]
                    target: {id: odd, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 1}
                  - combine: ANY_OF
                    indicators: [gdp, gpd]
                    target: {id: both-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 1}
                """);

        List<Problem> problems = problemsOf(yaml);

        assertThat(problems).extracting(Problem::path).containsExactly(
                "jointTargets[1].indicators", "jointTargets[2].indicators[1]", "jointTargets[2].target.id");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(problems).filteredOn(p -> p.path().equals("jointTargets[2].indicators[1]")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'gpd'", "did you mean 'gdp'"));
    }

    @Test
    void aKindThatCannotBeJoint_isReportedAtTheKind() {
        String yaml = withJoint("""
                  - combine: ANY_OF
                    indicators: [gdp, gdp-private]
                    target: {id: ranked, kind: RANK, years: 2022, comparison: AT_MOST, value: 30, ranking: 全国}
                """);

        assertThat(problemsOf(yaml)).singleElement().satisfies(p -> {
            assertThat(p).extracting(Problem::line, Problem::path).containsExactly(PlanDocumentErrorsTest.lineOf(yaml, "id: ranked"),
                    "jointTargets[0].target.kind");
            assertThat(p.message()).contains("a joint target is LEVEL");
        });
    }

}
