package io.github.planwatch.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.planwatch.model.PlanwatchException;

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
        DocumentTree.Parsed parsed = DocumentTree.parse(in, format, sourceName, Messages.of("what.settings"),
                DocumentTree.NumberLimits.FIGURES);
        ProblemList problems = new ProblemList();
        problems.addAll(parsed.problems());
        ProblemList found = new ProblemList();
        DocumentSchema.SETTINGS.check(parsed, found);
        // The version is the reading program's, and so is its check; the schema only says it is there.
        found.inOrderFound().stream().filter(p -> !p.path().equals(DocumentWriter.SCHEMA_VERSION_FIELD))
                .forEach(problems::add);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonNode root = parsed.root();
        DocumentTree.Places places = parsed.places();
        if (root.isObject()) {
            JsonNode version = root.get(DocumentWriter.SCHEMA_VERSION_FIELD);
            if (version == null) {
                problems.add(places.at("", Messages.of("schema.missingField",
                        Words.quote(DocumentWriter.SCHEMA_VERSION_FIELD), schemaVersion)));
            } else if (!places.isReported(DocumentWriter.SCHEMA_VERSION_FIELD)
                    && !(version.isIntegralNumber() && version.asLong() == schemaVersion)) {
                problems.add(places.at(DocumentWriter.SCHEMA_VERSION_FIELD, version.isIntegralNumber()
                        ? Messages.of("schema.expectedVersion", schemaVersion, version.asText())
                        : Messages.of("expectedFound", Messages.of("describe.wholeNumber"), DocumentSchema.found(version))));
            }
            root.fields().forEachRemaining(f -> {
                String name = f.getKey();
                if (name.equals(DocumentWriter.SCHEMA_VERSION_FIELD)) {
                    return;
                }
                if (!known.contains(name)) {
                    problems.add(places.atKey(name, Messages.of("settings.unknown", Words.quote(name),
                            Words.didYouMean(name, known))));
                } else if (f.getValue().isValueNode() && !f.getValue().isNull() && !places.isReported(name)) {
                    values.put(name, f.getValue());
                }
            });
        }
        T value = mapping.apply(new Settings(values, places, parsed.yaml(), problems));
        if (value == null && problems.isEmpty()) {
            // A mapping that gives nothing without saying why would otherwise pass for a valid document.
            problems.add(places.at("", Messages.of("settings.unread")));
        }
        problems.throwIfAny(sourceName);
        return value;
    }
}
