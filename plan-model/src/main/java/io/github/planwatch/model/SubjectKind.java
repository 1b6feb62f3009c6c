package io.github.planwatch.model;

/** What an assessment belongs to, or what a finding is about. */
public enum SubjectKind {
    /** The plan as a whole. */
    PLAN,
    /** A quantified indicator (identified by its id). */
    INDICATOR,
    /** One target (identified by its id); for a target stated in a task or key-work item, also what it measures. */
    TARGET,
    /** A task (identified by its number, written as a string such as {@code 3}). */
    TASK,
    /** An item of a yearly key-work list (identified by its id, such as {@code kw-2020-9}). */
    KEY_WORK_ITEM,
    /** A unit, that is, an organisation of the plan (identified by its id). */
    UNIT
}
