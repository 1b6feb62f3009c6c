package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.YearResult;

/**
 * The evaluation document: the fields other programs rely on are there under their names, every
 * part of an evaluation reads back, and a document with mistakes is refused with each mistake
 * located.
 */
class EvaluationDocumentsTest {

    static final Assessment GDP_2022 = Assessment.builder()
            .targetId("gdp-2022").subjectId("gdp").ownerKind(SubjectKind.INDICATOR).ownerId("gdp")
            .kind(TargetKind.LEVEL).targetYear(2022).status(Status.ACCELERATION_NEEDED)
            .ratio(0.8723).score(1.945).method(ProgressMethod.CAGR)
            .baseSource(BaseSource.BASELINE).baseYear(2019).baseValue(new BigDecimal("5781"))
            .latestYear(2021).latestValue(new BigDecimal("6795")).targetValue(new BigDecimal("6800"))
            .provisional(true).build();
    static final Assessment GDP_2025 = Assessment.builder()
            .targetId("gdp-2025").subjectId("gdp").ownerKind(SubjectKind.INDICATOR).ownerId("gdp")
            .kind(TargetKind.LEVEL).nature(TargetNature.EXPECTED).targetYear(2025).status(Status.INSUFFICIENT_DATA)
            .reason(InsufficientDataReason.NO_OBSERVATION).method(ProgressMethod.CAGR)
            .targetValue(new BigDecimal("8400")).build();
    static final Assessment TASK_7 = Assessment.builder()
            .targetId("task-7-growth").subjectId("task-7-growth").ownerKind(SubjectKind.TASK).ownerId("7")
            .kind(TargetKind.YEARLY_GROWTH).targetYear(2022).status(Status.MISSED).score(-5.0)
            .targetValue(new BigDecimal("10"))
            .years(List.of(new YearResult(2020, new BigDecimal("12.5"), Status.ACHIEVED, false),
                    new YearResult(2021, new BigDecimal("-3.25"), Status.MISSED, true)))
            .build();
    static final Evaluation EVALUATION = new Evaluation("test-plan", 2021, LocalDate.of(2021, 12, 31),
            List.of(GDP_2022, GDP_2025, TASK_7),
            List.of(Finding.of("STALE_DATA", Severity.WARNING, SubjectKind.INDICATOR, "gdp",
                    Map.of("latestYear", "2021"), LocalizedText.of("数据陈旧", "stale data"))),
            List.of(new GroupSummary(GroupKind.PLAN, "test-plan", -1.5275, Status.DETERIORATION,
                            Map.of(Status.ACCELERATION_NEEDED, 1, Status.MISSED, 1, Status.INSUFFICIENT_DATA, 1)),
                    new GroupSummary(GroupKind.CATEGORY, "economy", 1.945, Status.LIMITED_PROGRESS,
                            Map.of(Status.ACCELERATION_NEEDED, 1, Status.INSUFFICIENT_DATA, 1)),
                    new GroupSummary(GroupKind.AREA, "industry", -5.0, Status.DETERIORATION, Map.of(Status.MISSED, 1))));

    @TempDir
    Path directory;

