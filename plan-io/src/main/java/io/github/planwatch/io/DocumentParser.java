package io.github.planwatch.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import io.github.planwatch.io.DocNode.Field;
import io.github.planwatch.io.DocNode.ListNode;
import io.github.planwatch.io.DocNode.MapNode;
import io.github.planwatch.io.DocNode.Scalar;
import io.github.planwatch.io.DocNode.ScalarKind;
import io.github.planwatch.model.NumberBounds;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Parses a YAML or JSON document into a tree of {@link DocNode}s that remember their lines and
 * columns, refusing what a plan document never needs and a hostile one might use.
 *
 * <p>Jackson's streaming parser reads both formats; for YAML it passes SnakeYAML's events through
 * without building SnakeYAML's own object graph, so no alias is ever expanded and no tag ever names
 * a class to create. On top of that this parser refuses aliases and non-standard tags outright, and
 * limits the document's size, nesting depth, string lengths and numbers. Problems that leave the
 * rest of the document readable (an alias, a duplicate key, a string too long) are collected and
 * parsing goes on; problems that do not (bad syntax, a document too large or too deep) end it with a
 * {@link DocumentException} that carries everything found so far.
 */
final class DocumentParser {

    /**
     * The most bytes a document may have. A whole plan is a few hundred kilobytes; the limit also
     * bounds the time SnakeYAML takes over a single huge scalar, which grows faster than its length
     * (about a second for two million characters).
     */
    static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
    /** The deepest nesting of mappings and lists: a plan document needs 7 levels. */
    static final int MAX_DEPTH = 32;
    /** The longest text: a task's full text is a few thousand characters. */
    static final int MAX_TEXT_CHARS = 100_000;
    /** The most digits a number may have before its decimal point. */
    static final int MAX_INTEGER_DIGITS = NumberBounds.MAX_INTEGER_DIGITS;
    /** The most digits a number may have after its decimal point. */
    static final int MAX_FRACTION_DIGITS = NumberBounds.MAX_FRACTION_DIGITS;

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Set<String> STANDARD_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            // A second line of defence: the checks in this class come first and give clearer messages.
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .maxNestingDepth(MAX_DEPTH * 2)
            .maxStringLength(MAX_DOCUMENT_BYTES)
            .maxNumberLength(MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 10)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            // YAML reads a value left empty ("wording:") as null, as quoted '' stays text.
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .streamReadConstraints(CONSTRAINTS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /**
     * How large and how precise the numbers of a document may be: at most so many digits before the
     * decimal point and after it, once trailing zeros are stripped.
     *
     * @param integerDigits  the most digits before the point
     * @param fractionDigits  the most digits after the point
     */
    record NumberLimits(int integerDigits, int fractionDigits) {

        /** The limits of plan, observation and key-work update documents, whose numbers are figures. */
        static final NumberLimits FIGURES = new NumberLimits(MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);

        /**
         * Checks whether a number lies within the limits.
         *
         * @param value  the number, not null
         * @return true if it has no more digits than allowed before and after the point
         */
        boolean admit(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.precision() - stripped.scale() <= integerDigits && stripped.scale() <= fractionDigits;
        }

        /**
         * Says what a number within the limits is, for a message.
         *
         * @return such as {@code a number with at most 30 digits before the decimal point and 20 after it}
         */
        String expected() {
            return "a number with at most " + integerDigits + " digits before the decimal point and " + fractionDigits
                    + " after it";
        }
    }

    private final String source;
    private final DocumentFormat format;
    private final String expected;
    private final NumberLimits limits;
    private final ProblemList problems = new ProblemList();
    private JsonParser parser;
    /** The path of the value being read, for a problem that ends the parse. */
    private String path = "";

    private DocumentParser(String source, DocumentFormat format, String expected, NumberLimits limits) {
        this.source = source;
        this.format = format;
        this.expected = expected;
        this.limits = limits;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        // Jackson streams SnakeYAML's events and does not compose nodes, so SnakeYAML never expands an
        // alias; the parser below refuses aliases itself. These settings hold should that ever change.
        // Duplicate keys stay allowed here: the parser below reports them without ending the parse.
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_DOCUMENT_BYTES);
        return options;
    }

    /**
     * The tree of a document and the problems found while building it.
     *
     * @param root  the document's top value, not null
     * @param problems  the problems that did not end the parse, not null
     */
    record Parsed(DocNode root, ProblemList problems) {
    }

    /**
     * Parses a document.
     *
     * @param in  the document's bytes (UTF-8 or, for JSON, any encoding Jackson detects), not closed here
     * @param format  the format, not null
     * @param source  the document's name for messages, not null
     * @return the tree and the problems that did not end the parse, not null
     * @throws DocumentException if the document is not well-formed or breaks a limit
     * @throws PlanwatchException if the input stream cannot be read
     */
    static Parsed parse(InputStream in, DocumentFormat format, String source) {
        return parse(in, format, source, "a plan", NumberLimits.FIGURES);
    }

