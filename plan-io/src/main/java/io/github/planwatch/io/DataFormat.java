package io.github.planwatch.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.github.planwatch.model.PlanwatchException;

/**
 * The formats that files of observations and of key-work progress updates can be written in, each
 * known by its file extensions: CSV, as a spreadsheet saves it, and the YAML and JSON documents
 * described in {@code docs/data-format.md}.
 */
public enum DataFormat {

    /** Comma-separated values with a header row, in files ending {@code .csv}. */
    CSV(List.of(".csv"), null),

    /** JSON, in files ending {@code .json}. */
    JSON(List.of(".json"), DocumentFormat.JSON),

    /** YAML, in files ending {@code .yaml} or {@code .yml}. */
    YAML(List.of(".yaml", ".yml"), DocumentFormat.YAML);

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
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (DataFormat format : values()) {
            if (format.extensions.stream().anyMatch(lower::endsWith)) {
                return format;
            }
        }
        throw new PlanwatchException("cannot tell the format of " + file
                + ": expected a name ending .csv, .json, .yaml or .yml");
    }

    /** The document format of a YAML or JSON file; null for CSV. */
    DocumentFormat documentFormat() {
        return documentFormat;
    }
}
