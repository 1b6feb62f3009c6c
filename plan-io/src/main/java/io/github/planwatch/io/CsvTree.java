package io.github.planwatch.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.planwatch.io.DocNode.Field;
import io.github.planwatch.io.DocNode.ListNode;
import io.github.planwatch.io.DocNode.MapNode;
import io.github.planwatch.io.DocNode.Scalar;
import io.github.planwatch.io.DocNode.ScalarKind;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Turns a CSV file with a header row into the tree a YAML or JSON document of the same records
 * parses to, so that one reader checks all three formats alike.
 *
 * <p>The tree is a list with one mapping per record that is not blank, from column name to field,
 * each field a scalar at the place the field starts: a whole number, a number or a boolean where
 * the column holds one and the field reads as one, text otherwise (the reader then reports the
 * text as the wrong type). The header is checked here: each column known and named once, every
 * required column present. So is each record: as many fields as the header, a value in each
 * required column. A value that a problem has been reported about already becomes an invalid
 * scalar, which the reader passes over in silence; so does a record with the wrong number of
 * fields, whose values cannot be trusted to be in their columns.
 */
final class CsvTree {

    /** What a column holds, which decides how its fields are read. */
    enum ColumnType {
        /** An id, a date or a name: surrounding white space is dropped. */
        TEXT("text"),
        /** Free text such as a note: kept exactly as written. */
        FREE_TEXT("text"),
        /** A whole number. */
        INTEGER("a whole number"),
        /** A decimal number. */
        NUMBER("a number"),
        /** true or false, in any case; an empty field is left out. */
        BOOLEAN("true or false");

        private final String expected;

        ColumnType(String expected) {
            this.expected = expected;
        }
    }

