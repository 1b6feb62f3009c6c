package io.github.planwatch.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;

import io.github.planwatch.model.BrokenRuleException;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Message;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.Scale;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearSpan;

/**
 * Binds document trees to the model's records and records to trees, with jackson-databind.
 *
 * <p>A record binds field for field by its components' names, so that a field of the format is the
 * record component of the same name: the schema describes the field, the record holds it, and
 * nothing else repeats it. The few differences are stated here as mix-ins (an observation's
 * {@code subject} is written {@code indicator}) and serializers (a span of one year is written as
 * the year). Trees given to {@link #read} have passed their schema, so a failure to bind is one of
 * the model's own rules, which a record's constructor enforces: each is collected with its field
 * path rather than ending the read. Thread-safe.
 */
final class Binding {

    private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z]+)((?:\\[\\d+])*(?:\\.[A-Za-z]+)?)[ :]");

    /** The field of a unit beside its names by language. */
    private static final String NEGATIVE_ALLOWED = "negativeAllowed";
    /** The fields of a unit beside its names that state its bounds and scale (version 2). */
    private static final String LOWER_BOUND = "lowerBound";
    private static final String UPPER_BOUND = "upperBound";
    private static final String SCALE = "scale";

    /** An observation is keyed by the id of what it observes, an indicator's as a rule. */
    abstract static class ObservationMixIn {
        @JsonProperty("indicator")
        abstract String subject();

        ObservationMixIn(@JsonProperty("indicator") String subject) {
        }

        /** Most values carry no flags, and a document need not say so on each. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<io.github.planwatch.model.ObservationFlag> flags();
    }

    /** Most targets state no trajectory, and a document need not say so on each. */
    abstract static class TargetMixIn {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<io.github.planwatch.model.TrajectoryPoint> trajectory();
    }

    /** How the model differs from a plain binding of its records: spans of years, an observation's key. */
    static final SimpleModule MODEL = new SimpleModule("planwatch-model")
            // The model's one type of java.time: the whole JavaTimeModule would make some 70 classes and
            // their formatters at every start for types that no document holds.
            .addSerializer(LocalDate.class, LocalDateSerializer.INSTANCE)
            .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE)
            .addSerializer(YearSpan.class, new JsonSerializer<>() {
                @Override
                public void serialize(YearSpan span, JsonGenerator out, SerializerProvider provider) throws IOException {
                    if (span.length() == 1) {
                        out.writeNumber(span.first());
                    } else {
                        out.writeString(span.toString());
                    }
                }
            })
            .addDeserializer(YearSpan.class, new JsonDeserializer<>() {
                @Override
                public YearSpan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    // The schema has checked the form: a whole number or text such as 2020-2022.
                    try {
                        return p.currentToken().isNumeric() ? YearSpan.ofYear(p.getIntValue()) : YearSpan.parse(p.getText());
                    } catch (BrokenRuleException ex) {
                        // A span whose years are the wrong way round: the model says so, in every language.
                        return (YearSpan) ctxt.handleInstantiationProblem(YearSpan.class, p.getText(), ex);
                    } catch (IllegalArgumentException ex) {
                        return (YearSpan) ctxt.handleWeirdStringValue(YearSpan.class, p.getText(), ex.getMessage());
                    }
                }
            })
            .addDeserializer(Double.class, new JsonDeserializer<>() {
                @Override
                public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    // A ratio or a score is a double; a number written beyond a double's range is refused, not infinite.
                    double value = p.getDoubleValue();
                    if (Double.isInfinite(value)) {
                        return (Double) ctxt.handleWeirdStringValue(Double.class, p.getText(), BEYOND_DOUBLE);
                    }
                    return value;
                }
            })
            .addSerializer(LocalizedText.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalizedText text, JsonGenerator out, SerializerProvider provider)
                        throws IOException {
                    // A text is written as its map by language tag, {zh: ..., en: ...}, its own language first.
                    out.writeStartObject();
                    writeTexts(text, out);
                    out.writeEndObject();
                }
            })
            .addDeserializer(LocalizedText.class, new JsonDeserializer<>() {
                @Override
                public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    // The schema has checked the form: an object of texts keyed by language tags.
                    Map<String, String> texts = texts(p.readValueAsTree(), List.of());
                    try {
                        return new LocalizedText(texts);
                    } catch (IllegalArgumentException ex) {
                        return (LocalizedText) ctxt.handleInstantiationProblem(LocalizedText.class, texts, ex);
                    }
                }
            })
            .addSerializer(Unit.class, new JsonSerializer<>() {
                @Override
                public void serialize(Unit unit, JsonGenerator out, SerializerProvider provider) throws IOException {
                    // A unit is written as its names by language beside the flag, {zh: ..., en: ..., negativeAllowed: ...}.
                    out.writeStartObject();
                    writeTexts(unit.name(), out);
                    out.writeBooleanField(NEGATIVE_ALLOWED, unit.negativeAllowed());
                    // Bounds and scale only where stated, so that a unit without them writes as in version 1.
                    if (unit.lowerBound() != null) {
                        out.writeNumberField(LOWER_BOUND, unit.lowerBound());
                    }
                    if (unit.upperBound() != null) {
                        out.writeNumberField(UPPER_BOUND, unit.upperBound());
                    }
                    if (unit.scale() != null) {
                        out.writeObjectField(SCALE, unit.scale());
                    }
                    out.writeEndObject();
                }
            })
            .addDeserializer(Unit.class, new JsonDeserializer<>() {
                @Override
                public Unit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    // The schema has checked the form: names keyed by language tags beside the unit's fields.
                    JsonNode node = p.readValueAsTree();
                    Map<String, String> names = texts(node, DocumentSchema.PLAN.fields("Unit"));
                    try {
                        JsonNode scale = node.path(SCALE);
                        return new Unit(new LocalizedText(names), node.path(NEGATIVE_ALLOWED).asBoolean(false),
                                decimalOrNull(node.path(LOWER_BOUND)), decimalOrNull(node.path(UPPER_BOUND)),
                                scale.isObject() ? p.getCodec().treeToValue(scale, Scale.class) : null);
                    } catch (IllegalArgumentException ex) {
                        return (Unit) ctxt.handleInstantiationProblem(Unit.class, names, ex);
                    }
                }
            })
            .setMixInAnnotation(Observation.class, ObservationMixIn.class)
            .setMixInAnnotation(io.github.planwatch.model.Target.class, TargetMixIn.class);

    /** Writes texts by language tag as fields of the mapping being written. */
    private static void writeTexts(LocalizedText text, JsonGenerator out) throws IOException {
        for (Map.Entry<String, String> e : text.texts().entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
    }

    /** The texts of a mapping by language tag, in the mapping's order, less the fields beside them. */
    private static Map<String, String> texts(JsonNode node, List<String> beside) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().stream().filter(e -> !beside.contains(e.getKey()))
                .forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
        return texts;
    }

    /** The number a node holds, or null where it holds none (left out, or null). */
    private static java.math.BigDecimal decimalOrNull(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    /** Reads and writes the model's records; leaves out what the model holds as null. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(MODEL)
            .nodeFactory(DocumentTree.NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Binding() {
    }

    /**
     * Binds a tree that has passed its schema, at a field path such as {@code observations[2]}, to a
     * record; adds each rule of the model a part breaks as a problem at that part, or at the field the
     * rule names, and then returns null.
     */
    static <T> T read(JsonNode tree, Class<T> type, String base, DocumentTree.Places places, ProblemList problems) {
        Attempt<T> attempt = attempt(tree, type, base, places);
        attempt.problems().forEach(problems::add);
        return attempt.value();
    }

    /**
     * What binding a tree gave: the record, or null with the rules broken, each at its part; and the
     * paths of the parts that could not be made, the enclosing ones (down to the tree itself, {@code ""})
     * after the parts within them.
     */
    record Attempt<T>(T value, List<Problem> problems, List<String> failedPaths) {
    }

    /** Binds a tree as {@link #read} does, and says which parts failed. */
    static <T> Attempt<T> attempt(JsonNode tree, Class<T> type, String base, DocumentTree.Places places) {
        Collector collector = new Collector(tree, base, places);
        T value;
        try {
            value = MAPPER.reader().withHandler(collector).treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException ex) {
            // Past the schema a tree binds unless a rule breaks, which the collector hears of first.
            brokenRule(ex, tree, base, places, collector.found::add);
            collector.failedPaths.add(base);
            value = null;
        }
        return new Attempt<>(collector.found.isEmpty() ? value : null, List.copyOf(collector.found),
                List.copyOf(collector.failedPaths));
    }

    /** Turns a record into a tree, as it is written. */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** What the deserializer of doubles tells the collector, which words it in the reader's language. */
    private static final String BEYOND_DOUBLE = "beyond the range of a double";

    /** Collects the rules that constructors enforced, each at the path of the part that broke it. */
    private static final class Collector extends DeserializationProblemHandler {

        private final JsonNode tree;
        private final String base;
        private final DocumentTree.Places places;
        private final List<Problem> found = new ArrayList<>();
        private final List<String> failedPaths = new ArrayList<>();

        Collector(JsonNode tree, String base, DocumentTree.Places places) {
            this.tree = tree;
            this.base = base;
            this.places = places;
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
                                                 Throwable t) {
            String path = DocumentTree.pathOf(ctxt.getParser().getParsingContext());
            String full = DocumentTree.Places.join(base, path);
            if (failedPaths.stream().noneMatch(p -> p.startsWith(full))) {
                brokenRule(t, tree.at(DocumentTree.Places.pointer(path)), full, places, found::add);
            }
            failedPaths.add(full);
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            String full = DocumentTree.Places.join(base, DocumentTree.pathOf(ctxt.getParser().getParsingContext()));
            found.add(places.at(full, BEYOND_DOUBLE.equals(failureMsg)
                    ? Messages.of("binding.beyondDouble", Words.abbreviate(valueToConvert)) : Message.literal(failureMsg)));
            failedPaths.add(full);
            return null;
        }
    }

    /**
     * Adds the rule of the model that a part broke (what the model threw is {@code t} or its cause)
     * as a problem at that part, or at the field of it that the rule's message starts with.
     */
    static void brokenRule(Throwable t, JsonNode node, String path, DocumentTree.Places places,
                           Consumer<Problem> problems) {
        InvalidInputException invalid = DocumentTree.findCause(t, InvalidInputException.class);
        BrokenRuleException broken = DocumentTree.findCause(t, BrokenRuleException.class);
        List<Problem> said = invalid != null ? invalid.problems() : broken != null ? broken.problems() : null;
        if (said != null) {
            // The model says at which field of the part, and in every language.
            for (Problem p : said) {
                problems.accept(places.at(DocumentTree.Places.join(path, p.path()), p.text()));
            }
            return;
        }
        Throwable cause = DocumentTree.findCause(t, IllegalArgumentException.class);
        if (cause == null) {
            cause = DocumentTree.findCause(t, NullPointerException.class);
        }
        if (cause == null || cause.getMessage() == null) {
            problems.accept(places.at(path, Messages.of("binding.brokenRule")));
            return;
        }
        String message = cause.getMessage();
        Matcher m = LEADING_FIELD.matcher(message);
        String at = path;
        if (m.find() && node.has(m.group(1))) {
            // The field the message starts with becomes the problem's place, and is not said twice.
            at = DocumentTree.Places.join(path, m.group(1) + m.group(2));
            message = message.substring(m.end()).strip();
        }
        problems.accept(places.at(at, Message.literal(message)));
    }

    /** Thrown where writing a tree fails, which for trees of texts, numbers and booleans it cannot. */
    static PlanwatchException cannotWrite(Exception ex) {
        return new PlanwatchException("cannot write a document", ex);
    }
}
