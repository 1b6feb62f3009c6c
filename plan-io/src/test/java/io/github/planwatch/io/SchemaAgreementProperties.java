package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.PlanArbitraries;
import io.github.planwatch.model.Problem;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The JSON Schemas and the readers agree on every document the writers produce and on every field
 * of it: the document is valid under its schema; and with one field removed, or set to null, the
 * schema finds fault with that field exactly when the reader reports a problem at it. So a field
 * the reader requires is required in the schema, a field the reader lets be null may be null in
 * the schema, and neither can change without the other.
 */
class SchemaAgreementProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActionPlan SHAOXING = PlanDocuments.shaoxing();

    /** A written document, its schema, and how the library reads it (the problems, none if it reads). */
    record Doc(String schema, ObjectNode tree, Function<byte[], List<Problem>> reader) {
    }

    /** One field of a document, by the steps that lead to the mapping that holds it. */
    record Site(Doc doc, List<Object> steps, String name) {

        String path() {
            StringBuilder path = new StringBuilder();
            for (Object step : steps) {
                if (step instanceof Integer i) {
                    path.append('[').append(i).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(step);
                }
            }
            return path.append(path.isEmpty() ? "" : ".").append(name).toString();
        }

        String parentPointer() {
            StringBuilder pointer = new StringBuilder();
            steps.forEach(step -> pointer.append('/').append(step));
            return pointer.toString();
        }

        ObjectNode parent(ObjectNode root) {
            JsonNode node = root;
            for (Object step : steps) {
                node = step instanceof Integer i ? node.get(i) : node.get((String) step);
            }
            return (ObjectNode) node;
        }

        @Override
        public String toString() {
            return doc.schema() + " " + path();
        }
    }

    /** What is done to the field. */
    enum Change {
        /** The field is left out. */
        REMOVE,
        /** The field is given as null. */
        SET_NULL
    }

    @Provide
    Arbitrary<Doc> plans() {
        return PlanArbitraries.actionPlans().map(plan -> new Doc(Schemas.PLAN, PlanWriter.plan(plan),
                bytes -> problems(() -> PlanDocuments.readJson(new ByteArrayInputStream(bytes), "p.json"))));
    }

    @Provide
    Arbitrary<Doc> observations() {
        return DataArbitraries.observations(SHAOXING, 4).map(list -> new Doc(Schemas.OBSERVATIONS,
                tree(ObservationDocuments.toText(list, DataFormat.JSON)), bytes -> problems(() -> ObservationDocuments.read(
                        new ByteArrayInputStream(bytes), DataFormat.JSON, "o.json", SHAOXING))));
    }

    @Provide
    Arbitrary<Doc> updates() {
        return DataArbitraries.updates(SHAOXING, 4).map(list -> new Doc(Schemas.KEY_WORK_UPDATES,
                tree(KeyWorkUpdateDocuments.toText(list, DataFormat.JSON)), bytes -> problems(() ->
                        KeyWorkUpdateDocuments.read(new ByteArrayInputStream(bytes), DataFormat.JSON, "u.json", SHAOXING))));
    }

    @Provide
    Arbitrary<Doc> evaluations() {
        return EvaluationArbitraries.evaluations().map(evaluation -> new Doc(Schemas.EVALUATION,
                EvaluationWriter.tree(evaluation), bytes -> problems(() -> EvaluationDocuments.read(
                        new ByteArrayInputStream(bytes), "e.json"))));
    }

    @Property(tries = 15)
    void planSchema_agreesWithTheReader(@ForAll("plans") Doc doc) {
        checkEveryKindOfField(doc);
    }

    @Property(tries = 40)
    void observationsSchema_agreesWithTheReader(@ForAll("observations") Doc doc) {
        checkEveryKindOfField(doc);
    }

    @Property(tries = 40)
    void keyWorkUpdatesSchema_agreesWithTheReader(@ForAll("updates") Doc doc) {
        checkEveryKindOfField(doc);
    }

    @Property(tries = 30)
    void evaluationSchema_agreesWithTheReader(@ForAll("evaluations") Doc doc) {
        checkEveryKindOfField(doc);
    }

    /**
     * Checks one field of each kind (the same field of different list items is one kind, such as
     * {@code tasks[].targets[].target.wording}), removed and set to null, so that every property of
     * the schema that the document has is checked in every try.
     */
    private static void checkEveryKindOfField(Doc doc) {
        assertThat(Schemas.validate(doc.schema(), doc.tree())).as("the written document is valid").isEmpty();
        Map<String, Site> kinds = new LinkedHashMap<>();
        collect(doc, doc.tree(), new ArrayList<>(), kinds);
        for (Site site : kinds.values()) {
            for (Change change : Change.values()) {
                checkAgreement(site, change);
            }
        }
    }

    private static void checkAgreement(Site site, Change change) {
        ObjectNode tree = site.doc().tree().deepCopy();
        if (change == Change.REMOVE) {
            site.parent(tree).remove(site.name());
        } else {
            site.parent(tree).putNull(site.name());
        }

        Set<ValidationMessage> errors = Schemas.validate(site.doc().schema(), tree);
        List<Problem> problems = site.doc().reader().apply(tree.toString().getBytes(StandardCharsets.UTF_8));

        String pointer = site.parentPointer() + "/" + site.name();
        boolean schemaFaults = errors.stream().anyMatch(e -> change == Change.REMOVE
                ? e.getType().equals("required") && e.getInstanceLocation().toString().equals(site.parentPointer())
                        && site.name().equals(e.getProperty())
                : e.getInstanceLocation().toString().equals(pointer));
        boolean readerFaults = problems.stream().anyMatch(p -> p.path().equals(site.path()));
        assertThat(schemaFaults).as("%s %s: schema %s, reader %s", change, site, errors, problems).isEqualTo(readerFaults);
    }

    // ---------------------------------------------------------------- documents and their fields

    /**
     * Collects the first field of each kind, but the names in a finding's evidence, which the schema
     * does not list.
     */
    private static void collect(Doc doc, JsonNode node, List<Object> steps, Map<String, Site> kinds) {
        if (node.isObject()) {
            boolean evidence = !steps.isEmpty() && "evidence".equals(steps.get(steps.size() - 1));
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!evidence) {
                    Site site = new Site(doc, List.copyOf(steps), field.getKey());
                    kinds.putIfAbsent(site.path().replaceAll("\\[\\d+]", "[]"), site);
                }
                List<Object> deeper = new ArrayList<>(steps);
                deeper.add(field.getKey());
                collect(doc, field.getValue(), deeper, kinds);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> deeper = new ArrayList<>(steps);
                deeper.add(i);
                collect(doc, node.get(i), deeper, kinds);
            }
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<Problem> problems(Runnable read) {
        try {
            read.run();
            return List.of();
        } catch (DocumentException ex) {
            return ex.problems();
        }
    }
}
