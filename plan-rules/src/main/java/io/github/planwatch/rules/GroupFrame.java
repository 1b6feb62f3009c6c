package io.github.planwatch.rules;

import java.util.Set;

import io.github.planwatch.model.GroupKind;

/**
 * A fact: a group to summarise and the ids of the targets in it.
 *
 * @param kind  PLAN, CATEGORY or AREA
 * @param id  the group's id
 * @param targetIds  the ids of its targets
 */
record GroupFrame(GroupKind kind, String id, Set<String> targetIds) {

    GroupFrame {
        targetIds = Set.copyOf(targetIds);
    }

    /** Returns the number of targets in the group. */
    public int size() {
        return targetIds.size();
    }
}
