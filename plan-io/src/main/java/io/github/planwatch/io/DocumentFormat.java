package io.github.planwatch.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
        DocumentFormat format = byExtension(file.getFileName(), values(), DocumentFormat::extensions);
        if (format == null) {
            throw new PlanwatchException("cannot tell the format of " + file + ": expected a name ending .yaml, .yml or .json");
        }
        return format;
    }

    /** The one of some formats whose extension a file's name ends with, ignoring case; null where none. */
    static <F> F byExtension(Path name, F[] formats, Function<F, List<String>> extensions) {
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (F format : formats) {
            if (extensions.apply(format).stream().anyMatch(lower::endsWith)) {
                return format;
            }
        }
        return null;
    }
}
