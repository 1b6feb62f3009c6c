package io.github.planwatch.model;

import java.util.Objects;

/**
 * A guiding principle of a plan (基本原则).
 *
 * <p>Immutable and thread-safe.
 *
 * @param number  its position, from 1
 * @param title  the principle in a few words, not null
 * @param text  the plan's text for it, not blank
 */
public record Principle(int number, LocalizedText title, String text) {

    /**
     * Checks the parts.
     *
     * @param number  its position, from 1
     * @param title  the principle in a few words, not null
     * @param text  the plan's text for it, not blank
     */
    public Principle {
        Checks.requirePositive(number, "number");
        Objects.requireNonNull(title, "title");
        Checks.requireText(text, "text");
    }
}
