package io.github.planwatch.rules;

import io.github.planwatch.model.GroupKind;

/**
 * A fact: one target of a group. One fact per membership, rather than a set of ids in the
 * {@link GroupFrame}, so that the summary rule finds a group's assessments by an indexed join on
 * the target's id instead of testing every assessment against every group.
 *
 * @param kind  PLAN, CATEGORY or AREA
 * @param group  the group's id
 * @param targetId  the target's id
 */
record GroupMember(GroupKind kind, String group, String targetId) {
}
