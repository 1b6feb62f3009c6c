package io.github.planwatch.rules;

import io.github.planwatch.model.GroupKind;

/**
 * A fact: a group to summarise and how many targets it has; each of them is a {@link GroupMember}.
 *
 * @param kind  PLAN, CATEGORY or AREA
 * @param id  the group's id
 * @param size  the number of its targets
 */
record GroupFrame(GroupKind kind, String id, int size) {
}
