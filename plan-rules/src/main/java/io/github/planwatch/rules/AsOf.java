package io.github.planwatch.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The point in time of an evaluation, as a fact that rules match: the as-of year, whose
 * observations are the last taken into account, and the reference date against which key-work
 * progress reports are read.
 *
 * <p>A rule of one's own may match it, as in {@code AsOf( $year : year )}. Immutable and thread-safe.
 *
 * @param year  the as-of year
 * @param date  the reference date, not before the as-of year, not null
 */
public record AsOf(int year, LocalDate date) {

    /**
     * Checks that the date does not lie before the year.
     *
     * @param year  the as-of year
     * @param date  the reference date, not before the as-of year, not null
     */
    public AsOf {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < year) {
            throw new IllegalArgumentException("date " + date + " must not be before the as-of year " + year);
        }
    }
}
