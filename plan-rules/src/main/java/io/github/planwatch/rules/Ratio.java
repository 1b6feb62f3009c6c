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

    /**
     * A defined ratio. No change at all where lower is better is d * 0 = -0.0, which the rules, comparing
     * boxed numbers, would read as below a threshold of 0: it is made 0.0, as no change is.
     */
    static Ratio of(double value) {
        return new Ratio(value == 0.0 ? 0.0 : value, null);
    }

    static Ratio undefined(RatioGap gap) {
        return new Ratio(null, gap);
    }
}
