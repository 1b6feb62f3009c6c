package io.github.planwatch.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.PlanwatchException;

/**
 * Writes evaluations as JSON documents that other programs can read, and reads them back.
 *
 * <p>The format is versioned ({@code schemaVersion}) and described in
 * {@code docs/evaluation-format.md}, with a JSON Schema at {@code schemas/evaluation.schema.json}
 * on the classpath. Its top level holds {@code asOf}; {@code indicators}, each with its {@code id}
 * and {@code assessments} (each with {@code targetYear}, {@code status}, {@code ratio} and
 * {@code score}, null where undefined); the same for {@code tasks} and {@code keyWork};
 * {@code findings}, each with {@code code}, {@code severity} and {@code subject}; and
 * {@code groups}, the summaries of the plan, its categories and its areas. Reading a document
 * that was written gives an equal evaluation (the assessments ordered by owner: indicators,
 * tasks, key work, as {@code PlanEvaluator} orders them); reading checks every part with the
 * model's rules and reports every problem at once in a {@link DocumentException}.
 *
 * <pre>{@code
 * EvaluationDocuments.write(evaluation, Path.of("evaluation.json"));
 * Evaluation again = EvaluationDocuments.read(Path.of("evaluation.json"));
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 */
public final class EvaluationDocuments {

    private EvaluationDocuments() {
    }

    /**
     * Writes an evaluation as a JSON document.
     *
     * @param evaluation  the evaluation, not null
     * @return the document, ending with a line break, not null
     */
    public static String toJson(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        return DocumentWriter.text(EvaluationFormat.tree(evaluation), DocumentFormat.JSON);
    }

    /**
     * Writes an evaluation to a file as a JSON document, whatever the file's extension. The file is
     * replaced whole: a failure leaves the old file unchanged and no partial file behind.
     *
     * @param evaluation  the evaluation, not null
     * @param file  the file, not null; its directory must exist
     * @throws PlanwatchException if the file cannot be written
     */
    public static void write(Evaluation evaluation, Path file) {
        Objects.requireNonNull(file, "file");
        byte[] document = toJson(evaluation).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(document));
    }

    /**
     * Reads an evaluation from a JSON file.
     *
     * @param file  the file, not null
     * @return the evaluation, not null
     * @throws DocumentException if the document is not a valid evaluation, listing every problem
     * @throws PlanwatchException if the file cannot be read
     */
    public static Evaluation read(Path file) {
        Objects.requireNonNull(file, "file");
        return SourceFiles.read(file, in -> read(in, file.toString()));
    }

    /**
     * Reads an evaluation from a stream of JSON. The stream is not closed.
     *
     * @param in  the document, not null
     * @param sourceName  the document's name for messages, not null
     * @return the evaluation, not null
     * @throws DocumentException if the document is not a valid evaluation, listing every problem
     * @throws PlanwatchException if the stream cannot be read
     */
    public static Evaluation read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return EvaluationFormat.read(in, sourceName);
    }
}
