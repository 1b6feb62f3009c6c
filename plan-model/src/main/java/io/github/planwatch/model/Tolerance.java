package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The half-width of an "about" (左右) band: relative to the target value or absolute.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind  relative or absolute, not null
 * @param value  the fraction (relative) or amount (absolute), not negative
 */
public record Tolerance(ToleranceKind kind, BigDecimal value) {

    /**
     * Checks the parts and normalises the value.
     *
     * @param kind  relative or absolute, not null
     * @param value  the fraction (relative) or amount (absolute), not negative
     */
    public Tolerance {
        Objects.requireNonNull(kind, "kind");
        value = Checks.figure(value, "value");
        if (value.signum() < 0) {
            Message text = Message.ofModel("tolerance.negative", value.toPlainString());
            throw new BrokenRuleException("tolerance value " + text, java.util.List.of(Problem.at("value", text)));
        }
    }

    /**
     * Obtains a tolerance that is a fraction of the target value.
     *
     * @param fraction  the fraction, such as 0.05 for 5%, not negative
     * @return the tolerance, not null
     */
    public static Tolerance relative(BigDecimal fraction) {
        return new Tolerance(ToleranceKind.RELATIVE, fraction);
    }

    /**
     * Obtains a tolerance that is an amount in the indicator's unit.
     *
     * @param amount  the amount, not negative
     * @return the tolerance, not null
     */
    public static Tolerance absolute(BigDecimal amount) {
        return new Tolerance(ToleranceKind.ABSOLUTE, amount);
    }

    /**
     * Returns the half-width of the band around a target value.
     *
     * @param target  the target value, not null
     * @return the half-width in the indicator's unit, not negative
     */
    public BigDecimal halfWidthAround(BigDecimal target) {
        return kind == ToleranceKind.ABSOLUTE ? value : target.abs().multiply(value);
    }
}
