package io.github.planwatch.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.SubjectKind;

/**
 * Builds the assessment of a joint target from its members' and from the member that decided it:
 * the rules of status-joint.drl say which end of the order of statuses decides; this orders the
 * members and builds, and decides nothing else.
 */
final class JointAssessments {

    /**
     * Worse first: the status's rank (methodology, "Status of one target"), then the score, then the
     * indicator's id, so that the member chosen does not depend on the order the indicators are named in.
     */
    private static final Comparator<Assessment> WORSE_FIRST = Comparator
            .comparingInt((Assessment a) -> a.status().rank())
            .thenComparing(Assessment::score, Comparator.nullsFirst(Comparator.naturalOrder()));

    private JointAssessments() {
    }

    /** The member with the worst status (the lower score among equals, then the indicator whose id sorts first). */
    public static Assessment worst(Collection<?> members) {
        return assessments(members).stream().min(WORSE_FIRST.thenComparing(Assessment::subjectId)).orElseThrow();
    }

    /** The member with the best status (the higher score among equals, then the indicator whose id sorts first). */
    public static Assessment best(Collection<?> members) {
        return assessments(members).stream().min(WORSE_FIRST.reversed().thenComparing(Assessment::subjectId))
                .orElseThrow();
    }

    /**
     * The joint target's assessment: the deciding member's, under the joint target's id, owned by the
     * plan, with every member's in the plan's order.
     */
    public static Assessment of(JointFrame frame, Collection<?> members, Assessment decider) {
        Map<String, Assessment> byId = new HashMap<>();
        assessments(members).forEach(a -> byId.put(a.targetId(), a));
        List<Assessment> ordered = new ArrayList<>(frame.size());
        frame.memberIds().forEach(id -> ordered.add(byId.get(id)));
        return decider.toBuilder().targetId(frame.targetId()).subjectId(frame.targetId())
                .ownerKind(SubjectKind.PLAN).ownerId(frame.planId())
                .combine(frame.combine()).decidedBy(decider.subjectId()).members(ordered).build();
    }

    private static List<Assessment> assessments(Collection<?> members) {
        List<Assessment> list = new ArrayList<>(members.size());
        members.forEach(m -> list.add((Assessment) m));
        return list;
    }
}
