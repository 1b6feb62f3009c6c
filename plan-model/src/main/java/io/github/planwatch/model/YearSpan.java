package io.github.planwatch.model;

import java.util.stream.IntStream;

/**
 * The years from {@code first} to {@code last}, both included.
 *
 * <p>Immutable and thread-safe. {@link #parse(CharSequence)} reads what {@link #toString()} writes,
 * {@code 2020-2022}, or a single year.
 *
 * @param first  the first year
 * @param last  the last year, not before {@code first}
 */
public record YearSpan(int first, int last) {

    /**
     * Checks that the span is not empty.
     *
     * @param first  the first year
     * @param last  the last year, not before {@code first}
     */
    public YearSpan {
        Checks.requireYear(first, "first");
        Checks.requireYear(last, "last");
        if (last < first) {
            throw Checks.refused("", "years.reversed", last, first);
        }
    }

    /**
     * Obtains the span of two years, both included.
     *
     * @param first  the first year
     * @param last  the last year
     * @return the span, not null
     * @throws IllegalArgumentException if {@code last < first}
     */
    public static YearSpan of(int first, int last) {
        return new YearSpan(first, last);
    }

    /**
     * Obtains the span of one year.
     *
     * @param year  the year
     * @return the span, not null
     */
    public static YearSpan ofYear(int year) {
        return new YearSpan(year, year);
    }

    /**
     * Obtains a span from text such as {@code 2020-2022} or {@code 2022}.
     *
     * @param text  the text, not null
     * @return the span, not null
     * @throws IllegalArgumentException if the text is not a span
     */
    public static YearSpan parse(CharSequence text) {
        String s = text.toString().trim();
        try {
            int dash = s.indexOf('-', 1);
            if (dash < 0) {
                return ofYear(Integer.parseInt(s));
            }
            return of(Integer.parseInt(s.substring(0, dash).trim()), Integer.parseInt(s.substring(dash + 1).trim()));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("expected a year or a span such as 2020-2022, got '" + s + "'", ex);
        }
    }

    /**
     * Checks whether a year lies in the span.
     *
     * @param year  the year
     * @return true if {@code first <= year <= last}
     */
    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /**
     * Returns the number of years in the span.
     *
     * @return the length, at least 1
     */
    public int length() {
        return last - first + 1;
    }

    /**
     * Returns the years of the span in order.
     *
     * @return the years, not null
     */
    public IntStream years() {
        return IntStream.rangeClosed(first, last);
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
