package io.github.planwatch.model;

import java.math.BigDecimal;

/**
 * The value an indicator had in the plan's base year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year  the base year
 * @param value  the value in the indicator's unit, not null
 */
public record Baseline(int year, BigDecimal value) {

    /**
     * Checks the year and normalises the value.
     *
     * @param year  the base year
     * @param value  the value in the indicator's unit, not null
     */
    public Baseline {
        Checks.requireYear(year, "year");
        value = Checks.normalise(value, "value");
    }

    /**
     * Obtains a baseline.
     *
     * @param year  the base year
     * @param value  the value, not null
     * @return the baseline, not null
     */
    public static Baseline of(int year, BigDecimal value) {
        return new Baseline(year, value);
    }
}
