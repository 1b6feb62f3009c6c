package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Goal;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.Principle;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Safeguard;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearResult;
import io.github.planwatch.model.YearSpan;

/**
 * The JSON Schemas describe the model as the documents write it, so that they cannot drift from
 * it: each model type has a definition of the same name whose properties are its record
 * components (less and more only where the format says so, listed here), each of a JSON type that
 * holds the component's Java type; and the bundled Shaoxing documents validate.
 */
class SchemasTest {

    /**
     * A model type and the definition that describes it: the components the format writes under
     * another name, leaves out (they follow from where the part stands), or adds.
     */
    record Described(String schema, Class<? extends Record> type, Map<String, String> renamed, Set<String> omitted,
                     Set<String> added) {

        static Described as(String schema, Class<? extends Record> type) {
            return new Described(schema, type, Map.of(), Set.of(), Set.of());
        }

        Described renaming(String component, String property) {
            Map<String, String> more = new LinkedHashMap<>(renamed);
            more.put(component, property);
            return new Described(schema, type, more, omitted, added);
        }

        Described omitting(String... components) {
            return new Described(schema, type, renamed, Set.of(components), added);
        }

        Described adding(String... properties) {
            return new Described(schema, type, renamed, omitted, Set.of(properties));
        }
    }

    static final List<Described> DESCRIBED = List.of(
            Described.as(Schemas.PLAN, ActionPlan.class).adding(TreeReader.SCHEMA_VERSION_FIELD),
            Described.as(Schemas.PLAN, Principle.class),
            Described.as(Schemas.PLAN, Goal.class),
            Described.as(Schemas.PLAN, Area.class),
            Described.as(Schemas.PLAN, IndicatorCategory.class),
            Described.as(Schemas.PLAN, Task.class),
            Described.as(Schemas.PLAN, Indicator.class),
            Described.as(Schemas.PLAN, KeyWorkItem.class),
            Described.as(Schemas.PLAN, Safeguard.class),
            Described.as(Schemas.PLAN, Organisation.class),
            Described.as(Schemas.PLAN, QuantifiedTarget.class),
            Described.as(Schemas.PLAN, Target.class),
            Described.as(Schemas.PLAN, LocalizedText.class),
            Described.as(Schemas.PLAN, Unit.class),
            Described.as(Schemas.PLAN, Tolerance.class),
            Described.as(Schemas.PLAN, Baseline.class),
            // The CSV column and the document field are named for what is usually observed.
            Described.as(Schemas.OBSERVATIONS, Observation.class).renaming("subject", "indicator"),
            Described.as(Schemas.KEY_WORK_UPDATES, KeyWorkUpdate.class),
            // Assessments are listed under their owners: indicators, tasks, key work.
            Described.as(Schemas.EVALUATION, Evaluation.class).omitting("assessments")
                    .adding(TreeReader.SCHEMA_VERSION_FIELD, "indicators", "tasks", "keyWork"),
            Described.as(Schemas.EVALUATION, Assessment.class).omitting("ownerKind", "ownerId"),
            Described.as(Schemas.EVALUATION, YearResult.class),
            Described.as(Schemas.EVALUATION, Finding.class).omitting("subjectKind", "subjectId").adding("subject"),
            Described.as(Schemas.EVALUATION, GroupSummary.class),
            Described.as(Schemas.EVALUATION, LocalizedText.class));

    /** Definitions that no record has: the documents' top levels and the parts the format groups. */
    static final Map<String, Set<String>> HELPERS = Map.of(
            Schemas.PLAN, Set.of("YearSpan"),
            Schemas.OBSERVATIONS, Set.of("ObservationsDocument"),
            Schemas.KEY_WORK_UPDATES, Set.of("KeyWorkUpdatesDocument"),
            Schemas.EVALUATION, Set.of("Owner", "Subject", "StatusCounts"));

