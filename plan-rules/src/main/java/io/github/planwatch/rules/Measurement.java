package io.github.planwatch.rules;

import java.math.BigDecimal;

import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;

/**
 * A fact: what the methodology measures of a LEVEL or CUMULATIVE target as of a year, before any
 * judgement.
 *
 * <p>{@code latest} is the latest observation at or before the as-of year and not before the base
 * year (null: no usable observation); {@code judged} is the point the status rests on: the
 * observation of the target year once that year has passed (null where it was not reported),
 * otherwise {@code latest}. {@code meets} says whether {@code judged} meets the target (null where
 * there is no judged point); {@code ratio} is R from base to judged point where both exist and it is
 * defined, else {@code ratioGap} says why not (both null where there is nothing to measure).
 *
 * @param targetId  the target's id
 * @param subjectId  what is observed
 * @param ownerKind  INDICATOR, TASK or KEY_WORK_ITEM
 * @param ownerId  the owner's id
 * @param kind  LEVEL or CUMULATIVE
 * @param targetYear  T
 * @param method  CAGR or LINEAR
 * @param yardstick  how values are held against the target
 * @param targetValue  the target value as stated
 * @param baseSource  where the base comes from, or null where there is none
 * @param base  the base point, or null
 * @param latest  the latest usable observation, or null
 * @param judged  the point judged, or null
 * @param meets  whether the judged point meets the target, or null
 * @param baseMeets  whether the base already meets the target, or null
 * @param ratio  R, or null
 * @param ratioGap  why R is undefined, or null
 */
record Measurement(String targetId, String subjectId, SubjectKind ownerKind, String ownerId, TargetKind kind,
                   int targetYear, ProgressMethod method, Yardstick yardstick, BigDecimal targetValue,
                   BaseSource baseSource, SeriesPoint base, SeriesPoint latest, SeriesPoint judged, Boolean meets,
                   Boolean baseMeets, Double ratio, RatioGap ratioGap) {

    /** Checks whether this target, due later, asks for less than an earlier one. */
    public boolean isLessAmbitiousThan(Measurement earlier) {
        return yardstick.isLessAmbitiousThan(earlier.yardstick);
    }
}
