package io.github.planwatch.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.github.planwatch.model.PlanwatchException;

/** The formats a planwatch document can be written in, each known by its file extensions. */
public enum DocumentFormat {

    /** YAML, in files ending {@code .yaml} or {@code .yml}. */
    YAML(List.of(".yaml", ".yml")),

    /** JSON, in files ending {@code .json}. */
    JSON(List.of(".json"));

    private final List<String> extensions;

    DocumentFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /**
     * Returns the file extensions of the format, the preferred one first.
     *
     * @return the extensions with their leading dot, such as {@code .yaml}, not null
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
    public static DocumentFormat ofFile(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.extensions.stream().anyMatch(lower::endsWith)) {
                return format;
            }
        }
        throw new PlanwatchException("cannot tell the format of " + file
                + ": expected a name ending .yaml, .yml or .json");
    }
}
