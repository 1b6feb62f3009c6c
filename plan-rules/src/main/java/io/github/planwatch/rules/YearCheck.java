package io.github.planwatch.rules;

import java.math.BigDecimal;

/**
 * A fact: one due year of a yearly target, measured: the value compared (growth in percent, count
 * or value) and whether it meets the target.
 *
 * @param targetId  the target's id
 * @param year  the year
 * @param value  the value compared, or null where the year cannot be measured
 * @param meets  whether the value meets the target, or null where there is no value
 * @param provisional  whether the value rests on a provisional figure
 */
record YearCheck(String targetId, int year, BigDecimal value, Boolean meets, boolean provisional) {
}
