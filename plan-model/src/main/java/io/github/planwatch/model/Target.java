package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantified commitment of a plan: a value to reach, keep or exceed, in a year or in every year
 * of a span.
 *
 * <p>The {@link TargetKind kind} says how the other parts are read:
 * <ul>
 *   <li>{@code LEVEL}: the value, compared by {@code comparison}, in the single year of {@code years};</li>
 *   <li>{@code CUMULATIVE}: a running total counted from {@code years.first()}, compared with the
 *       value in {@code years.last()};</li>
 *   <li>{@code YEARLY_GROWTH}: in every year of {@code years}, growth over the year before of at least
 *       {@code value} percent (10 means 10%);</li>
 *   <li>{@code YEARLY_COUNT}: in every year of {@code years}, a count of at least {@code value};</li>
 *   <li>{@code HOLD_BAND}: in every year of {@code years}, a value within the tolerance of {@code value}.</li>
 *   <li>{@code RANK}: a position in the ranking named by {@code ranking}, in the single year of
 *       {@code years}: {@code value} is a whole number of at least 1, a lower position is better, and
 *       the comparison is AT_MOST ("top 30": 30 or better) or BELOW.</li>
 * </ul>
 * An {@code ABOUT} comparison may carry a {@link Tolerance}; where it has none, the evaluation
 * policy's default applies. {@code wording} keeps the plan's own words for the target, such as
 * {@code 6800 以上}, or is null where there are none to keep. The {@link TargetNature nature} says
 * whether the plan commits to the value (BINDING, the default) or expects it (EXPECTED); it does
 * not change how the target is assessed. Immutable and thread-safe.
 *
 * @param id  the target's id, unique within its plan, not null
 * @param kind  the shape of the target, not null
 * @param years  the year (LEVEL) or span of years the target covers, not null
 * @param comparison  how an observed value is compared with {@code value}, not null
 * @param value  the target value in the unit of what it measures, not null
 * @param tolerance  the half-width of an ABOUT band, or null for the policy default; null unless ABOUT
 * @param wording  the plan's own words for the target, or null
 * @param nature  whether the plan commits to the value or expects it; null is BINDING
 * @param ranking  the name of the ranking a RANK target's position is in, as the plan gives it; null for other kinds
 */
