package io.github.planwatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table for a terminal: columns aligned by display width (a Chinese character takes two
 * columns), narrowed to a total width by cutting the flexible columns, with lines between the rows
 * that span the whole width (such as the name of an indicator above its targets). Styles are put on
 * after the padding, so that colour never moves a column.
 */
final class TextTable {

    /** The gap between two columns. */
    private static final String GAP = "  ";
    /** The narrowest a flexible column is cut to. */
    private static final int MIN_FLEXIBLE = 8;

    /**
     * A column.
     *
     * @param header  its heading, not null
     * @param right  whether its cells are aligned to the right (numbers)
     * @param flexible  whether it may be cut to fit the width
     */
    record Column(String header, boolean right, boolean flexible) {

        static Column left(String header) {
            return new Column(header, false, false);
        }

        static Column right(String header) {
            return new Column(header, true, false);
        }

        static Column flexible(String header) {
            return new Column(header, false, true);
        }
    }

    /**
     * A cell: its text and how it is shown.
     *
     * @param text  the text, not null
     * @param style  its style, not null
     */
    record Cell(String text, Style style) {

        Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        static Cell of(String text) {
            return new Cell(text, Style.PLAIN);
        }
    }

    /** A row of cells, or a line that spans the table. */
    private record Row(List<Cell> cells, Cell line) {
    }

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();

    TextTable(Column... columns) {
        this.columns = List.of(columns);
    }

    /** Adds a row of plain cells. */
    TextTable row(String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String c : cells) {
            list.add(Cell.of(c));
        }
        return row(list);
    }

    /** Adds a row of cells, one per column. */
    TextTable row(List<Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(new Row(List.copyOf(cells), null));
        return this;
    }

    /** Adds a line that spans the table, cut to the width where it is longer. */
    TextTable line(String text, Style style) {
        rows.add(new Row(null, new Cell(text, style)));
        return this;
    }

    /**
     * Renders the table.
     *
     * @param maxWidth  the most columns a line may take
     * @param colour  whether to put on styles
     * @return the lines, without line breaks, not null
     */
    List<String> render(int maxWidth, boolean colour) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DisplayWidth.of(columns.get(c).header());
        }
        for (Row row : rows) {
            if (row.cells() != null) {
                for (int c = 0; c < widths.length; c++) {
                    widths[c] = Math.max(widths[c], DisplayWidth.of(row.cells().get(c).text()));
                }
            }
        }
        fit(widths, maxWidth);
        List<String> lines = new ArrayList<>();
        List<Cell> headers = columns.stream().map(col -> new Cell(col.header(), Style.BOLD)).toList();
        lines.add(format(headers, widths, colour));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : GAP).append("-".repeat(widths[c]));
        }
        lines.add(rule.toString().stripTrailing());
        for (Row row : rows) {
            if (row.cells() != null) {
                lines.add(format(row.cells(), widths, colour));
            } else {
                String text = DisplayWidth.truncate(row.line().text(), maxWidth);
                lines.add(colour ? row.line().style().apply(text) : text);
            }
        }
        return lines;
    }

    /** Cuts the flexible columns, widest first, until the table fits or they cannot be cut further. */
    private void fit(int[] widths, int maxWidth) {
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > maxWidth) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                int floor = Math.max(MIN_FLEXIBLE, DisplayWidth.of(columns.get(c).header()));
                if (columns.get(c).flexible() && widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private String format(List<Cell> cells, int[] widths, boolean colour) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            Cell cell = cells.get(c);
            String text = DisplayWidth.truncate(cell.text(), widths[c]);
            String padded = DisplayWidth.pad(text, widths[c], columns.get(c).right());
            if (c > 0) {
                sb.append(GAP);
            }
            if (colour && cell.style() != Style.PLAIN && !text.isEmpty()) {
                // Colour the text only, not its padding, so that a reset never falls inside a gap.
                int pad = padded.length() - text.length();
                if (columns.get(c).right()) {
                    sb.append(" ".repeat(pad)).append(cell.style().apply(text));
                } else {
                    sb.append(cell.style().apply(text)).append(" ".repeat(pad));
                }
            } else {
                sb.append(padded);
            }
        }
        return strip(sb.toString());
    }

    private static String strip(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
