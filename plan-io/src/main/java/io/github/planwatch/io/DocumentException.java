package io.github.planwatch.io;

import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.Problem;

/**
 * Thrown when a document cannot be read: it is not well-formed YAML or JSON, or it breaks the
 * document format or the model's rules. Carries every problem found, each with the document's
 * name, the line and column and the field path where it is, what was expected and what was found.
 */
public class DocumentException extends InvalidInputException {

    /** The version of the serialized form. */
    private static final long serialVersionUID = 1L;

    /** The name of the document the problems were found in. */
    private final String source;

    /**
     * Creates an exception for problems found in a document.
     *
     * @param source  the name of the document, such as its file name, not null
     * @param problems  the problems, not null, not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public DocumentException(String source, List<Problem> problems) {
        super(Messages.of("document.cannotRead", Objects.requireNonNull(source, "source")), problems);
        this.source = source;
    }

    /**
     * Returns the name of the document the problems were found in.
     *
     * @return the name, not null
     */
    public String source() {
        return source;
    }
}
