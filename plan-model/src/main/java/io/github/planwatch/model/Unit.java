package io.github.planwatch.model;

/**
 * The unit an indicator is measured in, as the plan writes it and in English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zh  the unit as the plan writes it, such as {@code 亿元}, not blank
 * @param en  the unit in English, such as {@code 100 million yuan}, not blank
 * @param negativeAllowed  whether a value in this unit can be negative (a growth rate can, a count cannot)
 */
public record Unit(String zh, String en, boolean negativeAllowed) {

    /**
     * Checks the names.
     *
     * @param zh  the unit as the plan writes it, such as {@code 亿元}, not blank
     * @param en  the unit in English, such as {@code 100 million yuan}, not blank
     * @param negativeAllowed  whether a value in this unit can be negative (a growth rate can, a count cannot)
     */
    public Unit {
        Checks.requireText(zh, "zh");
        Checks.requireText(en, "en");
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
}
