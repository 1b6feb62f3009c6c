package io.github.planwatch.io;

import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.planwatch.model.PlanwatchException;

/**
 * Reads a YAML or JSON document in three steps, each reporting every problem it finds: parse it into
 * a tree that keeps where each value was written ({@link DocumentTree}), check the tree against the
 * format's schema ({@link DocumentSchema}), and bind it to the model's records ({@link Binding}),
 * whose constructors check the model's rules. A step runs only on a document the steps before it
 * found whole, so that one mistake is reported once, in the terms it was made in.
 */
final class Documents {

    private Documents() {
    }

    /**
     * Parses a document and checks it against its schema.
     *
     * @param in  the document's bytes, not closed here
     * @param format  its format, not null
     * @param source  its name, not null
     * @param schema  its schema, not null
     * @param what  what it holds, for the message on an empty one, such as {@code a plan}
     * @param limits  the limits of its numbers, not null
     * @return the parsed document, not null
     * @throws DocumentException listing every problem in document order, if there is any
     * @throws PlanwatchException if the stream cannot be read
     */
    static DocumentTree.Parsed parseAndCheck(InputStream in, DocumentFormat format, String source,
                                             DocumentSchema schema, io.github.planwatch.model.Message what,
                                             DocumentTree.NumberLimits limits) {
        DocumentTree.Parsed parsed = DocumentTree.parse(in, format, source, what, limits);
        ProblemList problems = new ProblemList();
        problems.addAll(parsed.problems());
        schema.check(parsed, problems);
        throwIfAny(source, problems);
        return parsed;
    }

    /**
     * Binds a checked document, less its {@code schemaVersion}, to a record.
     *
     * @param parsed  the document, checked against its schema, not null
     * @param type  the record type, not null
     * @return the record, not null
     * @throws DocumentException listing every rule of the model the document breaks
     */
    static <T> T bind(DocumentTree.Parsed parsed, Class<T> type) {
        String source = parsed.places().source;
        JsonNode root = parsed.root();
        if (root instanceof ObjectNode object && object.has(DocumentWriter.SCHEMA_VERSION_FIELD)) {
            root = object.deepCopy();
            ((ObjectNode) root).remove(DocumentWriter.SCHEMA_VERSION_FIELD);
        }
        ProblemList problems = new ProblemList();
        Binding.Attempt<T> attempt = Binding.attempt(root, type, "", parsed.places());
        attempt.problems().forEach(problems::add);
        if (attempt.value() == null) {
            // Every problem at once: also those across the parts that a broken part kept from being checked.
            HiddenProblems.behind(root, type, attempt, parsed.places()).forEach(problems::add);
        }
        throwIfAny(source, problems);
        return attempt.value();
    }

    /**
     * Ends a read that found problems.
     *
     * @param source  the document's name, not null
     * @param problems  the problems, not null
     * @throws DocumentException listing them in document order, if there is any
     */
    static void throwIfAny(String source, ProblemList problems) {
        if (!problems.isEmpty()) {
            throw new DocumentException(source, problems.inDocumentOrder());
        }
    }
}
