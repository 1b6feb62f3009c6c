package io.github.planwatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.planwatch.model.Assessment;

import io.github.planwatch.model.Combination;

/**
 * A fact: a joint target to assess from its members, the target on each of its indicators, each
 * assessed as that target of that indicator. It is inserted once the members are assessed, with
 * their assessments gathered in Java by id (as a group's are), so that no rule searches the
 * session's assessments for the members of every joint target.
 *
 * @param targetId  the joint target's id
 * @param planId  the plan's id, the joint target's owner
 * @param combine  ALL_OF or ANY_OF
 * @param memberIds  the members' target ids, in the order the plan names the indicators
 * @param members  the members' assessments, in the same order, those that exist: empty until gathered
 */
record JointFrame(String targetId, String planId, Combination combine, List<String> memberIds,
                  List<Assessment> members) {

    JointFrame {
        memberIds = List.copyOf(memberIds);
        members = List.copyOf(members);
    }

    /** The number of members, which the rule waits for. */
    public int size() {
        return memberIds.size();
    }

    /** This joint target with its members' assessments, found by id; a member not assessed is left out. */
    JointFrame withMembers(Map<String, Assessment> byTarget) {
        List<Assessment> found = new ArrayList<>(memberIds.size());
        for (String id : memberIds) {
            Assessment a = byTarget.get(id);
            if (a != null) {
                found.add(a);
            }
        }
        return new JointFrame(targetId, planId, combine, memberIds, found);
    }
}
