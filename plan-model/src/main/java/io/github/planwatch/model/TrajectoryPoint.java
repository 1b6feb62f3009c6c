package io.github.planwatch.model;

import java.math.BigDecimal;

/**
 * One point of a target's official trajectory: the value the plan itself states for a year
 * between its base year and its target year ("2021: 6200, 2022: 6800"). The value is the level
 * in the unit of what the target measures, also for a target stated relative to the baseline;
 * for a CUMULATIVE target it is the running total by that year, for a RANK target the position.
 * Immutable and thread-safe.
 *
 * @param year  the year of the point
 * @param value  the value the plan states for that year, not null
 */
public record TrajectoryPoint(int year, BigDecimal value) {

    /**
     * Checks the parts.
     *
     * @param year  the year of the point
     * @param value  the value the plan states for that year, not null
     */
    public TrajectoryPoint {
        Checks.requireYear(year, "year");
        value = Checks.figure(value, "value");
    }

    /**
     * Obtains a point.
     *
     * @param year  the year
     * @param value  the value, not null
     * @return the point, not null
     */
    public static TrajectoryPoint of(int year, BigDecimal value) {
        return new TrajectoryPoint(year, value);
    }
}
