package io.github.planwatch.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.YearResult;

/**
 * Writes an evaluation as the JSON document {@link EvaluationReader} reads, described in
 * {@code docs/evaluation-format.md}.
 *
 * <p>The assessments are grouped by what owns their target: {@code indicators}, {@code tasks} and
 * {@code keyWork}, each a list of owners in the order they first appear, each owner with its
 * assessments in order. Every field is written, null where the model holds null, so that every
 * assessment has the same shape. Decimal values are plain ({@code 6795}); ratios and scores are
 * written as Java writes a double, which reads back as the same double. Thread-safe.
 */
final class EvaluationWriter {

    /** The version of the evaluation document format that this writer writes and the reader reads. */
    static final int SCHEMA_VERSION = 1;

    /** Keeps BigDecimal values as the model holds them. */
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private EvaluationWriter() {
    }

    /**
     * Writes an evaluation as a JSON document.
     *
     * @param evaluation  the evaluation, not null
     * @return the document, ending with a line break, not null
     */
    static String write(Evaluation evaluation) {
        return DocumentWriter.text(tree(evaluation), DocumentFormat.JSON);
    }

    /**
     * Builds the document tree of an evaluation.
     *
     * @param evaluation  the evaluation, not null
     * @return the tree, not null
     */
    static ObjectNode tree(Evaluation evaluation) {
        ObjectNode n = NODES.objectNode();
        n.put(TreeReader.SCHEMA_VERSION_FIELD, SCHEMA_VERSION);
        n.put("planId", evaluation.planId());
        n.put("asOf", evaluation.asOf());
        n.put("referenceDate", evaluation.referenceDate().toString());
        for (Map.Entry<String, SubjectKind> owners : EvaluationReader.OWNERS) {
            n.set(owners.getKey(), owners(evaluation.assessments(), owners.getValue()));
        }
        ArrayNode findings = n.putArray("findings");
        evaluation.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode groups = n.putArray("groups");
        evaluation.groups().forEach(g -> groups.add(group(g)));
        return n;
    }

    /** The owners of one kind, in the order they first appear, each with its assessments in order. */
    private static ArrayNode owners(List<Assessment> assessments, SubjectKind kind) {
        Map<String, List<Assessment>> byOwner = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            if (a.ownerKind() == kind) {
                byOwner.computeIfAbsent(a.ownerId(), id -> new ArrayList<>()).add(a);
            }
        }
        ArrayNode owners = NODES.arrayNode();
        byOwner.forEach((id, owned) -> {
            ObjectNode owner = owners.addObject();
            owner.put("id", id);
            ArrayNode list = owner.putArray("assessments");
            owned.forEach(a -> list.add(assessment(a)));
        });
        return owners;
    }

    private static ObjectNode assessment(Assessment a) {
        ObjectNode n = NODES.objectNode();
        n.put("targetId", a.targetId());
        n.put("subjectId", a.subjectId());
        n.put("kind", a.kind().name());
        n.put("targetYear", a.targetYear());
        n.put("status", a.status().name());
        n.put("reason", a.reason() == null ? null : a.reason().name());
        n.put("ratio", a.ratio());
        n.put("score", a.score());
        n.put("method", a.method() == null ? null : a.method().name());
        n.put("baseSource", a.baseSource() == null ? null : a.baseSource().name());
        n.put("baseYear", a.baseYear());
        decimal(n, "baseValue", a.baseValue());
        n.put("latestYear", a.latestYear());
        decimal(n, "latestValue", a.latestValue());
        decimal(n, "targetValue", a.targetValue());
        decimal(n, "tolerance", a.tolerance());
        n.put("provisional", a.provisional());
        ArrayNode years = n.putArray("years");
        a.years().forEach(y -> years.add(yearResult(y)));
        return n;
    }

    private static ObjectNode yearResult(YearResult y) {
        ObjectNode n = NODES.objectNode();
        n.put("year", y.year());
        decimal(n, "value", y.value());
        n.put("status", y.status().name());
        n.put("provisional", y.provisional());
        return n;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = NODES.objectNode();
        n.put("code", f.code());
        n.put("severity", f.severity().name());
        ObjectNode subject = n.putObject("subject");
        subject.put("kind", f.subjectKind().name());
        subject.put("id", f.subjectId());
        ObjectNode evidence = n.putObject("evidence");
        f.evidence().forEach(evidence::put);
        n.set("message", text(f.message()));
        return n;
    }

    private static ObjectNode group(GroupSummary g) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", g.kind().name());
        n.put("id", g.id());
        n.put("score", g.score());
        n.put("status", g.status().name());
        ObjectNode counts = n.putObject("counts");
        for (Status status : Status.values()) {
            counts.put(status.name(), g.count(status));
        }
        return n;
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode n = NODES.objectNode();
        n.put("zh", text.zh());
        n.put("en", text.en());
        return n;
    }

    private static void decimal(ObjectNode n, String field, BigDecimal value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
