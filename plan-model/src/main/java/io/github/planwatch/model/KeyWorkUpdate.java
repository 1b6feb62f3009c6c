package io.github.planwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress report on a key-work item, or on a MILESTONE target, which is reported on the same
 * way: its state on a date.
 *
 * <p>A milestone is met by a report of DONE that carries {@code evidence} (where the result can be
 * seen: a notice, a decision, a published list) and is dated by its day. Immutable and thread-safe.
 *
 * @param item  the id of the key-work item, such as {@code kw-2020-9}, or of a milestone, not null
 * @param date  the date of the report, not null
 * @param status  the item's state, not null
 * @param note  a remark, not null, may be empty
 * @param evidence  where the state reported can be verified, or null where the report gives none; not blank
 */
public record KeyWorkUpdate(String item, LocalDate date, KeyWorkStatus status, String note, String evidence) {

    /**
     * Checks the parts.
     *
     * @param item  the id of the key-work item, such as {@code kw-2020-9}, not null
     * @param date  the date of the report, not null
     * @param status  the item's state, not null
     * @param note  a remark, not null, may be empty
     * @param evidence  where the state reported can be verified, or null; not blank
     */
    public KeyWorkUpdate {
        Checks.requireId(item, "item");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (evidence != null && evidence.isBlank()) {
            throw Checks.refused("evidence", "update.evidenceBlank", item, date);
        }
    }

    /**
     * Obtains a report that gives no evidence.
     *
     * @param item  the id of the key-work item or milestone, not null
     * @param date  the date of the report, not null
     * @param status  the state, not null
     * @param note  a remark, or null for none
     */
    public KeyWorkUpdate(String item, LocalDate date, KeyWorkStatus status, String note) {
        this(item, date, status, note, null);
    }

    /**
     * Checks whether the report says the work is done and says where that can be seen.
     *
     * @return true for DONE with evidence
     */
    public boolean isDoneWithEvidence() {
        return status == KeyWorkStatus.DONE && evidence != null;
    }
}
