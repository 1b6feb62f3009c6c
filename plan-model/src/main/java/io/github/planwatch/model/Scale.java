package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one of a unit counts: {@code 亿元} is 100000000 of {@code 元} (yuan), "million persons" is
 * 1000000 persons. It tells a reader, or a tool that converts values, what a figure stands for;
 * planwatch itself compares values in the unit as written and never converts them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param factor  how many of {@code of} one of the unit is, more than 0, not null
 * @param of  the unit counted, such as {@code 元} and {@code yuan}, not null
 */
public record Scale(BigDecimal factor, LocalizedText of) {

    /**
     * Checks that the factor is positive and normalises it.
     *
     * @param factor  how many of {@code of} one of the unit is, more than 0, not null
     * @param of  the unit counted, not null
     */
    public Scale {
        factor = Checks.figure(factor, "factor");
        if (factor.signum() <= 0) {
            throw Checks.refusedOf("factor", "scale.factor", factor.toPlainString());
        }
        Objects.requireNonNull(of, "of");
    }
}
