package io.github.planwatch.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 *   <li>{@code MILESTONE}: a dated yes/no commitment (a bid won, an approval, an event held), met
 *       when it is reported done, with evidence, by {@code due}, a day of the last year of
 *       {@code years}; its first year is when the work is due to begin. It has no value to
 *       compare: {@code comparison} is AT_LEAST and {@code value} 1 (done), which it is given
 *       where they are left out.</li>
 * </ul>
 * An {@code ABOUT} comparison may carry a {@link Tolerance}; where it has none, the evaluation
 * policy's default applies. {@code wording} keeps the plan's own words for the target, such as
 * {@code 6800 以上}, or is null where there are none to keep. The {@link TargetNature nature} says
 * whether the plan commits to the value (BINDING, the default) or expects it (EXPECTED); it does
 * not change how the target is assessed. The {@link TargetBasis basis} says whether a LEVEL target's
 * value is the level (ABSOLUTE, the default) or relative to the baseline of what it measures, a
 * multiple of it or a change from it in percent; {@link #levelFrom(Baseline)} resolves it to the
 * level it stands for. A LEVEL, CUMULATIVE or RANK target may carry the plan's own
 * {@code trajectory}: the values it states for years between the base year and the target year,
 * which, where given, replace the path that would otherwise be computed from the base to the
 * target; a point's value is the level (the running total, the position), also for a target
 * stated relative to the baseline. Immutable and thread-safe.
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
 * @param basis  how the value is read: the level, or relative to the baseline; null is ABSOLUTE
 * @param due  the day by which a MILESTONE is to be done; null for other kinds
 * @param trajectory  the plan's own values for years before the target year, in year order, as levels;
 *        empty where the plan states none, and for kinds other than LEVEL, CUMULATIVE and RANK
 */
public record Target(String id, TargetKind kind, YearSpan years, Comparison comparison, BigDecimal value,
                     Tolerance tolerance, String wording, TargetNature nature, String ranking,
                     TargetBasis basis, LocalDate due, List<TrajectoryPoint> trajectory) {

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
     * @param basis  how the value is read: the level, or relative to the baseline; null is ABSOLUTE
     * @param due  the day by which a MILESTONE is to be done, in the last year of {@code years}; null for other kinds
     * @param trajectory  the plan's own values for years before the target year, in year order, each year
     *        once; null or empty for none; only for LEVEL, CUMULATIVE and RANK
     */
    public Target {
        Checks.requireId(id, "id");
        nature = nature == null ? TargetNature.BINDING : nature;
        basis = basis == null ? TargetBasis.ABSOLUTE : basis;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(years, "years");
        if (kind == TargetKind.MILESTONE) {
            // A milestone is done or not: "done" is the value 1, compared AT_LEAST, where it states none.
            comparison = comparison == null ? Comparison.AT_LEAST : comparison;
            value = value == null ? BigDecimal.ONE : value;
        }
        Objects.requireNonNull(comparison, "comparison");
        value = Checks.figure(value, "value");
        if ((due != null) != (kind == TargetKind.MILESTONE)) {
            throw Checks.refused("due", "target.due", id, due == null ? Message.ofModel("none") : due.toString(), kind);
        }
        if (wording != null && wording.isBlank()) {
            throw Checks.refused("", "target.wording", id);
        }
        if ((ranking != null) != (kind == TargetKind.RANK)) {
            throw Checks.refused("ranking", "target.ranking", id,
                    ranking == null ? Message.ofModel("none") : Message.quoted(ranking), kind);
        }
        if (ranking != null && ranking.isBlank()) {
            throw Checks.refused("ranking", "target.rankingBlank", id);
        }
        if (basis != TargetBasis.ABSOLUTE) {
            checkRelative(id, kind, basis, value);
        }
        switch (kind) {
            case MILESTONE -> checkMilestone(id, years, comparison, value, due);
            case RANK -> {
                if (years.length() != 1) {
                    throw Checks.refused("", "target.oneYear", id, kind, years);
                }
                if (comparison != Comparison.AT_MOST && comparison != Comparison.BELOW) {
                    throw Checks.refused("", "target.rank.comparison", id, comparison);
                }
                if (value.compareTo(BigDecimal.ONE) < 0 || value.stripTrailingZeros().scale() > 0) {
                    throw Checks.refused("", "target.rank.value", id, value.toPlainString());
                }
            }
            case LEVEL -> {
                if (years.length() != 1) {
                    throw Checks.refused("", "target.oneYear", id, kind, years);
                }
            }
            case HOLD_BAND -> {
                if (comparison != Comparison.ABOUT) {
                    throw Checks.refused("", "target.compares", id, kind, Comparison.ABOUT, comparison);
                }
            }
            case YEARLY_GROWTH, YEARLY_COUNT, CUMULATIVE -> {
                if (comparison != Comparison.AT_LEAST) {
                    throw Checks.refused("", "target.compares", id, kind, Comparison.AT_LEAST, comparison);
                }
            }
        }
        trajectory = checkTrajectory(id, kind, years, trajectory);
        if (tolerance != null && comparison != Comparison.ABOUT) {
            throw Checks.refused("", "target.tolerance", id, comparison);
        }
        if ((kind == TargetKind.YEARLY_COUNT || kind == TargetKind.CUMULATIVE) && value.signum() < 0) {
            throw Checks.refused("", "target.negative", id, kind, value.toPlainString());
        }
    }

    /**
     * Refuses a relative value that is not a LEVEL target's, or that would stand for a level of the
     * other sign than the baseline: a multiple is more than 0, a change is more than -100%.
     */
    private static void checkRelative(String id, TargetKind kind, TargetBasis basis, BigDecimal value) {
        if (kind != TargetKind.LEVEL) {
            throw Checks.refused("basis", "target.relative.kind", id, kind);
        }
        if (basis == TargetBasis.MULTIPLE_OF_BASELINE && value.signum() <= 0) {
            throw Checks.refused("value", "target.relative.multiple", id, value.toPlainString());
        }
        if (basis == TargetBasis.PERCENT_CHANGE_FROM_BASELINE && value.compareTo(MINUS_HUNDRED) <= 0) {
            throw Checks.refused("value", "target.relative.change", id, value.toPlainString());
        }
    }

    /**
     * Refuses a trajectory of a kind that has no path to a level, or whose points are not in year
     * order, each year once, before the target year (for a CUMULATIVE target, within its span).
     * Whether a trajectory is of use on an ABOUT target depends on the direction of what it measures:
     * {@link Indicator} checks that.
     */
    private static List<TrajectoryPoint> checkTrajectory(String id, TargetKind kind, YearSpan years,
                                                         List<TrajectoryPoint> trajectory) {
        List<TrajectoryPoint> points = Checks.copyList(trajectory == null ? List.of() : trajectory, "trajectory");
        if (points.isEmpty()) {
            return points;
        }
        if (kind != TargetKind.LEVEL && kind != TargetKind.CUMULATIVE && kind != TargetKind.RANK) {
            throw Checks.refused("trajectory", "target.trajectory.kind", id, kind);
        }
        int before = kind == TargetKind.CUMULATIVE ? years.first() - 1 : Integer.MIN_VALUE;
        // Every point's problem at once, each at its field, as a reader reports a document's.
        List<Problem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TrajectoryPoint point = points.get(i);
            String at = "trajectory[" + i + "]";
            if (point.year() <= before) {
                problems.add(Problem.at(at + ".year", Message.ofModel("target.trajectory.inSpan", id, years, point.year())));
            } else if (point.year() >= years.last()) {
                problems.add(Problem.at(at + ".year", Message.ofModel("target.trajectory.beforeYear", id, years.last(),
                        point.year())));
            } else if (i > 0 && point.year() <= points.get(i - 1).year()) {
                problems.add(Problem.at(at + ".year", Message.ofModel("target.trajectory.order", id, point.year(),
                        points.get(i - 1).year())));
            }
            if (kind == TargetKind.CUMULATIVE && point.value().signum() < 0) {
                problems.add(Problem.at(at + ".value", Message.ofModel("target.trajectory.negative", id,
                        point.value().toPlainString())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Message.ofModel("target.trajectory.outOfPlace", id), problems);
        }
        return points;
    }

    /**
     * Finds the plan's own value for a year, where its trajectory states one.
     *
     * @param year  the year
     * @return the point of that year, or empty
     */
    public Optional<TrajectoryPoint> trajectoryAt(int year) {
        return trajectory.stream().filter(p -> p.year() == year).findFirst();
    }

    /**
     * Checks whether the plan states its own trajectory for this target.
     *
     * @return true if the trajectory has a point
     */
    public boolean hasTrajectory() {
        return !trajectory.isEmpty();
    }

    /**
     * Returns a copy of this target with the plan's own trajectory.
     *
     * @param points  the points, in year order, not null; empty for none
     * @return the copy, not null
     */
    public Target withTrajectory(List<TrajectoryPoint> points) {
        return new Target(id, kind, years, comparison, value, tolerance, wording, nature, ranking, basis, due,
                Objects.requireNonNull(points, "points"));
    }

    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    /** Refuses a milestone whose day lies outside its last year, or that states a value other than done. */
    private static void checkMilestone(String id, YearSpan years, Comparison comparison, BigDecimal value, LocalDate due) {
        if (due.getYear() != years.last()) {
            throw Checks.refused("due", "target.milestone.due", id, years, due);
        }
        if (comparison != Comparison.AT_LEAST || value.compareTo(BigDecimal.ONE) != 0) {
            throw Checks.refused("", "target.milestone.value", id, comparison, value.toPlainString());
        }
    }

    /**
     * Obtains a target of any kind but MILESTONE, which has a day it is due by.
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
     * @param basis  how the value is read: the level, or relative to the baseline; null is ABSOLUTE
     */
    public Target(String id, TargetKind kind, YearSpan years, Comparison comparison, BigDecimal value,
                  Tolerance tolerance, String wording, TargetNature nature, String ranking, TargetBasis basis) {
        this(id, kind, years, comparison, value, tolerance, wording, nature, ranking, basis, null, List.of());
    }

    /**
     * Obtains a target without a trajectory of its own.
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
     * @param basis  how the value is read: the level, or relative to the baseline; null is ABSOLUTE
     * @param due  the day by which a MILESTONE is to be done; null for other kinds
     */
    public Target(String id, TargetKind kind, YearSpan years, Comparison comparison, BigDecimal value,
                  Tolerance tolerance, String wording, TargetNature nature, String ranking, TargetBasis basis,
                  LocalDate due) {
        this(id, kind, years, comparison, value, tolerance, wording, nature, ranking, basis, due, List.of());
    }

    /**
     * Obtains a binding milestone: a commitment to be reported done, with evidence, by a day.
     *
     * @param id  the target's id, not null
     * @param due  the day by which it is to be done, not null
     * @return the target, covering the year of {@code due}, not null
     */
    public static Target milestone(String id, LocalDate due) {
        Objects.requireNonNull(due, "due");
        return new Target(id, TargetKind.MILESTONE, YearSpan.ofYear(due.getYear()), null, null, null, null,
                TargetNature.BINDING, null, TargetBasis.ABSOLUTE, due);
    }

    /**
     * Checks whether the target is a MILESTONE, judged on progress reports rather than observed values.
     *
     * @return true for a MILESTONE
     */
    public boolean isMilestone() {
        return kind == TargetKind.MILESTONE;
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
        this(id, kind, years, comparison, value, tolerance, wording, TargetNature.BINDING, null, TargetBasis.ABSOLUTE, null,
                List.of());
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
                null, null, TargetNature.BINDING, ranking, TargetBasis.ABSOLUTE);
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
        return new Target(id, kind, years, comparison, value, tolerance, wording, nature, ranking, basis, due, trajectory);
    }

    /**
     * Returns a copy of this target of another nature.
     *
     * @param nature  BINDING or EXPECTED, not null
     * @return the copy, not null
     */
    public Target withNature(TargetNature nature) {
        return new Target(id, kind, years, comparison, value, tolerance, wording, Objects.requireNonNull(nature, "nature"),
                ranking, basis, due, trajectory);
    }

    /**
     * Obtains a target to reach a level relative to the baseline in a year: "double" is
     * {@code relative(id, year, AT_LEAST, MULTIPLE_OF_BASELINE, 2)}.
     *
     * @param id  the target's id, not null
     * @param year  the target year
     * @param comparison  how the observed value is compared with the level, not null
     * @param basis  MULTIPLE_OF_BASELINE or PERCENT_CHANGE_FROM_BASELINE, not null
     * @param value  the multiple, or the change in percent, not null
     * @return the target, not null
     */
    public static Target relative(String id, int year, Comparison comparison, TargetBasis basis, BigDecimal value) {
        return new Target(id, TargetKind.LEVEL, YearSpan.ofYear(year), comparison, value, null, null, TargetNature.BINDING,
                null, Objects.requireNonNull(basis, "basis"));
    }

    /**
     * Checks whether the value is read relative to the baseline rather than as the level.
     *
     * @return true for MULTIPLE_OF_BASELINE and PERCENT_CHANGE_FROM_BASELINE
     */
    public boolean isRelative() {
        return basis != TargetBasis.ABSOLUTE;
    }

    /**
     * Resolves the level this target stands for: its value where the basis is ABSOLUTE; the
     * baseline times the value for a multiple; the baseline times (1 + value / 100) for a change.
     * The level keeps the digits of the product, so that it is exact.
     *
     * @param baseline  the baseline of what the target measures; may be null for an ABSOLUTE target
     * @return the level, not null
     * @throws IllegalArgumentException if the target is relative and there is no baseline
     */
    public BigDecimal levelFrom(Baseline baseline) {
        if (basis == TargetBasis.ABSOLUTE) {
            return value;
        }
        if (baseline == null) {
            throw new IllegalArgumentException("basis: target " + id + " is stated relative to the baseline, and there is"
                    + " no baseline to resolve it from");
        }
        BigDecimal factor = basis == TargetBasis.MULTIPLE_OF_BASELINE ? value
                : BigDecimal.ONE.add(value.movePointLeft(2));
        return Checks.normalise(baseline.value().multiply(factor), "level");
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