    /**
     * Parses a document that holds something other than a plan, or numbers of other limits.
     *
     * @param in  the document's bytes, not closed here
     * @param format  the format, not null
     * @param source  the document's name for messages, not null
     * @param expected  what the document should hold, for the message on an empty one, such as {@code a plan}
     * @param limits  the limits of its numbers, not null
     * @return the tree and the problems that did not end the parse, not null
     * @throws DocumentException if the document is not well-formed or breaks a limit
     * @throws PlanwatchException if the input stream cannot be read
     */
    static Parsed parse(InputStream in, DocumentFormat format, String source, String expected, NumberLimits limits) {
        return new DocumentParser(source, format, expected, limits).parse(new LimitedInputStream(in, MAX_DOCUMENT_BYTES));
    }

    private Parsed parse(LimitedInputStream in) {
        try (JsonParser p = (format == DocumentFormat.YAML ? YAML : JSON).createParser(in)) {
            parser = p;
            if (p.nextToken() == null) {
                throw fatal(1, 1, "the document is empty; expected " + expected);
            }
            DocNode root = value("", 1);
            JsonToken next = p.nextToken();
            if (next != null) {
                JsonLocation at = p.currentTokenLocation();
                problems.add(problem(at.getLineNr(), at.getColumnNr(), "",
                        "expected one document, found a second one"));
            }
            return new Parsed(root, problems);
        } catch (DocumentException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw translate(ex, in);
        }
    }

