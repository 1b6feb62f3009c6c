package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.TrajectoryPoint;

/**
 * How values are held against one target: whether a value meets it, which way is progress, and
 * the progress ratio toward it. Pure functions on decimal values.
 *
 * <p>{@code sense} is the methodology's d: +1 where a larger value is closer to meeting the target,
 * -1 where a smaller one is, 0 for a band around a level (an ABOUT target where neither direction is
 * better). It follows the comparison (AT_LEAST and ABOVE +1; AT_MOST and BELOW -1); for ABOUT it is the
 * direction of what is measured. In a plan whose comparisons agree with its directions, as
 * "a bare number where higher is better" means AT_LEAST, this is the methodology's d.
 *
 * <p>An ABOUT target with a direction is met at the band's weakest end ({@code level - halfWidth}
 * where higher is better, {@code level + halfWidth} where lower is), and progress is measured toward
 * that end. A band is met when {@code |y - level| <= halfWidth}; its progress is that of the
 * distance {@code |y - level|} as a lower-is-better quantity with target {@code halfWidth}.
 *
 * <p>Where the plan states its own {@code trajectory}, the progress ratio at a year before the
 * target year measures the pace required from the base to the trajectory's value in that year,
 * not to the target: the value of a year between its points (with the base and the target as
 * end points) lies on the path between them by the method, geometric for CAGR, straight for LINEAR.
 *
 * @param comparison  how a value is compared, not null
 * @param sense  +1, -1 or 0
 * @param level  the target's level: its value, or for a target relative to the baseline the level it resolves to; not null
 * @param halfWidth  the half-width of an ABOUT band, or null for other comparisons
 * @param trajectory  the plan's own values for years before the target year, in year order; empty for none
 */
