package io.github.planwatch.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.Status;

/**
 * A derived fact: the mean score of a group's targets, the count of each status and the coverage,
 * before the group's status is decided.
 *
 * @param kind  the kind of group
 * @param id  the group's id
 * @param mean  the mean of the members' scores, or null where none has a score
 * @param counts  the number of members with each status
 * @param members  the number of members
 * @param achieved  the members achieved
 * @param assessed  the members with a score
 * @param dueOrAhead  the members due or ahead: all but yearly targets none of whose years is due yet
 * @param coverage  {@code assessed / dueOrAhead}, 0 where nothing is due or ahead
 * @param policy  the policy judged by, so that the rules need no join with the policy fact
 */
record GroupScore(GroupKind kind, String id, Double mean, Map<Status, Integer> counts, int members, int achieved,
                  int assessed, int dueOrAhead, double coverage, EvaluationPolicy policy) {

    GroupScore {
        counts = Map.copyOf(counts);
    }

    /**
     * Computes the score of a group from its members' assessments. The scores are summed in
     * ascending order, so that the mean does not depend on the order the members come in.
     */
    public static GroupScore of(GroupKind kind, String id, Collection<Assessment> members, EvaluationPolicy policy) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        double[] scores = new double[members.size()];
        int assessed = 0;
        int notYetDue = 0;
        for (Assessment a : members) {
            counts.merge(a.status(), 1, Integer::sum);
            if (a.isScored()) {
                scores[assessed++] = a.score();
            }
            notYetDue += a.reason() == InsufficientDataReason.NOT_YET_DUE ? 1 : 0;
        }
        // Summed smallest first, so that the mean does not hang on the order of the members.
        Arrays.sort(scores, 0, assessed);
        double sum = 0;
        for (int i = 0; i < assessed; i++) {
            sum += scores[i];
        }
        int dueOrAhead = members.size() - notYetDue;
        return new GroupScore(kind, id, assessed == 0 ? null : sum / assessed, counts, members.size(),
                counts.getOrDefault(Status.ACHIEVED, 0), assessed, dueOrAhead,
                dueOrAhead == 0 ? 0 : (double) assessed / dueOrAhead, policy);
    }

    /** Returns the group's summary with a status decided from its mean score, or ACHIEVED. */
    public GroupSummary summary(Status status) {
        return new GroupSummary(kind, id, mean, status, counts, assessed, dueOrAhead);
    }

    /** Returns the group's summary without a verdict: no member scored, or too few assessed. */
    public GroupSummary withoutVerdict() {
        return new GroupSummary(kind, id, null, Status.INSUFFICIENT_DATA, counts, assessed, dueOrAhead);
    }
}