    private RuntimeException translate(Exception ex, LimitedInputStream in) {
        if (in.exceeded) {
            return fatal(lineHere(), columnHere(), "the document is larger than the limit of "
                    + MAX_DOCUMENT_BYTES + " bytes");
        }
        if (in.failure != null) {
            return new PlanwatchException("cannot read " + source + ": " + in.failure.getMessage(), in.failure);
        }
        MarkedYAMLException yaml = findCause(ex, MarkedYAMLException.class);
        if (yaml != null && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext()
                    + (yaml.getContextMark() == null ? "" : " that starts at line " + (yaml.getContextMark().getLine() + 1)
                    + ", column " + (yaml.getContextMark().getColumn() + 1)) + ")";
            return fatal(mark.getLine() + 1, mark.getColumn() + 1, "not valid YAML: " + firstLine(yaml.getProblem())
                    + context);
        }
        if (ex instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            int line = at == null || at.getLineNr() <= 0 ? lineHere() : at.getLineNr();
            int column = at == null || at.getLineNr() <= 0 ? columnHere() : Math.max(1, at.getColumnNr());
            return fatal(line, column, "not valid " + format + ": " + firstLine(json.getOriginalMessage()));
        }
        return fatal(lineHere(), columnHere(), "not valid " + format + ": " + firstLine(String.valueOf(ex.getMessage())));
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    private int lineHere() {
        JsonLocation at = parser == null ? null : parser.currentLocation();
        return at == null || at.getLineNr() <= 0 ? 1 : at.getLineNr();
    }

    private int columnHere() {
        JsonLocation at = parser == null ? null : parser.currentLocation();
        return at == null || at.getLineNr() <= 0 ? 1 : Math.max(1, at.getColumnNr());
    }

    /** Reads the value at the current token, which is not null, and everything inside it. */
    private DocNode value(String valuePath, int depth) throws IOException {
        path = valuePath;
        JsonToken token = parser.currentToken();
        JsonLocation at = parser.currentTokenLocation();
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        if (format == DocumentFormat.YAML) {
            DocNode refused = refuseAliasOrTag(valuePath, line, column);
            if (refused != null) {
                return refused;
            }
        }
        return switch (token) {
            case START_OBJECT -> mapping(valuePath, depth, line, column);
            case START_ARRAY -> list(valuePath, depth, line, column);
            case VALUE_STRING -> text(valuePath, line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(valuePath, token, line, column);
            // YAML also reads yes, no, on and off as booleans; keep the value, not the spelling.
            case VALUE_TRUE -> scalar(ScalarKind.BOOLEAN, "true", null, line, column);
            case VALUE_FALSE -> scalar(ScalarKind.BOOLEAN, "false", null, line, column);
            case VALUE_NULL -> scalar(ScalarKind.NULL, "null", null, line, column);
            default -> invalid(valuePath, line, column, "expected a mapping, a list, text, a number or a boolean, found "
                    + token.asString());
        };
    }

    private DocNode refuseAliasOrTag(String valuePath, int line, int column) throws IOException {
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias()) {
            return invalid(valuePath, line, column, "expected a value written out, found the YAML alias *"
                    + DocNode.abbreviate(yaml.getText()) + "; aliases are not allowed in planwatch documents");
        }
        String tag = yaml.getTypeId();
        if (tag != null && !(tag.startsWith(YAML_TAG_PREFIX)
                && STANDARD_TAGS.contains(tag.substring(YAML_TAG_PREFIX.length())))) {
            parser.skipChildren();
            return invalid(valuePath, line, column, "expected a plain value, found the YAML tag "
                    + DocNode.quote(tag) + "; only the standard tags !!str, !!int, !!float, !!bool, !!null,"
                    + " !!map and !!seq are allowed");
        }
        return null;
    }

    private DocNode mapping(String mapPath, int depth, int line, int column) throws IOException {
        checkDepth(depth, line, column);
        Map<String, Field> fields = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            int keyLine = Math.max(1, at.getLineNr());
            int keyColumn = Math.max(1, at.getColumnNr());
            String fieldPath = mapPath.isEmpty() ? name : mapPath + "." + name;
            parser.nextToken();
            DocNode value = value(fieldPath, depth + 1);
            Field first = fields.get(name);
            if (first == null) {
                fields.put(name, new Field(name, keyLine, keyColumn, value));
            } else {
                problems.add(problem(keyLine, keyColumn, fieldPath, "expected each field once, found "
                        + DocNode.quote(name) + " again (first at line " + first.line() + ", column "
                        + first.column() + ")"));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw fatal(lineHere(), columnHere(), "the document ends inside the mapping that starts at line " + line
                    + ", column " + column);
        }
        return new MapNode(fields, line, column);
    }

    private DocNode list(String listPath, int depth, int line, int column) throws IOException {
        checkDepth(depth, line, column);
        List<DocNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw fatal(lineHere(), columnHere(), "the document ends inside the list that starts at line " + line
                        + ", column " + column);
            }
            items.add(value(listPath + "[" + items.size() + "]", depth + 1));
        }
        return new ListNode(items, line, column);
    }

    private void checkDepth(int depth, int line, int column) {
        if (depth > MAX_DEPTH) {
            throw fatal(line, column, "expected at most " + MAX_DEPTH + " levels of nesting, found more");
        }
    }

    private DocNode text(String textPath, int line, int column) throws IOException {
        String text = parser.getText();
        if (text.length() > MAX_TEXT_CHARS) {
            return invalid(textPath, line, column, "expected a text of at most " + MAX_TEXT_CHARS
                    + " characters, found one of " + text.length());
        }
        return scalar(ScalarKind.TEXT, text, null, line, column);
    }

    private DocNode number(String numberPath, JsonToken token, int line, int column) throws IOException {
        String text = parser.getText();
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (IOException | RuntimeException ex) {
            return invalid(numberPath, line, column, "expected a finite number, found " + DocNode.quote(text));
        }
        if (!limits.admit(value)) {
            return invalid(numberPath, line, column, "expected " + limits.expected() + ", found " + DocNode.quote(text));
        }
        ScalarKind kind = token == JsonToken.VALUE_NUMBER_INT ? ScalarKind.INTEGER : ScalarKind.DECIMAL;
        return scalar(kind, text, value, line, column);
    }

    private Scalar scalar(ScalarKind kind, String text, BigDecimal number, int line, int column) {
        return new Scalar(kind, text, number, line, column, format == DocumentFormat.YAML);
    }

    private Scalar invalid(String invalidPath, int line, int column, String message) {
        problems.add(problem(line, column, invalidPath, message));
        return scalar(ScalarKind.INVALID, "", null, line, column);
    }

    private Problem problem(int line, int column, String problemPath, String message) {
        return new Problem(source, line, column, problemPath, message);
    }

    private DocumentException fatal(int line, int column, String message) {
        List<Problem> all = new ArrayList<>(problems.inOrderFound());
        all.add(problem(line, column, path, message));
        return new DocumentException(source, all);
    }

    /**
     * Passes at most a given number of bytes through and notes whether the limit was hit or the
     * underlying stream failed, so that a parser's wrapped exception can be told apart from both.
     */
    private static final class LimitedInputStream extends FilterInputStream {

        private long remaining;
        private boolean exceeded;
        private IOException failure;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (remaining <= 0) {
                if (delegate(() -> in.read()) < 0) {
                    return -1;
                }
                exceeded = true;
                throw new IOException("document larger than " + MAX_DOCUMENT_BYTES + " bytes");
            }
            int n = delegate(() -> in.read(buffer, offset, (int) Math.min(length, remaining)));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Parsers do not skip; reading keeps the count right should one ever do.
            return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private int delegate(IoRead read) throws IOException {
            try {
                return read.read();
            } catch (IOException ex) {
                failure = ex;
                throw ex;
            }
        }

        @FunctionalInterface
        private interface IoRead {
            int read() throws IOException;
        }
    }
}
