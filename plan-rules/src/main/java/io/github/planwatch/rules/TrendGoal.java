package io.github.planwatch.rules;

/**
 * A fact: the target that says which way a subject's values should move, for the regression rule:
 * the first LEVEL, CUMULATIVE or HOLD_BAND target still ahead at the as-of year, or the last one.
 *
 * @param subject  the subject's id
 * @param targetId  the target's id
 * @param yardstick  how values are held against it
 */
record TrendGoal(String subject, String targetId, Yardstick yardstick) {
}
