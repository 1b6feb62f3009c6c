package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The judgement on one year of a yearly target (YEARLY_GROWTH, YEARLY_COUNT, HOLD_BAND).
 *
 * <p>{@code value} is what was compared with the target in that year: the growth over the year
 * before in percent for YEARLY_GROWTH (10 means 10%), the count for YEARLY_COUNT, the value for
 * HOLD_BAND. Immutable and thread-safe.
 *
 * @param year  the year
 * @param value  the value compared, or null where the year could not be judged
 * @param status  ACHIEVED, MISSED or INSUFFICIENT_DATA, not null
 * @param provisional  whether the value rests on a provisional figure
 */
public record YearResult(int year, BigDecimal value, Status status, boolean provisional) {

    /**
     * Checks that a judged year has a value and an unjudged one has none.
     *
     * @param year  the year
     * @param value  the value compared, or null where the year could not be judged
     * @param status  ACHIEVED, MISSED or INSUFFICIENT_DATA, not null
     * @param provisional  whether the value rests on a provisional figure
     */
    public YearResult {
        Checks.requireYear(year, "year");
        Objects.requireNonNull(status, "status");
        if (status != Status.ACHIEVED && status != Status.MISSED && status != Status.INSUFFICIENT_DATA) {
            throw Checks.refusedAt("status", "yearResult.status", status);
        }
        if ((value == null) != (status == Status.INSUFFICIENT_DATA)) {
            throw Checks.refusedAt(value != null ? "value" : "status", "yearResult.value", year, Checks.orNone(value), status);
        }
        value = value == null ? null : Checks.normalise(value, "value");
    }
}
