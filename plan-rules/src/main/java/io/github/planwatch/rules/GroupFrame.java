package io.github.planwatch.rules;

import java.util.List;

import io.github.planwatch.model.GroupKind;

/**
 * A group to summarise and the targets in it (not a fact: the group's score is measured from its
 * members' assessments once they are all there, and that {@link GroupScore} is the fact).
 *
 * @param kind  PLAN, CATEGORY or AREA
 * @param id  the group's id
 * @param targetIds  the ids of its targets
 */
record GroupFrame(GroupKind kind, String id, List<String> targetIds) {

    GroupFrame {
        targetIds = List.copyOf(targetIds);
    }
}
