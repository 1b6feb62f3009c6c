package io.github.planwatch.model;

/** Why a target could not be judged: the reason that goes with {@link Status#INSUFFICIENT_DATA}. */
public enum InsufficientDataReason {
    /** There is no observation of what the target measures at or before the as-of year (since its base year). */
    NO_OBSERVATION,
    /** The target year has passed but no value was reported for it. */
    TARGET_YEAR_NOT_REPORTED,
    /** A year in which a yearly target was due has no value (or, for yearly growth, no value for the year before). */
    DUE_YEAR_NOT_REPORTED,
    /** The only data point is the base itself, so there is no trend to measure. */
    SINGLE_DATA_POINT,
    /** The base, latest and target values do not share a sign, so no growth rate can be taken. */
    MIXED_SIGNS,
    /** No year of a yearly target is due yet at the as-of year. */
    NOT_YET_DUE,
    /**
     * A milestone has no progress report yet, or its day has passed and no report on any key work or
     * milestone of the plan was given at all, so that nothing is known of it.
     */
    NOT_REPORTED
}