record Yardstick(Comparison comparison, int sense, BigDecimal level, BigDecimal halfWidth,
                 List<TrajectoryPoint> trajectory) {

    Yardstick {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(level, "level");
        trajectory = List.copyOf(trajectory);
        if ((halfWidth == null) != (comparison != Comparison.ABOUT)) {
            throw new IllegalArgumentException("a half-width goes with ABOUT and only with it, got " + halfWidth
                    + " for " + comparison);
        }
    }

    /**
     * Obtains the yardstick of a target for something measured in a direction.
     *
     * @param target  the target
     * @param baseline  the baseline of what it measures, from which a relative target's level is resolved; may be null
     * @param direction  which way is better for what the target measures
     * @param defaultRelativeTolerance  the band's relative half-width where an ABOUT target states none
     */
    static Yardstick of(Target target, Baseline baseline, Direction direction, BigDecimal defaultRelativeTolerance) {
        // A relative target is judged as the level it stands for.
        BigDecimal level = target.levelFrom(baseline);
        List<TrajectoryPoint> path = target.trajectory();
        return switch (target.comparison()) {
            case AT_LEAST -> new Yardstick(Comparison.AT_LEAST, 1, level, null, path);
            case AT_MOST -> new Yardstick(Comparison.AT_MOST, -1, level, null, path);
            case BELOW -> new Yardstick(Comparison.BELOW, -1, level, null, path);
            case ABOVE -> new Yardstick(Comparison.ABOVE, 1, level, null, path);
            case ABOUT -> {
                // A HOLD_BAND target asks for a value inside the band in every year, whatever the direction.
                int sense = target.kind() == TargetKind.HOLD_BAND ? 0 : direction.sign();
                Tolerance tolerance = target.tolerance() != null ? target.tolerance()
                        : Tolerance.relative(defaultRelativeTolerance);
                yield new Yardstick(Comparison.ABOUT, sense, level, tolerance.halfWidthAround(level), path);
            }
        };
    }

    /** Obtains the yardstick of a target whose value is its level (no baseline to resolve from). */
    static Yardstick of(Target target, Direction direction, BigDecimal defaultRelativeTolerance) {
        return of(target, null, direction, defaultRelativeTolerance);
    }

    /** Checks whether a point of the plan's own path lies after a year. */
    private boolean anyPointAfter(int year) {
        for (TrajectoryPoint p : trajectory) {
            if (p.year() > year) {
                return true;
            }
        }
        return false;
    }

    /** Checks whether this is a band around a level, with no better direction. */
    public boolean isBand() {
        return comparison == Comparison.ABOUT && sense == 0;
    }

    /**
     * Returns the value a one-sided comparison holds values against: the level, or for ABOUT with a
     * direction the band's weakest end; for a band, its centre.
     */
    public BigDecimal threshold() {
        if (comparison == Comparison.ABOUT && sense != 0) {
            return sense > 0 ? level.subtract(halfWidth) : level.add(halfWidth);
        }
        return level;
    }

    /** Checks whether a value meets the target. */
    public boolean meets(BigDecimal value) {
        return switch (comparison) {
            case AT_LEAST -> value.compareTo(level) >= 0;
            case AT_MOST -> value.compareTo(level) <= 0;
            case BELOW -> value.compareTo(level) < 0;
            case ABOVE -> value.compareTo(level) > 0;
            case ABOUT -> {
                if (sense > 0) {
                    yield value.compareTo(threshold()) >= 0;
                } else if (sense < 0) {
                    yield value.compareTo(threshold()) <= 0;
                }
                yield distance(value).compareTo(halfWidth) <= 0;
            }
        };
    }

    /** Returns how far a value lies from the level. */
    public BigDecimal distance(BigDecimal value) {
        return value.subtract(level).abs();
    }

    /**
     * Computes the progress ratio from a base to a point judged, toward this target in its year.
     */
    Ratio ratio(ProgressMethod method, int t0, BigDecimal y0, int tl, BigDecimal yl, int targetYear,
                BigDecimal zeroReplacement) {
        if (isBand()) {
            return Progress.ratio(method, -1, t0, distance(y0), tl, distance(yl), targetYear, halfWidth, zeroReplacement);
        }
        if (tl < targetYear && anyPointAfter(t0)) {
            // The plan's own path: the pace required up to tl is the pace from the base to its value at tl.
            return Progress.ratio(method, sense, t0, y0, tl, yl, tl, required(method, t0, y0, tl, targetYear),
                    zeroReplacement);
        }
        return Progress.ratio(method, sense, t0, y0, tl, yl, targetYear, threshold(), zeroReplacement);
    }

    /**
     * Returns the value the required path reaches in a year: the trajectory's point of that year,
     * or between its points (the base and the target's threshold the end points) the value on the
     * path between them by {@link ProgressMethod#between}: geometric for CAGR where both ends have
     * the same sign and are not 0, else straight.
     *
     * @param year  a year after t0, at most the target year
     */
    BigDecimal required(ProgressMethod method, int t0, BigDecimal y0, int year, int targetYear) {
        int fromYear = t0;
        BigDecimal from = y0;
        int toYear = targetYear;
        BigDecimal to = threshold();
        for (TrajectoryPoint p : trajectory) {
            if (p.year() <= t0 || p.year() >= targetYear) {
                continue;
            }
            if (p.year() == year) {
                return p.value();
            }
            if (p.year() < year) {
                fromYear = p.year();
                from = p.value();
            } else {
                toYear = p.year();
                to = p.value();
                break;
            }
        }
        if (year == toYear) {
            return to;
        }
        if (year <= fromYear) {
            return from;
        }
        return method.between(from, to, year - fromYear, toYear - fromYear);
    }

    /**
     * Checks whether going from one value to a later one moves away from the target: against the
     * sense, or farther from the centre of a band.
     */
    public boolean movesAway(BigDecimal before, BigDecimal after) {
        if (isBand()) {
            return distance(after).compareTo(distance(before)) > 0;
        }
        return sense * after.compareTo(before) < 0;
    }

    /**
     * Checks whether this target, due later, asks for less than an earlier one of the same subject:
     * both one-sided the same way, and this threshold lies behind the earlier one.
     */
    public boolean isLessAmbitiousThan(Yardstick earlier) {
        return sense != 0 && sense == earlier.sense && sense * threshold().compareTo(earlier.threshold()) < 0;
    }
}
