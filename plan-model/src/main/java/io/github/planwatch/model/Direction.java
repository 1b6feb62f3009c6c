package io.github.planwatch.model;

/** Which way an indicator's value is better. */
public enum Direction {
    /** A larger value is better (GDP, patents). */
    HIGHER_IS_BETTER,
    /** A smaller value is better (PM2.5). */
    LOWER_IS_BETTER,
    /** Neither way is better: the value is to be held near a level (an export share kept at about 13%). */
    NONE;

    /**
     * Returns the sign of the direction, {@code d} in the methodology.
     *
     * @return +1 where higher is better, -1 where lower is better, 0 where neither
     */
    public int sign() {
        return switch (this) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case NONE -> 0;
        };
    }
}
