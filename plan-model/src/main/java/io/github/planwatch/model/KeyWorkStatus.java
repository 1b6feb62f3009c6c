package io.github.planwatch.model;

/** The state of a key-work item as its units report it. */
public enum KeyWorkStatus {
    /** Work has not begun. */
    NOT_STARTED,
    /** Work is under way. */
    IN_PROGRESS,
    /** The work is done. */
    DONE,
    /** The work is behind its schedule. */
    DELAYED,
    /** The work has been dropped. */
    CANCELLED
}
