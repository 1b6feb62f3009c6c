package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

/**
 * An observed value of an indicator, or of a target stated in a task or key-work item, in a year.
 *
 * <p>{@code subject} is the id of the indicator or the target. A provisional value (初步核算) may
 * still be revised. Flags say what a statistical office says of the value's quality: a break in
 * series or a change of definition (the value is not comparable with those before it), a proxy, an
 * estimate. Immutable and thread-safe.
 *
 * @param subject  the id of the indicator or target observed, not null
 * @param year  the year the value is for
 * @param value  the value in the subject's unit, not null
 * @param provisional  whether the value is preliminary
 * @param source  where the value comes from, not null, may be empty
 * @param note  a remark on the value, not null, may be empty
 * @param flags  the value's quality flags, each once, in the order of {@link ObservationFlag}; not null, may be empty
 */
public record Observation(String subject, int year, BigDecimal value, boolean provisional, String source,
                          String note, List<ObservationFlag> flags) {

    /**
     * Checks the parts and normalises the value.
     *
     * @param subject  the id of the indicator or target observed, not null
     * @param year  the year the value is for
     * @param value  the value in the subject's unit, not null
     * @param provisional  whether the value is preliminary
     * @param source  where the value comes from, not null, may be empty
     * @param note  a remark on the value, not null, may be empty
     * @param flags  the value's quality flags, null for none; repeated flags count once
     */
    public Observation {
        Checks.requireId(subject, "subject");
        Checks.requireYear(year, "year");
        value = Checks.figure(value, "value");
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        // One order whatever the input's, so that equal flags make equal observations.
        EnumSet<ObservationFlag> set = EnumSet.noneOf(ObservationFlag.class);
        if (flags != null) {
            flags.forEach(f -> set.add(java.util.Objects.requireNonNull(f, "flags")));
        }
        flags = List.copyOf(set);
    }

    /**
     * Creates an observation with no flags.
     *
     * @param subject  the id of the indicator or target observed, not null
     * @param year  the year the value is for
     * @param value  the value in the subject's unit, not null
     * @param provisional  whether the value is preliminary
     * @param source  where the value comes from, not null, may be empty
     * @param note  a remark on the value, not null, may be empty
     */
    public Observation(String subject, int year, BigDecimal value, boolean provisional, String source, String note) {
        this(subject, year, value, provisional, source, note, List.of());
    }

    /**
     * Checks whether this value is not comparable with the values before it: it is flagged as a
     * break in series or a change of definition.
     *
     * @return true if the series breaks before this value
     */
    public boolean breaksSeries() {
        if (flags.isEmpty()) {
            return false; // most observations: no stream made for each
        }
        for (ObservationFlag flag : flags) {
            if (flag.breaksSeries()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns this observation with other flags.
     *
     * @param newFlags  the flags, not null
     * @return the observation, not null
     */
    public Observation withFlags(List<ObservationFlag> newFlags) {
        return new Observation(subject, year, value, provisional, source, note, newFlags);
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
