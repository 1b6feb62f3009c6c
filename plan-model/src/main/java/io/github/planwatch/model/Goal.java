package io.github.planwatch.model;

/**
 * An overall, qualitative goal of a plan for a year (总体目标).
 *
 * <p>Immutable and thread-safe.
 *
 * @param year  the year the goal is for
 * @param text  the plan's text for the goal, not blank
 * @param summary  the goal in a sentence of English, not blank
 */
public record Goal(int year, String text, String summary) {

    /**
     * Checks the parts.
     *
     * @param year  the year the goal is for
     * @param text  the plan's text for the goal, not blank
     * @param summary  the goal in a sentence of English, not blank
     */
    public Goal {
        Checks.requireYear(year, "year");
        Checks.requireText(text, "text");
        Checks.requireText(summary, "summary");
    }
}
