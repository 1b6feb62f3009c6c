package io.github.planwatch.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BrokenRuleException;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.SubjectKind;

/**
 * Writes evaluations as JSON documents that other programs can read, and reads them back.
 *
 * <p>The format is described by its JSON Schema, {@code schemas/evaluation.schema.json} on the
 * classpath, and in {@code docs/evaluation-format.md}. Reading a document that was written gives an
 * equal evaluation (the assessments ordered by owner: indicators, tasks, key work, as
 * {@code PlanEvaluator} orders them); reading checks every part with the model's rules and reports
 * every problem at once in a {@link DocumentException}.
 *
 * <p>The model's records are bound field for field, in two shapes of the format's own, stated once
 * here for both directions: an assessment is written under its owner rather than with its
 * {@code ownerKind} and {@code ownerId}, and a finding's subject is one mapping,
 * {@code subject: {kind, id}}. Reading binds every part that passed the schema, so that a rule of
 * the model that a part breaks is reported together with the schema's problems elsewhere.
 *
 * <pre>{@code
 * EvaluationDocuments.write(evaluation, Path.of("evaluation.json"));
 * Evaluation again = EvaluationDocuments.read(Path.of("evaluation.json"));
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 */
public final class EvaluationDocuments {

    static final int SCHEMA_VERSION = 1;

    private static final String MEMBERS = "members";
    /** The fields of an assessment that the schema does not require: written only where not null (or empty). */
    private static final List<String> OPTIONAL = DocumentSchema.EVALUATION.optionalFields("Assessment");
    /** The list of the one owner of joint targets, the plan, written only where the plan has joint targets. */
    private static final String JOINT_TARGETS = "jointTargets";

    /** The lists of owners of targets, in the order their assessments are read, and the kind each holds. */
    private static final Map<String, SubjectKind> OWNERS = ownerLists();
    /** The start of the path of an assessment of the evaluation, such as {@code assessments[3]}. */
    private static final Pattern ASSESSMENT = Pattern.compile("assessments\\[(\\d+)]");

    private static final String OWNER_KIND = "ownerKind";
    private static final String OWNER_ID = "ownerId";
    private static final String SUBJECT = "subject";
    private static final String SUBJECT_KIND = "subjectKind";
    private static final String SUBJECT_ID = "subjectId";

