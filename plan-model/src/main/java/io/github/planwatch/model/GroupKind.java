package io.github.planwatch.model;

/** The kind of group that a {@link GroupSummary} summarises. */
public enum GroupKind {
    /** The whole plan: every assessed target. */
    PLAN,
    /** An indicator category (一级指标): the targets of its indicators. */
    CATEGORY,
    /**
     * An area of work: the targets stated in its tasks and in the key-work items that carry out
     * those tasks. Indicators belong to categories, not areas, so their targets are not included.
     */
    AREA
}