public record Target(String id, TargetKind kind, YearSpan years, Comparison comparison, BigDecimal value,
                     Tolerance tolerance, String wording, TargetNature nature, String ranking) {

    /**
     * Checks that the parts fit the kind.
     *
     * @param id  the target's id, unique within its plan, not null
     * @param kind  the shape of the target, not null
     * @param years  the year (LEVEL) or span of years the target covers, not null
     * @param comparison  how an observed value is compared with {@code value}, not null
     * @param value  the target value in the unit of what it measures, not null
     * @param tolerance  the half-width of an ABOUT band, or null for the policy default; null unless ABOUT
     * @param wording  the plan's own words for the target, or null
     * @param nature  whether the plan commits to the value or expects it; null is BINDING
     * @param ranking  the name of the ranking a RANK target's position is in; null for other kinds
     */
    public Target {
        Checks.requireId(id, "id");
        nature = nature == null ? TargetNature.BINDING : nature;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(comparison, "comparison");
        value = Checks.figure(value, "value");
        if (wording != null && wording.isBlank()) {
            throw new IllegalArgumentException("target " + id + ": wording must be null or not blank");
        }
        if ((ranking != null) != (kind == TargetKind.RANK)) {
            throw new IllegalArgumentException("ranking: target " + id + ": ranking names the ranking of a RANK target and only"
                    + " of one, got " + (ranking == null ? "none" : "'" + ranking + "'") + " for " + kind);
        }
        if (ranking != null && ranking.isBlank()) {
            throw new IllegalArgumentException("ranking: target " + id + ": the ranking's name must not be blank");
        }
        switch (kind) {
            case RANK -> {
                if (years.length() != 1) {
                    throw new IllegalArgumentException("target " + id + ": a RANK target covers one year, got " + years);
                }
                if (comparison != Comparison.AT_MOST && comparison != Comparison.BELOW) {
                    throw new IllegalArgumentException("target " + id + ": a RANK target compares AT_MOST or BELOW (a lower"
                            + " position is better), got " + comparison);
                }
                if (value.compareTo(BigDecimal.ONE) < 0 || value.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("target " + id + ": a RANK target's value is a position, a whole"
                            + " number of at least 1, got " + value.toPlainString());
                }
            }
            case LEVEL -> {
                if (years.length() != 1) {
                    throw new IllegalArgumentException("target " + id + ": a LEVEL target covers one year, got " + years);
                }
            }
            case HOLD_BAND -> {
                if (comparison != Comparison.ABOUT) {
                    throw new IllegalArgumentException("target " + id + ": a HOLD_BAND target compares ABOUT, got " + comparison);
                }
            }
            case YEARLY_GROWTH, YEARLY_COUNT, CUMULATIVE -> {
                if (comparison != Comparison.AT_LEAST) {
                    throw new IllegalArgumentException("target " + id + ": a " + kind + " target compares AT_LEAST, got " + comparison);
                }
            }
        }
        if (tolerance != null && comparison != Comparison.ABOUT) {
            throw new IllegalArgumentException("target " + id + ": only an ABOUT target has a tolerance, this one is " + comparison);
        }
        if ((kind == TargetKind.YEARLY_COUNT || kind == TargetKind.CUMULATIVE) && value.signum() < 0) {
            throw new IllegalArgumentException("target " + id + ": a " + kind + " target must not be negative, got " + value.toPlainString());
        }
    }

    /**
     * Obtains a binding target.
     *
     * @param id  the target's id, unique within its plan, not null
     * @param kind  the shape of the target, not null
     * @param years  the year (LEVEL) or span of years the target covers, not null
     * @param comparison  how an observed value is compared with {@code value}, not null
     * @param value  the target value in the unit of what it measures, not null
     * @param tolerance  the half-width of an ABOUT band, or null for the policy default; null unless ABOUT
     * @param wording  the plan's own words for the target, or null
     */
    public Target(String id, TargetKind kind, YearSpan years, Comparison comparison, BigDecimal value,
                  Tolerance tolerance, String wording) {
        this(id, kind, years, comparison, value, tolerance, wording, TargetNature.BINDING, null);
    }

    /**
     * Obtains a target to reach a position in a named ranking in a year: this position or a better one.
     *
     * @param id  the target's id, not null
     * @param year  the target year
     * @param ranking  the ranking's name, such as {@code 全国城市综合经济实力}, not blank
     * @param position  the position, a whole number of at least 1
     * @return the target, not null
     */
    public static Target rank(String id, int year, String ranking, int position) {
        return new Target(id, TargetKind.RANK, YearSpan.ofYear(year), Comparison.AT_MOST, BigDecimal.valueOf(position),
                null, null, TargetNature.BINDING, ranking);
    }

    /**
     * Obtains a target to reach a level in a year.
     *
     * @param id  the target's id, not null
     * @param year  the target year
     * @param comparison  how the observed value is compared, not null
     * @param value  the level, not null
     * @return the target, not null
     */
    public static Target level(String id, int year, Comparison comparison, BigDecimal value) {
        return new Target(id, TargetKind.LEVEL, YearSpan.ofYear(year), comparison, value, null, null);
    }

    /**
     * Obtains a target to be about a level in a year, within a tolerance.
     *
     * @param id  the target's id, not null
     * @param year  the target year
     * @param value  the level, not null
     * @param tolerance  the band's half-width, or null for the policy default
     * @return the target, not null
     */
    public static Target about(String id, int year, BigDecimal value, Tolerance tolerance) {
        return new Target(id, TargetKind.LEVEL, YearSpan.ofYear(year), Comparison.ABOUT, value, tolerance, null);
    }

    /**
     * Obtains a target to grow by at least a rate in every year of a span.
     *
     * @param id  the target's id, not null
     * @param years  the years in which the growth is due, not null
     * @param ratePercent  the least yearly growth in percent, 10 for 10%, not null
     * @return the target, not null
     */
    public static Target yearlyGrowth(String id, YearSpan years, BigDecimal ratePercent) {
        return new Target(id, TargetKind.YEARLY_GROWTH, years, Comparison.AT_LEAST, ratePercent, null, null);
    }

    /**
     * Obtains a target to count at least a number in every year of a span.
     *
     * @param id  the target's id, not null
     * @param years  the years in which the count is due, not null
     * @param minimum  the least count per year, not negative
     * @return the target, not null
     */
    public static Target yearlyCount(String id, YearSpan years, BigDecimal minimum) {
        return new Target(id, TargetKind.YEARLY_COUNT, years, Comparison.AT_LEAST, minimum, null, null);
    }

    /**
     * Obtains a target to hold a value about a level in every year of a span.
     *
     * @param id  the target's id, not null
     * @param years  the years, not null
     * @param value  the level, not null
     * @param tolerance  the band's half-width, or null for the policy default
     * @return the target, not null
     */
    public static Target holdBand(String id, YearSpan years, BigDecimal value, Tolerance tolerance) {
        return new Target(id, TargetKind.HOLD_BAND, years, Comparison.ABOUT, value, tolerance, null);
    }

    /**
     * Obtains a target for a running total to reach at least a number by the end of a span.
     *
     * @param id  the target's id, not null
     * @param years  from the first year counted to the target year, not null
     * @param minimum  the least total, not negative
     * @return the target, not null
     */
    public static Target cumulative(String id, YearSpan years, BigDecimal minimum) {
        return new Target(id, TargetKind.CUMULATIVE, years, Comparison.AT_LEAST, minimum, null, null);
    }

    /**
     * Returns a copy of this target that keeps the plan's own words for it.
     *
     * @param wording  the plan's words, such as {@code 6800 以上}, or null
     * @return the copy, not null
     */
    public Target withWording(String wording) {
        return new Target(id, kind, years, comparison, value, tolerance, wording, nature, ranking);
    }

    /**
     * Returns a copy of this target of another nature.
     *
     * @param nature  BINDING or EXPECTED, not null
     * @return the copy, not null
     */
    public Target withNature(TargetNature nature) {
        return new Target(id, kind, years, comparison, value, tolerance, wording, Objects.requireNonNull(nature, "nature"),
                ranking);
    }

    /**
     * Returns the year by which the target is due: the last year of its span.
     *
     * @return the target year
     */
    public int year() {
        return years.last();
    }

    /**
     * Checks whether the target is judged year by year (YEARLY_GROWTH, YEARLY_COUNT, HOLD_BAND).
     *
     * @return true for a target that is due in every year of its span
     */
    public boolean isYearly() {
        return kind == TargetKind.YEARLY_GROWTH || kind == TargetKind.YEARLY_COUNT || kind == TargetKind.HOLD_BAND;
    }
}
