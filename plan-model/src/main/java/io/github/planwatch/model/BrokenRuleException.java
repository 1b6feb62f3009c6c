package io.github.planwatch.model;

import java.util.List;

/**
 * Thrown where a value given to a record of the model breaks one of its rules: an
 * {@link IllegalArgumentException} whose {@link #getMessage()} says in English what is wrong, and
 * whose {@link #problems()} say the same at the fields they concern, in any language the model's
 * bundle has, so that a reader of a document can place them at the field written and say them in
 * the reader's language.
 */
public final class BrokenRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param message  what is wrong, in English, as a Java caller reads it, not null
     * @param problems  the same at the fields it concerns, paths relative to the record, not null, not empty
     */
    BrokenRuleException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalStateException("a broken rule needs at least one problem");
        }
    }

    /**
     * Returns what is wrong, each at its field path relative to the record that refused it.
     *
     * @return the problems, not empty, unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }
}
