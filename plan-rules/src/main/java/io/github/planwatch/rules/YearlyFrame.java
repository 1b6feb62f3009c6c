package io.github.planwatch.rules;

import java.math.BigDecimal;

import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;

/**
 * A fact: a yearly target (YEARLY_GROWTH, YEARLY_COUNT, HOLD_BAND) as of a year; its due years
 * each have a {@link YearCheck}.
 *
 * @param targetId  the target's id
 * @param subjectId  what is observed
 * @param ownerKind  INDICATOR, TASK or KEY_WORK_ITEM
 * @param ownerId  the owner's id
 * @param kind  the target's kind
 * @param firstYear  the first year of the span
 * @param lastYear  the last year of the span
 * @param targetValue  the rate in percent, the count, or the band's level
 * @param yardstick  how a year's value is held against the target
 * @param latest  the latest observation at or before the as-of year, or null: none at all
 * @param dueYears  the number of years of the span at or before the as-of year
 */
record YearlyFrame(String targetId, String subjectId, SubjectKind ownerKind, String ownerId, TargetKind kind,
                   int firstYear, int lastYear, BigDecimal targetValue, Yardstick yardstick, SeriesPoint latest,
                   int dueYears) {
}
