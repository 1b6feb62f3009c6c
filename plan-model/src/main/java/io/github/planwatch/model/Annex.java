package io.github.planwatch.model;

import java.util.Objects;

/**
 * An annex of a plan (附件): its number, its title and the note under it, as the plan writes them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number  the annex's number, from 1
 * @param title  its title, not null
 * @param note  the note under it (注), as written, or null where it has none
 */
public record Annex(int number, LocalizedText title, String note) {

    /**
     * Checks the parts.
     *
     * @param number  the annex's number, from 1
     * @param title  its title, not null
     * @param note  the note under it, or null
     */
    public Annex {
        Checks.requirePositive(number, "number");
        Objects.requireNonNull(title, "title");
        if (note != null) {
            Checks.requireText(note, "note");
        }
    }
}
