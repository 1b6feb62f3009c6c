package io.github.planwatch.benchmarks;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Tolerance;

/**
 * What a target asks of a value: {@code sense} +1 where more is better, -1 where less is, 0 for a
 * band around a level with no better direction; an ABOUT target with a direction is met at its
 * band's weakest end. {@code path} holds the plan's own trajectory, by year.
 */
record Goal(Comparison comparison, int sense, BigDecimal level, BigDecimal halfWidth,
            NavigableMap<Integer, BigDecimal> path) {

    /** The goal of a target; a target stated relative to the baseline asks for the level it resolves to. */
    static Goal of(Target target, Baseline baseline, Direction direction, BigDecimal defaultRelativeTolerance) {
        BigDecimal level = target.levelFrom(baseline);
        NavigableMap<Integer, BigDecimal> path = new TreeMap<>();
        target.trajectory().forEach(p -> path.put(p.year(), p.value()));
        return switch (target.comparison()) {
            case AT_LEAST, ABOVE -> new Goal(target.comparison(), 1, level, null, path);
            case AT_MOST, BELOW -> new Goal(target.comparison(), -1, level, null, path);
            case ABOUT -> {
                Tolerance tolerance = target.tolerance() != null ? target.tolerance()
                        : Tolerance.relative(defaultRelativeTolerance);
                // Holding a band every year asks for a value inside it, whichever way is better.
                int sense = target.kind() == TargetKind.HOLD_BAND ? 0 : direction.sign();
                yield new Goal(Comparison.ABOUT, sense, level, tolerance.halfWidthAround(level), path);
            }
        };
    }

    boolean isBand() {
        return comparison == Comparison.ABOUT && sense == 0;
    }

    /** The value a one-sided goal holds values against: the level, or the band's weakest end. */
    BigDecimal threshold() {
        if (comparison != Comparison.ABOUT || sense == 0) {
            return level;
        }
        return sense > 0 ? level.subtract(halfWidth) : level.add(halfWidth);
    }

    boolean isMetBy(BigDecimal value) {
        return switch (comparison) {
            case AT_LEAST -> value.compareTo(level) >= 0;
            case AT_MOST -> value.compareTo(level) <= 0;
            case BELOW -> value.compareTo(level) < 0;
            case ABOVE -> value.compareTo(level) > 0;
            case ABOUT -> sense > 0 ? value.compareTo(threshold()) >= 0
                    : sense < 0 ? value.compareTo(threshold()) <= 0
                    : value.subtract(level).abs().compareTo(halfWidth) <= 0;
        };
    }

    /** How far a value lies from the level. */
    BigDecimal distance(BigDecimal value) {
        return value.subtract(level).abs();
    }

    /** Whether going from one value to a later one moves away: against the sense, or farther from a band's level. */
    boolean movesAway(BigDecimal before, BigDecimal after) {
        if (isBand()) {
            return distance(after).compareTo(distance(before)) > 0;
        }
        return sense * after.compareTo(before) < 0;
    }

    /** Whether this goal, due later, asks for less than an earlier one of the same subject. */
    boolean asksLessThan(Goal earlier) {
        return sense != 0 && sense == earlier.sense && sense * threshold().compareTo(earlier.threshold()) < 0;
    }
}
