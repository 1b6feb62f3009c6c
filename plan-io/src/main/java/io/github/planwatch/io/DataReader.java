package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.planwatch.io.Table.Cell;
import io.github.planwatch.model.Message;
import io.github.planwatch.model.Problem;

/**
 * Reads a file of records about a plan (observations, key-work updates) in any {@link DataFormat},
 * each record described once, by a definition of its document's schema.
 *
 * <p>A YAML or JSON document is a mapping of {@code schemaVersion} and one list of records, checked
 * whole against the schema. A CSV file is the same list, one record per row, the header naming the
 * fields; it is read by Jackson's CSV parser row by row, so that a file of millions of rows is
 * never held whole: each row becomes the record's tree, typed as the schema's definition types its
 * fields, and is checked against that definition. Either way a record is then bound to the model's
 * record and checked against the plan ({@link #check}); every problem is placed at its line and
 * column in the file. One instance reads one file; not thread-safe.
 *
 * @param <T>  the type of a record
 */
abstract class DataReader<T> {

    /** The version of the YAML and JSON documents of records that this reader reads. */
    static final int SCHEMA_VERSION = 1;

    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?\\.?(nan|inf|infinity)");
    private final String source;
    private final DocumentSchema schema;
    private final String listField;
    private final String definition;
    private final Class<T> type;
    private final Message document;
    private final ProblemList problems = new ProblemList();
    /** The sheet of a workbook to read, or null for its first sheet. */
    private String sheet;
    /** The line of the first record of each key met so far, for reporting a second. */
    private final Map<String, Integer> seen = new HashMap<>();
    /** Whether the header lacks a required column, which it reports once rather than each row again. */
    private boolean headerLacksAColumn;

    /**
     * A column of a table: the field it holds, the field's schema, and the field's types as the schema
     * writes them; worked out once from the header rather than for each cell.
     */
    private record Column(String name, JsonNode field, String types) {

        /** Whether a value keeps the spaces around it: free text does, an id, a date or a name does not. */
        boolean keepsSpaces() {
            return types.contains("string") && !field.has("pattern") && !field.has("format") && !field.has("enum");
        }
    }

    /**
     * Creates a reader of one file, whose documents hold a list ({@code listField}, such as
     * {@code observations}) of records described by a definition of the schema ({@code Observation});
     * {@code document} says what a document is, for messages.
     */
    DataReader(String source, DocumentSchema schema, String listField, String definition, Class<T> type,
               Message document) {
        this.source = source;
        this.schema = schema;
        this.listField = listField;
        this.definition = definition;
        this.type = type;
        this.document = document;
    }

    /**
     * Checks a record at a path such as {@code observations[2]} against the plan, reporting each
     * problem with {@link #problem}; true if it fits. The record is its tree, so that the fields that
     * are well written are checked even where others are not.
     */
    abstract boolean check(JsonNode record, String path, DocumentTree.Places places);

    /** The warnings of the file read, in the file's order: what is read but worth saying. */
    List<Problem> warnings() {
        return List.of();
    }

    /** Names the sheet of a workbook to read, or null for its first sheet. */
    final DataReader<T> sheet(String name) {
        this.sheet = name;
        return this;
    }

    /**
     * Reads the file from its bytes, which are not closed here.
     *
     * @throws DocumentException listing every problem, if there is any
     */
    final List<T> read(InputStream in, DataFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        List<T> records = format.documentFormat() == null ? readTable(in, format)
                : readDocument(in, format.documentFormat());
        problems.throwIfAny(source);
        return records;
    }

