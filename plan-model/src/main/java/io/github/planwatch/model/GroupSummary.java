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
 * ON_TRACK, [0, 2.5) ACCELERATION_NEEDED, [-2.5, 0) LIMITED_PROGRESS, [-5, -2.5) DETERIORATION);
 * it is ACHIEVED where every member is achieved, and INSUFFICIENT_DATA, with no score, where no
 * member has a score or too few are assessed to speak for the group ("not enough assessed").
 *
 * <p>The coverage says what the verdict rests on: {@code assessed} of the {@code dueOrAhead}
 * members, where a member is assessed when it has a score, and due or ahead unless it is a yearly
 * target none of whose years is due yet. {@code counts} holds the number of members with each
 * status, every status present (zero where none). Immutable and thread-safe.
 *
 * @param kind  the kind of group, not null
 * @param id  the group's id: the plan's, the category's or the area's, not null
 * @param score  the mean score in [-5, 5], or null where the status is INSUFFICIENT_DATA
 * @param status  the group's status, not null
 * @param counts  the number of members with each status, not null
 * @param assessed  the members with a score
 * @param dueOrAhead  the members that are due or ahead: all but yearly targets not yet due
 */
public record GroupSummary(GroupKind kind, String id, Double score, Status status, Map<Status, Integer> counts,
                           int assessed, int dueOrAhead) {

    /**
     * Checks the parts and the rules between them; fills in the statuses that no member has.
     *
     * @param kind  the kind of group, not null
     * @param id  the group's id: the plan's, the category's or the area's, not null
     * @param score  the mean score in [-5, 5], or null where the status is INSUFFICIENT_DATA
     * @param status  the group's status, not null
     * @param counts  the number of members with each status, not null
     * @param assessed  the members with a score
     * @param dueOrAhead  the members that are due or ahead: all but yearly targets not yet due
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
                throw Checks.refusedAt("counts." + s, "group.countNegative", id, n, s);
            }
            all.put(s, n);
        }
        counts = Collections.unmodifiableMap(all);
        int members = all.values().stream().mapToInt(Integer::intValue).sum();
        int scored = members - all.get(Status.INSUFFICIENT_DATA);
        if (assessed != scored) {
            throw Checks.refusedAt("assessed", "group.assessed", id, scored, assessed);
        }
        if (dueOrAhead < assessed || dueOrAhead > members) {
            throw Checks.refusedAt("dueOrAhead", "group.dueOrAhead", id, assessed, members, dueOrAhead);
        }
        if (status == Status.MISSED) {
            throw Checks.refusedAt("status", "group.missed", id);
        }
        if (status == Status.ACHIEVED && (members == 0 || all.get(Status.ACHIEVED) != members)) {
            throw Checks.refusedAt("status", "group.achieved", id, all.get(Status.ACHIEVED), members);
        }
        if (scored == 0 && status != Status.INSUFFICIENT_DATA) {
            throw Checks.refusedAt("status", "group.unscored", id, status);
        }
        if ((score == null) != (status == Status.INSUFFICIENT_DATA)) {
            throw Checks.refusedAt(score != null ? "score" : "status", "group.score", id, Checks.orNone(score), status);
        }
        if (score != null && (score.isNaN() || Math.abs(score) > 5.0)) {
            throw Checks.refusedAt("score", "group.scoreRange", id, score);
        }
        score = score != null && score == 0.0 ? Double.valueOf(0.0) : score;
    }

    /**
     * A summary whose members are all due or ahead, its assessed members counted from {@code counts}.
     *
     * @param kind  the kind of group, not null
     * @param id  the group's id, not null
     * @param score  the mean score in [-5, 5], or null where the status is INSUFFICIENT_DATA
     * @param status  the group's status, not null
     * @param counts  the number of members with each status, not null
     */
    public GroupSummary(GroupKind kind, String id, Double score, Status status, Map<Status, Integer> counts) {
        this(kind, id, score, status, counts, scored(counts), total(counts));
    }

    private static int total(Map<Status, Integer> counts) {
        return Objects.requireNonNull(counts, "counts").values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int scored(Map<Status, Integer> counts) {
        return total(counts) - counts.getOrDefault(Status.INSUFFICIENT_DATA, 0);
    }

    /**
     * Returns the share of the members due or ahead that are assessed.
     *
     * @return {@code assessed / dueOrAhead}, in [0, 1]; 0 for a group with nothing due or ahead
     */
    public double coverage() {
        return dueOrAhead == 0 ? 0 : (double) assessed / dueOrAhead;
    }

    /**
     * Checks whether the group has scored members but too few of them for a verdict.
     *
     * @return true where the status is INSUFFICIENT_DATA although some member is assessed
     */
    public boolean isNotEnoughAssessed() {
        return status == Status.INSUFFICIENT_DATA && assessed > 0;
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
