package io.github.planwatch.io;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed document that remembers where it was written: a mapping, a list or a scalar.
 *
 * <p>YAML and JSON parse to the same tree, so that one mapper turns either into a plan and reports
 * problems at the line and column of the offending value. Lines and columns are 1-based.
 */
sealed interface DocNode {

    /**
     * Returns the 1-based line the value starts on.
     *
     * @return the line
     */
    int line();

    /**
     * Returns the 1-based column the value starts at.
     *
     * @return the column
     */
    int column();

    /**
     * Describes the value for a message saying what was found instead of what was expected.
     *
     * @return a short description, such as {@code a list} or {@code the number 12}, not null
     */
    String describe();

    /** A field of a mapping: its name, where the name is written, and its value. */
    record Field(String name, int line, int column, DocNode value) {
    }

    /** A mapping (a YAML mapping or a JSON object), its fields in document order. */
    record MapNode(Map<String, Field> fields, int line, int column) implements DocNode {

        public MapNode {
            fields = new LinkedHashMap<>(fields);
        }

        @Override
        public Map<String, Field> fields() {
            return Collections.unmodifiableMap(fields);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list (a YAML sequence or a JSON array). */
    record ListNode(List<DocNode> items, int line, int column) implements DocNode {

        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** The kinds of scalar a document holds. */
    enum ScalarKind {
        /** Text. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A number with a fraction or an exponent. */
        DECIMAL,
        /** true or false. */
        BOOLEAN,
        /** An explicit null ({@code null}, {@code ~}). */
        NULL,
        /** A value the parser already reported as a problem (an alias, a tag, a number out of range). */
        INVALID
    }

    /**
     * A scalar: its kind, its text as written (or as YAML resolved it) and, for numbers, its value.
     *
     * @param kind  the kind, not null
     * @param text  the text, not null
     * @param number  the value of an INTEGER or DECIMAL, null otherwise
     * @param line  the line
     * @param column  the column
     * @param fromYaml  whether the scalar was read from YAML, where an unquoted number or boolean
     *                  would have been text had it been quoted
     */
    record Scalar(ScalarKind kind, String text, BigDecimal number, int line, int column, boolean fromYaml)
            implements DocNode {

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "the text " + quote(text);
                case INTEGER, DECIMAL -> "the number " + abbreviate(text);
                case BOOLEAN -> "the boolean " + abbreviate(text);
                case NULL -> "null";
                case INVALID -> "an invalid value";
            };
        }

        /**
         * Checks whether this is a YAML scalar that would be text had it been quoted.
         *
         * @return true for an unquoted YAML number or boolean
         */
        boolean couldBeQuoted() {
            return fromYaml && (kind == ScalarKind.INTEGER || kind == ScalarKind.DECIMAL || kind == ScalarKind.BOOLEAN);
        }
    }

    /** The most characters of input that a message repeats. */
    int MAX_QUOTED = 60;

    /**
     * Quotes a text for a message, shortened if long.
     *
     * @param text  the text, not null
     * @return the text in single quotes, not null
     */
    static String quote(String text) {
        return "'" + abbreviate(text) + "'";
    }

    /**
     * Shortens a text for a message and makes line breaks visible.
     *
     * @param text  the text, not null
     * @return the text, at most about {@link #MAX_QUOTED} characters, not null
     */
    static String abbreviate(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
