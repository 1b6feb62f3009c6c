package io.github.planwatch.io;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.planwatch.io.DocNode.Field;
import io.github.planwatch.io.DocNode.MapNode;
import io.github.planwatch.io.DocNode.Scalar;
import io.github.planwatch.io.DocNode.ScalarKind;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Reads documents of named settings: a YAML or JSON mapping from names to numbers, texts or
 * booleans, with a {@code schemaVersion}, such as the thresholds a program judges a plan by.
 *
 * <pre>
 * schemaVersion: 1
 * onTrackRatio: 0.9
 * staleYears: 3
 * </pre>
 *
 * <p>What the settings mean is the caller's: it names the settings a document may give and maps
 * them to a value of its own with a function over {@link Settings}. Reading reports, all at once in
 * one {@link DocumentException}, every problem of the document (not well-formed, not a mapping, a
 * setting the caller does not know, with the closest known name as a hint, a value that is a list or
 * a mapping, a missing or other schema version) together with every problem the mapping records, each
 * with the document's name, line and column; nothing is returned from a document with a problem.
 * Documents are read as untrusted input, within the limits of every planwatch document. A setting
 * given as null counts as not given.
 *
 * <pre>{@code
 * Duration timeout = SettingsDocuments.read(Path.of("settings.yaml"), 1, Set.of("timeoutSeconds"),
 *         s -> Duration.ofSeconds(s.wholeNumber("timeoutSeconds").orElse(30)));
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 */
public final class SettingsDocuments {

    private SettingsDocuments() {
    }

    /**
     * Reads a document of settings from a file, in the format its extension names ({@code .yaml},
     * {@code .yml} or {@code .json}), and maps them to a value.
     *
     * @param <T>  the type of value
     * @param file  the file, not null
     * @param schemaVersion  the version the document must declare in its {@code schemaVersion} field
     * @param names  the names of the settings the document may give, not null
     * @param mapping  turns the settings into the value, recording problems on them, not null
     * @return the value, not null
     * @throws DocumentException listing every problem of the document and of the mapping, if any
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public static <T> T read(Path file, int schemaVersion, Collection<String> names, Function<Settings, T> mapping) {
        DocumentFormat format = DocumentFormat.ofFile(file);
        return SourceFiles.read(file, in -> read(in, format, file.toString(), schemaVersion, names, mapping));
    }

    /**
     * Reads a document of settings from a stream and maps them to a value. The stream is not closed.
     *
     * @param <T>  the type of value
     * @param in  the document's bytes, not null
     * @param format  the document's format, not null
     * @param sourceName  the document's name for messages, not null
     * @param schemaVersion  the version the document must declare in its {@code schemaVersion} field
     * @param names  the names of the settings the document may give, not null
     * @param mapping  turns the settings into the value, recording problems on them, not null
     * @return the value, not null
     * @throws DocumentException listing every problem of the document and of the mapping, if any
     * @throws PlanwatchException if the stream cannot be read
     */
    public static <T> T read(InputStream in, DocumentFormat format, String sourceName, int schemaVersion,
                             Collection<String> names, Function<Settings, T> mapping) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceName, "sourceName");
        List<String> known = List.copyOf(names);
        Objects.requireNonNull(mapping, "mapping");
        DocumentParser.Parsed parsed = DocumentParser.parse(in, format, sourceName, "a mapping of settings",
                DocumentParser.NumberLimits.FIGURES);
        ProblemList problems = new ProblemList();
        problems.addAll(parsed.problems());
        Map<String, Scalar> values = new LinkedHashMap<>();
        DocNode root = parsed.root();
        if (root instanceof MapNode map) {
            boolean versioned = false;
            for (Field f : map.fields().values()) {
                if (f.name().equals(TreeReader.SCHEMA_VERSION_FIELD)) {
                    versioned = true;
                    checkVersion(problems, sourceName, f, schemaVersion);
                } else if (!known.contains(f.name())) {
                    problems.add(new Problem(sourceName, f.line(), f.column(), f.name(), "unknown setting "
                            + DocNode.quote(f.name()) + Words.didYouMean(f.name(), known)));
                } else if (!(f.value() instanceof Scalar s)) {
                    problems.add(new Problem(sourceName, f.value().line(), f.value().column(), f.name(),
                            "expected a number, a text or true or false, found " + f.value().describe()));
                } else if (s.kind() != ScalarKind.NULL && s.kind() != ScalarKind.INVALID) {
                    values.put(f.name(), s);
                }
            }
            if (!versioned) {
                problems.add(new Problem(sourceName, map.line(), map.column(), "", "missing required field "
                        + DocNode.quote(TreeReader.SCHEMA_VERSION_FIELD) + ": expected " + schemaVersion));
            }
        } else {
            problems.add(new Problem(sourceName, root.line(), root.column(), "",
                    "expected a mapping of setting names to values, found " + root.describe()));
        }
        Settings settings = new Settings(sourceName, values, root.line(), root.column(), problems);
        T value = mapping.apply(settings);
        if (value == null && problems.isEmpty()) {
            // A mapping that gives nothing without saying why would otherwise pass for a valid document.
            problems.add(new Problem(sourceName, root.line(), root.column(), "", "the settings could not be read"));
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(sourceName, problems.inDocumentOrder());
        }
        return value;
    }

    private static void checkVersion(ProblemList problems, String source, Field f, int expected) {
        DocNode v = f.value();
        if (v instanceof Scalar s && s.kind() == ScalarKind.INTEGER) {
            if (s.number().compareTo(BigDecimal.valueOf(expected)) != 0) {
                problems.add(new Problem(source, s.line(), s.column(), f.name(), "expected schema version " + expected
                        + ", found " + s.text()));
            }
        } else if (!(v instanceof Scalar s && s.kind() == ScalarKind.INVALID)) {
            problems.add(new Problem(source, v.line(), v.column(), f.name(), "expected a whole number, found " + v.describe()));
        }
    }
}
