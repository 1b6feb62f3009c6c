package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import io.github.planwatch.model.Problem;

/**
 * One sheet of an {@code .xlsx} workbook as a table, read row by row with FastExcel's streaming
 * reader: its first sheet, or the one the user names. Each cell becomes the text a CSV file would
 * hold: a number in plain decimal (the shortest that is the same double, so 6795.1 rather than
 * 6795.1000000000004), a date-formatted number as an ISO date, a boolean as {@code true} or
 * {@code false}, a formula as the value last computed. A problem is placed at its sheet and cell,
 * as in {@code observations.xlsx:Sheet1!C7}.
 *
 * <p>FastExcel rather than Apache POI: it streams a sheet's rows instead of building the workbook
 * in memory, and the reader with its libraries is about a sixth of POI's size.
 */
final class WorkbookTable extends Table {

    /** The most bytes a workbook may have, as for a CSV file: its sheets are read row by row. */
    static final long MAX_BYTES = CsvTable.MAX_BYTES;

    /** Quoted text and bracketed parts of a number format, which say nothing of whether it is a date. */
    private static final Pattern FORMAT_LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

    private final ReadableWorkbook workbook;
    private final String sheetName;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int lastRow;

    WorkbookTable(InputStream in, String source, String sheet, ProblemList problems) {
        super(source, problems);
        try {
            workbook = new ReadableWorkbook(new LimitedInput(in, source, MAX_BYTES), new ReadingOptions(true, false));
            Sheet chosen = sheet == null ? workbook.getFirstSheet() : workbook.findSheet(sheet).orElse(null);
            if (chosen == null) {
                List<String> names = workbook.getSheets().map(Sheet::getName).toList();
                throw new DocumentException(source, List.of(new Problem(source, 0, 0, "", Messages.of("xlsx.noSheet",
                        Words.quote(sheet), Words.didYouMean(sheet, names), names.stream().map(Words::quote).toList()))));
            }
            sheetName = chosen.getName();
            stream = chosen.openStream();
            rows = stream.iterator();
        } catch (DocumentException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw failure(ex);
        }
    }

    @Override
    List<Cell> next() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        lastRow = row.getRowNum();
        List<Cell> cells = new ArrayList<>();
        int count = row.getCellCount();
        if (count > MAX_CELLS) {
            problem(lastRow, MAX_CELLS + 1, Messages.of("xlsx.tooManyCells", MAX_CELLS));
        }
        for (int i = 0; i < Math.min(count, MAX_CELLS); i++) {
            cells.add(new Cell(text(row.getCell(i), lastRow, i + 1), lastRow, i + 1));
        }
        return cells;
    }

    /** The text a CSV file would hold for a cell. */
    private String text(org.dhatim.fastexcel.reader.Cell cell, int line, int column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : decimal(raw);
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
            case ERROR -> {
                problem(line, column, Messages.of("xlsx.errorCell", Words.quote(raw)));
                yield "";
            }
            case FORMULA -> Optional.ofNullable(cell.getValue()).map(v -> v instanceof BigDecimal d ? decimal(
                    d.toString()) : v.toString()).orElse("");
            default -> within(raw, line, column, "xlsx.cellTooLong");
        };
    }

    /** A number as the shortest decimal that is the same double, whole numbers without a point. */
    private static String decimal(String raw) {
        try {
            BigDecimal shortest = new BigDecimal(Double.toString(Double.parseDouble(raw))).stripTrailingZeros();
            return shortest.scale() < 0 ? shortest.setScale(0).toPlainString() : shortest.toPlainString();
        } catch (NumberFormatException ex) {
            return raw; // the reader says what is wrong with it
        }
    }

    /** Whether a number cell is formatted as a date (Excel keeps a date as a number of days). */
    private static boolean isDate(org.dhatim.fastexcel.reader.Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String plain = FORMAT_LITERALS.matcher(format).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return plain.indexOf('y') >= 0 || plain.indexOf('d') >= 0;
    }

    @Override
    Problem place(Problem problem) {
        String where = problem.line() > 0 ? ":" + sheetName + "!" + columnName(Math.max(1, problem.column()))
                + problem.line() : "";
        return new Problem(source + where, 0, 0, problem.path(), problem.text());
    }

    /** A column's name as a spreadsheet shows it: 1 is A, 27 is AA. */
    static String columnName(int column) {
        return CellAddress.convertNumToColString(column - 1);
    }

    @Override
    Problem unreadable(Exception ex) {
        return new Problem(source, 0, 0, "", Messages.of("xlsx.cannotRead",
                lastRow > 0 ? Messages.of("xlsx.afterRow", lastRow) : ""));
    }

    /** A workbook's bytes, refused past a limit, a failure to read them kept apart from what they hold. */
    private static final class LimitedInput extends java.io.FilterInputStream {

        private final String source;
        private final long maxBytes;
        private long read;

        LimitedInput(InputStream in, String source, long maxBytes) {
            super(in);
            this.source = source;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException ex) {
                throw new TextInput.ReadFailure(ex);
            }
            read += Math.max(0, n);
            if (read > maxBytes) {
                throw new TextInput.Refusal(new Problem(source, 0, 0, "", Messages.of("xlsx.tooLarge", maxBytes)));
            }
            return n;
        }

        @Override
        public void close() {
            // the caller's stream is closed by the caller
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        } finally {
            workbook.close();
        }
    }
}
