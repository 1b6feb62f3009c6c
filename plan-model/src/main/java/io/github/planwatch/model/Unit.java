package io.github.planwatch.model;

import java.util.Objects;

/**
 * The unit an indicator is measured in, named in one or more languages, as the plan writes it
 * first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the unit's name by language, such as {@code 亿元} and {@code 100 million yuan}, not null
 * @param negativeAllowed  whether a value in this unit can be negative (a growth rate can, a count cannot)
 */
public record Unit(LocalizedText name, boolean negativeAllowed) {

    /**
     * Checks the name.
     *
     * @param name  the unit's name by language, not null
     * @param negativeAllowed  whether a value in this unit can be negative
     */
    public Unit {
        Objects.requireNonNull(name, "name");
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
