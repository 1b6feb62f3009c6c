package io.github.planwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress report on a key-work item: its state on a date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param item  the id of the key-work item, such as {@code kw-2020-9}, not null
 * @param date  the date of the report, not null
 * @param status  the item's state, not null
 * @param note  a remark, not null, may be empty
 */
public record KeyWorkUpdate(String item, LocalDate date, KeyWorkStatus status, String note) {

    /**
     * Checks the parts.
     *
     * @param item  the id of the key-work item, such as {@code kw-2020-9}, not null
     * @param date  the date of the report, not null
     * @param status  the item's state, not null
     * @param note  a remark, not null, may be empty
     */
    public KeyWorkUpdate {
        Checks.requireId(item, "item");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}
