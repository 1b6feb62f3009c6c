package io.github.planwatch.rules;

import java.util.List;

import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.Task;

/**
 * A fact, one per unit of the plan: the tasks and key-work items (of every year's list) it leads,
 * gathered once in Java, so that the overload rule only compares their number with the policy's.
 *
 * @param unit  the unit
 * @param tasks  the tasks it leads, in the plan's order
 * @param items  the key-work items it leads, in the plan's order
 * @param policy  the policy judged by, so that the rule needs no join with the policy fact
 */
record Leads(Organisation unit, List<Task> tasks, List<KeyWorkItem> items, EvaluationPolicy policy) {

    Leads {
        tasks = List.copyOf(tasks);
        items = List.copyOf(items);
    }

    /** Returns how many tasks and items the unit leads. */
    public int count() {
        return tasks.size() + items.size();
    }
}
