package io.github.planwatch.model;

/** How progress toward a target is measured. */
public enum ProgressMethod {
    /** Compound annual growth rate, observed against required; the default. */
    CAGR,
    /**
     * Absolute yearly change, observed against required; for counts and quantities that start near
     * zero, where a growth rate means nothing.
     */
    LINEAR
}
