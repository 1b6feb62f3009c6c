package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas are the one description of the formats, and the records they bind to must agree with
 * them. Nothing here repeats a field: the fields a record binds are asked of the binding itself, so
 * a field added to a record and not to its schema, or to a schema and not to its record, fails here.
 */
class SchemaAgreementTest {

    private static final String MODEL_PACKAGE = "io.github.planwatch.model.";

    static Stream<DocumentSchema> schemas() {
        return Stream.of(DocumentSchema.PLAN, DocumentSchema.OBSERVATIONS, DocumentSchema.KEY_WORK_UPDATES,
                DocumentSchema.ACCOUNTABILITIES, DocumentSchema.EVALUATION, DocumentSchema.SETTINGS);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everySchema_isAValidDraft202012Schema(DocumentSchema schema) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

        assertThat(registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(schema.tree())).as(schema.name()).isEmpty();
    }

    /** The schemas whose definitions bind, by name, to the model's records. */
    static Stream<DocumentSchema> schemasOfRecords() {
        return Stream.of(DocumentSchema.PLAN, DocumentSchema.OBSERVATIONS, DocumentSchema.KEY_WORK_UPDATES,
                DocumentSchema.ACCOUNTABILITIES);
    }

    @ParameterizedTest
    @MethodSource("schemasOfRecords")
    void everyDefinitionOfARecord_hasTheFieldsTheRecordBinds(DocumentSchema schema) {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> def : iterable(schema.tree().path("$defs").fields())) {
            Optional<Class<?>> type = recordNamed(def.getKey());
            if (type.isEmpty() || !def.getValue().has("properties")) {
                continue;
            }
            List<String> bound = new ArrayList<>(boundFields(type.get()));
            if (def.getKey().equals("Unit")) {
                // A unit's name is written as its languages, each a field of the unit (patternProperties).
                bound.remove("name");
            }
            List<String> described = new ArrayList<>();
            def.getValue().get("properties").fieldNames().forEachRemaining(described::add);
            described.remove(DocumentWriter.SCHEMA_VERSION_FIELD);
            List<String> required = new ArrayList<>();
            def.getValue().path("required").forEach(r -> required.add(r.asText()));
            required.remove(DocumentWriter.SCHEMA_VERSION_FIELD);

            assertThat(described).as(def.getKey() + " in " + schema.name()).containsExactlyElementsOf(bound);
            assertThat(bound).as("required fields of " + def.getKey()).containsAll(required);
            assertThat(def.getValue().path("additionalProperties").asBoolean(true)).as(def.getKey()).isFalse();
            checked.add(def.getKey());
        }
        assertThat(checked).as("definitions of records in " + schema.name()).isNotEmpty();
    }

    /** The fields the binding reads for a record, in the order it writes them. */
    private static List<String> boundFields(Class<?> type) {
        JavaType javaType = Binding.MAPPER.constructType(type);
        return Binding.MAPPER.getSerializationConfig().introspect(javaType).findProperties().stream()
                .map(BeanPropertyDefinition::getName).toList();
    }

    private static Optional<Class<?>> recordNamed(String name) {
        try {
            Class<?> type = Class.forName(MODEL_PACKAGE + name);
            return type.isRecord() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException ex) {
            return Optional.empty();
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