    @ParameterizedTest
    @ValueSource(strings = {Schemas.PLAN, Schemas.OBSERVATIONS, Schemas.KEY_WORK_UPDATES, Schemas.EVALUATION})
    void schema_isAValidDraft202012Schema(String schema) {
        assertThat(Schemas.document(schema).get("$schema").textValue())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Schemas.validateAgainstMetaSchema(schema)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Schemas.PLAN, Schemas.OBSERVATIONS, Schemas.KEY_WORK_UPDATES, Schemas.EVALUATION})
    void everyDefinition_describesAModelTypeOrIsAKnownHelper(String schema) {
        Set<String> defined = new HashSet<>();
        Schemas.document(schema).get("$defs").fieldNames().forEachRemaining(defined::add);
        Set<String> described = DESCRIBED.stream().filter(d -> d.schema().equals(schema))
                .map(d -> d.type().getSimpleName()).collect(Collectors.toSet());

        assertThat(defined).containsExactlyInAnyOrderElementsOf(union(described, HELPERS.get(schema)));
    }

    @Test
    void everyModelType_hasExactlyItsComponentsAsProperties_ofCompatibleTypes() {
        List<String> mismatches = new ArrayList<>();
        for (Described d : DESCRIBED) {
            JsonNode def = definition(d.schema(), d.type().getSimpleName());
            Set<String> expected = new LinkedHashSet<>();
            for (RecordComponent c : d.type().getRecordComponents()) {
                if (!d.omitted().contains(c.getName())) {
                    expected.add(d.renamed().getOrDefault(c.getName(), c.getName()));
                }
            }
            expected.addAll(d.added());
            Set<String> actual = new LinkedHashSet<>();
            def.get("properties").fieldNames().forEachRemaining(actual::add);
            if (!actual.equals(expected)) {
                mismatches.add(d.type().getSimpleName() + ": properties " + actual + ", components " + expected);
            }
            assertThat(def.get("additionalProperties").booleanValue()).as(d.type().getSimpleName()).isFalse();
            for (String required : strings(def.get("required"))) {
                assertThat(actual).as(d.type().getSimpleName() + " requires " + required).contains(required);
            }
            for (RecordComponent c : d.type().getRecordComponents()) {
                String property = d.renamed().getOrDefault(c.getName(), c.getName());
                JsonNode schema = def.get("properties").get(property);
                if (schema != null) {
                    String where = d.type().getSimpleName() + "." + c.getName();
                    if (c.getType().isPrimitive() && jsonTypes(d.schema(), schema).contains("null")
                            && strings(def.get("required")).contains(property)) {
                        mismatches.add(where + ": a primitive " + c.getType() + " cannot be null, the schema allows null");
                    }
                    compatible(d.schema(), where, c.getGenericType(), schema, mismatches);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shaoxingPlan_validatesAgainstThePlanSchema() throws IOException {
        assertThat(Schemas.validate(Schemas.PLAN, yamlResource(PlanDocuments.SHAOXING_RESOURCE))).isEmpty();
        assertThat(Schemas.validate(Schemas.PLAN, new ObjectMapper().readTree(PlanDocuments.toJson(PlanDocuments.shaoxing()))))
                .isEmpty();
        assertThat(Schemas.validate(Schemas.PLAN, yamlResource("io/github/planwatch/io/valid-plan.yaml"))).isEmpty();
    }

    @Test
    void sourcedObservations_validateAgainstTheObservationsSchema() throws IOException {
        List<Observation> sourced = ObservationDocuments.shaoxingSourced();

        assertThat(Schemas.validate(Schemas.OBSERVATIONS,
                new YAMLMapper().readTree(ObservationDocuments.toText(sourced, DataFormat.YAML)))).isEmpty();
        assertThat(Schemas.validate(Schemas.OBSERVATIONS,
                new ObjectMapper().readTree(ObservationDocuments.toText(sourced, DataFormat.JSON)))).isEmpty();
    }

    @Test
    void exampleEvaluation_validatesAgainstTheEvaluationSchema() throws IOException {
        JsonNode json = new ObjectMapper().readTree(EvaluationDocuments.toJson(EvaluationDocumentsTest.EVALUATION));

        assertThat(Schemas.validate(Schemas.EVALUATION, json)).isEmpty();
    }

    @Test
    void documentsThatTheReadersRefuse_theSchemasRefuseToo() throws IOException {
        ObjectMapper json = new ObjectMapper();

        assertThat(Schemas.validate(Schemas.OBSERVATIONS, json.readTree(
                "{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"year\": \"2021\", \"value\": 1}]}")))
                .extracting(m -> m.getInstanceLocation().toString()).containsExactly("/observations/0/year");
        assertThat(Schemas.validate(Schemas.KEY_WORK_UPDATES, json.readTree(
                "{\"schemaVersion\": 1, \"updates\": [{\"item\": \"kw-2020-9\", \"date\": \"2020-02-30\", \"status\": \"done\"}]}")))
                .extracting(m -> m.getInstanceLocation().toString())
                .containsExactlyInAnyOrder("/updates/0/date", "/updates/0/status");
        assertThat(Schemas.validate(Schemas.PLAN, json.readTree("{\"schemaVersion\": 2}")))
                .extracting(m -> m.getType()).contains("const", "required");
    }

    // ---------------------------------------------------------------- type compatibility

    /**
     * Checks that a property's schema holds exactly the JSON types of a Java type, recursing into
     * lists and records. A primitive may be null only where the property is optional: the document
     * leaves it out, or gives null, for its default (a unit's negativeAllowed, an observation's
     * provisional); required primitives are checked by the caller.
     */
    private static void compatible(String schemaName, String where, Type javaType, JsonNode schema, List<String> mismatches) {
        Set<String> types = new HashSet<>(jsonTypes(schemaName, schema));
        types.remove("null"); // where null is allowed, the removal and null properties check it against the reader
        Set<String> expected;
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        if (raw == String.class) {
            expected = Set.of("string");
        } else if (raw == int.class || raw == Integer.class) {
            expected = Set.of("integer");
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            expected = Set.of("number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            expected = Set.of("boolean");
        } else if (raw == LocalDate.class) {
            expected = Set.of("string");
            if (!"date".equals(resolve(schemaName, schema).path("format").asText())) {
                mismatches.add(where + ": a date without format date");
            }
        } else if (raw == YearSpan.class) {
            expected = Set.of("integer", "string");
        } else if (raw.isEnum()) {
            expected = Set.of("string");
            Set<String> constants = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.toSet());
            Set<String> listed = enumValues(schemaName, schema);
            // A schema may list fewer constants where the model's constructor refuses the others
            // (a group is never ACHIEVED; a year is ACHIEVED, MISSED or INSUFFICIENT_DATA).
            if (listed.isEmpty() || !constants.containsAll(listed)) {
                mismatches.add(where + ": enum " + listed + " is not a subset of " + constants);
            }
        } else if (raw == List.class) {
            expected = Set.of("array");
            JsonNode items = resolve(schemaName, arrayBranch(schemaName, schema)).get("items");
            compatible(schemaName, where + "[]", ((ParameterizedType) javaType).getActualTypeArguments()[0], items,
                    mismatches);
        } else if (raw == Map.class) {
            expected = Set.of("object");
            Type key = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            JsonNode object = resolve(schemaName, schema);
            if (key == Status.class) {
                Set<String> properties = new HashSet<>();
                object.get("properties").fieldNames().forEachRemaining(properties::add);
                Set<String> constants = Arrays.stream(Status.values()).map(Enum::name).collect(Collectors.toSet());
                if (!properties.equals(constants)) {
                    mismatches.add(where + ": counts " + properties + " are not the statuses " + constants);
                }
            } else if (!"string".equals(object.path("additionalProperties").path("type").asText())) {
                mismatches.add(where + ": a map of texts whose values are not strings");
            }
        } else if (raw.isRecord()) {
            expected = Set.of("object");
            String ref = refName(schema);
            if (!raw.getSimpleName().equals(ref)) {
                mismatches.add(where + ": refers to " + ref + ", not to " + raw.getSimpleName());
            }
        } else {
            mismatches.add(where + ": no JSON type known for " + javaType);
            return;
        }
        if (!types.equals(expected)) {
            mismatches.add(where + ": schema types " + types + ", Java type " + javaType + " needs " + expected);
        }
    }

    /** The JSON types a schema allows, following $ref and anyOf. */
    private static Set<String> jsonTypes(String schemaName, JsonNode schema) {
        Set<String> types = new HashSet<>();
        if (schema.has("$ref")) {
            types.addAll(jsonTypes(schemaName, resolve(schemaName, schema)));
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                types.addAll(jsonTypes(schemaName, branch));
            }
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.textValue());
        } else if (type != null) {
            type.forEach(t -> types.add(t.textValue()));
        }
        if (schema.has("const")) {
            types.add(schema.get("const").isInt() ? "integer" : "string");
        }
        return types;
    }

    private static Set<String> enumValues(String schemaName, JsonNode schema) {
        Set<String> values = new HashSet<>();
        JsonNode resolved = resolve(schemaName, schema);
        resolved.path("enum").forEach(v -> {
            if (v.isTextual()) {
                values.add(v.textValue());
            }
        });
        for (JsonNode branch : resolved.path("anyOf")) {
            values.addAll(enumValues(schemaName, branch));
        }
        return values;
    }

    private static JsonNode arrayBranch(String schemaName, JsonNode schema) {
        for (JsonNode branch : schema.path("anyOf")) {
            if (jsonTypes(schemaName, branch).contains("array")) {
                return branch;
            }
        }
        return schema;
    }

    private static String refName(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").textValue();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        for (JsonNode branch : schema.path("anyOf")) {
            if (branch.has("$ref")) {
                return refName(branch);
            }
        }
        return null;
    }

    private static JsonNode resolve(String schemaName, JsonNode schema) {
        return schema.has("$ref") ? definition(schemaName, refName(schema)) : schema;
    }

    private static JsonNode definition(String schemaName, String name) {
        JsonNode def = Schemas.document(schemaName).path("$defs").get(name);
        assertThat(def).as(schemaName + " defines " + name).isNotNull();
        return def;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.textValue()));
        return values;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static JsonNode yamlResource(String resource) throws IOException {
        try (InputStream in = SchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new YAMLMapper().readTree(in);
        }
    }
}
