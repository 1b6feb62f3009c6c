package io.github.planwatch.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.planwatch.io.DocNode.ListNode;
import io.github.planwatch.model.PlanwatchException;

/**
 * Reads a file of records about a plan (observations, key-work updates) in any {@link DataFormat}.
 *
 * <p>A YAML or JSON document is a mapping of {@code schemaVersion} and one list of records; a CSV
 * file is the same list, one record per row, the header naming the fields. Both become the same
 * tree (CSV through {@link CsvTree}), read by one {@link #entry} method, so that a record is checked
 * alike in every format and its problems are placed at its line and column in the file.
 *
 * @param <T>  the type of a record
 */
abstract class DataReader<T> extends TreeReader {

    /** The version of the YAML and JSON documents of records that this reader reads. */
    static final int SCHEMA_VERSION = 1;
    /** The earliest year the model takes. */
    static final int MIN_YEAR = 1900;
    /** The latest year the model takes. */
    static final int MAX_YEAR = 2200;

    private final String listField;
    private final String document;
    private final List<CsvTree.Column> columns;
    /** The first record of each key met so far, for reporting a second. */
    private final Map<String, DocNode> seen = new HashMap<>();

    /**
     * Creates a reader of one file.
     *
     * @param source  the file's name, not null
     * @param listField  the name of the list of records in a document, such as {@code observations}
     * @param document  what a document is, for messages, such as {@code an observations document}
     * @param columns  the fields of a record, which are the columns of a CSV file, not null
     */
    DataReader(String source, String listField, String document, List<CsvTree.Column> columns) {
        super(source);
        this.listField = listField;
        this.document = document;
        this.columns = columns;
    }

    /**
     * Reads a record, checking it against the plan, or reports its problems and returns null.
     *
     * @param node  the record's node, not null
     * @param path  its field path, such as {@code observations[2]}, not null
     * @return the record, or null
     */
    abstract T entry(DocNode node, String path);

    /**
     * Returns what a record is, for messages, such as {@code an observation}.
     *
     * @return the description, not null
     */
    abstract String what();

    /**
     * Returns the names of the fields of a record, in the order they are written.
     *
     * @return the names, not null
     */
    final List<String> fields() {
        return columns.stream().map(CsvTree.Column::name).toList();
    }

    /**
     * Reads the file.
     *
     * @param in  the file's bytes, not closed here, not null
     * @param format  the file's format, not null
     * @return the records in the order of the file, not null
     * @throws DocumentException listing every problem, if there is any
     * @throws PlanwatchException if the stream cannot be read
     */
    final List<T> read(InputStream in, DataFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        if (format == DataFormat.CSV) {
            DocumentParser.Parsed parsed = CsvTree.parse(in, source, columns, listField);
            return finish(parsed, items((ListNode) parsed.root(), listField, kind(what(), this::entry)), "the file");
        }
        String expected = document + " (a mapping with the fields " + SCHEMA_VERSION_FIELD + ", " + listField + ")";
        DocumentParser.Parsed parsed = DocumentParser.parse(in, format.documentFormat(), source, expected,
                DocumentParser.NumberLimits.FIGURES);
        return finish(parsed, document(parsed.root()), "the document");
    }

    private List<T> document(DocNode root) {
        Obj o = object(root, "", document, List.of(SCHEMA_VERSION_FIELD, listField));
        if (o == null) {
            return null;
        }
        schemaVersion(o, SCHEMA_VERSION);
        List<T> entries = o.requiredList(listField, kind(what() + " (a mapping with the fields "
                + String.join(", ", fields()) + ")", this::entry));
        return o.failed ? null : entries;
    }

    /**
     * Reads a year and checks that it is one the model takes, 1900 to 2200.
     *
     * @return the kind, not null
     */
    final Kind<Integer> year() {
        String expected = "a year from " + MIN_YEAR + " to " + MAX_YEAR;
        return kind(expected, (node, path) -> {
            if (!(node instanceof DocNode.Scalar s && s.kind() == DocNode.ScalarKind.INTEGER)) {
                wrongType(node, path, expected);
                return null;
            }
            BigDecimal year = s.number();
            if (year.compareTo(BigDecimal.valueOf(MIN_YEAR)) < 0 || year.compareTo(BigDecimal.valueOf(MAX_YEAR)) > 0) {
                problem(node, path, "expected " + expected + ", found " + year.toPlainString());
                return null;
            }
            return year.intValueExact();
        });
    }

    /**
     * Checks that no earlier record of the file has the same key, and reports a second one.
     *
     * @param key  what makes a record unique, such as an id and a year, not null
     * @param node  the record's node, not null
     * @param path  its field path, not null
     * @param expected  what one record should be, such as {@code one value of 'gdp' for 2021}, not null
     * @return true if the record is the first with its key
     */
    boolean firstWithKey(String key, DocNode node, String path, String expected) {
        DocNode first = seen.putIfAbsent(key, node);
        if (first == null) {
            return true;
        }
        problem(node, path, "expected " + expected + ", found a second; the first is at line " + first.line());
        return false;
    }
}
