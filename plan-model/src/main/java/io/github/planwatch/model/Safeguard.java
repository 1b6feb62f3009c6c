package io.github.planwatch.model;

import java.util.Objects;

/**
 * A safeguard of a plan (保障措施): how its delivery is organised and checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number  its position, from 1
 * @param title  the safeguard in a few words, not null
 * @param text  the plan's text for it, not blank
 */
public record Safeguard(int number, LocalizedText title, String text) {

    /**
     * Checks the parts.
     *
     * @param number  its position, from 1
     * @param title  the safeguard in a few words, not null
     * @param text  the plan's text for it, not blank
     */
    public Safeguard {
        Checks.requirePositive(number, "number");
        Objects.requireNonNull(title, "title");
        Checks.requireText(text, "text");
    }
}
