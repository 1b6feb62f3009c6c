package io.github.planwatch.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.PlanwatchException;

/**
 * Reads and writes action plans as YAML or JSON documents, and loads the bundled Shaoxing plan.
 *
 * <p>The format is described by {@code schemas/plan.schema.json} on the classpath and in
 * {@code docs/plan-format.md}: every record component of the model is a field of the same name.
 * Documents of {@code schemaVersion} 1 and 2 are read, and 2 is written. Reading checks the whole
 * document and reports every problem at once in a {@link DocumentException}, each problem with the document's name, line, column and field path,
 * such as {@code tasks[3].leadUnits[0]}; no exception of the underlying parsers ever reaches the
 * caller. Documents are read as untrusted input, within limits of size and depth, with YAML aliases
 * and custom tags refused. Writing a file replaces it atomically.
 *
 * <pre>{@code
 * ActionPlan plan = PlanDocuments.shaoxing();
 * ActionPlan mine = PlanDocuments.read(Path.of("my-plan.yaml"));
 * PlanDocuments.write(mine, Path.of("my-plan.json"));
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 */
public final class PlanDocuments {

    /** The classpath resource that holds the Shaoxing internationalisation plan, 2020-2022. */
    public static final String SHAOXING_RESOURCE = "plans/shaoxing-2020-2022.yaml";

    /**
     * The values a parsed plan has from which its binding runs beside its schema's check: a plan of
     * 1,420 indicators and 2,130 targets has about 92,000, the Shaoxing plan about 2,100.
     */
    static final int BIND_BESIDE_CHECK_VALUES = 20_000;

    private static volatile ActionPlan shaoxing;

    private PlanDocuments() {
    }

