package io.github.planwatch.io;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes observations and key-work updates as CSV, YAML or JSON, in the formats {@link DataReader}
 * reads, binding the records with {@link Binding}'s mapper.
 *
 * <p>Every field of every record is written, in the order of the record's components: in CSV an
 * empty field for an empty text, in YAML and JSON the field with its value. Numbers are plain
 * ({@code 6795}, never {@code 6.795E+3}). CSV is UTF-8 without a byte-order mark, with {@code \n}
 * line breaks, a field in quotes where it holds a comma, a quote or a line break. Thread-safe.
 */
final class DataWriter {

    private static final CsvMapper CSV = CsvMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .addModule(Binding.MODEL)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private DataWriter() {
    }

    /**
     * Writes records as a document.
     *
     * @param listField  the name of the list of records in YAML and JSON, such as {@code observations}
     * @param columns  the fields of a record in the order they are written, the columns of a CSV file, not null
     * @param records  the records, not null
     * @param format  the format, not null
     * @return the document, ending with a line break, not null
     */
    static <T> String write(String listField, List<String> columns, List<T> records, DataFormat format) {
        if (format == DataFormat.CSV) {
            CsvSchema.Builder builder = CsvSchema.builder();
            columns.forEach(builder::addColumn);
            CsvSchema schema = builder.build().withHeader().withLineSeparator("\n");
            try {
                return CSV.writer(schema).writeValueAsString(records);
            } catch (IOException ex) {
                throw Binding.cannotWrite(ex);
            }
        }
        ObjectNode n = DocumentTree.NODES.objectNode();
        n.put(DocumentWriter.SCHEMA_VERSION_FIELD, DataReader.SCHEMA_VERSION);
        n.set(listField, Binding.MAPPER.valueToTree(records));
        return DocumentWriter.text(n, format.documentFormat());
    }
}
