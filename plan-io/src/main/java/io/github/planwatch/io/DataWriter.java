package io.github.planwatch.io;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;

/**
 * Writes observations and key-work updates as CSV, YAML or JSON, in the formats {@link DataReader}
 * reads.
 *
 * <p>Every field of every record is written, in the order of the columns: in CSV an empty field
 * for an empty text, in YAML and JSON the field with its value. Numbers are plain ({@code 6795},
 * never {@code 6.795E+3}). CSV is UTF-8 without a byte-order mark, with {@code \n} line breaks,
 * a field in quotes where it holds a comma, a quote or a line break, with each quote doubled.
 * Thread-safe.
 */
final class DataWriter {

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private DataWriter() {
    }

    /**
     * Writes observations as a document.
     *
     * @param observations  the observations, not null
     * @param format  the format, not null
     * @return the document, ending with a line break, not null
     */
    static String observations(List<Observation> observations, DataFormat format) {
        if (format == DataFormat.CSV) {
            return csv(ObservationReader.COLUMNS, observations, o -> List.of(o.subject(), Integer.toString(o.year()),
                    o.value().toPlainString(), Boolean.toString(o.provisional()), o.source(), o.note()));
        }
        return document(ObservationReader.LIST_FIELD, observations, o -> {
            ObjectNode n = NODES.objectNode();
            n.put("indicator", o.subject());
            n.put("year", o.year());
            n.put("value", o.value());
            n.put("provisional", o.provisional());
            n.put("source", o.source());
            n.put("note", o.note());
            return n;
        }, format);
    }

    /**
     * Writes key-work updates as a document.
     *
     * @param updates  the updates, not null
     * @param format  the format, not null
     * @return the document, ending with a line break, not null
     */
    static String keyWorkUpdates(List<KeyWorkUpdate> updates, DataFormat format) {
        if (format == DataFormat.CSV) {
            return csv(KeyWorkUpdateReader.COLUMNS, updates, u -> List.of(u.item(), u.date().toString(),
                    u.status().name(), u.note()));
        }
        return document(KeyWorkUpdateReader.LIST_FIELD, updates, u -> {
            ObjectNode n = NODES.objectNode();
            n.put("item", u.item());
            n.put("date", u.date().toString());
            n.put("status", u.status().name());
            n.put("note", u.note());
            return n;
        }, format);
    }

    /**
     * Builds the document tree of a list of records.
     *
     * @param listField  the name of the list, not null
     * @param records  the records, not null
     * @param record  the tree of one record, not null
     * @return the tree, not null
     */
    static <T> ObjectNode tree(String listField, List<T> records, Function<T, ObjectNode> record) {
        ObjectNode n = NODES.objectNode();
        n.put(TreeReader.SCHEMA_VERSION_FIELD, DataReader.SCHEMA_VERSION);
        ArrayNode list = n.putArray(listField);
        records.forEach(r -> list.add(record.apply(r)));
        return n;
    }

    private static <T> String document(String listField, List<T> records, Function<T, ObjectNode> record,
                                       DataFormat format) {
        return DocumentWriter.text(tree(listField, records, record), format.documentFormat());
    }

    private static <T> String csv(List<CsvTree.Column> columns, List<T> records, Function<T, List<String>> fields) {
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(CsvTree.Column::name).toList());
        records.forEach(r -> line(out, fields.apply(r)));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append('\n');
    }
}