    private List<T> readDocument(InputStream in, DocumentFormat format) {
        DocumentTree.Parsed parsed = DocumentTree.parse(in, format, source, Messages.of("data.document", document,
                List.of(DocumentWriter.SCHEMA_VERSION_FIELD, listField)), DocumentTree.NumberLimits.FIGURES);
        problems.addAll(parsed.problems());
        ProblemList found = new ProblemList();
        schema.check(parsed, found);
        problems.addAll(found);
        List<T> records = new ArrayList<>();
        JsonNode list = parsed.root().path(listField);
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            String path = listField + "[" + i + "]";
            boolean whole = !found.hasAnyWithin(path) && !parsed.places().isReported(path)
                    && !parsed.problems().hasAnyWithin(path);
            add(list.get(i), path, parsed.places(), whole, records);
        }
        return records;
    }

    /** Checks a record against the plan and, if it is whole and fits, binds it. */
    private void add(JsonNode tree, String path, DocumentTree.Places places, boolean whole, List<T> records) {
        if (tree == null || !tree.isObject()) {
            return;
        }
        boolean fits = check(tree, path, places);
        if (whole && fits) {
            T record = Binding.read(tree, type, path, places, problems);
            if (record != null) {
                records.add(record);
            }
        }
    }

    // ---------------------------------------------------------------- tables: CSV and XLSX

    private List<T> readTable(InputStream in, DataFormat format) {
        List<T> records = new ArrayList<>();
        Table table = Table.open(in, format, source, sheet, problems);
        // Every row of a CSV file must have a field for each column; a sheet leaves empty cells out.
        boolean fixedWidth = format == DataFormat.CSV;
        try (table) {
            List<Cell> header = null;
            Column[] columns = null;
            List<Cell> row;
            int index = 0;
            while ((row = table.next()) != null) {
                if (row.stream().allMatch(c -> c.text().isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = row;
                    columns = header(header);
                    continue;
                }
                String path = listField + "[" + index++ + "]";
                row = fixedWidth ? row : toWidth(row, columns.length);
                ObjectNode record = record(row, columns, path);
                if (record != null && !headerLacksAColumn) {
                    DocumentTree.Places places = placesOf(row, columns, path);
                    ProblemList found = new ProblemList();
                    schema.check(record, path, places, false, found, definition);
                    problems.addAll(found);
                    add(record, path, places, found.isEmpty(), records);
                }
            }
            if (header == null) {
                problems.add(new Problem(source, 1, 1, "", Messages.of(format == DataFormat.XLSX ? "data.emptySheet"
                        : "data.emptyFile", columnList())));
            }
        } catch (DocumentException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw table.failure(ex);
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(source, problems.inDocumentOrder().stream().map(table::place).toList());
        }
        return records;
    }

    /** A row of a sheet as wide as its header: the empty cells a sheet leaves out put back, blank ones after it dropped. */
    private static List<Cell> toWidth(List<Cell> row, int width) {
        List<Cell> cells = new ArrayList<>(row);
        int line = row.get(0).line();
        while (cells.size() < width) {
            cells.add(new Cell("", line, cells.size() + 1));
        }
        while (cells.size() > width && cells.get(cells.size() - 1).text().isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** Checks the header and returns each column, null for a column not known. */
    private Column[] header(List<Cell> header) {
        List<String> names = schema.fields(definition);
        JsonNode fields = schema.tree().path("$defs").path(definition).path("properties");
        Column[] columns = new Column[header.size()];
        Map<String, Cell> found = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Cell cell = header.get(i);
            String name = cell.text().strip();
            if (name.isEmpty()) {
                problem(cell, "", Messages.of("data.emptyColumnName", columnList()));
            } else if (!names.contains(name)) {
                problem(cell, name, Messages.of("data.unknownColumn", Words.quote(name), Words.didYouMean(name, names),
                        columnList()));
            } else if (found.containsKey(name)) {
                problem(cell, name, Messages.of("data.duplicateColumn", Words.quote(name), found.get(name).column()));
            } else {
                found.put(name, cell);
                JsonNode field = schema.resolve(fields.path(name));
                columns[i] = new Column(name, field, field.path("type").toString());
            }
        }
        for (String name : schema.requiredFields(definition)) {
            if (!found.containsKey(name)) {
                headerLacksAColumn = true;
                problem(header.get(0), name, Messages.of("data.missingColumn", Words.quote(name), columnList()));
            }
        }
        return columns;
    }

    /** Builds the tree of a row, each field typed as the schema types it; null for a row that cannot be. */
    private ObjectNode record(List<Cell> row, Column[] columns, String path) {
        if (row.size() != columns.length) {
            Cell at = row.size() > columns.length ? row.get(columns.length) : row.get(0);
            problem(at, path, Messages.of("data.fieldCount", columns.length, row.size()));
            return null;
        }
        ObjectNode record = DocumentTree.NODES.objectNode();
        boolean whole = true;
        for (int i = 0; i < columns.length; i++) {
            Column column = columns[i];
            if (column == null) {
                continue;
            }
            String written = row.get(i).text();
            String value = column.keepsSpaces() ? written : written.strip();
            if (value.isEmpty()) {
                continue; // a value left out, as in a document
            }
            JsonNode typed = typed(value, column.types(), row.get(i), path + "." + column.name());
            if (typed == null) {
                whole = false;
            } else {
                record.set(column.name(), typed);
            }
        }
        return whole ? record : null;
    }

    /**
     * A field's text as the type its schema asks for, where it reads as one; else as text. A list
     * (an observation's flags) is written in one field, its items separated by semicolons, since
     * commas separate the fields of a CSV row.
     */
    private JsonNode typed(String value, String types, Cell cell, String path) {
        if (types.contains("array")) {
            com.fasterxml.jackson.databind.node.ArrayNode items = DocumentTree.NODES.arrayNode();
            for (String item : value.split(";", -1)) {
                items.add(item.strip());
            }
            return items;
        }
        if (types.contains("integer") || types.contains("number")) {
            if (NOT_FINITE.matcher(value).matches()) {
                problem(cell, path, Messages.of("expectedFiniteNumber", Words.quote(value)));
                return null;
            }
            if (DECIMAL.matcher(value).matches()) {
                JsonNode number = DocumentTree.NumberLimits.FIGURES.node(value);
                if (number == null) {
                    problem(cell, path, DocumentTree.NumberLimits.FIGURES.beyond(value));
                }
                return number;
            }
        }
        if (types.contains("boolean") && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
            return DocumentTree.NODES.booleanNode(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)));
        }
        return DocumentTree.NODES.textNode(value);
    }

    private DocumentTree.Places placesOf(List<Cell> row, Column[] columns, String path) {
        DocumentTree.Places places = new DocumentTree.Places(source);
        places.value(path, row.get(0).line(), row.get(0).column());
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                String field = path + "." + columns[i].name();
                places.value(field, row.get(i).line(), row.get(i).column());
                places.key(field, row.get(i).line(), row.get(i).column());
            }
        }
        return places;
    }

    /** The fields of a record as its schema's definition lists them, which are the columns of a table. */
    static List<String> columns(DocumentSchema schema, String definition) {
        return schema.fields(definition);
    }

    private Message columnList() {
        List<String> optional = schema.optionalFields(definition);
        return optional.isEmpty() ? Messages.of("data.columns", schema.requiredFields(definition))
                : Messages.of("data.columnsAndOptionally", schema.requiredFields(definition), optional);
    }

    /**
     * Whether no earlier record of the file has the same key (such as an id and a year); reports a
     * second one as not what was {@code expected} ("one value of 'gdp' for 2021").
     */
    final boolean firstWithKey(String key, String path, DocumentTree.Places places, Message expected) {
        int[] at = places.ofValue(path);
        Integer first = seen.putIfAbsent(key, at[0]);
        if (first == null) {
            return true;
        }
        problems.add(new Problem(source, at[0], at[1], path, Messages.of("data.second", expected, first)));
        return false;
    }

    /** Reports a problem at a field of a record. */
    final void problem(String path, DocumentTree.Places places, Message message) {
        problems.add(places.at(path, message));
    }

    private void problem(Cell cell, String path, Message message) {
        problems.add(new Problem(source, cell.line(), cell.column(), path, message));
    }
}
