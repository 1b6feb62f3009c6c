package io.github.planwatch.model;

import java.math.BigDecimal;

/**
 * Where a target's subject is anticipated to be in the target year on present trends: the value of
 * a time-weighted trend over all its known values, extrapolated to that year, with a band, the gap
 * to the target and whether the target is anticipated to be met.
 *
 * <p>It stands beside a target's status and never replaces it: the status judges the base and the
 * latest value, this looks at every value. {@code low} and {@code high} bound the value that the
 * target year's own figure may take if the trend goes on and the figures scatter about it as they
 * have; both are null where the values leave nothing to estimate that scatter from (two values fix
 * a trend exactly). {@code gap} is how far the anticipated value falls short of meeting the target,
 * in the subject's unit: positive where it falls short, zero or negative (the margin to spare)
 * where it meets. {@code met} says whether the anticipated value meets the target by the target's
 * own comparison; for a target that asks to stay strictly below a level, a gap of exactly zero is
 * not met. Immutable and thread-safe.
 *
 * @param year  the target year the value is anticipated for
 * @param value  the anticipated value in the subject's unit, not null
 * @param low  the lower end of the band, or null where there is no band
 * @param high  the upper end of the band, or null where there is no band
 * @param gap  how far the anticipated value falls short of the target, not null
 * @param met  whether the anticipated value meets the target
 */
public record Anticipation(int year, BigDecimal value, BigDecimal low, BigDecimal high, BigDecimal gap, boolean met) {

    /**
     * Checks the parts and that the band holds the value; normalises the numbers.
     *
     * @param year  the target year the value is anticipated for
     * @param value  the anticipated value in the subject's unit, not null
     * @param low  the lower end of the band, or null where there is no band
     * @param high  the upper end of the band, or null where there is no band
     * @param gap  how far the anticipated value falls short of the target, not null
     * @param met  whether the anticipated value meets the target
     */
    public Anticipation {
        Checks.requireYear(year, "year");
        value = Checks.normalise(value, "value");
        gap = Checks.normalise(gap, "gap");
        if ((low == null) != (high == null)) {
            throw Checks.refusedAt(low != null ? "low" : "high", "anticipation.oneEnd", Checks.orNone(low), Checks.orNone(high));
        }
        if (low != null) {
            low = Checks.normalise(low, "low");
            high = Checks.normalise(high, "high");
            if (low.compareTo(value) > 0 || value.compareTo(high) > 0) {
                throw Checks.refusedAt("value", "anticipation.band", low.toPlainString(), high.toPlainString(),
                        value.toPlainString());
            }
        }
    }

    /**
     * Checks whether the anticipation comes with a band.
     *
     * @return true where {@code low} and {@code high} are present
     */
    public boolean hasBand() {
        return low != null;
    }
}
