package io.github.planwatch.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic for the key-work rules. */
final class Days {

    private Days() {
    }

    /** Returns the number of days from one date to a later one (negative if it is earlier). */
    public static long between(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** Returns the first day of a year. */
    public static LocalDate startOf(int year) {
        return LocalDate.of(year, 1, 1);
    }
}
