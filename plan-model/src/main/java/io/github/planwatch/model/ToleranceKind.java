package io.github.planwatch.model;

/** How the width of an "about" band is given. */
public enum ToleranceKind {
    /** A fraction of the target value: 0.05 is 5% of it. */
    RELATIVE,
    /** An amount in the indicator's own unit. */
    ABSOLUTE
}
