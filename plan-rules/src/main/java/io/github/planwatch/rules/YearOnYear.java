package io.github.planwatch.rules;

/**
 * Two values of a subject in consecutive calendar years, as the suspicious-jump rule reads them
 * from {@link Subject#yearOnYear()}.
 *
 * @param before  the value of the earlier year
 * @param after  the value of the year after it
 */
record YearOnYear(SeriesPoint before, SeriesPoint after) {
}
