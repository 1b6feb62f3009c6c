package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The year-on-year steps of a subject that change by more than is believable, with how the change
 * was judged: a share in percentage points against {@code points}; anything else relative to its
 * scale (the larger of the earlier value and the threshold of the target it moves toward) against
 * {@code bound}, a fraction. A step whose scale is 0 has no relative change and is left out.
 *
 * @param share  whether the subject is a share, judged in points
 * @param bound  the bound: percentage points for a share, a fraction of the scale otherwise
 * @param steps  the steps beyond it, in year order
 * @param changes  the change of each step: in points for a share, in percent of its scale otherwise
 */
record Jumps(boolean share, BigDecimal bound, List<YearOnYear> steps, List<BigDecimal> changes) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Jumps {
        steps = List.copyOf(steps);
        changes = List.copyOf(changes);
    }

    /** The jumps of a subject under the policy's bounds. */
    public static Jumps of(Subject subject, BigDecimal bound, BigDecimal points) {
        List<YearOnYear> steps = new ArrayList<>();
        List<BigDecimal> changes = new ArrayList<>();
        BigDecimal toward = subject.trend() == null || subject.trend().isBand() ? null : subject.trend().threshold();
        for (YearOnYear step : subject.yearOnYear()) {
            BigDecimal change = step.after().value().subtract(step.before().value());
            if (subject.share()) {
                if (change.abs().compareTo(points) > 0) {
                    steps.add(step);
                    changes.add(change);
                }
                continue;
            }
            BigDecimal scale = step.before().value().abs();
            if (toward != null && toward.abs().compareTo(scale) > 0) {
                scale = toward.abs();
            }
            if (scale.signum() != 0 && change.abs().compareTo(bound.multiply(scale)) > 0) {
                steps.add(step);
                changes.add(change.multiply(HUNDRED).divide(scale, MathContext.DECIMAL64));
            }
        }
        return new Jumps(subject.share(), subject.share() ? points : bound, steps, changes);
    }
}
