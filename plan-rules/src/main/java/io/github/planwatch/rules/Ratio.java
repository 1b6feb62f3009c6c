package io.github.planwatch.rules;

/**
 * A progress ratio R, or the reason why it is not defined: exactly one of the two is present.
 *
 * @param value  R, or null
 * @param gap  why R is not defined, or null
 */
record Ratio(Double value, RatioGap gap) {

    Ratio {
        if ((value == null) == (gap == null)) {
            throw new IllegalArgumentException("a ratio has a value or a gap, got " + value + " and " + gap);
        }
    }

    static Ratio of(double value) {
        return new Ratio(value, null);
    }

    static Ratio undefined(RatioGap gap) {
        return new Ratio(null, gap);
    }
}
