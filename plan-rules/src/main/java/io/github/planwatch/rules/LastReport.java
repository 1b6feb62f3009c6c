package io.github.planwatch.rules;

import java.time.LocalDate;

import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;

/**
 * A fact, one per key-work item: the item and its last progress report at the reference date, found
 * once in Java, so that the key-work rules judge the last report without searching for it.
 *
 * @param item  the key-work item
 * @param last  its last report on or before the reference date, or null where there is none
 * @param reference  the reference date, so that the rules need no join with {@link AsOf}
 * @param policy  the policy judged by, so that the rules need no join with the policy fact
 * @param reportsGiven  whether any report on any item of key work was given by the reference date
 */
record LastReport(KeyWorkItem item, KeyWorkUpdate last, LocalDate reference, EvaluationPolicy policy,
                  boolean reportsGiven) {

    /** Checks whether the item is still open by its last report: reported, and neither DONE nor CANCELLED. */
    public boolean isOpen() {
        return last != null && last.status() != KeyWorkStatus.DONE && last.status() != KeyWorkStatus.CANCELLED;
    }
}
