package io.github.planwatch.rules;

import java.time.LocalDate;

/**
 * A fact, one per evaluation: how much was reported on the plan's key work, counted once in Java.
 *
 * @param planId  the plan's id
 * @param reports  the progress reports given on or before the reference date, on any item
 * @param items  the key-work items of the plan
 * @param itemsBegun  the items whose year has begun by the reference date
 * @param itemsEnded  the items whose year has ended by the reference date
 * @param reference  the reference date, so that the rule needs no join with {@link AsOf}
 */
record KeyWorkReporting(String planId, int reports, int items, int itemsBegun, int itemsEnded, LocalDate reference) {
}
