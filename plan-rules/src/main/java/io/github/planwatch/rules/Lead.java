package io.github.planwatch.rules;

import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Task;

/**
 * A fact: a unit leads a task or a key-work item (exactly one of the two is present). One fact per
 * lead unit of each, so that the rule counting what a unit leads joins on the unit's id instead of
 * searching every task's and item's list of lead units for every unit.
 *
 * @param leader  the id of the lead unit (not {@code unit}, a word of DRL)
 * @param task  the task it leads, or null
 * @param item  the key-work item it leads, or null
 */
record Lead(String leader, Task task, KeyWorkItem item) {

    static Lead of(String leader, Task task) {
        return new Lead(leader, task, null);
    }

    static Lead of(String leader, KeyWorkItem item) {
        return new Lead(leader, null, item);
    }
}
