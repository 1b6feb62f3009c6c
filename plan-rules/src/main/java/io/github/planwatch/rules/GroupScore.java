package io.github.planwatch.rules;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Status;

/**
 * A derived fact: the mean score of a group's targets and the count of each status, before the
 * group's status is classified.
 *
 * @param kind  the kind of group
 * @param id  the group's id
 * @param mean  the mean of the members' scores, or null where none has a score
 * @param counts  the number of members with each status
 */
record GroupScore(GroupKind kind, String id, Double mean, Map<Status, Integer> counts) {

    GroupScore {
        counts = Map.copyOf(counts);
    }

    /**
     * Computes the score of a group from its members' assessments. The scores are summed in
     * ascending order, so that the mean does not depend on the order the members come in.
     */
    public static GroupScore of(GroupKind kind, String id, Collection<Assessment> members) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        members.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        double[] scores = members.stream().filter(Assessment::isScored).mapToDouble(Assessment::score).sorted().toArray();
        double sum = 0;
        for (double s : scores) {
            sum += s;
        }
        return new GroupScore(kind, id, scores.length == 0 ? null : sum / scores.length, counts);
    }

    /** Returns the group's summary with a status. */
    public GroupSummary summary(Status status) {
        return new GroupSummary(kind, id, mean, status, counts);
    }
}
