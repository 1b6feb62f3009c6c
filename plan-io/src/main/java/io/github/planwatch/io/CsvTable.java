package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Splits a CSV file into records and fields, remembering where each field starts.
 *
 * <p>The file is UTF-8, with or without a byte-order mark. Fields are separated by commas and
 * records by line breaks ({@code \n}, {@code \r\n} or {@code \r}). A field in double quotes may hold
 * commas, line breaks and quotes, a quote written twice ({@code ""}). Lines are 1-based; a field's
 * column is the 1-based character column where it starts on its line (its opening quote, if it
 * is quoted), counting UTF-16 characters and not counting a byte-order mark.
 *
 * <p>Input is untrusted: a file is read up to {@link DocumentParser#MAX_DOCUMENT_BYTES} bytes, a
 * field up to {@link #MAX_FIELD_CHARS} characters and a record up to {@link #MAX_FIELDS} fields.
 * A file too large, not UTF-8, or with a quote that is never closed ends the parse with a
 * {@link DocumentException}; a field too long, a record with too many fields, or text after a
 * closing quote is a problem at its place, and parsing goes on.
 */
final class CsvTable {

    /** The longest field, as for a text in a YAML or JSON document. */
    static final int MAX_FIELD_CHARS = DocumentTree.MAX_TEXT_CHARS;
    /** The most fields a record may have; the formats read here have a handful of columns. */
    static final int MAX_FIELDS = 64;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * One field: its text (quotes removed, doubled quotes made single) and where it starts.
     *
     * @param text  the text, not null; empty for a field too long to keep
     * @param quoted  whether the field was written in quotes
     * @param line  the 1-based line it starts on
     * @param column  the 1-based column it starts at
     * @param valid  false for a field that a problem has been reported about already
     */
    record Cell(String text, boolean quoted, int line, int column, boolean valid) {

        /**
         * Checks whether the field holds nothing but white space, and was not quoted.
         *
         * @return true for an empty field
         */
        boolean isBlank() {
            return !quoted && text.isBlank();
        }
    }

    /**
     * One record: its fields and where it starts.
     *
     * @param cells  the fields, not empty
     * @param line  the line it starts on
     * @param column  the column it starts at, 1
     */
    record Row(List<Cell> cells, int line, int column) {

        /**
         * Checks whether every field of the record is blank: an empty line, or a line of commas.
         *
         * @return true for a record to skip
         */
        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /**
     * The records of a file, the header first, and the problems found while splitting them.
     *
     * @param rows  the records in order, blank ones included, not null
     * @param problems  the problems, not null
     */
    record Parsed(List<Row> rows, ProblemList problems) {
    }

    private final String source;
    private final char[] chars;
    private final ProblemList problems = new ProblemList();
    private int pos;
    private int line = 1;
    private int column = 1;

    private CsvTable(String source, char[] chars) {
        this.source = source;
        this.chars = chars;
    }

    /**
     * Reads and splits a CSV file.
     *
     * @param in  the file's bytes, not closed here
     * @param source  the file's name for problems, not null
     * @return the records and the problems that did not end the parse, not null
     * @throws DocumentException if the file is too large, not UTF-8, or has a quote never closed
     * @throws PlanwatchException if the stream cannot be read
     */
    static Parsed parse(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(DocumentTree.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException ex) {
            throw new PlanwatchException("cannot read " + source + ": " + ex.getMessage(), ex);
        }
        if (bytes.length > DocumentTree.MAX_DOCUMENT_BYTES) {
            int[] at = position(decodeLeniently(bytes, DocumentTree.MAX_DOCUMENT_BYTES));
            throw new DocumentException(source, List.of(new Problem(source, at[0], at[1], "",
                    "the document is larger than the limit of " + DocumentTree.MAX_DOCUMENT_BYTES + " bytes")));
        }
        return new CsvTable(source, decode(bytes, source)).split();
    }

    /** Decodes UTF-8, dropping a byte-order mark; refuses UTF-16 and bytes that are not UTF-8. */
    private static char[] decode(byte[] bytes, String source) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw new DocumentException(source, List.of(new Problem(source, 1, 1, "",
                    "expected UTF-8 text, found a UTF-16 byte-order mark; save the file as UTF-8")));
        }
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            output.flip();
            int[] at = position(output.toString().toCharArray());
            StringBuilder found = new StringBuilder();
            for (int i = input.position(); i < Math.min(bytes.length, input.position() + Math.max(1, result.length()));
                 i++) {
                found.append(found.isEmpty() ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
            }
            throw new DocumentException(source, List.of(new Problem(source, at[0], at[1], "",
                    "expected UTF-8 text, found the bytes " + found + ", which are not UTF-8; save the file as UTF-8")));
        }
        output.flip();
        char[] chars = new char[output.remaining()];
        output.get(chars);
        return chars;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static char[] decodeLeniently(byte[] bytes, int length) {
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        return new String(bytes, start, Math.max(0, length - start), StandardCharsets.UTF_8).toCharArray();
    }

    /** The line and column just after some text, as {line, column}. */
    private static int[] position(char[] text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r' && (i + 1 >= text.length || text[i + 1] != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new int[] {line, column};
    }

    // ---------------------------------------------------------------- splitting

    private Parsed split() {
        List<Row> rows = new ArrayList<>();
        while (pos < chars.length) {
            rows.add(row());
        }
        return new Parsed(rows, problems);
    }

    private Row row() {
        int rowLine = line;
        int rowColumn = column;
        List<Cell> cells = new ArrayList<>();
        boolean tooMany = false;
        while (true) {
            Cell cell = cell();
            if (cells.size() < MAX_FIELDS) {
                cells.add(cell);
            } else if (!tooMany) {
                tooMany = true;
                problem(cell.line(), cell.column(), "expected at most " + MAX_FIELDS
                        + " fields in a record, found more; the fields from here on are not read");
            }
            if (pos < chars.length && chars[pos] == ',') {
                advance();
                continue;
            }
            lineBreak();
            return new Row(List.copyOf(cells), rowLine, rowColumn);
        }
    }

    /** Reads one field, leaving the position at the comma, line break or end that follows it. */
    private Cell cell() {
        int cellLine = line;
        int cellColumn = column;
        StringBuilder text = new StringBuilder();
        boolean quoted = pos < chars.length && chars[pos] == '"';
        boolean valid = true;
        if (quoted) {
            advance();
            while (true) {
                if (pos >= chars.length) {
                    problem(cellLine, cellColumn, "the quoted field that starts here is never closed; expected a"
                            + " closing quote (\") before the end of the file");
                    throw new DocumentException(source, problems.inOrderFound());
                }
                char c = chars[pos];
                if (c == '"') {
                    if (pos + 1 < chars.length && chars[pos + 1] == '"') {
                        append(text, '"');
                        advance();
                        advance();
                        continue;
                    }
                    advance();
                    break;
                }
                if (c == '\r' || c == '\n') {
                    // A line break inside quotes is part of the field, as written.
                    append(text, c);
                    if (c == '\r' && pos + 1 < chars.length && chars[pos + 1] == '\n') {
                        pos++;
                        append(text, '\n');
                    }
                    pos++;
                    line++;
                    column = 1;
                    continue;
                }
                append(text, c);
                advance();
            }
            if (pos < chars.length && !isEnd(chars[pos])) {
                problem(line, column, "expected a comma or the end of the line after the closing quote of the field"
                        + " that starts at line " + cellLine + ", column " + cellColumn + ", found "
                        + DocNode.quote(String.valueOf(chars[pos])) + "; a field with a quote in it is written"
                        + " in quotes with the quote doubled");
                valid = false;
                while (pos < chars.length && !isEnd(chars[pos])) {
                    advance();
                }
            }
        } else {
            while (pos < chars.length && !isEnd(chars[pos])) {
                append(text, chars[pos]);
                advance();
            }
        }
        if (text.length() > MAX_FIELD_CHARS) {
            problem(cellLine, cellColumn, "expected a field of at most " + MAX_FIELD_CHARS
                    + " characters, found a longer one");
            return new Cell("", quoted, cellLine, cellColumn, false);
        }
        return new Cell(text.toString(), quoted, cellLine, cellColumn, valid);
    }

    /** Keeps one character more than a field may have, so that a field too long is known as such. */
    private static void append(StringBuilder text, char c) {
        if (text.length() <= MAX_FIELD_CHARS) {
            text.append(c);
        }
    }

    private static boolean isEnd(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private void advance() {
        pos++;
        column++;
    }

    /** Passes the line break that ends a record, if there is one. */
    private void lineBreak() {
        if (pos >= chars.length) {
            return;
        }
        if (chars[pos] == '\r' && pos + 1 < chars.length && chars[pos + 1] == '\n') {
            pos++;
        }
        pos++;
        line++;
        column = 1;
    }

    private void problem(int problemLine, int problemColumn, String message) {
        problems.add(new Problem(source, problemLine, problemColumn, "", message));
    }
}
