package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the value types; each message names the field and the bad value. */
final class Checks {

    /**
     * The form of an id, compiled once: {@code String.matches} would compile it again for every id
     * checked, and values with ids are made by the thousand in an evaluation.
     */

    private Checks() {
    }

    /** A field path as a reader of a document can place it: {@code targets[2].value}. */
    private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z]+(?:\\[\\d+])*(?:\\.[A-Za-z]+(?:\\[\\d+])*)*");

    /**
     * Refuses a value at a field, with a message of the model's bundle: said in English as
     * {@code field: message}, and at the field in every language.
     *
     * @param field  the field path relative to the record, such as {@code ranking}; empty for the record
     * @param key  the key in the model's bundle
     * @param arguments  the arguments of the message
     * @return the exception to throw
     */
    static BrokenRuleException refused(String field, String key, Object... arguments) {
        return refused(field, Message.ofModel(key, arguments));
    }

    /**
     * Refuses a value at a field with a message: said in English as {@code field: message}, and at
     * the field in every language.
     *
     * @param field  the field path relative to the record; empty for the record
     * @param text  what is wrong
     * @return the exception to throw
     */
    static BrokenRuleException refused(String field, Message text) {
        return new BrokenRuleException(field.isEmpty() ? text.toString() : field + ": " + text,
                List.of(Problem.at(field, text)));
    }

    /**
     * Refuses a value at a field with a message of the model's bundle that needs no field before it:
     * said in English as the message alone, and at the field in every language.
     *
     * @param field  the field path relative to the record, such as {@code score}; empty for the record
     * @param key  the key in the model's bundle
     * @param arguments  the arguments of the message
     * @return the exception to throw
     */
    static BrokenRuleException refusedAt(String field, String key, Object... arguments) {
        Message text = Message.ofModel(key, arguments);
        return new BrokenRuleException(text.toString(), List.of(Problem.at(field, text)));
    }

    /**
     * A value as a message says it: the value itself, or where it is absent {@code null} in English,
     * as a document writes it, and the word for none in Chinese.
     */
    static Object orNone(Object value) {
        return value == null ? Message.ofModel("null") : value;
    }

    /**
     * Refuses the value of a field with a message that continues the field's name: said in English
     * as {@code field must ...}, and at the field in every language where the name is a field path
     * (else with the name before the message).
     *
     * @param field  the field's name, such as {@code id} or {@code issueDate's year}
     * @param key  the key in the model's bundle, whose English pattern continues the name
     * @param arguments  the arguments of the message
     * @return the exception to throw
     */
    static BrokenRuleException refusedOf(String field, String key, Object... arguments) {
        Message text = Message.ofModel(key, arguments);
        String english = field + " " + text;
        return FIELD_PATH.matcher(field).matches()
                ? new BrokenRuleException(english, List.of(Problem.at(field, text)))
                : new BrokenRuleException(english, List.of(Problem.at("", Message.ofModel("checks.field", field, text))));
    }

    static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw refusedOf(field, "checks.blank");
        }
        return value;
    }

    static String requireId(String value, String field) {
        requireText(value, field);
        if (!isId(value)) {
            throw refusedOf(field, "checks.id", Message.quoted(value));
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
            throw refusedOf(field, "checks.positive", value);
        }
        return value;
    }

    static int requireYear(int value, String field) {
        if (value < 1900 || value > 2200) {
            throw refusedOf(field, "checks.year", value);
        }
        return value;
    }

    /** Refuses a figure outside {@link NumberBounds}, before anything expands it, and normalises it. */
    static BigDecimal figure(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (!NumberBounds.admits(value)) {
            String shown = value.toString();
            throw refusedOf(field, "checks.figure", NumberBounds.MAX_INTEGER_DIGITS, NumberBounds.MAX_FRACTION_DIGITS,
                    shown.length() > 40 ? shown.substring(0, 40) + "..." : shown);
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
            throw refusedOf(field, "checks.idTwice", String.valueOf(copy));
        }
        return copy;
    }
}
