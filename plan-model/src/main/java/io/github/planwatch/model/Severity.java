package io.github.planwatch.model;

/** How much a finding endangers the plan, from least to most. */
public enum Severity {
    /** Worth knowing when reading the results; no action is needed by itself. */
    INFO,
    /** A weakness that may put targets at risk or make the results less reliable. */
    WARNING,
    /** A target is already lost or a commitment has lapsed. */
    CRITICAL
}
