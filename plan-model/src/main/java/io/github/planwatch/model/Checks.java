package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the value types; each message names the field and the bad value. */
final class Checks {

    /**
     * The form of an id, compiled once: {@code String.matches} would compile it again for every id
     * checked, and values with ids are made by the thousand in an evaluation.
     */

    private Checks() {
    }

    static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String requireId(String value, String field) {
        requireText(value, field);
        if (!isId(value)) {
            throw new IllegalArgumentException(field + " must be lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit, got '" + value + "'");
        }
        return value;
    }

    /**
     * Whether a text is an id: {@code [a-z0-9][a-z0-9._-]*}, the pattern plan.schema.json states.
     * Tested by hand because every record of a plan and an evaluation checks its ids, and a regular
     * expression's matcher cost a tenth of a small plan's evaluation.
     */
    static boolean isId(String value) {
        if (value.isEmpty() || !lowerOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!lowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static int requirePositive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
        return value;
    }

    static int requireYear(int value, String field) {
        if (value < 1900 || value > 2200) {
            throw new IllegalArgumentException(field + " must be a year between 1900 and 2200, got " + value);
        }
        return value;
    }

    /** Refuses a figure outside {@link NumberBounds}, before anything expands it, and normalises it. */
    static BigDecimal figure(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (!NumberBounds.admits(value)) {
            String shown = value.toString();
            throw new IllegalArgumentException(field + " must be " + NumberBounds.expected() + ", got "
                    + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown));
        }
        return normalise(value, field);
    }

    /** Strips trailing zeros so that 1.0 and 1.00 are the same value (and equal records). */
    static BigDecimal normalise(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 100 into 1E+2; keep integers at scale 0 so they print as written.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static <T> List<T> copyList(List<T> list, String field) {
        Objects.requireNonNull(list, field);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
        }
        return List.copyOf(list);
    }

    static List<String> copyIds(List<String> list, String field) {
        List<String> copy = copyList(list, field);
        for (int i = 0; i < copy.size(); i++) {
            requireId(copy.get(i), field + "[" + i + "]");
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(field + " must not name the same id twice, got " + copy);
        }
        return copy;
    }
}
