package io.github.planwatch.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;

import io.github.planwatch.model.Message;

/**
 * One of planwatch's JSON Schemas (draft 2020-12, under {@code schemas/} on the classpath), the one
 * description of a document format, and the check of a parsed document against it.
 *
 * <p>The validator reports every problem at once, each at a path in the document; this class
 * places each at the line and column where the value (or, for an unknown field, its key) was
 * written, and says it in planwatch's words, taken from the schema itself: a part is named by its
 * {@code title}, a value by its type, pattern, bounds or enumeration. An unknown field or a value
 * not in an enumeration comes with the closest known name. Thread-safe once built.
 */
final class DocumentSchema {

    /** The keyword that marks a property new in a later version of a format, with that version. */
    static final String SINCE_VERSION = "x-sinceVersion";
    /** Draft 2020-12, knowing {@value #SINCE_VERSION} as an annotation rather than warning of it. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword(SINCE_VERSION)).build());
    /** Reads the schemas, whose numbers stay as JSON reads them. */
    private static final ObjectMapper SCHEMA_READER = new ObjectMapper();
    static final String ID_PATTERN = "^[a-z0-9][a-z0-9._-]*$";
    /** The pattern of a finding's code, said as a code rather than as text. */
    private static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]*$";

    // The schemas of each kind of document; a record of a data file is also a row of a table.
    static final DocumentSchema PLAN = new DocumentSchema("plan.schema.json");
    static final DocumentSchema OBSERVATIONS = new DocumentSchema("observations.schema.json");
    static final DocumentSchema KEY_WORK_UPDATES = new DocumentSchema("key-work-updates.schema.json");
    static final DocumentSchema ACCOUNTABILITIES = new DocumentSchema("accountabilities.schema.json");
    static final DocumentSchema EVALUATION = new DocumentSchema("evaluation.schema.json");
    static final DocumentSchema SETTINGS = new DocumentSchema("settings.schema.json");

    private final String name;
    /** The schema, read from the classpath when first used: a command reads only the formats it needs. */
    private volatile JsonNode tree;
    /** The latest version in which the schema marks a field or a name as new: 1 where it marks none. */
    private int newestVersion;
    private final Map<String, Schema> validators = new java.util.concurrent.ConcurrentHashMap<>();
    /** The validators of the schema's {@code if} conditions, by condition. */
    private final Map<JsonNode, Schema> conditions = new java.util.concurrent.ConcurrentHashMap<>();

    private DocumentSchema(String name) {
        this.name = name;
    }

    /** The latest version that a {@value #SINCE_VERSION} within a schema names, or 1. */
    private static int newestVersion(JsonNode schema) {
        int newest = 1;
        if (schema.isContainerNode()) {
            JsonNode since = schema.isObject() ? schema.get(SINCE_VERSION) : null;
            if (since != null) {
                newest = Math.max(newest, since.asInt(1));
                for (JsonNode version : since) {
                    newest = Math.max(newest, version.asInt(1));
                }
            }
            for (JsonNode part : schema) {
                newest = Math.max(newest, newestVersion(part));
            }
        }
        return newest;
    }

    /** The file name of the schema, such as {@code plan.schema.json}. */
    String name() {
        return name;
    }

    /** The schema as a tree. */
    JsonNode tree() {
        JsonNode read = tree;
        if (read == null) {
            synchronized (this) {
                read = tree;
                if (read == null) {
                    read = SourceFiles.readResource("schemas/" + name, SCHEMA_READER::readTree);
                    newestVersion = newestVersion(read);
                    tree = read;
                }
            }
        }
        return read;
    }

    /**
     * Checks a parsed document against the schema's top definition, adding a problem for each way
     * it breaks the schema, unless the parser has already reported that value.
     */
    void check(DocumentTree.Parsed parsed, ProblemList problems) {
        check(parsed.root(), "", parsed.places(), parsed.yaml(), problems, null);
        JsonNode version = parsed.root().path(DocumentWriter.SCHEMA_VERSION_FIELD);
        if (version.isIntegralNumber() && version.canConvertToInt() && version.asInt() < newestVersion) {
            // A document of the newest version may use every field: only an older one is walked.
            checkVersion(parsed.root(), tree(), "", version.asInt(), parsed.places(), problems);
        }
    }

    /**
     * Refuses, in a document of an earlier version, each field that the schema marks as new in a
     * later one ({@value #SINCE_VERSION}: a version, or for an enumeration a mapping of its new
     * names to their versions), so that one schema describes every version: a field
     * means the same wherever it is allowed, and an older document keeps the meaning it was written with.
     */
    private void checkVersion(JsonNode node, JsonNode schema, String path, int version, DocumentTree.Places places,
                              ProblemList problems) {
        JsonNode s = resolve(schema);
        if (s.has("anyOf")) {
            for (JsonNode alternative : s.get("anyOf")) {
                if (fits(node, alternative)) {
                    checkVersion(node, alternative, path, version, places, problems);
                }
            }
        } else if (node.isObject() && s.has("properties")) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode property = s.get("properties").get(field.getKey());
                if (property == null) {
                    continue; // an unknown field, which the schema's own check reports
                }
                String at = DocumentTree.Places.field(path, field.getKey());
                int since = property.path(SINCE_VERSION).asInt(1);
                int valueSince = property.path(SINCE_VERSION).path(field.getValue().asText()).asInt(1);
                if (field.getValue().isTextual() && valueSince > version) {
                    // A name added to an enumeration: x-sinceVersion maps it to its version.
                    problems.add(places.at(at, Messages.of("schema.valueNew", Words.quote(field.getValue().asText()),
                            valueSince, version)));
                } else if (since > version) {
                    problems.add(places.atKey(at, Messages.of("schema.fieldNew", Words.quote(field.getKey()), since,
                            version)));
                } else {
                    checkVersion(field.getValue(), property, at, version, places, problems);
                }
            }
        } else if (node.isArray() && s.has("items")) {
            for (int i = 0; i < node.size(); i++) {
                checkVersion(node.get(i), s.get("items"), path + "[" + i + "]", version, places, problems);
            }
        }
    }

    /**
     * Leaves out of a tree that is to be written, in place, every field whose value is the schema's
     * {@code default} for it, the value a reader takes where the field is left out; a default stated
     * in the {@code then} or {@code else} of an {@code if} applies where the value meets (or fails)
     * the {@code if}. A document written so reads back as the same record, and says only what its
     * writer chose.
     */
    void leaveOutDefaults(JsonNode node) {
        leaveOutDefaults(node, tree());
    }

    private void leaveOutDefaults(JsonNode node, JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("anyOf")) {
            for (JsonNode alternative : s.get("anyOf")) {
                if (fits(node, alternative)) {
                    leaveOutDefaults(node, alternative);
                    return;
                }
            }
        } else if (node.isObject() && s.has("properties")) {
            // The conditions are read before any field is left out, since they may read the fields.
            List<JsonNode> stating = new ArrayList<>(List.of(s));
            stating.addAll(branchesTaken(s, node));
            s.path("allOf").forEach(part -> stating.addAll(branchesTaken(part, node)));
            for (var fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = s.get("properties").get(field.getKey());
                if (property == null) {
                    continue;
                }
                leaveOutDefaults(field.getValue(), property);
                if (stating.stream().map(part -> part.path("properties").path(field.getKey()).get("default"))
                        .anyMatch(d -> d != null && same(d, field.getValue()))) {
                    fields.remove();
                }
            }
        } else if (node.isArray() && s.has("items")) {
            node.forEach(item -> leaveOutDefaults(item, s.get("items")));
        }
    }

    /** The {@code then} or {@code else} of a schema's {@code if} that a value takes, if it has one. */
    private List<JsonNode> branchesTaken(JsonNode schema, JsonNode value) {
        if (!schema.has("if")) {
            return List.of();
        }
        Schema condition = conditions.computeIfAbsent(schema.get("if"), REGISTRY::getSchema);
        JsonNode branch = schema.get(condition.validate(value).isEmpty() ? "then" : "else");
        return branch == null ? List.of() : List.of(branch);
    }

    /** Whether a value is a default: numbers by value, so that 1 is 1.0. */
    private static boolean same(JsonNode defaultValue, JsonNode value) {
        return defaultValue.isNumber() && value.isNumber() ? defaultValue.decimalValue().compareTo(value.decimalValue()) == 0
                : defaultValue.equals(value);
    }

    /** Whether a value has the type that one alternative of a choice asks for. */
    private boolean fits(JsonNode value, JsonNode alternative) {
        String type = typeOf(alternative);
        return type == null || switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> !value.isObject() && !value.isArray();
        };
    }

    /**
     * Checks a value at a path against one of the schema's definitions (a name under {@code $defs},
     * or null for the top one), such as a row of a CSV file against {@code Observation}; in YAML a
     * number not in quotes is not text.
     */
    void check(JsonNode value, String path, DocumentTree.Places places, boolean yaml, ProblemList problems,
               String definition) {
        Schema schema = validators.computeIfAbsent(definition == null ? "" : definition, d -> {
            ObjectNode root = tree().deepCopy();
            if (!d.isEmpty()) {
                root.put("$ref", "#/$defs/" + d);
            }
            return REGISTRY.getSchema(root);
        });
        List<Error> errors = schema.validate(value, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Error error : relevant(errors)) {
            String at = join(path, error.getInstanceLocation());
            boolean ofKey = error.getKeyword().equals("additionalProperties") || error.getKeyword().equals("required");
            String field = ofKey && error.getProperty() != null ? DocumentTree.Places.field(at, error.getProperty()) : at;
            if (places.isReported(field)) {
                continue; // the parser has said what is wrong with it
            }
            if (!said.add(field)) {
                continue; // one problem for each field is enough: a date can break its pattern and its format
            }
            problems.add(ofKey ? places.atKey(field, message(error, yaml)) : places.at(field, message(error, yaml)));
        }
    }

    /**
     * Keeps, of the errors where a value matches none of a choice ({@code anyOf}), those of the
     * alternative that fits the value's type, or one saying what was expected where none fits.
     */
    private static List<Error> relevant(List<Error> errors) {
        List<Error> kept = new ArrayList<>();
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Error e : errors) {
            String location = e.getEvaluationPath().toString();
            int choice = location.lastIndexOf("/anyOf/");
            if (choice < 0) {
                kept.add(e);
                continue;
            }
            String prefix = location.substring(0, choice);
            String branch = location.substring(choice + 7).split("/", 2)[0];
            boolean otherFits = e.getKeyword().equals("type") && errors.stream().anyMatch(f -> {
                String other = f.getEvaluationPath().toString();
                return other.startsWith(prefix + "/anyOf/") && !other.startsWith(prefix + "/anyOf/" + branch + "/")
                        && f.getInstanceLocation().startsWith(e.getInstanceLocation())
                        && (!f.getKeyword().equals("type") || !f.getInstanceLocation().equals(e.getInstanceLocation()));
            });
            if (!otherFits && (!e.getKeyword().equals("type") || said.add(e.getInstanceLocation() + " " + prefix))) {
                kept.add(e);
            }
        }
        return kept;
    }

    private Message message(Error e, boolean yaml) {
        String location = e.getSchemaLocation().getFragment().toString();
        JsonNode keywordHolder = tree().at(parentOf(location));
        JsonNode found = e.getInstanceNode();
        return switch (e.getKeyword()) {
            case "additionalProperties" -> {
                List<String> fields = fieldNames(keywordHolder);
                String unknown = e.getProperty();
                yield Messages.of("schema.unknownField", Words.quote(unknown), Words.didYouMean(unknown, fields),
                        describe(keywordHolder), fields);
            }
            case "required" -> Messages.of("schema.missingField", Words.quote(e.getProperty()),
                    describe(resolve(keywordHolder.path("properties").path(e.getProperty()))));
            case "const" -> location.endsWith("/schemaVersion/const")
                    ? Messages.of("schema.expectedVersion", keywordHolder.get("const"), found.asText())
                    : Messages.of("expectedFound", keywordHolder.get("const"), found(found));
            case "enum" -> {
                List<String> names = texts(keywordHolder.get("enum"));
                yield location.endsWith("/schemaVersion/enum")
                        ? Messages.of("schema.expectedVersion", Messages.or(names), found.asText())
                        : Messages.of("schema.expectedOneOf", names, found(found),
                                found.isTextual() ? Words.didYouMean(found.asText(), names) : "");
            }
            default -> {
                JsonNode expected = location.contains("/anyOf/")
                        ? tree().at(location.substring(0, location.lastIndexOf("/anyOf/"))) : keywordHolder;
                Object hint = "";
                if (yaml && (found.isNumber() || found.isBoolean()) && "string".equals(typeOf(expected))) {
                    hint = Messages.of("schema.quoteIt");
                } else if (found.isTextual() && isNumeric(typeOf(expected)) && looksLikeANumber(found.asText())) {
                    yield Numbers.howToWrite(found.asText());
                }
                Object fields = "object".equals(typeOf(expected)) && resolve(expected).has("title")
                        && !resolve(expected).path("additionalProperties").isObject()
                        ? Messages.of("schema.withFields", fieldNames(resolve(expected))) : "";
                yield Messages.of("schema.expected", describe(expected), fields, found(found), hint);
            }
        };
    }

    private static boolean isNumeric(String type) {
        return "integer".equals(type) || "number".equals(type);
    }

    private static boolean looksLikeANumber(String text) {
        return text.matches("[-+]?[0-9][0-9_]*(:[0-9_]+)+(\\.[0-9_]*)?|[-+]?0[0-9_]+|[-+]?[0-9]+(_[0-9]+)+"
                + "|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[bB][01_]+|[-+]?0[oO][0-7_]+");
    }

    /** Says what a schema asks for, in words: its title, else from its type and constraints. */
    Message describe(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("title")) {
            return Messages.title(s.get("title").asText());
        }
        if (s.has("anyOf")) {
            List<Object> alternatives = new ArrayList<>();
            for (JsonNode alternative : s.get("anyOf")) {
                if (!"null".equals(typeOf(alternative))) {
                    alternatives.add(describe(alternative));
                }
            }
            return Messages.or(alternatives);
        }
        if (s.has("enum")) {
            return Messages.of("describe.oneOf", texts(s.get("enum")));
        }
        String type = typeOf(s);
        if (type == null) {
            return Messages.of("describe.value");
        }
        return switch (type) {
            case "string" -> Messages.of("date".equals(s.path("format").asText()) ? "describe.date"
                    : switch (s.path("pattern").asText()) {
                        case ID_PATTERN -> "describe.id";
                        case CODE_PATTERN -> "describe.code";
                        case "\\S" -> "describe.nonBlank";
                        default -> "describe.text";
                    });
            case "integer" -> bounded(true, s);
            case "number" -> bounded(false, s);
            case "boolean" -> Messages.of("describe.boolean");
            case "array" -> {
                JsonNode items = resolve(s.path("items"));
                yield Messages.of("describe.listOf", describe(items), "object".equals(typeOf(items)) && items.has("title")
                        ? Messages.of("schema.withFields", fieldNames(items)) : "");
            }
            case "object" -> s.has("additionalProperties") && s.get("additionalProperties").isObject()
                    ? Messages.of("describe.mappingOf", describe(s.get("additionalProperties")))
                    : Messages.of("describe.mapping", fieldNames(s));
            default -> Message.literal(type);
        };
    }

    private static Message bounded(boolean whole, JsonNode s) {
        boolean min = s.has("minimum");
        boolean max = s.has("maximum");
        Message what = Messages.of(whole ? "describe.wholeNumber" : "describe.number");
        if (min && max) {
            return Messages.of("describe.fromTo", whole && s.get("minimum").asInt() == 1900
                    ? Messages.of("describe.year") : what, s.get("minimum"), s.get("maximum"));
        }
        if (min) {
            return Messages.of("describe.atLeast", what, s.get("minimum"));
        }
        return max ? Messages.of("describe.atMost", what, s.get("maximum")) : what;
    }

    /** The type a schema asks for, ignoring null where it also allows null. */
    private String typeOf(JsonNode schema) {
        JsonNode s = resolve(schema);
        JsonNode type = s.get("type");
        if (type == null) {
            return null;
        }
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode t : type) {
            if (!t.asText().equals("null")) {
                return t.asText();
            }
        }
        return "null";
    }

    /** The fields of one of the schema's definitions, such as {@code Observation}, in the schema's order. */
    List<String> fields(String definition) {
        return fieldNames(tree().path("$defs").path(definition));
    }

    /** The fields that one of the schema's definitions requires. */
    List<String> requiredFields(String definition) {
        return texts(tree().path("$defs").path(definition).path("required"));
    }

    /** The fields of one of the schema's definitions that it does not require, in the schema's order. */
    List<String> optionalFields(String definition) {
        List<String> required = requiredFields(definition);
        return fields(definition).stream().filter(f -> !required.contains(f)).toList();
    }

    private static List<String> fieldNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The texts of a list, such as the names of an enumeration. */
    private static List<String> texts(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** Follows a {@code $ref} within this schema. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref") && s.get("$ref").asText().startsWith("#")) {
            s = tree().at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    private static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** Describes a value found, for a message. */
    static Message found(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Messages.of("found.null");
        }
        if (value.isTextual()) {
            return Messages.of("found.text", Words.quote(value.asText()));
        }
        if (value.isNumber()) {
            return Messages.of("found.number", Words.abbreviate(value.isBigDecimal()
                    ? value.decimalValue().toPlainString() : value.asText()));
        }
        if (value.isBoolean()) {
            return Messages.of("found.boolean", value.asText());
        }
        return Messages.of(value.isArray() ? "found.list" : "found.mapping");
    }

    /** Appends the steps of a validator's path to a field path. */
    private static String join(String path, NodePath steps) {
        StringBuilder sb = new StringBuilder(path);
        for (int i = 0; i < steps.getNameCount(); i++) {
            Object step = steps.getElement(i);
            if (step instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(step);
            }
        }
        return sb.toString();
    }
}
