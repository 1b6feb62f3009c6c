package io.github.planwatch.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import lombok.Builder;

/**
 * The judgement on one target as of a year, with the values it rests on.
 *
 * <p>A target belongs to an owner: an indicator ({@code ownerKind} INDICATOR, {@code ownerId} the
 * indicator's id), a task (TASK, the task's number as a string) or a key-work item (KEY_WORK_ITEM,
 * its id). {@code subjectId} names what was observed: the indicator's id for an indicator target,
 * the target's own id for a target stated in a task or key-work item.
 *
 * <p>For a LEVEL or CUMULATIVE target, {@code base*} is where progress is measured from,
 * {@code latest*} the observation judged: the one of the target year once that year has passed,
 * otherwise the latest at or before the as-of year (where the target year was not reported, the
 * latest there is, for information). {@code ratio} is the methodology's progress ratio R, present
 * wherever it is defined, and {@code score} the score in [-5, 5].
 *
 * <p>For a yearly target (YEARLY_GROWTH, YEARLY_COUNT, HOLD_BAND), {@code years} holds one result
 * per year due at the as-of year, there is no base, ratio or method, and {@code latest*} is the
 * latest observation, for information.
 *
 * <p>{@code nature} is the target's: an EXPECTED target is judged as a BINDING one is, and its
 * nature lets a summary or a report tell an expectation not met from a broken commitment.
 *
 * <p>{@code reason} is present exactly when the status is INSUFFICIENT_DATA, and {@code score}
 * exactly when it is not. {@code provisional} says whether the status rests on a provisional
 * figure.
 *
 * <p>{@code anticipated} stands beside the status and never replaces it: for a LEVEL or CUMULATIVE
 * target still ahead whose subject has values in at least two years, where those values are
 * anticipated to be in the target year on present trends (a time-weighted trend over all of them);
 * null otherwise, and null where no trend can be carried there (a growth trend through 0, say).
 *
 * <p>{@code last} is present only on a LEVEL or CUMULATIVE target whose year has passed and whose
 * figure for it is not yet reported (INSUFFICIENT_DATA for TARGET_YEAR_NOT_REPORTED): the status the
 * latest figure gave as of its own year, before the target year ("pending; last on track as of
 * 2021"); null where that figure said nothing either.
 *
 * <p>A MILESTONE has no method, base, ratio or observation: {@code due} is its day, and
 * {@code report} the progress report its status rests on (the report of DONE with evidence that met
 * it, else its last report at the reference date), or null where it has none. Immutable and thread-safe.
 *
 * @param targetId  the target's id, not null
 * @param subjectId  the id that the target's observations are keyed by, not null
 * @param ownerKind  INDICATOR, TASK or KEY_WORK_ITEM, or PLAN for a joint target, not null
 * @param ownerId  the id of the owner, not null
 * @param kind  the target's kind, not null
 * @param nature  whether the target is BINDING or EXPECTED, as the plan states it; null is BINDING
 * @param targetYear  the year by which the target is due (the last year of its span)
 * @param status  the judgement, not null
 * @param reason  why there was not enough data, or null unless the status is INSUFFICIENT_DATA
 * @param ratio  the progress ratio R, or null where it is not defined
 * @param score  the score in [-5, 5], or null for INSUFFICIENT_DATA
 * @param method  how progress was measured, or null for a yearly target
 * @param baseSource  where the base comes from, or null where there is no base
 * @param baseYear  the base year, or null where there is no base
 * @param baseValue  the base value, or null where there is no base
 * @param latestYear  the year of the observation judged, or null where there is none
 * @param latestValue  the value of the observation judged, or null where there is none
 * @param targetValue  the target's value as the plan states it, not null
 * @param tolerance  the half-width of an ABOUT band in the subject's unit, or null for other comparisons
 * @param provisional  whether the status rests on a provisional figure
 * @param years  the result of each due year of a yearly target, in order; empty for other kinds
 * @param anticipated  where the subject is anticipated to be in the target year, or null
 * @param last  the status the target last had while its year was ahead, or null
 * @param targetLevel  for a target stated relative to the baseline, the level its value resolves to and
 *        that it is judged as; null for a target whose value is its level
 * @param due  the day a MILESTONE is due by; null for other kinds
 * @param report  the report a MILESTONE's status rests on, or null; null for other kinds
 * @param combine  for a joint target, ALL_OF or ANY_OF; null for any other
 * @param decidedBy  for a joint target, the id of the indicator whose member decided the status; null for any other
 * @param members  for a joint target, its members' assessments, two or more; empty for any other
 */
