package io.github.planwatch.model;

/**
 * How a LEVEL target's value is read: as the level itself, or relative to the baseline of what it
 * measures. A relative target stands for the level it resolves to from the baseline and is judged
 * as that level.
 */
public enum TargetBasis {
    /** The value is the level: "6800 以上" is 6800. */
    ABSOLUTE,
    /** The value multiplies the baseline: 2 is "double", 0.5 is "halve". */
    MULTIPLE_OF_BASELINE,
    /** The value is a change in percent from the baseline: 20 is "+20% over 2020", -50 is "halve". */
    PERCENT_CHANGE_FROM_BASELINE
}
