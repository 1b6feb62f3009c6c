package io.github.planwatch.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** How progress toward a target is measured. */
public enum ProgressMethod {
    /** Compound annual growth rate, observed against required; the default. */
    CAGR,
    /**
     * Absolute yearly change, observed against required; for counts and quantities that start near
     * zero, where a growth rate means nothing.
     */
    LINEAR;

    /** The precision of the quotients on a path. */
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * Returns the value a path required by this method takes part of the way from one value to a
     * later one: for CAGR geometric (the same growth in every step) where both values have the
     * same sign and are not 0, else straight (the same change in every step). This is the one rule
     * by which the method places a year between two points of a target's trajectory, and by which
     * a report draws that path.
     *
     * @param from  the value at the start, not null
     * @param to  the value at the end, not null
     * @param step  how many steps of the way have been gone, from 0 to {@code steps}
     * @param steps  the steps from the start to the end, at least 1
     * @return the value after {@code step} of {@code steps}, not null
     * @throws IllegalArgumentException if {@code steps} is below 1 or {@code step} outside 0 to {@code steps}
     */
    public BigDecimal between(BigDecimal from, BigDecimal to, int step, int steps) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (steps < 1 || step < 0 || step > steps) {
            throw new IllegalArgumentException("a path goes 0 to " + steps + " steps of at least 1, got step " + step);
        }
        if (step == 0) {
            return from;
        }
        if (step == steps) {
            return to;
        }
        if (this == CAGR && from.signum() != 0 && from.signum() == to.signum()) {
            double growth = Math.pow(to.divide(from, PRECISION).doubleValue(), (double) step / steps);
            return from.multiply(BigDecimal.valueOf(growth), PRECISION);
        }
        return from.add(to.subtract(from).multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(steps), PRECISION));
    }
}
