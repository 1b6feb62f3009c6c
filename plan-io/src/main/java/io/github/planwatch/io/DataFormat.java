package io.github.planwatch.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.github.planwatch.model.PlanwatchException;

/**
 * The formats that files of observations and of key-work progress updates can be written in, each
 * known by its file extensions: CSV, as a spreadsheet saves it, a sheet of an Excel workbook, and the
 * YAML and JSON documents described in {@code docs/data-format.md}.
 */
public enum DataFormat {

    /** Comma-separated values with a header row, in files ending {@code .csv}. */
    CSV(List.of(".csv"), null),

    /** JSON, in files ending {@code .json}. */
    JSON(List.of(".json"), DocumentFormat.JSON),

    /** YAML, in files ending {@code .yaml} or {@code .yml}. */
    YAML(List.of(".yaml", ".yml"), DocumentFormat.YAML),

    /**
     * An Excel workbook, in files ending {@code .xlsx}: one sheet read as a CSV file is, its first row
     * the header. The first sheet unless the file is named with the sheet after a {@code #}, as in
     * {@code observations.xlsx#2021}.
     */
    XLSX(List.of(".xlsx"), null);

    /** What separates a workbook's file name from the name of the sheet to read. */
    static final char SHEET_SEPARATOR = '#';

    private final List<String> extensions;
    private final DocumentFormat documentFormat;

    DataFormat(List<String> extensions, DocumentFormat documentFormat) {
        this.extensions = extensions;
        this.documentFormat = documentFormat;
    }

    /**
     * Returns the file extensions of the format, the preferred one first.
     *
     * @return the extensions with their leading dot, such as {@code .csv}, not null
     */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * Obtains the format of a file from its extension, ignoring case.
     *
     * @param file  the file, not null
     * @return the format, not null
     * @throws PlanwatchException if the extension is not one of a known format
     */
    public static DataFormat ofFile(Path file) {
        DataFormat format = DocumentFormat.byExtension(fileOf(file).getFileName(), values(), DataFormat::extensions);
        if (format == null) {
            throw new PlanwatchException("cannot tell the format of " + file
                    + ": expected a name ending .csv, .xlsx, .json, .yaml or .yml");
        }
        return format;
    }

    /**
     * Returns the file that a name of a data file refers to: the name itself, less the sheet where it
     * names a workbook's sheet, as in {@code observations.xlsx#2021}.
     *
     * @param file  the name, not null
     * @return the file, not null
     */
    public static Path fileOf(Path file) {
        String sheet = sheetOf(file);
        return sheet == null ? file : Path.of(file.toString().substring(0, file.toString().length() - sheet.length() - 1));
    }

    /** The sheet that a name such as {@code observations.xlsx#2021} names, or null for the first. */
    static String sheetOf(Path file) {
        String name = file.toString();
        int cut = name.toLowerCase(Locale.ROOT).lastIndexOf(".xlsx" + SHEET_SEPARATOR);
        return cut < 0 ? null : name.substring(cut + ".xlsx".length() + 1);
    }

    /** The document format of a YAML or JSON file; null for a table (CSV, XLSX). */
    DocumentFormat documentFormat() {
        return documentFormat;
    }
}