    @Test
    void toJson_writesTheDocumentedFormat() {
        assertThat(EvaluationDocuments.toJson(EVALUATION)).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "planId": "test-plan",
                  "asOf": 2021,
                  "referenceDate": "2021-12-31",
                  "indicators": [
                    {
                      "id": "gdp",
                      "assessments": [
                        {
                          "targetId": "gdp-2022",
                          "subjectId": "gdp",
                          "kind": "LEVEL",
                          "nature": "BINDING",
                          "targetYear": 2022,
                          "status": "ACCELERATION_NEEDED",
                          "reason": null,
                          "ratio": 0.8723,
                          "score": 1.945,
                          "method": "CAGR",
                          "baseSource": "BASELINE",
                          "baseYear": 2019,
                          "baseValue": 5781,
                          "latestYear": 2021,
                          "latestValue": 6795,
                          "targetValue": 6800,
                          "tolerance": null,
                          "provisional": true,
                          "years": [ ],
                          "anticipated": null
                        },
                        {
                          "targetId": "gdp-2025",
                          "subjectId": "gdp",
                          "kind": "LEVEL",
                          "nature": "EXPECTED",
                          "targetYear": 2025,
                          "status": "INSUFFICIENT_DATA",
                          "reason": "NO_OBSERVATION",
                          "ratio": null,
                          "score": null,
                          "method": "CAGR",
                          "baseSource": null,
                          "baseYear": null,
                          "baseValue": null,
                          "latestYear": null,
                          "latestValue": null,
                          "targetValue": 8400,
                          "tolerance": null,
                          "provisional": false,
                          "years": [ ],
                          "anticipated": null
                        }
                      ]
                    }
                  ],
                  "tasks": [
                    {
                      "id": "7",
                      "assessments": [
                        {
                          "targetId": "task-7-growth",
                          "subjectId": "task-7-growth",
                          "kind": "YEARLY_GROWTH",
                          "nature": "BINDING",
                          "targetYear": 2022,
                          "status": "MISSED",
                          "reason": null,
                          "ratio": null,
                          "score": -5.0,
                          "method": null,
                          "baseSource": null,
                          "baseYear": null,
                          "baseValue": null,
                          "latestYear": null,
                          "latestValue": null,
                          "targetValue": 10,
                          "tolerance": null,
                          "provisional": false,
                          "years": [
                            {
                              "year": 2020,
                              "value": 12.5,
                              "status": "ACHIEVED",
                              "provisional": false
                            },
                            {
                              "year": 2021,
                              "value": -3.25,
                              "status": "MISSED",
                              "provisional": true
                            }
                          ],
                          "anticipated": null
                        }
                      ]
                    }
                  ],
                  "keyWork": [ ],
                  "findings": [
                    {
                      "code": "STALE_DATA",
                      "severity": "WARNING",
                      "subject": {
                        "kind": "INDICATOR",
                        "id": "gdp"
                      },
                      "evidence": {
                        "latestYear": "2021"
                      },
                      "message": {
                        "zh": "数据陈旧",
                        "en": "stale data"
                      }
                    }
                  ],
                  "groups": [
                    {
                      "kind": "PLAN",
                      "id": "test-plan",
                      "score": -1.5275,
                      "status": "DETERIORATION",
                      "counts": {
                        "ACHIEVED": 0,
                        "MISSED": 1,
                        "ON_TRACK": 0,
                        "ACCELERATION_NEEDED": 1,
                        "LIMITED_PROGRESS": 0,
                        "DETERIORATION": 0,
                        "INSUFFICIENT_DATA": 1
                      },
                      "assessed": 2,
                      "dueOrAhead": 3
                    },
                    {
                      "kind": "CATEGORY",
                      "id": "economy",
                      "score": 1.945,
                      "status": "LIMITED_PROGRESS",
                      "counts": {
                        "ACHIEVED": 0,
                        "MISSED": 0,
                        "ON_TRACK": 0,
                        "ACCELERATION_NEEDED": 1,
                        "LIMITED_PROGRESS": 0,
                        "DETERIORATION": 0,
                        "INSUFFICIENT_DATA": 1
                      },
                      "assessed": 1,
                      "dueOrAhead": 2
                    },
                    {
                      "kind": "AREA",
                      "id": "industry",
                      "score": -5.0,
                      "status": "DETERIORATION",
                      "counts": {
                        "ACHIEVED": 0,
                        "MISSED": 1,
                        "ON_TRACK": 0,
                        "ACCELERATION_NEEDED": 0,
                        "LIMITED_PROGRESS": 0,
                        "DETERIORATION": 0,
                        "INSUFFICIENT_DATA": 0
                      },
                      "assessed": 1,
                      "dueOrAhead": 1
                    }
                  ]
                }
                """);
    }

    /** The fields other tools rely on, by the names they rely on; renaming one breaks them. */
    @Test
    void contractFields_arePresentUnderTheirNames() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(EvaluationDocuments.toJson(EVALUATION));

        assertThat(doc.get("asOf").intValue()).isEqualTo(2021);
        JsonNode gdp = doc.get("indicators").get(0);
        assertThat(gdp.get("id").textValue()).isEqualTo("gdp");
        for (JsonNode assessment : gdp.get("assessments")) {
            assertThat(assessment.has("targetYear") && assessment.get("targetYear").isInt()).isTrue();
            assertThat(assessment.get("status").isTextual()).isTrue();
            assertThat(assessment.get("ratio").isNumber() || assessment.get("ratio").isNull()).isTrue();
            assertThat(assessment.get("score").isNumber() || assessment.get("score").isNull()).isTrue();
        }
        assertThat(gdp.get("assessments").get(1).get("ratio").isNull()).isTrue();
        assertThat(gdp.get("assessments").get(1).get("score").isNull()).isTrue();
        JsonNode finding = doc.get("findings").get(0);
        assertThat(finding.get("code").textValue()).isEqualTo("STALE_DATA");
        assertThat(finding.get("severity").textValue()).isEqualTo("WARNING");
        assertThat(finding.get("subject").get("id").textValue()).isEqualTo("gdp");
        assertThat(doc.get("groups")).extracting(g -> g.get("kind").textValue()).containsExactly("PLAN", "CATEGORY", "AREA");
    }

    /** A document written before assessments carried their target's nature reads them as BINDING. */
    @Test
    void assessmentWithoutNature_readsAsBinding() {
        String json = EvaluationDocuments.toJson(EVALUATION).replaceAll("\\n *\"nature\": \"[A-Z]+\",", "");

        assertThat(json).doesNotContain("nature");
        assertThat(read(json).assessments()).extracting(Assessment::nature).containsOnly(TargetNature.BINDING);
    }

    @Test
    void json_readsBackAsAnEqualEvaluation() {
        assertThat(read(EvaluationDocuments.toJson(EVALUATION))).isEqualTo(EVALUATION);
    }

    /** Assessments are grouped by owner; an evaluation ordered otherwise reads back in that grouped order. */
    @Test
    void assessmentsNotGroupedByOwner_readBackGrouped() {
        Evaluation mixed = new Evaluation("test-plan", 2021, LocalDate.of(2021, 12, 31),
                List.of(TASK_7, GDP_2022, GDP_2025), EVALUATION.findings(), EVALUATION.groups());

        Evaluation read = read(EvaluationDocuments.toJson(mixed));

        assertThat(read.assessments()).containsExactly(GDP_2022, GDP_2025, TASK_7);
        assertThat(read).isEqualTo(EVALUATION);
    }

    /** A finding or an assessment written as a number, not a mapping, stopped the reader with an internal error. */
    @Test
    void findingOrAssessmentThatIsNotAMapping_isReportedWhereItIs() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(EvaluationDocuments.toJson(EVALUATION));
        ((ArrayNode) tree.get("findings")).set(0, 7);
        ((ArrayNode) tree.get("tasks").get(0).get("assessments")).set(0, 8);

        assertThat(problems(tree.toPrettyString())).extracting(Problem::path)
                .contains("findings[0]", "tasks[0].assessments[0]");
    }

    @Test
    void everyProblem_isReportedAtItsLineAndColumn() {
        String json = EvaluationDocuments.toJson(EVALUATION)
                .replace("\"asOf\": 2021", "\"asOf\": \"2021\"")
                .replace("\"ratio\": 0.8723", "\"ratio\": \"high\"")
                .replace("\"reason\": \"NO_OBSERVATION\"", "\"reason\": null")
                .replace("\"score\": -5.0,\n          \"method\"", "\"scor\": -5.0,\n          \"method\"")
                .replace("\"severity\": \"WARNING\"", "\"severity\": \"WARN\"")
                .replace("\"kind\": \"AREA\"", "\"kind\": \"REGION\"");

        assertThat(problems(json)).containsExactly(
                new Problem("e.json", 4, 11, "asOf", "expected a year from 1900 to 2200, found the text '2021'"),
                new Problem("e.json", 18, 20, "indicators[0].assessments[0].ratio",
                        "expected a number, found the text 'high'"),
                new Problem("e.json", 38, 21, "indicators[0].assessments[1].status", "target gdp-2025: a reason goes with"
                        + " INSUFFICIENT_DATA and only with it, got null for INSUFFICIENT_DATA"),
                new Problem("e.json", 61, 9, "tasks[0].assessments[0].score", "missing required field 'score':"
                        + " expected a number from -5 to 5"),
                new Problem("e.json", 70, 11, "tasks[0].assessments[0].scor", "unknown field 'scor' (did you mean"
                        + " 'score'?); expected an assessment with the fields targetId, subjectId, kind, nature, targetYear,"
                        + " status, reason, ratio, score, method, baseSource, baseYear, baseValue, latestYear,"
                        + " latestValue, targetValue, tolerance, provisional, years, anticipated, last, targetLevel, due, report, combine, decidedBy, members"),
                new Problem("e.json", 103, 19, "findings[0].severity", "expected one of INFO, WARNING, CRITICAL, found"
                        + " the text 'WARN'"),
                new Problem("e.json", 153, 15, "groups[2].kind", "expected one of PLAN, CATEGORY, AREA, NATURE, found the text"
                        + " 'REGION'"));
    }

    @Test
    void aDoubleBeyondRange_isRefused() {
        String json = EvaluationDocuments.toJson(EVALUATION).replace("\"ratio\": 0.8723", "\"ratio\": 1e309");

        assertThat(problems(json)).containsExactly(new Problem("e.json", 18, 20, "indicators[0].assessments[0].ratio",
                "expected a number within the range of a double (about 1.8e308), found the number 1E+309"));
        assertThat(problems(json)).extracting(p -> p.message(java.util.Locale.CHINESE))
                .containsExactly("应为双精度浮点数范围内（约1.8e308以内）的数，实为1E+309");
    }

    @Test
    void write_replacesTheFileWhole_andReadsBack() throws IOException {
        Path file = directory.resolve("evaluation.json");
        Files.writeString(file, "old");

        EvaluationDocuments.write(EVALUATION, file);

        assertThat(EvaluationDocuments.read(file)).isEqualTo(EVALUATION);
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
        assertThatThrownBy(() -> EvaluationDocuments.read(directory.resolve("absent.json")))
                .isExactlyInstanceOf(PlanwatchException.class).hasMessageEndingWith("no such file");
    }

    private static Evaluation read(String json) {
        return EvaluationDocuments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json");
    }

    private static List<Problem> problems(String json) {
        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> read(json));
        assertThat(thrown).as("reading should fail").isNotNull();
        return thrown.problems();
    }
}
