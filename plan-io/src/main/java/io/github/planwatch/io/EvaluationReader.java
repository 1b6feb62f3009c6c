package io.github.planwatch.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.planwatch.io.DocNode.Field;
import io.github.planwatch.io.DocNode.MapNode;
import io.github.planwatch.io.DocNode.Scalar;
import io.github.planwatch.io.DocNode.ScalarKind;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.YearResult;

/**
 * Reads an evaluation from the JSON document {@link EvaluationWriter} writes, checking every part
 * with the model's rules and reporting every problem with its line, column and field path.
 *
 * <p>Every field is required, and may be null exactly where the model allows null. The
 * assessments are read in the order indicators, tasks, key work, each owner's in order.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class EvaluationReader extends TreeReader {

    /**
     * The numbers of an evaluation include ratios and scores, which are doubles: any finite double
     * must read, 1.0E-300 as well as 1.0E300.
     */
    static final DocumentParser.NumberLimits LIMITS = new DocumentParser.NumberLimits(400, 400);

    static final List<String> FIELDS = List.of(SCHEMA_VERSION_FIELD, "planId", "asOf", "referenceDate", "indicators",
            "tasks", "keyWork", "findings", "groups");
    static final List<String> OWNER_FIELDS = List.of("id", "assessments");
    static final List<String> ASSESSMENT_FIELDS = List.of("targetId", "subjectId", "kind", "targetYear", "status",
            "reason", "ratio", "score", "method", "baseSource", "baseYear", "baseValue", "latestYear", "latestValue",
            "targetValue", "tolerance", "provisional", "years");
    static final List<String> FINDING_FIELDS = List.of("code", "severity", "subject", "evidence", "message");
    static final List<String> SUBJECT_FIELDS = List.of("kind", "id");
    /** The lists of owners of targets, in the order their assessments are read, and the kind of owner each holds. */
    static final List<Map.Entry<String, SubjectKind>> OWNERS = List.of(Map.entry("indicators", SubjectKind.INDICATOR),
            Map.entry("tasks", SubjectKind.TASK), Map.entry("keyWork", SubjectKind.KEY_WORK_ITEM));

    /** What a finding is about. */
    private record Subject(SubjectKind kind, String id) {
    }

    private final Kind<Double> real = kind("a number", this::readDouble);
    private final Kind<YearResult> yearResult = kind("a year's result", this::readYearResult);
    private final Kind<Finding> finding = kind("a finding", this::readFinding);
    private final Kind<Subject> subject = kind("the subject of the finding, {kind: ..., id: ...}", this::readSubject);
    private final Kind<GroupSummary> group = kind("a group summary", this::readGroup);

    private EvaluationReader(String source) {
        super(source);
    }

    /**
     * Reads an evaluation.
     *
     * @param in  the document's bytes, not closed here, not null
     * @param source  the document's name, not null
     * @return the evaluation, not null
     * @throws DocumentException listing every problem, if there is any
     */
    static Evaluation read(InputStream in, String source) {
        DocumentParser.Parsed parsed = DocumentParser.parse(in, DocumentFormat.JSON, source,
                "an evaluation (a mapping with the fields " + String.join(", ", FIELDS) + ")", LIMITS);
        EvaluationReader reader = new EvaluationReader(source);
        return reader.finish(parsed, reader.readEvaluation(parsed.root()), "the evaluation");
    }

    private Evaluation readEvaluation(DocNode root) {
        Obj o = object(root, "", "an evaluation", FIELDS);
        if (o == null) {
            return null;
        }
        schemaVersion(o, EvaluationWriter.SCHEMA_VERSION);
        String planId = o.required("planId", text);
        Integer asOf = o.required("asOf", integer);
        LocalDate referenceDate = o.required("referenceDate", date);
        List<Assessment> assessments = new ArrayList<>();
        for (Map.Entry<String, SubjectKind> owners : OWNERS) {
            SubjectKind kind = owners.getValue();
            List<List<Assessment>> owned = o.requiredList(owners.getKey(), kind("an owner of targets, {id: ...,"
                    + " assessments: [...]}", (node, path) -> readOwner(node, path, kind)));
            if (owned != null) {
                owned.forEach(assessments::addAll);
            }
        }
        List<Finding> findings = o.requiredList("findings", finding);
        List<GroupSummary> groups = o.requiredList("groups", group);
        return build(o, () -> new Evaluation(planId, asOf, referenceDate, assessments, findings, groups));
    }

    private List<Assessment> readOwner(DocNode node, String path, SubjectKind kind) {
        Obj o = object(node, path, "an owner of targets", OWNER_FIELDS);
        if (o == null) {
            return null;
        }
        String id = o.required("id", text);
        List<Assessment> assessments = o.requiredList("assessments", kind("an assessment",
                (item, itemPath) -> readAssessment(item, itemPath, kind, id)));
        return o.failed ? null : assessments;
    }

    private Assessment readAssessment(DocNode node, String path, SubjectKind ownerKind, String ownerId) {
        Obj o = object(node, path, "an assessment", ASSESSMENT_FIELDS);
        if (o == null) {
            return null;
        }
        Assessment.AssessmentBuilder b = Assessment.builder().ownerKind(ownerKind).ownerId(ownerId);
        b.targetId(o.required("targetId", text));
        b.subjectId(o.required("subjectId", text));
        b.kind(o.required("kind", enumKind(TargetKind.class)));
        Integer targetYear = o.required("targetYear", integer);
        b.status(o.required("status", enumKind(Status.class)));
        b.reason(o.nullable("reason", enumKind(InsufficientDataReason.class)));
        b.ratio(o.nullable("ratio", real));
        b.score(o.nullable("score", real));
        b.method(o.nullable("method", enumKind(ProgressMethod.class)));
        b.baseSource(o.nullable("baseSource", enumKind(BaseSource.class)));
        b.baseYear(o.nullable("baseYear", integer));
        b.baseValue(o.nullable("baseValue", number));
        b.latestYear(o.nullable("latestYear", integer));
        b.latestValue(o.nullable("latestValue", number));
        b.targetValue(o.required("targetValue", number));
        b.tolerance(o.nullable("tolerance", number));
        Boolean provisional = o.required("provisional", bool);
        b.years(o.requiredList("years", yearResult));
        if (ownerId == null) {
            o.failed = true; // the owner's id did not read and says so
        }
        return build(o, () -> b.targetYear(targetYear).provisional(provisional).build());
    }

    private YearResult readYearResult(DocNode node, String path) {
        Obj o = object(node, path, "a year's result", List.of("year", "value", "status", "provisional"));
        if (o == null) {
            return null;
        }
        Integer year = o.required("year", integer);
        BigDecimal value = o.nullable("value", number);
        Status status = o.required("status", enumKind(Status.class));
        Boolean provisional = o.required("provisional", bool);
        return build(o, () -> new YearResult(year, value, status, provisional));
    }

    private Finding readFinding(DocNode node, String path) {
        Obj o = object(node, path, "a finding", FINDING_FIELDS);
        if (o == null) {
            return null;
        }
        String code = o.required("code", text);
        Severity severity = o.required("severity", enumKind(Severity.class));
        Subject about = o.required("subject", subject);
        Map<String, String> evidence = o.required("evidence", kind("the evidence, a mapping of names to texts",
                this::readEvidence));
        LocalizedText message = o.required("message", localized);
        return build(o, () -> new Finding(code, severity, about.kind(), about.id(), evidence, message));
    }

    private Subject readSubject(DocNode node, String path) {
        Obj o = object(node, path, "the subject of the finding", SUBJECT_FIELDS);
        if (o == null) {
            return null;
        }
        SubjectKind kind = o.required("kind", enumKind(SubjectKind.class));
        String id = o.required("id", text);
        return o.failed ? null : new Subject(kind, id);
    }

    private Map<String, String> readEvidence(DocNode node, String path) {
        if (!(node instanceof MapNode map)) {
            wrongType(node, path, "the evidence, a mapping of names to texts");
            return null;
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        boolean whole = true;
        for (Field f : map.fields().values()) {
            String value = text.read(f.value(), path + "." + f.name());
            if (value == null) {
                whole = false;
            } else {
                evidence.put(f.name(), value);
            }
        }
        return whole ? evidence : null;
    }

    private GroupSummary readGroup(DocNode node, String path) {
        Obj o = object(node, path, "a group summary", List.of("kind", "id", "score", "status", "counts"));
        if (o == null) {
            return null;
        }
        GroupKind kind = o.required("kind", enumKind(GroupKind.class));
        String id = o.required("id", text);
        Double score = o.nullable("score", real);
        Status status = o.required("status", enumKind(Status.class));
        Map<Status, Integer> counts = o.required("counts", kind("the number of members with each status, {"
                + String.join(": ..., ", statusNames()) + ": ...}", this::readCounts));
        return build(o, () -> new GroupSummary(kind, id, score, status, counts));
    }

    private Map<Status, Integer> readCounts(DocNode node, String path) {
        Obj o = object(node, path, "the number of members with each status", statusNames());
        if (o == null) {
            return null;
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            Integer n = o.required(status.name(), integer);
            if (n != null) {
                counts.put(status, n);
            }
        }
        return o.failed ? null : counts;
    }

    private static List<String> statusNames() {
        return Arrays.stream(Status.values()).map(Status::name).toList();
    }

    private Double readDouble(DocNode node, String path) {
        if (node instanceof Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.DECIMAL)) {
            double value = s.number().doubleValue();
            if (Double.isInfinite(value)) {
                problem(node, path, "expected a number within the range of a double, found " + s.describe());
                return null;
            }
            return value;
        }
        wrongType(node, path, real.expected());
        return null;
    }
}
