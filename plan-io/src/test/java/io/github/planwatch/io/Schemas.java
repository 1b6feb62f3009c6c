package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** planwatch's JSON Schemas, loaded from the classpath once, and a validator for each (draft 2020-12). */
final class Schemas {

    static final String PLAN = "plan.schema.json";
    static final String OBSERVATIONS = "observations.schema.json";
    static final String KEY_WORK_UPDATES = "key-work-updates.schema.json";
    static final String EVALUATION = "evaluation.schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Formats (such as date) are checked, not only noted, as an editor checks them. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> VALIDATORS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /**
     * Returns a schema as a JSON tree.
     *
     * @param name  the file name under {@code schemas/}, not null
     * @return the tree, not null
     */
    static JsonNode document(String name) {
        return DOCUMENTS.computeIfAbsent(name, n -> {
            try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream("schemas/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("no schema schemas/" + n + " on the classpath");
                }
                return new ObjectMapper().readTree(in);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /**
     * Validates a document against a schema.
     *
     * @param name  the schema's file name, not null
     * @param document  the document as a JSON tree, not null
     * @return the errors, empty if the document is valid
     */
    static Set<ValidationMessage> validate(String name, JsonNode document) {
        return VALIDATORS.computeIfAbsent(name, n -> FACTORY.getSchema(document(n), CONFIG)).validate(document);
    }

    /**
     * Validates a schema against the draft 2020-12 meta-schema, which the validator carries with it.
     *
     * @param name  the schema's file name, not null
     * @return the errors, empty if the schema is a valid schema
     */
    static Set<ValidationMessage> validateAgainstMetaSchema(String name) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        return meta.validate(document(name));
    }
}
