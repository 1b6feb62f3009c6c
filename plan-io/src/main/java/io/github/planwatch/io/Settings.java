package io.github.planwatch.io;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.planwatch.model.Message;

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

    private final Map<String, JsonNode> values;
    private final DocumentTree.Places places;
    private final boolean yaml;
    private final ProblemList problems;

    Settings(Map<String, JsonNode> values, DocumentTree.Places places, boolean yaml, ProblemList problems) {
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
        return places.source;
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
        return get(name, JsonNode::isNumber, JsonNode::decimalValue, Messages.of("describe.number"));
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
        if (s != null && s.isIntegralNumber() && !s.canConvertToInt()) {
            return wrong(name, s, Messages.of("settings.wholeNumberBetween", Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        return get(name, JsonNode::isIntegralNumber, JsonNode::intValue, Messages.of("describe.wholeNumber"));
    }

    /**
     * Returns a setting that is a text.
     *
     * @param name  the setting's name, not null
     * @return the text, or empty where the setting is not given or is not a text (a problem then)
     */
    public Optional<String> text(String name) {
        JsonNode s = values.get(Objects.requireNonNull(name, "name"));
        boolean quoteIt = yaml && s != null && (s.isNumber() || s.isBoolean());
        return get(name, JsonNode::isTextual, JsonNode::asText, Messages.of(quoteIt ? "settings.textInQuotes" : "settings.text"));
    }

    /**
     * Returns a setting that is true or false.
     *
     * @param name  the setting's name, not null
     * @return the value, or empty where the setting is not given or is not a boolean (a problem then)
     */
    public Optional<Boolean> bool(String name) {
        return get(name, JsonNode::isBoolean, JsonNode::booleanValue, Messages.of("describe.boolean"));
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
        problems.add(places.at(values.get(Objects.requireNonNull(name, "name")) == null ? "" : name, message));
    }

    /** A setting of one type: empty where not given, and where of another type (a problem then). */
    private <T> Optional<T> get(String name, Predicate<JsonNode> is, Function<JsonNode, T> value, Message expected) {
        JsonNode s = values.get(Objects.requireNonNull(name, "name"));
        if (s == null) {
            return Optional.empty();
        }
        return is.test(s) ? Optional.of(value.apply(s)) : wrong(name, s, expected);
    }

    private <T> Optional<T> wrong(String name, JsonNode s, Message expected) {
        problems.add(places.at(name, Messages.of("expectedFound", expected, DocumentSchema.found(s))));
        return Optional.empty();
    }
}