    /**
     * A column a file may have.
     *
     * @param name  the column's name in the header, also the field's name in YAML and JSON, not null
     * @param type  what it holds, not null
     * @param required  whether the header must have it and each record a value in it
     */
    record Column(String name, ColumnType type, boolean required) {
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,9})?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?\\.?(nan|inf|infinity)");

    private final String source;
    private final List<Column> columns;
    private final String list;
    private final ProblemList problems = new ProblemList();

    private CsvTree(String source, List<Column> columns, String list) {
        this.source = source;
        this.columns = columns;
        this.list = list;
    }

    /**
     * Reads a CSV file as a list of records.
     *
     * @param in  the file's bytes, not closed here
     * @param source  the file's name for problems, not null
     * @param columns  the columns a record may have, in the order they are written, not null
     * @param list  the name of the list the records make up, for field paths such as {@code observations[2].value}
     * @return the list of records, and the problems found in the file, its header and its records, not null
     * @throws DocumentException if the file cannot be split into records, or has no header
     * @throws PlanwatchException if the stream cannot be read
     */
    static DocumentParser.Parsed parse(InputStream in, String source, List<Column> columns, String list) {
        CsvTable.Parsed table = CsvTable.parse(in, source);
        CsvTree tree = new CsvTree(source, columns, list);
        tree.problems.addAll(table.problems());
        ListNode root = tree.records(table.rows());
        return new DocumentParser.Parsed(root, tree.problems);
    }

    private ListNode records(List<CsvTable.Row> rows) {
        int first = 0;
        while (first < rows.size() && rows.get(first).isBlank()) {
            first++;
        }
        if (first == rows.size()) {
            problems.add(new Problem(source, 1, 1, "", "the file is empty; expected a header row with the columns "
                    + columnList()));
            throw new DocumentException(source, problems.inOrderFound());
        }
        CsvTable.Row header = rows.get(first);
        Column[] byIndex = header(header);
        List<DocNode> records = new ArrayList<>();
        for (int r = first + 1; r < rows.size(); r++) {
            CsvTable.Row row = rows.get(r);
            if (!row.isBlank()) {
                records.add(record(row, byIndex, list + "[" + records.size() + "]"));
            }
        }
        return new ListNode(records, header.line(), header.column());
    }

    /** Checks the header and returns the column of each field index, null for a column not known. */
    private Column[] header(CsvTable.Row header) {
        List<CsvTable.Cell> cells = header.cells();
        Column[] byIndex = new Column[cells.size()];
        Map<String, CsvTable.Cell> seen = new HashMap<>();
        List<String> names = columns.stream().map(Column::name).toList();
        for (int i = 0; i < cells.size(); i++) {
            CsvTable.Cell cell = cells.get(i);
            if (!cell.valid()) {
                continue;
            }
            String name = cell.text().strip();
            if (name.isEmpty()) {
                problem(cell.line(), cell.column(), "", "expected a column name in the header, found an empty field;"
                        + " expected the columns " + columnList());
                continue;
            }
            Column column = columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (column == null) {
                problem(cell.line(), cell.column(), name, "unknown column " + DocNode.quote(name)
                        + Words.didYouMean(name, names) + "; expected the columns " + columnList());
                continue;
            }
            CsvTable.Cell first = seen.putIfAbsent(name, cell);
            if (first != null) {
                problem(cell.line(), cell.column(), name, "expected each column once, found " + DocNode.quote(name)
                        + " again (first at column " + first.column() + ")");
                continue;
            }
            byIndex[i] = column;
        }
        for (Column column : columns) {
            if (column.required() && !seen.containsKey(column.name())) {
                problem(header.line(), header.column(), column.name(), "missing required column "
                        + DocNode.quote(column.name()) + "; expected the columns " + columnList());
            }
        }
        return byIndex;
    }

    private DocNode record(CsvTable.Row row, Column[] byIndex, String path) {
        List<CsvTable.Cell> cells = row.cells();
        if (cells.size() != byIndex.length) {
            CsvTable.Cell at = cells.size() > byIndex.length ? cells.get(byIndex.length) : row.cells().get(0);
            problem(at.line(), at.column(), path, "expected " + byIndex.length + " fields, one for each column of"
                    + " the header, found " + cells.size() + "; a field with a comma in it is written in quotes");
            return invalid(row.line(), row.column());
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Column column = byIndex[i];
            if (column != null) {
                CsvTable.Cell cell = cells.get(i);
                fields.put(column.name(), new Field(column.name(), cell.line(), cell.column(),
                        value(cell, column, path + "." + column.name())));
            }
        }
        for (Column column : columns) {
            if (column.required() && !fields.containsKey(column.name())) {
                // The header lacks the column and says so; each record need not say it again.
                fields.put(column.name(), new Field(column.name(), row.line(), row.column(),
                        invalid(row.line(), row.column())));
            }
        }
        return new MapNode(fields, row.line(), row.column());
    }

    private DocNode value(CsvTable.Cell cell, Column column, String path) {
        int line = cell.line();
        int col = cell.column();
        if (!cell.valid()) {
            return invalid(line, col);
        }
        String text = column.type() == ColumnType.FREE_TEXT ? cell.text() : cell.text().strip();
        if (text.isEmpty()) {
            if (column.required()) {
                problem(line, col, path, "missing value in the required column " + DocNode.quote(column.name())
                        + ": expected " + column.type().expected);
                return invalid(line, col);
            }
            return scalar(ScalarKind.NULL, "", null, line, col);
        }
        return switch (column.type()) {
            case TEXT, FREE_TEXT -> scalar(ScalarKind.TEXT, text, null, line, col);
            case INTEGER -> INTEGER.matcher(text).matches()
                    ? scalar(ScalarKind.INTEGER, text, new BigDecimal(text), line, col)
                    : scalar(ScalarKind.TEXT, text, null, line, col);
            case NUMBER -> number(text, path, line, col);
            case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                    ? scalar(ScalarKind.BOOLEAN, text.toLowerCase(Locale.ROOT), null, line, col)
                    : scalar(ScalarKind.TEXT, text, null, line, col);
        };
    }

    private DocNode number(String text, String path, int line, int column) {
        if (NOT_FINITE.matcher(text).matches()) {
            problem(line, column, path, "expected a finite number, found " + DocNode.quote(text));
            return invalid(line, column);
        }
        if (!NUMBER.matcher(text).matches()) {
            return scalar(ScalarKind.TEXT, text, null, line, column);
        }
        DocumentParser.NumberLimits limits = DocumentParser.NumberLimits.FIGURES;
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException ex) {
            value = null; // an exponent so large that the scale overflows
        }
        if (value == null || !limits.admit(value)) {
            problem(line, column, path, "expected " + limits.expected() + ", found " + DocNode.quote(text));
            return invalid(line, column);
        }
        boolean whole = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        return scalar(whole ? ScalarKind.INTEGER : ScalarKind.DECIMAL, text, value, line, column);
    }

    private String columnList() {
        List<String> required = columns.stream().filter(Column::required).map(Column::name).toList();
        List<String> optional = columns.stream().filter(c -> !c.required()).map(Column::name).toList();
        return String.join(", ", required) + (optional.isEmpty() ? "" : " and optionally " + String.join(", ", optional));
    }

    private static Scalar scalar(ScalarKind kind, String text, BigDecimal number, int line, int column) {
        return new Scalar(kind, text, number, line, column, false);
    }

    private static Scalar invalid(int line, int column) {
        return scalar(ScalarKind.INVALID, "", null, line, column);
    }

    private void problem(int line, int column, String path, String message) {
        problems.add(new Problem(source, line, column, path, message));
    }
}