    /** Every field is written, null where the model holds null, so that every part has one shape; a double as Java writes it. */
    private static final ObjectMapper WRITER = Binding.MAPPER.copy()
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                    JsonInclude.Include.ALWAYS));

    /** The top fields of an evaluation that are not lists of parts. */
    private record Head(String planId, int asOf, LocalDate referenceDate) {
    }

    private EvaluationDocuments() {
    }

    /**
     * Writes an evaluation as a JSON document.
     *
     * @param evaluation  the evaluation, not null
     * @return the document, ending with a line break, not null
     */
    public static String toJson(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        return DocumentWriter.text(tree(evaluation), DocumentFormat.JSON);
    }

    /**
     * Writes an evaluation to a file as a JSON document, whatever the file's extension. The file is
     * replaced whole: a failure leaves the old file unchanged and no partial file behind.
     *
     * @param evaluation  the evaluation, not null
     * @param file  the file, not null; its directory must exist
     * @throws PlanwatchException if the file cannot be written
     */
    public static void write(Evaluation evaluation, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(file, toJson(evaluation).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads an evaluation from a JSON file.
     *
     * @param file  the file, not null
     * @return the evaluation, not null
     * @throws DocumentException if the document is not a valid evaluation, listing every problem
     * @throws PlanwatchException if the file cannot be read
     */
    public static Evaluation read(Path file) {
        Objects.requireNonNull(file, "file");
        return SourceFiles.read(file, in -> read(in, file.toString()));
    }

    /**
     * Reads an evaluation from a stream of JSON. The stream is not closed.
     *
     * @param in  the document, not null
     * @param sourceName  the document's name for messages, not null
     * @return the evaluation, not null
     * @throws DocumentException if the document is not a valid evaluation, listing every problem
     * @throws PlanwatchException if the stream cannot be read
     */
    public static Evaluation read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        String source = Objects.requireNonNull(sourceName, "sourceName");
        DocumentTree.Parsed parsed = DocumentTree.parse(in, DocumentFormat.JSON, source, Messages.of("what.evaluation"),
                DocumentTree.NumberLimits.DOUBLES);
        ProblemList problems = new ProblemList();
        problems.addAll(parsed.problems());
        DocumentSchema.EVALUATION.check(parsed, problems);
        Parts parts = new Parts(parsed, problems);
        JsonNode root = parsed.root();
        List<Assessment> assessments = new ArrayList<>();
        List<String> assessmentPaths = new ArrayList<>();
        OWNERS.forEach((list, kind) -> {
            JsonNode owners = root.path(list);
            for (int i = 0; i < owners.size(); i++) {
                String ownerPath = list + "[" + i + "]";
                JsonNode owner = owners.get(i);
                JsonNode owned = owner.path("assessments");
                for (int j = 0; j < owned.size() && parts.whole(ownerPath + ".id"); j++) {
                    if (!owned.get(j).isObject()) {
                        continue; // the schema has said what it should be
                    }
                    ObjectNode assessment = owned.get(j).deepCopy();
                    assessment.put(OWNER_KIND, kind.name()).set(OWNER_ID, owner.get("id"));
                    ownMembers(assessment);
                    String path = ownerPath + ".assessments[" + j + "]";
                    if (parts.bind(assessment, Assessment.class, path, assessments)) {
                        assessmentPaths.add(path);
                    }
                }
            }
        });
        List<Finding> findings = parts.bindEach("findings", Finding.class, finding -> {
            JsonNode subject = finding.path(SUBJECT);
            return finding.<ObjectNode>set(SUBJECT_KIND, subject.get("kind")).set(SUBJECT_ID, subject.get("id"));
        });
        List<GroupSummary> groups = parts.bindEach("groups", GroupSummary.class, group -> group);
        List<Head> head = new ArrayList<>();
        if (problems.isEmpty()) {
            parts.bind(root, Head.class, "", head);
        }
        Evaluation evaluation = null;
        if (problems.isEmpty()) {
            Head h = head.get(0);
            try {
                evaluation = new Evaluation(h.planId(), h.asOf(), h.referenceDate(), assessments, findings, groups);
            } catch (BrokenRuleException ex) {
                for (Problem p : ex.problems()) {
                    problems.add(parsed.places().at(inDocument(p.path(), assessmentPaths), p.text()));
                }
            } catch (IllegalArgumentException ex) {
                Binding.brokenRule(ex, root, "", parsed.places(), problems::add);
            }
        }
        problems.throwIfAny(source);
        return evaluation;
    }

    private static Map<String, SubjectKind> ownerLists() {
        Map<String, SubjectKind> owners = new LinkedHashMap<>();
        owners.put("indicators", SubjectKind.INDICATOR);
        owners.put("tasks", SubjectKind.TASK);
        owners.put("keyWork", SubjectKind.KEY_WORK_ITEM);
        owners.put(JOINT_TARGETS, SubjectKind.PLAN);
        return owners;
    }

    /** The document tree of an evaluation. */
    private static ObjectNode tree(Evaluation evaluation) {
        ObjectNode model = WRITER.valueToTree(evaluation);
        ObjectNode n = DocumentTree.NODES.objectNode();
        n.put(DocumentWriter.SCHEMA_VERSION_FIELD, SCHEMA_VERSION);
        for (Iterator<Map.Entry<String, JsonNode>> it = model.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            switch (field.getKey()) {
                case "assessments" -> OWNERS.forEach((list, kind) -> {
                    ArrayNode owners = owners(field.getValue(), kind);
                    if (!owners.isEmpty() || !list.equals(JOINT_TARGETS)) {
                        n.set(list, owners);
                    }
                });
                case "findings" -> {
                    ArrayNode findings = n.putArray("findings");
                    field.getValue().forEach(f -> findings.add(withSubject((ObjectNode) f)));
                }
                default -> n.set(field.getKey(), field.getValue());
            }
        }
        return n;
    }

    /** The owners of one kind, in the order they first appear, each with its assessments in order. */
    private static ArrayNode owners(JsonNode assessments, SubjectKind kind) {
        Map<String, ArrayNode> byOwner = new LinkedHashMap<>();
        for (JsonNode a : assessments) {
            if (a.path(OWNER_KIND).asText().equals(kind.name())) {
                ObjectNode assessment = ((ObjectNode) a).deepCopy();
                String id = assessment.remove(OWNER_ID).asText();
                assessment.remove(OWNER_KIND);
                trim(assessment);
                byOwner.computeIfAbsent(id, x -> DocumentTree.NODES.arrayNode()).add(assessment);
            }
        }
        ArrayNode owners = DocumentTree.NODES.arrayNode();
        byOwner.forEach((id, owned) -> owners.addObject().put("id", id).set("assessments", owned));
        return owners;
    }

    /**
     * Leaves out the fields that only some kinds of assessment have (those the schema does not
     * require), where this one has none, so that documents written before these fields and after
     * them read alike.
     */
    private static void trim(ObjectNode assessment) {
        JsonNode members = assessment.path(MEMBERS);
        for (String optional : OPTIONAL) {
            JsonNode value = assessment.path(optional);
            if (value.isNull() || value.isArray() && value.isEmpty()) {
                assessment.remove(optional);
            }
        }
        // A member is the target on an indicator: its owner is that indicator, its subject, and is not repeated.
        for (JsonNode member : members) {
            ((ObjectNode) member).remove(OWNER_KIND);
            ((ObjectNode) member).remove(OWNER_ID);
            trim((ObjectNode) member);
        }
    }

    /** Gives each member of a joint target read from a document its owner, the indicator it is the subject of. */
    private static void ownMembers(ObjectNode assessment) {
        for (JsonNode member : assessment.path(MEMBERS)) {
            if (member.isObject()) {
                ((ObjectNode) member).put(OWNER_KIND, SubjectKind.INDICATOR.name()).set(OWNER_ID, member.get(SUBJECT_ID));
                ownMembers((ObjectNode) member);
            }
        }
    }

    /** A finding as written: its subject's kind and id as one mapping, where the model holds them. */
    private static ObjectNode withSubject(ObjectNode finding) {
        ObjectNode n = DocumentTree.NODES.objectNode();
        finding.fields().forEachRemaining(f -> {
            if (f.getKey().equals(SUBJECT_KIND)) {
                n.putObject(SUBJECT).put("kind", f.getValue().asText()).set("id", finding.get(SUBJECT_ID));
            } else if (!f.getKey().equals(SUBJECT_ID)) {
                n.set(f.getKey(), f.getValue());
            }
        });
        return n;
    }

    /**
     * The path in the document of a field of an evaluation: its assessments are written under their
     * owners, {@code assessments[3]} of the evaluation at, say, {@code tasks[0].assessments[1]}.
     */
    private static String inDocument(String path, List<String> assessmentPaths) {
        Matcher m = ASSESSMENT.matcher(path);
        return m.lookingAt() ? assessmentPaths.get(Integer.parseInt(m.group(1))) + path.substring(m.end()) : path;
    }

    /** Binds the parts of a document that passed its schema, adding each rule of the model they break. */
    private record Parts(DocumentTree.Parsed parsed, ProblemList problems) {

        boolean whole(String path) {
            return !problems.hasAnyWithin(path) && !parsed.places().isReported(path);
        }

        /** Binds a part that passed the schema; whether it is bound. */
        <T> boolean bind(JsonNode tree, Class<T> type, String path, List<T> into) {
            T value = whole(path) ? Binding.read(tree, type, path, parsed.places(), problems) : null;
            return value != null && into.add(value);
        }

        /** Binds each mapping of a top list, as the model holds it ({@code shape}, given a copy), that passed the schema. */
        <T> List<T> bindEach(String list, Class<T> type, UnaryOperator<ObjectNode> shape) {
            List<T> bound = new ArrayList<>();
            JsonNode items = parsed.root().path(list);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).isObject()) {
                    bind(shape.apply(items.get(i).deepCopy()), type, list + "[" + i + "]", bound);
                }
            }
            return bound;
        }
    }
}
