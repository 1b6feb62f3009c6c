package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.List;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.LastAssessed;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.YearResult;

/**
 * A fact, one per target: everything the methodology measures of a target as of a year, computed
 * once in Java before any rule runs, and no judgement. The rules decide the status, the score and
 * the findings from it. A measure added later is one more component here, not a new fact type.
 *
 * <p>LEVEL and CUMULATIVE targets: {@code base} is the point progress is measured from;
 * {@code latest} the latest observation at or before the as-of year and not before the base year
 * (null: no usable observation); {@code judged} the point the status rests on: the observation of
 * the target year once that year has passed (null where it was not reported), otherwise
 * {@code latest}. {@code meets} says whether {@code judged} meets the target (null where there is
 * no judged point); {@code ratio} is R from base to judged point where both exist and it is
 * defined, else {@code ratioGap} says why not (both null where there is nothing to measure).
 *
 * <p>Yearly targets (YEARLY_GROWTH, YEARLY_COUNT, HOLD_BAND): {@code latest} is the latest
 * observation at or before the as-of year (null: none at all); {@code years} holds one result per
 * due year (met, missed, or no value), and {@code yearsMissed} and {@code yearsUnreported} count
 * them; base, judged point, ratio and their companions are null.
 *
 * @param targetId  the target's id
 * @param subject  what is observed, with its series
 * @param subjectId  the subject's id (the key rules join subjects and targets on)
 * @param ownerKind  INDICATOR, TASK or KEY_WORK_ITEM
 * @param ownerId  the owner's id
 * @param kind  the target's kind
 * @param yearly  whether the target is due in every year of its span
 * @param firstYear  the first year of the target's span (its year, for LEVEL and CUMULATIVE)
 * @param targetYear  T, the last year of the span
 * @param passed  whether the target year has passed: it is at or before the as-of year
 * @param method  CAGR or LINEAR
 * @param yardstick  how values are held against the target
 * @param targetValue  the target value as stated
 * @param targetLevel  for a target stated relative to the baseline, the level it resolves to (the
 *        yardstick's level); null for a target whose value is its level
 * @param baseSource  where the base comes from, or null where there is none
 * @param base  the base point, or null
 * @param latest  the latest usable observation, or null
 * @param judged  the point judged, or null
 * @param meets  whether the judged point meets the target, or null
 * @param baseMeets  whether the base already meets the target, or null
 * @param ratio  R, or null
 * @param ratioGap  why R is undefined, or null
 * @param years  the result of each due year of a yearly target, in year order; empty for other kinds
 * @param yearsMissed  how many due years missed the target
 * @param yearsUnreported  how many due years have no value to compare
 * @param anticipated  where a LEVEL or CUMULATIVE target still ahead is anticipated to be in its
 *        year on the trend of all the subject's values, or null (a yearly target, a target year
 *        passed, values in fewer than two years, or no trend that can be carried there); the
 *        trend is fitted to the values from the last break in series on
 * @param last  for a LEVEL or CUMULATIVE target whose year has passed unreported, the status its
 *        latest figure gave as of that figure's year (LastStatus), or null
 * @param breaksCrossed  the years of the breaks in series that the measure of the status crosses:
 *        where R is defined, the breaks after the base year up to the judged year; for yearly growth, the due
 *        years whose growth over the year before is measured across a break; empty where none is
 */
record TargetMeasures(String targetId, Subject subject, String subjectId, SubjectKind ownerKind, String ownerId,
                      TargetKind kind, TargetNature nature, boolean yearly, int firstYear, int targetYear, boolean passed, ProgressMethod method,
                      Yardstick yardstick, BigDecimal targetValue, BigDecimal targetLevel, BaseSource baseSource, SeriesPoint base,
                      SeriesPoint latest, SeriesPoint judged, Boolean meets, Boolean baseMeets, Double ratio,
                      RatioGap ratioGap, List<YearResult> years, int yearsMissed, int yearsUnreported,
                      Anticipation anticipated, LastAssessed last, List<Integer> breaksCrossed) {

    TargetMeasures {
        years = List.copyOf(years);
        breaksCrossed = List.copyOf(breaksCrossed);
    }

    /** Returns the policy the target is judged by, which its subject carries. */
    public EvaluationPolicy policy() {
        return subject.policy();
    }

    /** Checks whether this target, due later, asks for less than an earlier one. */
    public boolean isLessAmbitiousThan(TargetMeasures earlier) {
        return yardstick.isLessAmbitiousThan(earlier.yardstick);
    }

    /**
     * Checks whether a status rests on provisional figures: the point judged, or, for a status read
     * from R, a base taken from an observation; for a yearly target, a due year's value (or its year
     * before, for growth).
     */
    public boolean restsOnProvisional(boolean byRatio) {
        if (yearly) {
            return years.stream().anyMatch(YearResult::provisional);
        }
        return judged != null && judged.provisional() || byRatio && base != null && base.provisional();
    }
}
