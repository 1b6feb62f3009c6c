package io.github.planwatch.rules;

import java.math.BigDecimal;

/**
 * A fact: one known value of a subject at or before the as-of year, an observation or, where no
 * observation is of the base year, the plan's baseline.
 *
 * @param subject  the subject's id
 * @param year  the year
 * @param value  the value
 * @param provisional  whether the value is preliminary
 * @param baseline  whether the value is the plan's baseline rather than an observation
 * @param breakBefore  whether the value is not comparable with the values before it: its
 *        observation is flagged as a break in series or a change of definition
 */
record SeriesPoint(String subject, int year, BigDecimal value, boolean provisional, boolean baseline,
                   boolean breakBefore) {
}
