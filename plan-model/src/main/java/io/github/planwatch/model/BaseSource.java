package io.github.planwatch.model;

/** Where the base value ({@code y0} in the methodology) of an assessment comes from. */
public enum BaseSource {
    /** The baseline that the plan states. */
    BASELINE,
    /** The earliest observation, because the plan states no baseline (such as "--"). */
    FIRST_OBSERVATION,
    /**
     * Zero in the year before a running total starts to count, for a CUMULATIVE target without a
     * baseline: the total counted from the first year of the span is nothing before it.
     */
    RUNNING_TOTAL_START,
    /**
     * The value the plan states without a year ("from the current 69%"), taken as the value in the
     * plan's first year, because the plan states no baseline and no value is observed in or before
     * that year.
     */
    REFERENCE_VALUE
}