@Builder(toBuilder = true)
public record Assessment(String targetId, String subjectId, SubjectKind ownerKind, String ownerId, TargetKind kind,
                         TargetNature nature, int targetYear, Status status, InsufficientDataReason reason, Double ratio, Double score,
                         ProgressMethod method, BaseSource baseSource, Integer baseYear, BigDecimal baseValue,
                         Integer latestYear, BigDecimal latestValue, BigDecimal targetValue, BigDecimal tolerance,
                         boolean provisional, List<YearResult> years, Anticipation anticipated, LastAssessed last,
                         BigDecimal targetLevel, LocalDate due, KeyWorkUpdate report, Combination combine,
                         String decidedBy, List<Assessment> members) {

    /** The bounds of a score. */
    private static final double MAX_SCORE = 5.0;

    /**
     * Checks the parts and the rules between them; normalises numbers.
     *
     * @param targetId  the target's id, not null
     * @param subjectId  the id that the target's observations are keyed by, not null
     * @param ownerKind  INDICATOR, TASK or KEY_WORK_ITEM, or PLAN for a joint target, not null
     * @param ownerId  the id of the owner, not null
     * @param kind  the target's kind, not null
     * @param nature  whether the target is BINDING or EXPECTED; null is BINDING
     * @param targetYear  the year by which the target is due (the last year of its span)
     * @param status  the judgement, not null
     * @param reason  why there was not enough data, or null unless the status is INSUFFICIENT_DATA
     * @param ratio  the progress ratio R, or null where it is not defined
     * @param score  the score in [-5, 5], or null for INSUFFICIENT_DATA
     * @param method  how progress was measured, or null for a yearly target
     * @param baseSource  where the base comes from, or null where there is no base
     * @param baseYear  the base year, or null where there is no base
     * @param baseValue  the base value, or null where there is no base
     * @param latestYear  the year of the observation judged, or null where there is none
     * @param latestValue  the value of the observation judged, or null where there is none
     * @param targetValue  the target's value as the plan states it, not null
     * @param tolerance  the half-width of an ABOUT band in the subject's unit, or null for other comparisons
     * @param provisional  whether the status rests on a provisional figure
     * @param years  the result of each due year of a yearly target, in order; empty for other kinds
     * @param anticipated  where the subject is anticipated to be in the target year, or null
     * @param last  the status the target last had while its year was ahead, or null
     * @param targetLevel  for a target stated relative to the baseline, the level its value resolves to;
     *        null for a target whose value is its level
     * @param due  the day a MILESTONE is due by; null for other kinds
     * @param report  the report a MILESTONE's status rests on, or null; null for other kinds
     * @param combine  for a joint target, ALL_OF or ANY_OF; null for any other
     * @param decidedBy  for a joint target, the id of the indicator whose member decided the status; null for any other
     * @param members  for a joint target, its members' assessments, two or more; null or empty for any other
     */
    public Assessment {
        Checks.requireId(targetId, "targetId");
        Checks.requireId(subjectId, "subjectId");
        Objects.requireNonNull(ownerKind, "ownerKind");
        members = Checks.copyList(members == null ? List.of() : members, "members");
        if (combine == null ? ownerKind != SubjectKind.INDICATOR && ownerKind != SubjectKind.TASK
                && ownerKind != SubjectKind.KEY_WORK_ITEM : ownerKind != SubjectKind.PLAN) {
            throw combine == null ? Checks.refusedAt("", "assessment.owner", ownerKind)
                    : Checks.refusedAt("combine", "assessment.owner.joint", ownerKind);
        }
        checkJoint(targetId, combine, decidedBy, members);
        Checks.requireId(ownerId, "ownerId");
        Objects.requireNonNull(kind, "kind");
        nature = nature == null ? TargetNature.BINDING : nature;
        Checks.requireYear(targetYear, "targetYear");
        Objects.requireNonNull(status, "status");
        if ((reason != null) != (status == Status.INSUFFICIENT_DATA)) {
            throw Checks.refusedAt(reason != null ? "reason" : "status", "assessment.reason", targetId,
                    Checks.orNone(reason), status);
        }
        if ((score != null) == (status == Status.INSUFFICIENT_DATA)) {
            throw Checks.refusedAt(score != null ? "score" : "status", "assessment.score", targetId,
                    Checks.orNone(score), status);
        }
        ratio = finite(ratio, "ratio");
        score = finite(score, "score");
        if (score != null && Math.abs(score) > MAX_SCORE) {
            throw Checks.refusedAt("score", "assessment.scoreRange", targetId, score);
        }
        boolean yearly = kind == TargetKind.YEARLY_GROWTH || kind == TargetKind.YEARLY_COUNT || kind == TargetKind.HOLD_BAND;
        boolean milestone = kind == TargetKind.MILESTONE;
        if ((method == null) != (yearly || milestone)) {
            throw yearly || milestone ? Checks.refusedAt("method", "assessment.method.none", targetId, kind, method)
                    : Checks.refusedAt("kind", "assessment.method.needed", targetId, kind);
        }
        if ((due != null) != milestone || report != null && !milestone) {
            throw Checks.refusedAt(due != null ? "due" : report != null ? "report" : "kind", "assessment.due", targetId,
                    Checks.orNone(due), kind);
        }
        if (!(baseSource == null && baseYear == null && baseValue == null)
                && !(baseSource != null && baseYear != null && baseValue != null)) {
            throw Checks.refusedAt(baseSource != null ? "baseSource" : baseYear != null ? "baseYear" : "baseValue",
                    "assessment.base", targetId, Checks.orNone(baseSource), Checks.orNone(baseYear), Checks.orNone(baseValue));
        }
        if ((latestYear == null) != (latestValue == null)) {
            throw Checks.refusedAt(latestYear != null ? "latestYear" : "latestValue", "assessment.latest", targetId,
                    Checks.orNone(latestYear), Checks.orNone(latestValue));
        }
        baseValue = baseValue == null ? null : Checks.normalise(baseValue, "baseValue");
        latestValue = latestValue == null ? null : Checks.normalise(latestValue, "latestValue");
        targetValue = Checks.normalise(targetValue, "targetValue");
        tolerance = tolerance == null ? null : Checks.normalise(tolerance, "tolerance");
        targetLevel = targetLevel == null ? null : Checks.normalise(targetLevel, "targetLevel");
        years = Checks.copyList(years == null ? List.of() : years, "years");
        if (!yearly && !years.isEmpty()) {
            throw Checks.refusedAt("years", "assessment.years", targetId, kind);
        }
        if (anticipated != null && (yearly || anticipated.year() != targetYear)) {
            throw Checks.refusedAt("anticipated", "assessment.anticipated", targetId, targetYear, kind, anticipated.year());
        }
        if (last != null && (reason != InsufficientDataReason.TARGET_YEAR_NOT_REPORTED || last.year() >= targetYear)) {
            throw reason == null
                    ? Checks.refusedAt("last", "assessment.last", targetId, targetYear, last.status(), last.year(), status)
                    : Checks.refusedAt("last", "assessment.last.reason", targetId, targetYear, last.status(), last.year(),
                            status, reason);
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).year() <= years.get(i - 1).year()) {
                throw Checks.refusedAt("years[" + i + "].year", "assessment.yearOrder", targetId, years.get(i - 1).year(),
                        years.get(i).year());
            }
        }
    }

    /** A joint target has two or more members, one of which, on the indicator it names, decided it; no other has any. */
    private static void checkJoint(String targetId, Combination combine, String decidedBy, List<Assessment> members) {
        if (combine == null) {
            if (decidedBy != null || !members.isEmpty()) {
                throw Checks.refusedAt(decidedBy != null ? "decidedBy" : "members", "assessment.joint.none", targetId);
            }
            return;
        }
        if (members.size() < 2) {
            throw Checks.refusedAt("members", "assessment.joint.few", targetId, members.size());
        }
        if (members.stream().noneMatch(m -> m.subjectId().equals(decidedBy))) {
            throw Checks.refusedAt("decidedBy", "assessment.joint.decidedBy", targetId, Checks.orNone(decidedBy));
        }
    }

    /**
     * Checks whether this is the assessment of a joint target, one stated over several indicators.
     *
     * @return true where the assessment has members
     */
    public boolean isJoint() {
        return combine != null;
    }

    /** Rejects NaN and infinities and turns -0.0 into 0.0, so that equal judgements are equal records. */
    private static Double finite(Double value, String field) {
        if (value == null) {
            return null;
        }
        if (value.isNaN() || value.isInfinite()) {
            throw Checks.refusedOf(field, "assessment.finite", value);
        }
        return value == 0.0 ? 0.0 : value;
    }

    /**
     * Checks whether the assessment has a score, that is, whether its status is a judgement.
     *
     * @return true unless the status is INSUFFICIENT_DATA
     */
    public boolean isScored() {
        return score != null;
    }

    /**
     * Counts the due years of a yearly target that have a given status.
     *
     * @param yearStatus  ACHIEVED, MISSED or INSUFFICIENT_DATA, not null
     * @return the number of years, 0 for a target that is not yearly
     */
    public int yearsWith(Status yearStatus) {
        Objects.requireNonNull(yearStatus, "yearStatus");
        return (int) years.stream().filter(y -> y.status() == yearStatus).count();
    }

    /**
     * Returns a builder with no part set yet, to build an assessment part by part.
     *
     * @return a new builder, not null
     */
    public static AssessmentBuilder builder() {
        return new AssessmentBuilder();
    }

    /**
     * Builds an assessment part by part.
     *
     * <p>It has one method per component of the record, named as the component and taking its
     * type, such as {@code targetId(String)} or {@code ratio(Double)}; each sets that part and returns this builder. {@code build()}
     * then calls the canonical constructor, so it checks the parts and the rules between them as the constructor does, and throws {@link IllegalArgumentException} or {@link NullPointerException} where one fails. A part never set is null (0 or false
     * for a number or a flag). {@code toBuilder()}, an instance method of the record, returns a
     * builder holding every part of {@code this}, to build a copy with some parts changed. A
     * builder is mutable and not thread-safe; the values it builds are immutable.
     *
     * <p>Why the methods are not listed on this page: Lombok's {@code @Builder} writes them at
     * compile time from the record's components, so that the builder can never drift from the
     * record. This class is declared in the source only so that it is documented; Lombok fills it
     * in.
     */
    public static final class AssessmentBuilder {

        AssessmentBuilder() {
        }
    }
}
