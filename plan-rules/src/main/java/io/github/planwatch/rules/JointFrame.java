package io.github.planwatch.rules;

import java.util.List;

import io.github.planwatch.model.Combination;

/**
 * A fact: a joint target to assess once each of its members is, the target on each of its
 * indicators, assessed as that target of that indicator.
 *
 * @param targetId  the joint target's id
 * @param planId  the plan's id, the joint target's owner
 * @param combine  ALL_OF or ANY_OF
 * @param memberIds  the members' target ids, in the order the plan names the indicators
 */
record JointFrame(String targetId, String planId, Combination combine, List<String> memberIds) {

    JointFrame {
        memberIds = List.copyOf(memberIds);
    }

    /** The number of members, which the rule waits for. */
    public int size() {
        return memberIds.size();
    }
}