    /**
     * Reads a plan from a file, in the format its extension names ({@code .yaml}, {@code .yml} or
     * {@code .json}).
     *
     * @param file  the file, not null
     * @return the plan, not null
     * @throws DocumentException if the document is not a valid plan, listing every problem
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public static ActionPlan read(Path file) {
        DocumentFormat format = DocumentFormat.ofFile(file);
        return SourceFiles.read(file, in -> read(in, format, file.toString()));
    }

    /**
     * Reads a plan from a stream of UTF-8 text in a given format. The stream is not closed.
     *
     * @param in  the document, not null
     * @param format  the document's format, not null
     * @param sourceName  the document's name for messages, such as its file name, not null
     * @return the plan, not null
     * @throws DocumentException if the document is not a valid plan, listing every problem
     * @throws PlanwatchException if the stream cannot be read
     */
    public static ActionPlan read(InputStream in, DocumentFormat format, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceName, "sourceName");
        return read(in, format, sourceName, BIND_BESIDE_CHECK_VALUES);
    }

    /** Reads a plan as {@link #read(InputStream, DocumentFormat, String)} does, binding beside the check from so many values on. */
    static ActionPlan read(InputStream in, DocumentFormat format, String sourceName, int bindBesideCheckValues) {
        // Parsed, checked against the schema, bound to the model's records (whose constructors check the
        // model's rules): each step runs only on a document the steps before it found whole, so that one
        // mistake is reported once, in the terms it was made in.
        DocumentTree.Parsed parsed = DocumentTree.parse(in, format, sourceName, Messages.of("what.plan"),
                DocumentTree.NumberLimits.FIGURES);
        ProblemList problems = new ProblemList();
        problems.addAll(parsed.problems());
        JsonNode root = parsed.root();
        // A large plan is bound on a second core while the schema is checked, each reading the tree
        // and neither changing it: in a new JVM, the two are more than half of the read of a plan of
        // 2,000 series. The binding is kept only where the schema finds the document whole, and is always
        // waited for, so that nothing of the read runs on after it returns.
        CompletableFuture<Binding.Attempt<ActionPlan>> early = parsed.problems().isEmpty()
                && parsed.places().valueCount() >= bindBesideCheckValues
                ? CompletableFuture.supplyAsync(() -> bind(parsed)) : null;
        DocumentSchema.PLAN.check(parsed, problems);
        Binding.Attempt<ActionPlan> attempt = early == null ? null : awaitBinding(early, problems.isEmpty());
        problems.throwIfAny(sourceName);
        if (attempt == null) {
            attempt = bind(parsed);
        }
        attempt.problems().forEach(problems::add);
        if (attempt.value() == null) {
            // Every problem at once: also those across the parts that a broken part kept from being checked.
            HiddenProblems.behind(root, ActionPlan.class, attempt, parsed.places()).forEach(problems::add);
        }
        problems.throwIfAny(sourceName);
        return attempt.value();
    }

    /** Binds a parsed plan that its schema finds whole; the tree's version field is not a field of the plan, and is passed over. */
    private static Binding.Attempt<ActionPlan> bind(DocumentTree.Parsed parsed) {
        return Binding.attempt(parsed.root(), ActionPlan.class, "", parsed.places());
    }

    /**
     * Waits for a binding begun beside the schema's check, and returns it where the check found the
     * document whole; else returns null, whatever the binding of a broken document came to.
     */
    private static Binding.Attempt<ActionPlan> awaitBinding(CompletableFuture<Binding.Attempt<ActionPlan>> early,
                                                           boolean whole) {
        try {
            Binding.Attempt<ActionPlan> attempt = early.join();
            return whole ? attempt : null;
        } catch (CompletionException ex) {
            if (!whole) {
                return null;
            }
            // The binding of a whole document failed as it would have on this thread: fail the same way.
            if (ex.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw ex;
        }
    }

    /**
     * Reads a plan from a stream of YAML. The stream is not closed.
     *
     * @param in  the document, not null
     * @param sourceName  the document's name for messages, not null
     * @return the plan, not null
     * @throws DocumentException if the document is not a valid plan, listing every problem
     * @throws PlanwatchException if the stream cannot be read
     */
    public static ActionPlan readYaml(InputStream in, String sourceName) {
        return read(in, DocumentFormat.YAML, sourceName);
    }

    /**
     * Reads a plan from a stream of JSON. The stream is not closed.
     *
     * @param in  the document, not null
     * @param sourceName  the document's name for messages, not null
     * @return the plan, not null
     * @throws DocumentException if the document is not a valid plan, listing every problem
     * @throws PlanwatchException if the stream cannot be read
     */
    public static ActionPlan readJson(InputStream in, String sourceName) {
        return read(in, DocumentFormat.JSON, sourceName);
    }

    /**
     * Writes a plan as a YAML document.
     *
     * @param plan  the plan, not null
     * @return the document, not null
     */
    public static String toYaml(ActionPlan plan) {
        return toText(plan, DocumentFormat.YAML);
    }

    /**
     * Writes a plan as a JSON document.
     *
     * @param plan  the plan, not null
     * @return the document, not null
     */
    public static String toJson(ActionPlan plan) {
        return toText(plan, DocumentFormat.JSON);
    }

    /**
     * Writes a plan as a document in a given format; reading it back gives an equal plan.
     *
     * @param plan  the plan, not null
     * @param format  the format, not null
     * @return the document, ending with a line break, not null
     * @throws PlanwatchException if the document would be larger than the reader allows
     */
    public static String toText(ActionPlan plan, DocumentFormat format) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(format, "format");
        String text = DocumentWriter.text(tree(plan), format);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > DocumentTree.maxDocumentBytes()) {
            // Never write what the reader would refuse: a plan is read back with the same limit.
            throw new PlanwatchException("cannot write the plan " + plan.id() + ": as " + format + " it takes " + bytes
                    + " bytes, more than the limit of " + DocumentTree.maxDocumentBytes() + " bytes that reading it"
                    + " back allows; a larger limit can be set with -D" + DocumentTree.MAX_DOCUMENT_BYTES_SETTING
                    + "=BYTES");
        }
        return text;
    }

    /**
     * Writes a plan to a file, in the format its extension names. The file is replaced whole
     * ({@link AtomicFiles}): a failure leaves the old file unchanged and no partial file behind.
     *
     * @param plan  the plan, not null
     * @param file  the file, not null; its directory must exist
     * @throws PlanwatchException if the extension is unknown or the file cannot be written
     */
    public static void write(ActionPlan plan, Path file) {
        Objects.requireNonNull(plan, "plan");
        AtomicFiles.write(file, toText(plan, DocumentFormat.ofFile(file)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the Shaoxing plan for accelerating the city's internationalisation, 2020-2022
     * (绍兴市加快推进城市国际化行动方案), from the classpath resource {@value #SHAOXING_RESOURCE}.
     * The plan is read once and then shared.
     *
     * @return the plan, not null
     * @throws PlanwatchException if the resource is missing
     * @throws DocumentException if the resource is not a valid plan
     */
    public static ActionPlan shaoxing() {
        ActionPlan plan = shaoxing;
        if (plan == null) {
            synchronized (PlanDocuments.class) {
                plan = shaoxing;
                if (plan == null) {
                    plan = readResource(SHAOXING_RESOURCE);
                    shaoxing = plan;
                }
            }
        }
        return plan;
    }

    /** The version written; the schema marks what version 2 adds to version 1 ({@code x-sinceVersion}). */
    static final int SCHEMA_VERSION = 2;

    /** The document tree of a plan, as it is written: without the fields that only repeat their defaults. */
    static ObjectNode tree(ActionPlan plan) {
        ObjectNode tree = DocumentWriter.tree(SCHEMA_VERSION, plan);
        DocumentSchema.PLAN.leaveOutDefaults(tree);
        return tree;
    }

    static ActionPlan readResource(String resource) {
        return SourceFiles.readResource(resource, in -> read(in, DocumentFormat.ofFile(Path.of(resource)), resource));
    }
}
