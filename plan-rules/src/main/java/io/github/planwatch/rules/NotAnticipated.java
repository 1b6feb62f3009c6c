package io.github.planwatch.rules;

/** Why no value can be anticipated for a target year. */
enum NotAnticipated {
    /** The values fall in fewer than two years: one year's value shows no trend. */
    TOO_FEW_YEARS,
    /** The target year is not after the latest value: that value, not a trend, speaks for it. */
    TARGET_YEAR_NOT_AHEAD,
    /**
     * A growth trend (CAGR) was asked for, but a value is 0 or the values differ in sign: no
     * growth rate runs through them.
     */
    NO_GROWTH_TREND,
    /** The trend, carried to the target year, leaves the range of numbers that can be held. */
    OUT_OF_RANGE
}
