package io.github.planwatch.io;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.planwatch.io.DocNode.Field;
import io.github.planwatch.io.DocNode.ListNode;
import io.github.planwatch.io.DocNode.MapNode;
import io.github.planwatch.io.DocNode.Scalar;
import io.github.planwatch.io.DocNode.ScalarKind;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Problem;

/**
 * The machinery shared by the readers of YAML and JSON documents: reading a parsed tree field by
 * field into model values, collecting every problem with its line, column and field path.
 *
 * <p>A value is read by a {@link Kind}, which either returns it or reports a problem and returns
 * null. A mapping is read as an {@link Obj}: each of its fields is required, optional or a list;
 * a field the part does not have is a problem at the field's name. A part whose fields all read is
 * built with the model's constructor by {@link #build}, and a rule the constructor enforces becomes
 * a problem at the part, or at the field its message starts with. {@link #finish} ends a read: it
 * throws a {@link DocumentException} with the parser's problems and the reader's, in document
 * order, if there is any, and returns the result otherwise.
 *
 * <p>One instance reads one document; not thread-safe.
 */
abstract class TreeReader {

    /** The field that carries a document's format version; it has no counterpart in the model. */
    static final String SCHEMA_VERSION_FIELD = "schemaVersion";

    private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z]+)((?:\\[\\d+])*)[ :]");
    private static final Pattern PATH_SEGMENT = Pattern.compile("([^\\[]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** The name of the document, for problems. */
    final String source;
    private final ProblemList problems = new ProblemList();

    final Kind<String> text = new Kind<>("text", this::readText);
    final Kind<Integer> integer = new Kind<>("a whole number", this::readInteger);
    final Kind<BigDecimal> number = new Kind<>("a number", this::readNumber);
    final Kind<Boolean> bool = new Kind<>("true or false", this::readBoolean);
    final Kind<LocalDate> date = new Kind<>("an ISO date such as 2020-05-07", this::readDate);
    final Kind<LocalizedText> localized = new Kind<>("a text in Chinese and English, {zh: ..., en: ...}",
            this::readLocalized);

    TreeReader(String source) {
        this.source = source;
    }

    /**
     * Ends a read: throws if the parser or the reader found a problem, else returns the result.
     *
     * @param parsed  the parsed document, whose problems come first, not null
     * @param result  what was read, or null if it could not be
     * @param what  what the document holds, for the problem that stands in should a read fail silently
     * @return the result, not null
     * @throws DocumentException listing every problem in document order, if there is any
     */
    final <T> T finish(DocumentParser.Parsed parsed, T result, String what) {
        ProblemList all = new ProblemList();
        all.addAll(parsed.problems());
        all.addAll(problems);
        if (result == null && all.isEmpty()) {
            // Every way to fail adds a problem; this keeps a slip from returning null as if whole.
            all.add(new Problem(source, parsed.root().line(), parsed.root().column(), "", what + " could not be read"));
        }
        if (!all.isEmpty()) {
            throw new DocumentException(source, all.inDocumentOrder());
        }
        return result;
    }

    /** Lists the field names of a record type, in declaration order, which is also the order written. */
    static List<String> fieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /**
     * Reads the required schema version of a document and reports any version but the expected one.
     *
     * @param o  the document's top mapping, not null
     * @param expected  the version this reader reads
     */
    final void schemaVersion(Obj o, int expected) {
        Integer version = o.required(SCHEMA_VERSION_FIELD, integer);
        if (version != null && version != expected) {
            DocNode at = o.node.fields().get(SCHEMA_VERSION_FIELD).value();
            problem(at, o.pathOf(SCHEMA_VERSION_FIELD), "expected schema version " + expected + ", found " + version);
        }
    }

    // ---------------------------------------------------------------- scalars

    private String readText(DocNode node, String path) {
        if (node instanceof Scalar s && s.kind() == ScalarKind.TEXT) {
            return s.text();
        }
        wrongType(node, path, text.expected());
        return null;
    }

    private Integer readInteger(DocNode node, String path) {
        if (node instanceof Scalar s && s.kind() == ScalarKind.INTEGER) {
            try {
                return s.number().intValueExact();
            } catch (ArithmeticException ex) {
                problem(node, path, "expected a whole number between " + Integer.MIN_VALUE + " and "
                        + Integer.MAX_VALUE + ", found " + s.describe());
                return null;
            }
        }
        wrongType(node, path, integer.expected());
        return null;
    }

    private BigDecimal readNumber(DocNode node, String path) {
        if (node instanceof Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.DECIMAL)) {
            return s.number();
        }
        wrongType(node, path, number.expected());
        return null;
    }

    private Boolean readBoolean(DocNode node, String path) {
        if (node instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN) {
            return Boolean.valueOf(s.text());
        }
        wrongType(node, path, bool.expected());
        return null;
    }

    private LocalDate readDate(DocNode node, String path) {
        if (node instanceof Scalar s && s.kind() == ScalarKind.TEXT) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException ex) {
                problem(node, path, "expected " + date.expected() + ", found " + s.describe());
                return null;
            }
        }
        wrongType(node, path, date.expected());
        return null;
    }

    private LocalizedText readLocalized(DocNode node, String path) {
        Obj o = object(node, path, localized.expected(), fieldsOf(LocalizedText.class));
        if (o == null) {
            return null;
        }
        String zh = o.required("zh", text);
        String en = o.required("en", text);
        return build(o, () -> new LocalizedText(zh, en));
    }

    /**
     * Returns a kind that reads the name of an enum constant, suggesting the closest for a misspelt one.
     *
     * @param type  the enum, not null
     * @return the kind, not null
     */
    final <E extends Enum<E>> Kind<E> enumKind(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String expected = "one of " + String.join(", ", names);
        return new Kind<>(expected, (node, path) -> {
            if (node instanceof Scalar s && s.kind() == ScalarKind.TEXT) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(s.text())) {
                        return constant;
                    }
                }
                problem(node, path, "expected " + expected + ", found " + s.describe()
                        + Words.didYouMean(s.text(), names));
                return null;
            }
            wrongType(node, path, expected);
            return null;
        });
    }

    // ---------------------------------------------------------------- machinery

    /** What a reader expects, for messages, and the reader; a reader returns null after reporting a problem. */
    record Kind<T>(String expected, NodeReader<T> reader) {

        T read(DocNode node, String path) {
            return reader.read(node, path);
        }
    }

    /** Reads one value of a tree, or reports a problem and returns null. */
    @FunctionalInterface
    interface NodeReader<T> {
        T read(DocNode node, String path);
    }

    static <T> Kind<T> kind(String expected, NodeReader<T> reader) {
        return new Kind<>(expected, reader);
    }

    /** A mapping being read as a part: its fields, its path, and whether any of them failed. */
    final class Obj {

        final MapNode node;
        final String path;
        boolean failed;

        Obj(MapNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String pathOf(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        /** Reads a field that must be present and not null. */
        <T> T required(String field, Kind<T> kind) {
            Field f = node.fields().get(field);
            if (f == null) {
                missing(field, kind.expected());
                return null;
            }
            return check(kind.read(f.value(), pathOf(field)));
        }

        /** Reads a field that may be left out or null; either gives null. */
        <T> T optional(String field, Kind<T> kind) {
            Field f = node.fields().get(field);
            return f == null || isNull(f.value()) ? null : check(kind.read(f.value(), pathOf(field)));
        }

        /** Reads a field that must be present and may be null, which gives null. */
        <T> T nullable(String field, Kind<T> kind) {
            Field f = node.fields().get(field);
            if (f == null) {
                missing(field, kind.expected());
                return null;
            }
            return isNull(f.value()) ? null : check(kind.read(f.value(), pathOf(field)));
        }

        /** Reads a list that may be left out or null, either of which gives an empty list. */
        <T> List<T> list(String field, Kind<T> element) {
            Field f = node.fields().get(field);
            if (f == null || isNull(f.value())) {
                return List.of();
            }
            return listAt(f.value(), field, element);
        }

        /** Reads a list that must be present. */
        <T> List<T> requiredList(String field, Kind<T> element) {
            Field f = node.fields().get(field);
            if (f == null) {
                missing(field, "a list of " + element.expected());
                return null;
            }
            return listAt(f.value(), field, element);
        }

        private <T> List<T> listAt(DocNode value, String field, Kind<T> element) {
            if (!(value instanceof ListNode items)) {
                wrongType(value, pathOf(field), "a list of " + element.expected());
                failed = true;
                return null;
            }
            return check(items(items, pathOf(field), element));
        }

        private void missing(String field, String expected) {
            problem(node, pathOf(field), "missing required field " + DocNode.quote(field) + ": expected " + expected);
            failed = true;
        }

        <T> T check(T value) {
            if (value == null) {
                failed = true;
            }
            return value;
        }
    }

    /**
     * Reads every item of a list, reporting each that does not read.
     *
     * @param list  the list, not null
     * @param path  the list's field path, not null
     * @param element  how to read an item, not null
     * @return the items, or null if any of them did not read
     */
    final <T> List<T> items(ListNode list, String path, Kind<T> element) {
        List<T> values = new ArrayList<>();
        boolean whole = true;
        for (int i = 0; i < list.items().size(); i++) {
            T item = element.read(list.items().get(i), path + "[" + i + "]");
            if (item == null) {
                whole = false;
            } else {
                values.add(item);
            }
        }
        return whole ? values : null;
    }

    /**
     * Starts reading a mapping as a part, reporting each field it should not have.
     *
     * @param node  the value, not null
     * @param path  its field path, not null
     * @param what  what the part is, for messages, such as {@code a goal}
     * @param fields  the fields the part may have, not null
     * @return the part to read, or null (after a problem) if the value is not a mapping
     */
    final Obj object(DocNode node, String path, String what, List<String> fields) {
        if (!(node instanceof MapNode map)) {
            wrongType(node, path, what + " (a mapping with the fields " + String.join(", ", fields) + ")");
            return null;
        }
        for (Field f : map.fields().values()) {
            if (!fields.contains(f.name())) {
                problems.add(new Problem(source, f.line(), f.column(), path.isEmpty() ? f.name() : path + "." + f.name(),
                        "unknown field " + DocNode.quote(f.name()) + Words.didYouMean(f.name(), fields)
                                + "; expected " + what + " with the fields " + String.join(", ", fields)));
            }
        }
        return new Obj(map, path);
    }

    /** Builds a part from fields that all read, turning a rule the constructor enforces into a problem. */
    final <T> T build(Obj o, Supplier<T> constructor) {
        if (o.failed) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException ex) {
            reportBroken(o, ex);
            o.failed = true;
            return null;
        }
    }

    /** Reports a rule a constructor enforced at the field its message starts with, or else at the part. */
    final void reportBroken(Obj o, RuntimeException ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        Matcher m = LEADING_FIELD.matcher(message);
        if (m.find() && o.node.fields().containsKey(m.group(1))) {
            String relative = m.group(1) + m.group(2);
            problem(nodeAt(o.node, relative), o.pathOf(relative), message);
        } else {
            problem(o.node, o.path, message);
        }
    }

    /** Follows a field path such as {@code tasks[3].targets[0].target.id} as far as the tree goes. */
    static DocNode nodeAt(DocNode root, String path) {
        DocNode node = root;
        for (String segment : path.split("\\.")) {
            Matcher m = PATH_SEGMENT.matcher(segment);
            if (!m.matches()) {
                return node;
            }
            if (!m.group(1).isEmpty()) {
                Field f = node instanceof MapNode map ? map.fields().get(m.group(1)) : null;
                if (f == null) {
                    return node;
                }
                node = f.value();
            }
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                int i = Integer.parseInt(index.group(1));
                if (!(node instanceof ListNode list) || i >= list.items().size()) {
                    return node;
                }
                node = list.items().get(i);
            }
        }
        return node;
    }

    static boolean isNull(DocNode node) {
        return node instanceof Scalar s && s.kind() == ScalarKind.NULL;
    }

    /** Reports that a value is not of the type expected, unless the parser has reported it already. */
    final void wrongType(DocNode node, String path, String expected) {
        if (node instanceof Scalar s && s.kind() == ScalarKind.INVALID) {
            return; // the parser has reported it
        }
        String hint = node instanceof Scalar s && s.couldBeQuoted() && expected.equals(text.expected())
                ? "; put it in quotes to make it text" : "";
        problem(node, path, "expected " + expected + ", found " + node.describe() + hint);
    }

    /** Reports a problem at a value. */
    final void problem(DocNode at, String path, String message) {
        problems.add(new Problem(source, at.line(), at.column(), path, message));
    }
}
