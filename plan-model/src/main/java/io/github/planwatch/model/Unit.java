package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The unit an indicator is measured in, named in one or more languages, as the plan writes it
 * first, with the values it admits and what one of it counts.
 *
 * <p>A value in the unit is admitted if it is not negative where {@code negativeAllowed} is false,
 * and lies within the bounds where they are given: a percentage share lies in 0–100. Bounds are
 * inclusive; a lower bound below 0 needs {@code negativeAllowed}. Immutable and thread-safe.
 *
 * @param name  the unit's name by language, such as {@code 亿元} and {@code 100 million yuan}, not null
 * @param negativeAllowed  whether a value in this unit can be negative (a growth rate can, a count cannot)
 * @param lowerBound  the least value the unit admits, or null for none beyond the sign
 * @param upperBound  the greatest value the unit admits, or null for none
 * @param scale  what one of the unit counts, such as 100000000 yuan for 亿元, or null where not stated
 */
public record Unit(LocalizedText name, boolean negativeAllowed, BigDecimal lowerBound, BigDecimal upperBound,
                   Scale scale) {

    /**
     * Checks the name and that the bounds fit together and with the sign.
     *
     * @param name  the unit's name by language, not null
     * @param negativeAllowed  whether a value in this unit can be negative
     * @param lowerBound  the least value admitted, or null
     * @param upperBound  the greatest value admitted, or null
     * @param scale  what one of the unit counts, or null
     */
    public Unit {
        Objects.requireNonNull(name, "name");
        lowerBound = lowerBound == null ? null : Checks.figure(lowerBound, "lowerBound");
        upperBound = upperBound == null ? null : Checks.figure(upperBound, "upperBound");
        if (lowerBound != null && lowerBound.signum() < 0 && !negativeAllowed) {
            throw Checks.refused("lowerBound", "unit.lowerBelowZero", lowerBound.toPlainString());
        }
        if (upperBound != null && upperBound.signum() < 0 && !negativeAllowed) {
            throw Checks.refused("upperBound", "unit.upperBelowZero", upperBound.toPlainString());
        }
        if (lowerBound != null && upperBound != null && lowerBound.compareTo(upperBound) > 0) {
            throw Checks.refused("upperBound", "unit.upperBelowLower", lowerBound.toPlainString(), upperBound.toPlainString());
        }
    }

    /**
     * Obtains a unit without bounds or scale.
     *
     * @param name  the unit's name by language, not null
     * @param negativeAllowed  whether a value in this unit can be negative
     */
    public Unit(LocalizedText name, boolean negativeAllowed) {
        this(name, negativeAllowed, null, null, null);
    }

    /**
     * Keeps the form of a unit named in Chinese and English, the languages of a version-1 document.
     *
     * @param zh  the unit as the plan writes it, such as {@code 亿元}, not blank
     * @param en  the unit in English, such as {@code 100 million yuan}, not blank
     * @param negativeAllowed  whether a value in this unit can be negative (a growth rate can, a count cannot)
     */
    public Unit(String zh, String en, boolean negativeAllowed) {
        this(LocalizedText.of(zh, en), negativeAllowed);
    }

    /**
     * Obtains a unit whose values cannot be negative, the common case.
     *
     * @param zh  the unit as the plan writes it, not blank
     * @param en  the unit in English, not blank
     * @return the unit, not null
     */
    public static Unit of(String zh, String en) {
        return new Unit(zh, en, false);
    }

    /**
     * Returns a copy of this unit with bounds.
     *
     * @param lower  the least value admitted, or null
     * @param upper  the greatest value admitted, or null
     * @return the copy, not null
     */
    public Unit withBounds(BigDecimal lower, BigDecimal upper) {
        return new Unit(name, negativeAllowed, lower, upper, scale);
    }

    /**
     * Returns a copy of this unit with a scale.
     *
     * @param newScale  what one of the unit counts, or null
     * @return the copy, not null
     */
    public Unit withScale(Scale newScale) {
        return new Unit(name, negativeAllowed, lowerBound, upperBound, newScale);
    }

    /**
     * Checks whether the unit states a bound.
     *
     * @return true if it has a lower or an upper bound
     */
    public boolean isBounded() {
        return lowerBound != null || upperBound != null;
    }

    /**
     * Checks whether a value lies within the unit's bounds; the sign is checked apart, by
     * {@code negativeAllowed}.
     *
     * @param value  the value, not null
     * @return true if no bound refuses it
     */
    public boolean withinBounds(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return (lowerBound == null || value.compareTo(lowerBound) >= 0)
                && (upperBound == null || value.compareTo(upperBound) <= 0);
    }

    /**
     * Says which values the bounds admit, for a message: {@code from 0 to 100}, {@code at least 0},
     * {@code at most 100}.
     *
     * @return the bounds in words, or an empty text where there are none
     */
    public String bounds() {
        return isBounded() ? within().in(Locale.ENGLISH) : "";
    }

    /** The bounds in words, in the model's message bundle: the one place they are said; only for a bounded unit. */
    private Message within() {
        return lowerBound != null && upperBound != null
                ? Message.ofModel("unit.bounds.between", lowerBound.toPlainString(), upperBound.toPlainString())
                : lowerBound != null
                ? Message.ofModel("unit.bounds.atLeast", lowerBound.toPlainString())
                : Message.ofModel("unit.bounds.atMost", upperBound.toPlainString());
    }

    /**
     * Says that a value lies outside the unit's bounds, naming the unit as the plan writes it and
     * its bounds: the one message for such a value wherever it is found (a plan, an observation,
     * a workbook), in English and Chinese.
     *
     * @param value  the value found, not null
     * @return the message, not null
     * @throws IllegalStateException if the unit has no bounds
     */
    public Message outOfBounds(BigDecimal value) {
        return outOfBounds(value, null);
    }

    /**
     * Says that a value of a subject (an indicator, a target) lies outside the unit's bounds, as
     * {@link #outOfBounds(BigDecimal)} does, naming the subject too.
     *
     * @param value  the value found, not null
     * @param subject  what the value measures, such as "indicator 'gdp'", or null for none
     * @return the message, not null
     * @throws IllegalStateException if the unit has no bounds, so that no value lies outside them
     */
    public Message outOfBounds(BigDecimal value, Message subject) {
        Objects.requireNonNull(value, "value");
        if (!isBounded()) {
            throw new IllegalStateException("unit " + en() + " has no bounds to lie outside of");
        }
        Message within = within();
        Message unit = described();
        return subject == null ? Message.ofModel("unit.outOfBounds", unit, within, value.toPlainString())
                : Message.ofModel("unit.outOfBounds.of", unit, within, value.toPlainString(), subject);
    }

    /**
     * The unit as a message names it: by its Chinese and its English name, {@code % (percent)}, or by
     * its one name where the two are the same, as for a unit named in one language only.
     */
    Message described() {
        return zh().equals(en()) ? Message.literal(en()) : Message.ofModel("unit.name", zh(), en());
    }

    /**
     * Returns the unit's Chinese name, or its name in its own language where there is no Chinese.
     *
     * @return the name, not null
     */
    public String zh() {
        return name.zh();
    }

    /**
     * Returns the unit's English name, or its name in its own language where there is no English.
     *
     * @return the name, not null
     */
    public String en() {
        return name.en();
    }
}
