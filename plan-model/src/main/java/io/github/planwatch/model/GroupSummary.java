package io.github.planwatch.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The summary of a group of assessed targets: an indicator category, an area, or the whole plan.
 *
 * <p>The score is the mean of the members' scores; members without a score (INSUFFICIENT_DATA)
 * are left out of it and counted. The status follows from the score (by default [2.5, 5]
 * ON_TRACK, [0, 2.5) ACCELERATION_NEEDED, [-2.5, 0) LIMITED_PROGRESS, [-5, -2.5) DETERIORATION),
 * or is INSUFFICIENT_DATA where no member has a score. {@code counts} holds the number of members
 * with each status, every status present (zero where none). Immutable and thread-safe.
 *
 * @param kind  the kind of group, not null
 * @param id  the group's id: the plan's, the category's or the area's, not null
 * @param score  the mean score in [-5, 5], or null where no member has a score
 * @param status  the group's status, not null
 * @param counts  the number of members with each status, not null
 */
public record GroupSummary(GroupKind kind, String id, Double score, Status status, Map<Status, Integer> counts) {

    /**
     * Checks the parts and the rules between them; fills in the statuses that no member has.
     *
     * @param kind  the kind of group, not null
     * @param id  the group's id: the plan's, the category's or the area's, not null
     * @param score  the mean score in [-5, 5], or null where no member has a score
     * @param status  the group's status, not null
     * @param counts  the number of members with each status, not null
     */
    public GroupSummary {
        Objects.requireNonNull(kind, "kind");
        Checks.requireId(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        EnumMap<Status, Integer> all = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n < 0) {
                throw new IllegalArgumentException("group " + id + ": counts must not be negative, got " + n + " for " + s);
            }
            all.put(s, n);
        }
        counts = Collections.unmodifiableMap(all);
        if (status == Status.ACHIEVED || status == Status.MISSED) {
            throw new IllegalArgumentException("group " + id + ": a group's status comes from its score and is never " + status);
        }
        int scored = all.values().stream().mapToInt(Integer::intValue).sum() - all.get(Status.INSUFFICIENT_DATA);
        if ((score == null) != (scored == 0)) {
            throw new IllegalArgumentException("group " + id + ": a group has a score exactly when a member has one, got "
                    + score + " with " + scored + " scored members");
        }
        if ((score == null) != (status == Status.INSUFFICIENT_DATA)) {
            throw new IllegalArgumentException("group " + id + ": INSUFFICIENT_DATA goes with no score and only with it, got "
                    + score + " for " + status);
        }
        if (score != null && (score.isNaN() || Math.abs(score) > 5.0)) {
            throw new IllegalArgumentException("group " + id + ": score must lie in [-5, 5], got " + score);
        }
        score = score != null && score == 0.0 ? Double.valueOf(0.0) : score;
    }

    /**
     * Returns the number of members with a status.
     *
     * @param memberStatus  the status, not null
     * @return the count, not negative
     */
    public int count(Status memberStatus) {
        return counts.get(Objects.requireNonNull(memberStatus, "memberStatus"));
    }

    /**
     * Returns the number of targets in the group.
     *
     * @return the count, not negative
     */
    public int members() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns the number of members without a score (INSUFFICIENT_DATA), which the score leaves out.
     *
     * @return the count, not negative
     */
    public int unscored() {
        return counts.get(Status.INSUFFICIENT_DATA);
    }
}
