package io.github.planwatch.rules;

import java.util.List;

/**
 * The codes of the findings that the built-in rules raise. A code is stable: reports and other
 * programs may key on it. Rules of one's own may raise findings with codes of their own.
 */
public final class FindingCodes {

    /** A task or key-work item names responsible units but no lead unit (WARNING). */
    public static final String TASK_WITHOUT_LEAD_UNIT = "TASK_WITHOUT_LEAD_UNIT";
    /** One unit leads more tasks and key-work items than the policy allows (WARNING). */
    public static final String LEAD_UNIT_OVERLOAD = "LEAD_UNIT_OVERLOAD";
    /** No unit is accountable for an indicator (WARNING). */
    public static final String INDICATOR_WITHOUT_OWNER = "INDICATOR_WITHOUT_OWNER";
    /** The plan states no baseline, so the assessment started from the first observation (INFO). */
    public static final String BASELINE_MISSING = "BASELINE_MISSING";
    /** No value of an indicator or target in the last K years up to the as-of year (WARNING). */
    public static final String STALE_DATA = "STALE_DATA";
    /** The latest observation moved away from the target compared with the value before it (WARNING). */
    public static final String REGRESSION = "REGRESSION";
    /** A later target is less ambitious than an earlier one, or the baseline already meets a target (WARNING). */
    public static final String TARGET_INCONSISTENT = "TARGET_INCONSISTENT";
    /** A nearer target is missed or deteriorating while a later one is still ahead (CRITICAL). */
    public static final String OFF_TRACK_AHEAD = "OFF_TRACK_AHEAD";
    /** A key-work item is not done after its year (CRITICAL). */
    public static final String KEY_WORK_OVERDUE = "KEY_WORK_OVERDUE";
    /** No progress report on any key-work item was given, where the plan has key work under way (WARNING). */
    public static final String KEY_WORK_NOT_REPORTED = "KEY_WORK_NOT_REPORTED";

    /** An open key-work item has had no progress report for longer than the policy allows (WARNING). */
    public static final String KEY_WORK_NO_UPDATE = "KEY_WORK_NO_UPDATE";
    /** A status rests on provisional figures (INFO). */
    public static final String PROVISIONAL_BASIS = "PROVISIONAL_BASIS";
    /** A year-on-year change beyond the policy's bound, which usually means a change of unit or definition (WARNING). */
    public static final String SUSPICIOUS_JUMP = "SUSPICIOUS_JUMP";

    /** A status is measured across a break in series, from values that are not comparable (WARNING). */
    public static final String SERIES_BREAK = "SERIES_BREAK";

    /** Every built-in code, in the order above. */
    public static final List<String> BUILT_IN = List.of(TASK_WITHOUT_LEAD_UNIT, LEAD_UNIT_OVERLOAD,
            INDICATOR_WITHOUT_OWNER, BASELINE_MISSING, STALE_DATA, REGRESSION, TARGET_INCONSISTENT, OFF_TRACK_AHEAD,
            KEY_WORK_OVERDUE, KEY_WORK_NOT_REPORTED, KEY_WORK_NO_UPDATE, PROVISIONAL_BASIS, SUSPICIOUS_JUMP,
            SERIES_BREAK);

    private FindingCodes() {
    }
}
