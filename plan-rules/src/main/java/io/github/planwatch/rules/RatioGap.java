package io.github.planwatch.rules;

/** Why a progress ratio is not defined. */
enum RatioGap {
    /** The point judged is the base itself (or lies before it): there is no trend. */
    SINGLE_DATA_POINT,
    /** The base, latest and target values do not share a sign: no growth rate can be taken. */
    MIXED_SIGNS,
    /** The base already sat on the target, so the required pace is zero and no ratio can be formed. */
    BASE_ON_TARGET
}
