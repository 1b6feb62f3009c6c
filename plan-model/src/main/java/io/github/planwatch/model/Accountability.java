package io.github.planwatch.model;

/**
 * The statement that a unit is accountable for an indicator: it reports the indicator's values and
 * answers for its targets. Plans often leave this out of the indicator table.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator  the indicator's id, not null
 * @param unit  the id of the accountable organisation, not null
 */
public record Accountability(String indicator, String unit) {

    /**
     * Checks the ids.
     *
     * @param indicator  the indicator's id, not null
     * @param unit  the id of the accountable organisation, not null
     */
    public Accountability {
        Checks.requireId(indicator, "indicator");
        Checks.requireId(unit, "unit");
    }

    /**
     * Obtains an accountability.
     *
     * @param indicator  the indicator's id, not null
     * @param unit  the organisation's id, not null
     * @return the accountability, not null
     */
    public static Accountability of(String indicator, String unit) {
        return new Accountability(indicator, unit);
    }
}
