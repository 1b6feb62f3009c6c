package io.github.planwatch.rules;

import java.util.ArrayList;
import java.util.List;

import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Unit;

/**
 * A fact, one per subject: something whose values are observed (an indicator, or a target stated
 * in a task or key-work item), with what the rules need to speak of it and its known values as of
 * the year evaluated, measured once in Java: the series, its last value and the one before. A
 * value flagged as a break in series is not compared with the value before it.
 *
 * @param id  the id observations are keyed by
 * @param kind  INDICATOR or TARGET
 * @param ownerKind  INDICATOR, TASK or KEY_WORK_ITEM
 * @param ownerId  the owner's id
 * @param name  what is measured, for messages
 * @param baseline  the plan's baseline, or null
 * @param share  whether the subject is a share: measured in percent ({@code %}) and never negative, so
 *        that its year-on-year changes are judged in percentage points
 * @param trackedFrom  the first year in which values are expected: the plan's first year for an
 *        indicator, the first year of the span for a target
 * @param series  the known values at or before the as-of year, in year order: the observations,
 *        and the baseline where no observation is of its year
 * @param last  the last value of the series, or null where it is empty
 * @param previous  the value before {@code last}, or null
 * @param trendTarget  the id of the target the subject's values should move toward (its first
 *        LEVEL, CUMULATIVE or HOLD_BAND target still ahead, or its last), or null where it has none
 * @param trend  how values are held against that target, or null
 * @param asOf  the as-of year evaluated, so that a rule on a subject needs no join with {@link AsOf}
 * @param policy  the policy judged by, so that a rule on a subject needs no join with the policy fact;
 *        null in a subject only described
 * @param jumps  the year-on-year steps beyond the policy's bounds ({@link Jumps#of}), measured with
 *        the series; null in a subject only described
 */
record Subject(String id, SubjectKind kind, SubjectKind ownerKind, String ownerId, LocalizedText name,
               Baseline baseline, boolean share, int trackedFrom, List<SeriesPoint> series, SeriesPoint last, SeriesPoint previous,
               String trendTarget, Yardstick trend, int asOf, EvaluationPolicy policy, Jumps jumps) {

    Subject {
        series = List.copyOf(series);
    }

    /** A subject as the plan describes it, before anything is known of its values. */
    static Subject described(String id, SubjectKind kind, SubjectKind ownerKind, String ownerId, LocalizedText name,
                             Baseline baseline, Unit unit, int trackedFrom) {
        boolean share = unit != null && "%".equals(unit.zh().strip()) && !unit.negativeAllowed();
        return new Subject(id, kind, ownerKind, ownerId, name, baseline, share, trackedFrom, List.of(), null, null, null,
                null, 0, null, null);
    }

    /**
     * This subject with its known values as of a year, the target they should move toward, and the
     * steps between them beyond the policy's bounds.
     */
    Subject measured(List<SeriesPoint> values, String towardTarget, Yardstick toward, int asOfYear,
                     EvaluationPolicy judgedBy) {
        int n = values.size();
        Subject measured = new Subject(id, kind, ownerKind, ownerId, name, baseline, share, trackedFrom, values,
                n > 0 ? values.get(n - 1) : null, n > 1 ? values.get(n - 2) : null, towardTarget, toward, asOfYear,
                judgedBy, null);
        Jumps steps = Jumps.of(measured, judgedBy.suspiciousJumpBound(), judgedBy.suspiciousJumpPoints());
        return new Subject(id, kind, ownerKind, ownerId, name, baseline, share, trackedFrom, measured.series,
                measured.last, measured.previous, towardTarget, toward, asOfYear, judgedBy, steps);
    }

    /**
     * Returns the years of the known values that break the series, after {@code from} and up to
     * and including {@code to}: the breaks that a measure from one of those years to the other crosses.
     */
    public List<Integer> breaksBetween(int from, int to) {
        List<Integer> years = null;
        for (SeriesPoint p : series) {
            if (p.breakBefore() && p.year() > from && p.year() <= to) {
                if (years == null) {
                    years = new ArrayList<>(2);
                }
                years.add(p.year());
            }
        }
        return years == null ? List.of() : List.copyOf(years);
    }

    /**
     * Returns the known values from the last break in series on, which are comparable with each
     * other: all of them where the series has no break.
     */
    public List<SeriesPoint> sinceLastBreak() {
        for (int i = series.size() - 1; i > 0; i--) {
            if (series.get(i).breakBefore()) {
                return series.subList(i, series.size());
            }
        }
        return series;
    }

    /** Checks whether any of the known values is an observation, not only the plan's baseline. */
    public boolean isObserved() {
        return series.stream().anyMatch(p -> !p.baseline());
    }

    /**
     * Every two values of consecutive calendar years, in year order, except across a break in
     * series: a value not comparable with the one before it makes no step with it.
     */
    public List<YearOnYear> yearOnYear() {
        List<YearOnYear> steps = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            if (series.get(i).year() == series.get(i - 1).year() + 1 && !series.get(i).breakBefore()) {
                steps.add(new YearOnYear(series.get(i - 1), series.get(i)));
            }
        }
        return steps;
    }
}
