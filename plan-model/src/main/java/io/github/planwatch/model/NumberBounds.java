package io.github.planwatch.model;

import java.math.BigDecimal;

/**
 * How large and how precise the figures of a plan and its observations may be: at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_FRACTION_DIGITS}
 * after it, once trailing zeros are stripped. The model refuses other numbers at construction and
 * the readers refuse them in documents, both by these bounds: a number such as {@code 1e10000000}
 * would otherwise take minutes to print or compare, and {@code 1e400} overflows every ratio.
 */
public final class NumberBounds {

    /** The most digits a figure may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 30;
    /** The most digits a figure may have after its decimal point. */
    public static final int MAX_FRACTION_DIGITS = 20;

    private NumberBounds() {
    }

    /**
     * Checks whether a number lies within the bounds.
     *
     * @param value  the number, not null
     * @return true if it has no more digits than allowed before and after the point
     */
    public static boolean admits(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (long) stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_FRACTION_DIGITS;
    }

    /**
     * Says what a number within the bounds is, for a message.
     *
     * @return {@code a number with at most 30 digits before the decimal point and 20 after it}
     */
    public static String expected() {
        return "a number with at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                + MAX_FRACTION_DIGITS + " after it";
    }
}
