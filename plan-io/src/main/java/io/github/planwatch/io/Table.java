package io.github.planwatch.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * A table read row by row, each cell with where it was written: a CSV file, or one sheet of an
 * {@code .xlsx} workbook. Records of a plan's data (observations, key-work updates) are read from a
 * table by {@link DataReader}, which names each column by its header; a table is never held whole.
 *
 * <p>A cell's place is a line and a column, both from 1: in a CSV file where the field starts, in a
 * sheet its row number and column number. A problem found at such a place is named by
 * {@link #place}: {@code observations.csv:12:5} in a CSV file, {@code observations.xlsx:Sheet1!E12}
 * in a sheet. One instance reads one table; not thread-safe.
 */
abstract class Table implements Closeable {

    /** The most cells a row may have; the formats read from tables have a handful of columns. */
    static final int MAX_CELLS = 64;

    /** A cell: its text as a CSV file holds it (a number in decimal, a date as an ISO date, empty if empty) and its place. */
    record Cell(String text, int line, int column) {
    }

    final String source;
    final ProblemList problems;

    Table(String source, ProblemList problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * Opens a CSV file or a workbook's sheet (null for its first) from bytes not closed here; the
     * table adds the problems of its cells (too many, too long) to {@code problems}.
     *
     * @throws DocumentException if the file cannot be read as a table of its format
     */
    static Table open(InputStream in, DataFormat format, String source, String sheet, ProblemList problems) {
        return format == DataFormat.XLSX ? new WorkbookTable(in, source, sheet, problems)
                : new CsvTable(in, source, problems);
    }

    /** Reads the next row, its cells in order (a CSV file's none left out), or null at the end. */
    abstract List<Cell> next() throws IOException;

    /**
     * Names the place of a problem found at a cell's line and column as this kind of table names
     * places; a CSV file's are its lines and columns.
     */
    Problem place(Problem problem) {
        return problem;
    }

    /**
     * Turns what reading the table threw into what the reader reports: a {@link DocumentException}
     * with the problems found so far and this one, or a planwatch exception where the file could not be read.
     */
    final RuntimeException failure(Exception ex) {
        PlanwatchException failure = TextInput.readFailure(ex, source);
        if (failure != null) {
            return failure;
        }
        List<Problem> all = new ArrayList<>(problems.inOrderFound().stream().map(this::place).toList());
        TextInput.Refusal refusal = DocumentTree.findCause(ex, TextInput.Refusal.class);
        all.add(refusal != null ? refusal.problem() : unreadable(ex));
        return new DocumentException(source, all);
    }

    /** Says what is wrong with a table its parser gave up on, in words that name no internals of the parser. */
    abstract Problem unreadable(Exception ex);

    /** A cell's text, or empty where it is longer than any field may be, a problem then ({@code tooLong}). */
    final String within(String text, int line, int column, String tooLong) {
        if (text.length() <= DocumentTree.MAX_TEXT_CHARS) {
            return text;
        }
        problem(line, column, Messages.of(tooLong, DocumentTree.MAX_TEXT_CHARS));
        return "";
    }

    /** Adds a problem at a cell's place. */
    final void problem(int line, int column, io.github.planwatch.model.Message message) {
        problems.add(new Problem(source, line, column, "", message));
    }
}
