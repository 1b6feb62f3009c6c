package io.github.planwatch.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.github.planwatch.model.PlanwatchException;

/**
 * Writes observations and key-work updates as CSV, XLSX, YAML or JSON, in the formats
 * {@link DataReader} reads, binding the records with {@link Binding}'s mapper.
 *
 * <p>Every field of every record is written, in the order of the schema's columns: in CSV an empty
 * field for an empty text, in a workbook an empty cell, in YAML and JSON the field with its value.
 * Numbers are plain ({@code 6795}, never {@code 6.795E+3}). In a table a list (an observation's
 * flags) is one field, its items separated by semicolons; YAML and JSON leave an empty list out. CSV is UTF-8 without a byte-order mark,
 * with {@code \n} line breaks, a field in quotes where it holds a comma, a quote or a line break. A
 * workbook has one sheet named after the list ({@code observations}), the header in its first row;
 * a number is a number cell where a double holds it exactly, else text, so that it reads back as
 * written. Thread-safe.
 */
final class DataWriter {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamWriteFeature.IGNORE_UNKNOWN)
            .build();

    private DataWriter() {
    }

    /**
     * Writes rows, each a mapping of field names to values, as a file's bytes, the fields in the
     * order of the columns; a field a row lacks is left empty.
     */
    static byte[] rows(String listField, List<String> columns, JsonNode rows, DataFormat format) {
        return format == DataFormat.XLSX ? workbook(listField, columns, rows)
                : text(listField, columns, rows, format).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes rows as a document of text, as {@link #rows} writes them; a workbook is not text, and refused. */
    static String text(String listField, List<String> columns, JsonNode rows, DataFormat format) {
        if (format == DataFormat.XLSX) {
            throw new PlanwatchException("an .xlsx workbook is not text; write it to a file ending .xlsx");
        }
        if (format == DataFormat.CSV) {
            rows = flat(rows);
            CsvSchema.Builder builder = CsvSchema.builder();
            columns.forEach(builder::addColumn);
            CsvSchema schema = builder.build().withHeader().withLineSeparator("\n");
            try {
                return CSV.writer(schema).writeValueAsString(rows);
            } catch (IOException ex) {
                throw Binding.cannotWrite(ex);
            }
        }
        ObjectNode n = DocumentTree.NODES.objectNode();
        n.put(DocumentWriter.SCHEMA_VERSION_FIELD, DataReader.SCHEMA_VERSION);
        n.set(listField, rows);
        return DocumentWriter.text(n, format.documentFormat());
    }

    /**
     * The rows with each list (an observation's flags) as one field, its items separated by
     * semicolons, as {@link DataReader} reads a table; an empty list as an empty field.
     */
    private static JsonNode flat(JsonNode rows) {
        ArrayNode flat = DocumentTree.NODES.arrayNode();
        for (JsonNode row : rows) {
            ObjectNode copy = DocumentTree.NODES.objectNode();
            row.fields().forEachRemaining(f -> {
                if (f.getValue().isArray()) {
                    List<String> items = new java.util.ArrayList<>();
                    f.getValue().forEach(item -> items.add(item.asText()));
                    if (!items.isEmpty()) {
                        copy.put(f.getKey(), String.join(";", items));
                    }
                } else {
                    copy.set(f.getKey(), f.getValue());
                }
            });
            flat.add(copy);
        }
        return flat;
    }

    private static byte[] workbook(String sheet, List<String> columns, JsonNode rows) {
        rows = flat(rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "planwatch", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet);
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    cell(ws, r + 1, c, rows.get(r).get(columns.get(c)));
                }
            }
            workbook.finish();
        } catch (IOException ex) {
            throw Binding.cannotWrite(ex);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet ws, int row, int column, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isNumber()) {
            BigDecimal exact = value.decimalValue();
            if (new BigDecimal(Double.toString(exact.doubleValue())).compareTo(exact) == 0) {
                ws.value(row, column, exact);
            } else {
                ws.value(row, column, exact.toPlainString()); // more digits than a spreadsheet's number holds
            }
        } else if (value.isBoolean()) {
            ws.value(row, column, value.booleanValue());
        } else {
            ws.value(row, column, value.asText());
        }
    }
}
