package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.github.planwatch.model.Problem;

/**
 * A CSV file as a table, split by Jackson's CSV parser one row at a time, with the line and column
 * where each field starts. The text is checked as it is read ({@link TextInput}): UTF-8, no control
 * characters, at most {@link #MAX_BYTES} bytes.
 */
final class CsvTable extends Table {

    /**
     * The most bytes a CSV file may have: a CSV file is read row by row, and a million rows of
     * observations take about 20 MB.
     */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final CsvFactory CSV = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(DocumentTree.MAX_TEXT_CHARS * 10)
                    .maxDocumentLength(MAX_BYTES).build())
            .build();

    private final CsvParser parser;
    /** The line of the last field read, for a quote never closed. */
    private int lastLine = 1;

    CsvTable(InputStream in, String source, ProblemList problems) {
        super(source, problems);
        try {
            parser = CSV.createParser(new TextInput(in, source, MAX_BYTES, Integer.MAX_VALUE));
        } catch (IOException ex) {
            throw failure(ex);
        }
        parser.setSchema(CsvSchema.emptySchema());
    }

    @Override
    List<Cell> next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        boolean tooMany = false;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            JsonLocation at = parser.currentTokenLocation();
            lastLine = at.getLineNr();
            if (cells.size() < MAX_CELLS) {
                String value = within(parser.getText(), at.getLineNr(), at.getColumnNr(), "csv.fieldTooLong");
                cells.add(new Cell(value, at.getLineNr(), at.getColumnNr()));
            } else if (!tooMany) {
                tooMany = true;
                problem(at.getLineNr(), at.getColumnNr(), Messages.of("csv.tooManyFields", MAX_CELLS));
            }
        }
        return cells;
    }

    @Override
    Problem unreadable(Exception ex) {
        if (ex instanceof JsonProcessingException json && json.getLocation() != null) {
            String m = String.valueOf(json.getOriginalMessage());
            io.github.planwatch.model.Message message = m.contains("Missing closing quote")
                    ? Messages.of("csv.unclosedQuote", lastLine)
                    : m.contains("Expected column separator")
                    ? Messages.of("csv.afterQuote")
                    : Messages.of("cannotReadAs", "CSV");
            return new Problem(source, Math.max(1, json.getLocation().getLineNr()),
                    Math.max(1, json.getLocation().getColumnNr()), "", message);
        }
        return new Problem(source, 1, 1, "", Messages.of("cannotReadAs", "CSV"));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
