package io.github.planwatch.io;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.planwatch.model.Message;
import io.github.planwatch.model.Problem;

/**
 * The named settings of one document, as {@link SettingsDocuments} hands them to a mapping: each
 * a number, a text or a boolean, remembered with its line and column.
 *
 * <p>A getter whose setting has another type records a located problem and returns empty, as does
 * {@link #reject(String, String)} for a value the mapping finds wrong; {@link SettingsDocuments}
 * throws them all, with the document's own problems, once the mapping returns. One instance serves
 * one read; not thread-safe.
 */
public final class Settings {

    private final String source;
    private final Map<String, JsonNode> values;
    private final DocumentTree.Places places;
    private final boolean yaml;
    private final ProblemList problems;

    Settings(String source, Map<String, JsonNode> values, DocumentTree.Places places, boolean yaml,
             ProblemList problems) {
        this.source = source;
        this.values = new LinkedHashMap<>(values);
        this.places = places;
        this.yaml = yaml;
        this.problems = problems;
    }

    /**
     * Returns the name of the document, such as its file name.
     *
     * @return the name, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the names of the settings the document gives, in document order; a setting given as
     * null counts as not given.
     *
     * @return the names, not null
     */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /**
     * Returns a setting that is a number.
     *
     * @param name  the setting's name, not null
     * @return the number, or empty where the setting is not given or is not a number (a problem then)
     */
    public Optional<BigDecimal> number(String name) {
        JsonNode s = values.get(Objects.requireNonNull(name, "name"));
        if (s == null) {
            return Optional.empty();
        }
        if (s.isNumber()) {
            return Optional.of(s.decimalValue());
        }
        return wrong(name, s, Messages.of("describe.number"));
    }

    /**
     * Returns a setting that is a whole number.
     *
     * @param name  the setting's name, not null
     * @return the number, or empty where the setting is not given or is not a whole number that fits
     *         an int (a problem then)
     */
    public Optional<Integer> wholeNumber(String name) {
        JsonNode s = values.get(Objects.requireNonNull(name, "name"));
        if (s == null) {
            return Optional.empty();
        }
        if (s.isIntegralNumber()) {
            try {
                return Optional.of(s.decimalValue().intValueExact());
            } catch (ArithmeticException ex) {
                return wrong(name, s, Messages.of("settings.wholeNumberBetween", Integer.MIN_VALUE, Integer.MAX_VALUE));
            }
        }
        return wrong(name, s, Messages.of("describe.wholeNumber"));
    }

    /**
     * Returns a setting that is a text.
     *
     * @param name  the setting's name, not null
     * @return the text, or empty where the setting is not given or is not a text (a problem then)
     */
    public Optional<String> text(String name) {
        JsonNode s = values.get(Objects.requireNonNull(name, "name"));
        if (s == null) {
            return Optional.empty();
        }
        if (s.isTextual()) {
            return Optional.of(s.asText());
        }
        return wrong(name, s, Messages.of(yaml && (s.isNumber() || s.isBoolean()) ? "settings.textInQuotes" : "settings.text"));
    }

    /**
     * Returns a setting that is true or false.
     *
     * @param name  the setting's name, not null
     * @return the value, or empty where the setting is not given or is not a boolean (a problem then)
     */
    public Optional<Boolean> bool(String name) {
        JsonNode s = values.get(Objects.requireNonNull(name, "name"));
        if (s == null) {
            return Optional.empty();
        }
        if (s.isBoolean()) {
            return Optional.of(s.booleanValue());
        }
        return wrong(name, s, Messages.of("describe.boolean"));
    }

    /**
     * Records that a setting's value is wrong, at the value's line and column; at the document's
     * start where the setting is not given.
     *
     * @param name  the setting's name, not null
     * @param message  what is wrong and what was expected, not null
     */
    public void reject(String name, String message) {
        reject(name, Message.literal(Objects.requireNonNull(message, "message")));
    }

    /**
     * Records that a setting's value is wrong, at the value's line and column, with a message that
     * can be said in more than one language; at the document's start where the setting is not given.
     *
     * @param name  the setting's name, not null
     * @param message  what is wrong and what was expected, not null
     */
    public void reject(String name, Message message) {
        Objects.requireNonNull(message, "message");
        if (values.get(Objects.requireNonNull(name, "name")) == null) {
            int[] at = places.ofValue("");
            problems.add(new Problem(source, at[0], at[1], "", message));
        } else {
            int[] at = places.ofValue(name);
            problems.add(new Problem(source, at[0], at[1], name, message));
        }
    }

    private <T> Optional<T> wrong(String name, JsonNode s, Message expected) {
        int[] at = places.ofValue(name);
        problems.add(new Problem(source, at[0], at[1], name, Messages.of("expectedFound", expected, DocumentSchema.found(s))));
        return Optional.empty();
    }
}
