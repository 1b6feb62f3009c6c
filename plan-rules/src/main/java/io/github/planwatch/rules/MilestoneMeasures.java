package io.github.planwatch.rules;

import java.time.LocalDate;
import java.util.List;

import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetNature;

/**
 * A fact, one per MILESTONE target: what its progress reports say at the reference date, found once
 * in Java, and no judgement; {@code status-milestone.drl} decides the status and score from it.
 *
 * <p>{@code met} is the first report of DONE with evidence dated on or before both the milestone's
 * day and the reference date, or null; {@code last} the last report on or before the reference date,
 * or null; {@code passed} whether the reference date is after the day; {@code reportsGiven} whether
 * any report on the plan's key work or milestones was given by the reference date; {@code
 * quarterGone} whether a quarter of the milestone's time, from 1 January of its first year to its
 * day, has gone by the reference date (a milestone not started by then is behind, as a key-work item
 * not started after the first quarter of its year is).
 *
 * @param targetId  the milestone's id
 * @param ownerKind  TASK or KEY_WORK_ITEM
 * @param ownerId  the owner's id
 * @param nature  the target's nature
 * @param due  the day it is due by
 * @param met  the report that met it, or null
 * @param last  its last report at the reference date, or null
 * @param passed  whether its day has passed at the reference date
 * @param reportsGiven  whether any report on key work or milestones was given by the reference date
 * @param quarterGone  whether a quarter of its time has gone
 */
record MilestoneMeasures(String targetId, SubjectKind ownerKind, String ownerId, TargetNature nature, LocalDate due,
                         KeyWorkUpdate met, KeyWorkUpdate last, boolean passed, boolean reportsGiven,
                         boolean quarterGone) {

    /** The score of a milestone on pace and not yet done: the least score of ON_TRACK, as R = 0.95 gives. */
    static final double ON_PACE_SCORE = 2.5;

    /** The score of a milestone behind its pace: the least score of ACCELERATION_NEEDED, as R = 0.6 gives. */
    static final double BEHIND_SCORE = 0.0;

    /**
     * Measures a milestone from its reports.
     *
     * @param target  the milestone
     * @param ownerKind  TASK or KEY_WORK_ITEM
     * @param ownerId  the owner's id
     * @param reports  its reports on or before the reference date, in date order
     * @param reference  the reference date
     * @param reportsGiven  whether any report on key work or milestones was given by the reference date
     */
    static MilestoneMeasures of(Target target, SubjectKind ownerKind, String ownerId, List<KeyWorkUpdate> reports,
                                LocalDate reference, boolean reportsGiven) {
        LocalDate due = target.due();
        KeyWorkUpdate met = reports.stream()
                .filter(u -> u.isDoneWithEvidence() && !u.date().isAfter(due) && !u.date().isAfter(reference))
                .findFirst().orElse(null);
        KeyWorkUpdate last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        LocalDate start = LocalDate.of(target.years().first(), 1, 1);
        long days = Days.between(start, due);
        boolean quarterGone = Days.between(start, reference) * 4 >= days;
        return new MilestoneMeasures(target.id(), ownerKind, ownerId, target.nature(), due, met, last,
                reference.isAfter(due), reportsGiven, quarterGone);
    }

    /** The state of the last report, or null where there is none. */
    public KeyWorkStatus lastStatus() {
        return last == null ? null : last.status();
    }

    /** The report the status rests on: the one that met it, else the last. */
    KeyWorkUpdate shown() {
        return met != null ? met : last;
    }
}
