package io.github.planwatch.model;

import java.math.BigDecimal;

/**
 * An observed value of an indicator, or of a target stated in a task or key-work item, in a year.
 *
 * <p>{@code subject} is the id of the indicator or the target. A provisional value (初步核算) may
 * still be revised. Immutable and thread-safe.
 *
 * @param subject  the id of the indicator or target observed, not null
 * @param year  the year the value is for
 * @param value  the value in the subject's unit, not null
 * @param provisional  whether the value is preliminary
 * @param source  where the value comes from, not null, may be empty
 * @param note  a remark on the value, not null, may be empty
 */
public record Observation(String subject, int year, BigDecimal value, boolean provisional, String source,
                          String note) {

    /**
     * Checks the parts and normalises the value.
     *
     * @param subject  the id of the indicator or target observed, not null
     * @param year  the year the value is for
     * @param value  the value in the subject's unit, not null
     * @param provisional  whether the value is preliminary
     * @param source  where the value comes from, not null, may be empty
     * @param note  a remark on the value, not null, may be empty
     */
    public Observation {
        Checks.requireId(subject, "subject");
        Checks.requireYear(year, "year");
        value = Checks.normalise(value, "value");
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    /**
     * Obtains a final (not provisional) observation with no source or note.
     *
     * @param subject  the id of the indicator or target, not null
     * @param year  the year
     * @param value  the value, not null
     * @return the observation, not null
     */
    public static Observation of(String subject, int year, BigDecimal value) {
        return new Observation(subject, year, value, false, "", "");
    }
}
