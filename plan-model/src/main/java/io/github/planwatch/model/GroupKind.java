package io.github.planwatch.model;

/** The kind of group that a {@link GroupSummary} summarises. */
public enum GroupKind {
    /** The whole plan: every assessed target. */
    PLAN,
    /** An indicator category (一级指标): the targets of its indicators. */
    CATEGORY,
    /**
     * An area of work: the targets stated in its tasks, in the key-work items that carry out those
     * tasks, and of the indicators that measure those tasks.
     */
    AREA,
    /**
     * The targets of one nature, {@code binding} or {@code expected} (the group's id is the
     * {@link TargetNature}'s name in lower case): present only where a plan states targets of both
     * natures, so that expected values are summed up apart from binding commitments.
     */
    NATURE
}
