package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import io.github.planwatch.model.Message;
import io.github.planwatch.model.NumberBounds;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Parses a YAML or JSON document into a Jackson tree and remembers where each value and each key
 * was written, refusing what a planwatch document never needs and a hostile one might use.
 *
 * <p>Jackson's streaming parser reads both formats; for YAML it passes SnakeYAML's events through
 * without composing SnakeYAML's own object graph, so no alias is expanded and no tag names a class.
 * This class refuses aliases and non-standard tags, a key given twice, nesting deeper than
 * {@link #MAX_DEPTH}, texts longer than {@link #MAX_TEXT_CHARS}, and numbers too large or too
 * precise; a number is written in decimal digits in every format, any other spelling refused with
 * the decimal way to write it ({@link Numbers}). A problem that leaves the rest
 * readable is collected and its value left as null, with its path marked as reported; one that does
 * not ends the parse with every problem found so far. No message names the parsers' internals.
 */
final class DocumentTree {

    /**
     * The most bytes a document may have unless the caller allows more. A whole plan is a few hundred
     * kilobytes; the limit also bounds the time SnakeYAML takes over a single huge scalar.
     */
    static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
    /** The setting (a Java system property) with which a user allows larger plans, policies and documents. */
    static final String MAX_DOCUMENT_BYTES_SETTING = "planwatch.maxDocumentBytes";

    /** The most bytes a YAML or JSON document may have: what the user sets, if it is a positive number. */
    static long maxDocumentBytes() {
        try {
            long set = Long.parseLong(System.getProperty(MAX_DOCUMENT_BYTES_SETTING, ""));
            return set > 0 ? set : MAX_DOCUMENT_BYTES;
        } catch (NumberFormatException ex) {
            return MAX_DOCUMENT_BYTES;
        }
    }
    /** The deepest nesting of mappings and lists: a plan document needs 7 levels. */
    static final int MAX_DEPTH = 32;
    /** The longest text: a task's full text is a few thousand characters. */
    static final int MAX_TEXT_CHARS = 100_000;

    /** The longest line of a YAML document: the longest text, with room for its key and indent. */
    static final int MAX_YAML_LINE_CHARS = MAX_TEXT_CHARS + 1000;

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Set<String> STANDARD_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");
    /** A number as YAML 1.2's core schema and JSON both write it, in decimal. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]*)?([eE][-+]?[0-9]+)?"
            + "|[-+]?\\.[0-9]+([eE][-+]?[0-9]+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    /** Keeps BigDecimal values as written, so that 5781.0 stays as precise as written. */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static StreamReadConstraints constraints(long maxBytes) {
        // A second line of defence: the checks in this class come first and give clearer messages.
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxBytes)
                .maxNestingDepth(MAX_DEPTH * 2)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .maxNumberLength(NumberLimits.FIGURES.integerDigits() + NumberLimits.FIGURES.fractionDigits() + 10)
                .build();
    }

    private static JsonFactory factory(DocumentFormat format, long maxBytes) {
        if (format == DocumentFormat.JSON) {
            return JsonFactory.builder().streamReadConstraints(constraints(maxBytes))
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
        }
        LoaderOptions options = new LoaderOptions();
        // Jackson streams SnakeYAML's events and composes no nodes, so SnakeYAML never expands an alias;
        // this class refuses aliases itself. These settings hold should that ever change.
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes));
        return YAMLFactory.builder().loaderOptions(options)
                // A value left empty ("wording:") reads as null, as quoted '' stays text.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(constraints(maxBytes))
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /** How large and how precise numbers may be: the most digits before the point and after it, trailing zeros stripped. */
    record NumberLimits(int integerDigits, int fractionDigits) {

        /** The limits of plans, observations and key-work updates, whose numbers are figures. */
        static final NumberLimits FIGURES = new NumberLimits(NumberBounds.MAX_INTEGER_DIGITS, NumberBounds.MAX_FRACTION_DIGITS);
        /** The limits of an evaluation, whose ratios and scores are any finite double. */
        static final NumberLimits DOUBLES = new NumberLimits(400, 400);

        /**
         * A number written in decimal digits as a node, whole where written without a point or an
         * exponent; null where it lies beyond these limits.
         */
        JsonNode node(String decimal) {
            BigDecimal value;
            try {
                value = new BigDecimal(decimal.startsWith("+") ? decimal.substring(1) : decimal);
            } catch (NumberFormatException ex) {
                return null; // an exponent so large that the scale overflows
            }
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.precision() - stripped.scale() > integerDigits || stripped.scale() > fractionDigits) {
                return null;
            }
            boolean whole = decimal.indexOf('.') < 0 && decimal.indexOf('e') < 0 && decimal.indexOf('E') < 0;
            return whole ? NODES.numberNode(value.toBigIntegerExact()) : NODES.numberNode(value);
        }

        /** Says that a number as written lies beyond these limits. */
        Message beyond(String written) {
            return Messages.of("expectedFound", Messages.of("number.limits", integerDigits, fractionDigits),
                    Words.quote(written));
        }
    }

    /**
     * Where the values and keys of a document were written, by field path such as
     * {@code tasks[3].leadUnits[0]}; and the paths whose value a problem was reported about already.
     *
     * <p>Places are looked up only to report a problem, which most documents never need: they are
     * kept in the order they were written, and indexed by path on the first lookup, so that a
     * document that reads cleanly never pays for the index; a few places, such as those of a row of
     * a table, are indexed only where one of them has a problem.
     */
    static final class Places {

        /** The name of the document, for the problems placed in it. */
        final String source;
        private final Written values = new Written();
        private final Written keys = new Written();
        private final Set<String> reported = new HashSet<>();

        Places(String source) {
            this.source = source;
        }

        void value(String path, int line, int column) {
            values.add(path, line, column);
        }

        void key(String path, int line, int column) {
            keys.add(path, line, column);
        }

        /** The number of values placed: a measure of the document's size. */
        int valueCount() {
            return values.size();
        }

        void reported(String path) {
            reported.add(path);
        }

        /** Whether a problem was reported at this path, or at a path it lies within. */
        boolean isReported(String path) {
            if (reported.isEmpty()) {
                return false;
            }
            for (String p = path; p != null; p = parent(p)) {
                if (reported.contains(p)) {
                    return true;
                }
            }
            return false;
        }

        /** The place of the value at a path, or of the nearest enclosing value written. */
        int[] ofValue(String path) {
            for (String p = path; p != null; p = parent(p)) {
                int[] at = values.at(p);
                if (at != null) {
                    return at;
                }
            }
            return new int[] {1, 1};
        }

        /** The place of the key of a field, or of its value where it has no key. */
        int[] ofKey(String path) {
            int[] at = keys.at(path);
            return at == null ? ofValue(path) : at;
        }

        /** A problem at the value of a path, or of the nearest enclosing value written. */
        Problem at(String path, Message message) {
            return problem(ofValue(path), path, message);
        }

        /** A problem at the key of a field, or at its value where it has no key. */
        Problem atKey(String path, Message message) {
            return problem(ofKey(path), path, message);
        }

        private Problem problem(int[] where, String path, Message message) {
            return new Problem(source, where[0], where[1], path, message);
        }

        /** The path of a field of the value at a path. */
        static String field(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        /** A path within the value at a path, such as {@code unit} or {@code [2].id}, appended to it. */
        static String join(String path, String within) {
            if (within == null || within.isEmpty()) {
                return path;
            }
            return path.isEmpty() ? within : within.startsWith("[") ? path + within : path + "." + within;
        }

        /** A field path as a JSON Pointer: {@code indicators[6].unit} is {@code /indicators/6/unit}. */
        static String pointer(String path) {
            return path.isEmpty() ? "" : "/" + path.replace("[", ".").replace("]", "").replace(".", "/");
        }

        /** The path of the value that holds the one at a path, or null for the top. */
        static String parent(String path) {
            if (path.isEmpty()) {
                return null;
            }
            int dot = path.lastIndexOf('.');
            int bracket = path.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            return cut < 0 ? "" : path.substring(0, cut);
        }
    }

    /** Places in the order they were written, indexed by path when first looked up; a later place of a path wins. */
    private static final class Written {

        private final List<String> paths = new ArrayList<>();
        private long[] places = new long[8];
        /**
         * Made on the first lookup; after the parse, two threads may look up at once (a large plan's
         * schema check and its binding), so it is published whole.
         */
        private volatile Map<String, Integer> index;

        int size() {
            return paths.size();
        }

        void add(String path, int line, int column) {
            if (paths.size() == places.length) {
                places = Arrays.copyOf(places, places.length * 2);
            }
            places[paths.size()] = (long) line << 32 | column & 0xFFFFFFFFL;
            paths.add(path);
            if (index != null) {
                index.put(path, paths.size() - 1);
            }
        }

        int[] at(String path) {
            Map<String, Integer> byPath = index;
            if (byPath == null) {
                synchronized (this) {
                    byPath = index;
                    if (byPath == null) {
                        byPath = new HashMap<>(paths.size() * 4 / 3 + 1);
                        for (int i = 0; i < paths.size(); i++) {
                            byPath.put(paths.get(i), i);
                        }
                        index = byPath;
                    }
                }
            }
            Integer i = byPath.get(path);
            return i == null ? null : new int[] {(int) (places[i] >>> 32), (int) places[i]};
        }
    }

    /** A parsed document: its top value, where its parts were written, and the problems that did not end the parse. */
    record Parsed(JsonNode root, Places places, ProblemList problems, DocumentFormat format) {

        /** Whether the document is YAML, where a number or a boolean not in quotes is not text. */
        boolean yaml() {
            return format == DocumentFormat.YAML;
        }
    }

    private final String source;
    private final DocumentFormat format;
    private final NumberLimits limits;
    private final Places places;
    private final ProblemList problems = new ProblemList();
    private JsonParser parser;
    private String path = "";

    private DocumentTree(String source, DocumentFormat format, NumberLimits limits) {
        this.source = source;
        this.format = format;
        this.limits = limits;
        this.places = new Places(source);
    }

    /**
     * Parses a document from its bytes, which are not closed here; {@code what} it should hold, such as
     * "a plan", is said of an empty one.
     *
     * @throws DocumentException if the document is not well-formed or breaks a limit
     */
    static Parsed parse(InputStream in, DocumentFormat format, String source, Message what, NumberLimits limits) {
        long maxBytes = maxDocumentBytes();
        TextInput text = new TextInput(in, source, maxBytes,
                format == DocumentFormat.YAML ? MAX_YAML_LINE_CHARS : Integer.MAX_VALUE);
        return new DocumentTree(source, format, limits).parse(text, what, maxBytes);
    }

    private Parsed parse(TextInput text, Message what, long maxBytes) {
        try (JsonParser p = factory(format, maxBytes).createParser(text)) {
            parser = p;
            if (p.nextToken() == null) {
                throw fatal(new int[] {1, 1}, Messages.of("tree.empty", what));
            }
            JsonNode root = value("", 1);
            if (p.nextToken() != null) {
                problems.add(problem(place(p.currentTokenLocation()), "", Messages.of("tree.secondDocument")));
            }
            return new Parsed(root, places, problems, format);
        } catch (DocumentException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw translate(ex);
        }
    }

    private RuntimeException translate(Exception ex) {
        PlanwatchException failure = TextInput.readFailure(ex, source);
        if (failure != null) {
            return failure;
        }
        TextInput.Refusal refusal = findCause(ex, TextInput.Refusal.class);
        if (refusal != null) {
            return fatal(new int[] {refusal.problem().line(), refusal.problem().column()}, refusal.problem().text());
        }
        MarkedYAMLException yaml = findCause(ex, MarkedYAMLException.class);
        if (yaml != null && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return fatal(new int[] {mark.getLine() + 1, mark.getColumn() + 1}, Messages.of("tree.notValid", "YAML", yamlWords(yaml)));
        }
        int[] at = ex instanceof JsonProcessingException json && json.getLocation() != null
                && json.getLocation().getLineNr() > 0 ? place(json.getLocation()) : here();
        Message words = plainWords(ex);
        if (words.key().equals("tree.notFinite") || words.key().equals("tree.tooManyDigits")) {
            // The parser gave up on a value (a NaN, say) before passing it on: its own context names the field.
            path = pathOf(parser == null ? null : parser.getParsingContext());
        } else if (format == DocumentFormat.JSON || words.key().equals("tree.keyIsCollection")) {
            // It gave up between two parts, before the next began (a key, say): name the part they are in.
            path = Places.parent(path) == null ? "" : Places.parent(path);
        }
        return fatal(at, Messages.of("tree.notValid", format, words));
    }

    /**
     * Says what is wrong with a document the parser gave up on, in the words of the format rather than
     * of the parser: the parser's own message names its classes and settings.
     */
    private Message plainWords(Exception ex) {
        String message = ex instanceof JsonProcessingException json ? json.getOriginalMessage() : ex.getMessage();
        String m = message == null ? "" : message;
        if (m.contains("SequenceStartEvent") || m.contains("MappingStartEvent")) {
            return Messages.of("tree.keyIsCollection");
        }
        if (m.contains("end-of-input") || m.contains("Unexpected end")) {
            return Messages.of("tree.endsEarly");
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return Messages.of("tree.tooManyDigits");
        }
        if (m.contains("Non-standard token") || m.contains("NaN") || m.contains("Infinity")) {
            return Messages.of("tree.notFinite");
        }
        if (m.contains("Unexpected character") || m.contains("Unrecognized token") || m.contains("Illegal")
                || m.contains("Invalid")) {
            return Messages.of("tree.unexpectedText");
        }
        return Messages.of("cannotReadAs", format);
    }

    /** Picks out a YAML character or escape that the parser names in its message. */
    private static final Pattern YAML_CHARACTER = Pattern.compile("found character '(.+?)'");
    private static final Pattern YAML_ESCAPE = Pattern.compile("unknown escape character (.)");

    /**
     * Says what is wrong with a YAML document in the words of YAML and in the language asked for,
     * with where the part it is in begins: the parser's own message is English, names its tokens
     * and events, and is said in no other language.
     */
    private static Message yamlWords(MarkedYAMLException yaml) {
        String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
        String context = yaml.getContext() == null ? "" : yaml.getContext();
        Mark begins = yaml.getContextMark();
        int line = begins == null ? 0 : begins.getLine() + 1;
        int column = begins == null ? 0 : begins.getColumn() + 1;
        Matcher character = YAML_CHARACTER.matcher(problem);
        Matcher escape = YAML_ESCAPE.matcher(problem);
        Message said;
        if (problem.contains("\\t") || problem.contains("(TAB)") || problem.contains("\t")) {
            return Messages.of("tree.yaml.tab");
        } else if (problem.contains("mapping values are not allowed")) {
            return Messages.of("tree.yaml.colon");
        } else if (character.find()) {
            return Messages.of("tree.yaml.cannotStart", Words.quote(character.group(1)));
        } else if (escape.find()) {
            said = Messages.of("tree.yaml.escape", Words.quote("\\" + escape.group(1)));
        } else if (context.contains("quoted scalar") && begins != null) {
            return Messages.of("tree.yaml.unclosedQuote", line, column);
        } else if (problem.contains("expected ',' or ']'") && begins != null) {
            return Messages.of("tree.yaml.flowList", line, column);
        } else if (problem.contains("expected ',' or '}'") && begins != null) {
            return Messages.of("tree.yaml.flowMapping", line, column);
        } else if (problem.contains("could not find expected ':'") && begins != null) {
            return Messages.of("tree.yaml.noColon", line, column);
        } else if (problem.contains("end of stream") || problem.contains("<stream end>")) {
            said = Messages.of("tree.endsEarly");
        } else if (problem.contains("<block end>") || problem.contains("block mapping")
                || problem.contains("block collection") || problem.contains("block sequence")) {
            said = Messages.of("tree.yaml.indentation");
        } else {
            said = Messages.of("tree.yaml.unreadable");
        }
        return begins == null ? said : Messages.of("tree.yaml.inPart", said, line, column);
    }

    /** The first throwable of the given type in a chain of causes, or null; the binding uses it too. */
    static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The field path of the value a parser is at, from its context. */
    static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String outer = pathOf(context.getParent());
        if (context.inArray()) {
            return outer + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        return context.getCurrentName() == null ? outer : Places.field(outer, context.getCurrentName());
    }

    private int[] here() {
        return place(parser == null ? null : parser.currentLocation());
    }

    /** A parser's location as a line and a column from 1; the document's start where it has none. */
    private static int[] place(JsonLocation at) {
        return at == null || at.getLineNr() <= 0 ? new int[] {1, 1} : new int[] {at.getLineNr(), Math.max(1, at.getColumnNr())};
    }

    /** Reads the value at the current token, which is not null, and everything inside it. */
    private JsonNode value(String valuePath, int depth) throws IOException {
        path = valuePath;
        int[] at = place(parser.currentTokenLocation());
        places.value(valuePath, at[0], at[1]);
        if (format == DocumentFormat.YAML && refusedAliasOrTag(valuePath, at)) {
            return NODES.nullNode();
        }
        return switch (parser.currentToken()) {
            case START_OBJECT -> mapping(valuePath, depth, at);
            case START_ARRAY -> list(valuePath, depth, at);
            case VALUE_STRING -> text(valuePath, at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(valuePath, at);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> invalid(valuePath, at, Messages.of("tree.notAValue"));
        };
    }

    private boolean refusedAliasOrTag(String valuePath, int[] at) throws IOException {
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias()) {
            invalid(valuePath, at, Messages.of("tree.alias", Words.abbreviate(yaml.getText())));
            return true;
        }
        String tag = yaml.getTypeId();
        if (tag != null && !(tag.startsWith(YAML_TAG_PREFIX)
                && STANDARD_TAGS.contains(tag.substring(YAML_TAG_PREFIX.length())))) {
            parser.skipChildren();
            invalid(valuePath, at, Messages.of("tree.tag", Words.quote(tag)));
            return true;
        }
        return false;
    }

    private JsonNode mapping(String mapPath, int depth, int[] at) throws IOException {
        checkDepth(depth, at);
        ObjectNode fields = NODES.objectNode();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int[] key = place(parser.currentTokenLocation());
            String fieldPath = Places.field(mapPath, name);
            boolean again = fields.has(name);
            int[] firstKey = again ? places.ofKey(fieldPath) : null;
            if (!again) {
                places.key(fieldPath, key[0], key[1]);
            }
            parser.nextToken();
            // The value of a key given again is read, and placed apart, but kept nowhere.
            JsonNode value = value(again ? fieldPath + "#" + key[0] + ":" + key[1] : fieldPath, depth + 1);
            if (again) {
                problems.add(problem(key, fieldPath, Messages.of("tree.duplicateField",
                        Words.quote(name), firstKey[0], firstKey[1])));
            } else {
                fields.set(name, value);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw fatal(here(), Messages.of("tree.endsInMapping", at[0], at[1]));
        }
        return fields;
    }

    private JsonNode list(String listPath, int depth, int[] at) throws IOException {
        checkDepth(depth, at);
        ArrayNode items = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw fatal(here(), Messages.of("tree.endsInList", at[0], at[1]));
            }
            items.add(value(listPath + "[" + items.size() + "]", depth + 1));
        }
        return items;
    }

    private void checkDepth(int depth, int[] at) {
        if (depth > MAX_DEPTH) {
            throw fatal(at, Messages.of("tree.tooDeep", MAX_DEPTH));
        }
    }

    private JsonNode text(String textPath, int[] at) throws IOException {
        String text = parser.getText();
        if (text.length() > MAX_TEXT_CHARS) {
            return invalid(textPath, at, Messages.of("tree.textTooLong", MAX_TEXT_CHARS, text.length()));
        }
        return NODES.textNode(text);
    }

    private JsonNode number(String numberPath, int[] at) throws IOException {
        String text = parser.getText();
        if (NOT_FINITE.matcher(text).matches()) {
            return invalid(numberPath, at, Messages.of("expectedFiniteNumber", Words.quote(text)));
        }
        if (!DECIMAL.matcher(text).matches()) {
            return invalid(numberPath, at, Numbers.howToWrite(text));
        }
        JsonNode value = limits.node(text);
        return value != null ? value : invalid(numberPath, at, limits.beyond(text));
    }

    private JsonNode invalid(String invalidPath, int[] at, Message message) {
        problems.add(problem(at, invalidPath, message));
        places.reported(invalidPath);
        return NODES.nullNode();
    }

    private Problem problem(int[] at, String problemPath, Message message) {
        return new Problem(source, at[0], at[1], problemPath, message);
    }

    private DocumentException fatal(int[] at, Message message) {
        List<Problem> all = new ArrayList<>(problems.inOrderFound());
        all.add(problem(at, path.contains("#") ? path.substring(0, path.indexOf('#')) : path, message));
        return new DocumentException(source, all);
    }
}
