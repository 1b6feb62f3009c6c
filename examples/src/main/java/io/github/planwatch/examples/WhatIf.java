package io.github.planwatch.examples;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;

/**
 * What would it take? For every level target of every indicator still ahead, the yearly change
 * needed from the latest known value (the latest observation up to the as-of year, or else the
 * baseline) to reach the target in its year: for a CAGR indicator the growth rate
 * {@code (yT / yl)^(1 / (T - tl)) - 1}, for a LINEAR one the change per year
 * {@code (yT - yl) / (T - tl)}.
 *
 * <p>Run it with {@code java -cp examples/target/planwatch.jar io.github.planwatch.examples.WhatIf [AS_OF]}
 * (default: the latest observed year).
 */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * The pace one target needs.
     *
     * @param indicator  the indicator's id
     * @param targetId  the target's id
     * @param method  CAGR (a yearly growth rate) or LINEAR (a change per year)
     * @param fromYear  the year of the latest known value, {@code tl}
     * @param from  the latest known value, {@code yl}
     * @param toYear  the target year, {@code T}
     * @param to  the level the target asks for, {@code yT}: its value, or for a target relative to the baseline the level it resolves to
     * @param met  whether the latest value already meets the target
     * @param perYear  the growth rate as a fraction (0.05 for 5%) for CAGR, the change per year for
     *                 LINEAR; empty where no growth rate can be taken (a value of zero or below)
     */
    public record Need(String indicator, String targetId, ProgressMethod method, int fromYear, BigDecimal from,
                       int toYear, BigDecimal to, boolean met, Optional<Double> perYear) {
    }

    /** The half-width of an "about" band where the target states none: the methodology's default, 5%. */
    private static final BigDecimal DEFAULT_ABOUT = new BigDecimal("0.05");

    /**
     * Computes the pace every level target still ahead needs.
     *
     * @param plan  the plan, not null
     * @param observations  the observations, not null
     * @param asOf  the as-of year; later observations are ignored
     * @return one need per indicator target due after the year of its latest known value, not null
     */
    public static List<Need> needs(ActionPlan plan, List<Observation> observations, int asOf) {
        Objects.requireNonNull(plan, "plan");
        List<Need> needs = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            // The latest value: the latest observation up to the as-of year (none from before the baseline), else the baseline.
            Optional<Observation> latest = observations.stream()
                    .filter(o -> o.subject().equals(i.id()) && o.year() <= asOf)
                    .filter(o -> i.baseline() == null || o.year() >= i.baseline().year())
                    .max(Comparator.comparingInt(Observation::year));
            int fromYear;
            BigDecimal from;
            if (latest.isPresent()) {
                fromYear = latest.get().year();
                from = latest.get().value();
            } else if (i.baseline() != null) {
                fromYear = i.baseline().year();
                from = i.baseline().value();
            } else {
                continue;
            }
            for (Target t : i.targets()) {
                if ((t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.CUMULATIVE || t.kind() == TargetKind.RANK)
                        && t.year() > fromYear) {
                    // A target stated relative to the baseline needs the level it resolves to.
                    BigDecimal level = t.levelFrom(i.baseline());
                    needs.add(new Need(i.id(), t.id(), i.method(), fromYear, from, t.year(), level, meets(from, t, level),
                            pace(i.method(), from, level, t.year() - fromYear)));
                }
            }
        }
        return needs;
    }

    /** Whether a value meets a target: at least, at most, below, above, or within the band of an "about" target. */
    static boolean meets(BigDecimal value, Target target, BigDecimal level) {
        return switch (target.comparison()) {
            case AT_LEAST -> value.compareTo(level) >= 0;
            case AT_MOST -> value.compareTo(level) <= 0;
            case BELOW -> value.compareTo(level) < 0;
            case ABOVE -> value.compareTo(level) > 0;
            case ABOUT -> value.subtract(level).abs().compareTo(target.tolerance() != null
                    ? target.tolerance().halfWidthAround(level)
                    : level.abs().multiply(DEFAULT_ABOUT)) <= 0;
        };
    }

    /** The yearly pace from a value to a target over some years, if one can be taken. */
    static Optional<Double> pace(ProgressMethod method, BigDecimal from, BigDecimal to, int years) {
        if (method == ProgressMethod.LINEAR) {
            return Optional.of(to.subtract(from).divide(BigDecimal.valueOf(years), MathContext.DECIMAL64).doubleValue());
        }
        if (from.signum() <= 0 || to.signum() <= 0) {
            return Optional.empty();
        }
        double ratio = to.divide(from, MathContext.DECIMAL64).doubleValue();
        return Optional.of(Math.pow(ratio, 1.0 / years) - 1);
    }

    /**
     * Prints the pace every target still ahead needs.
     *
     * @param args  the as-of year, optional
     */
    public static void main(String[] args) {
        ActionPlan plan = PlanDocuments.shaoxing();
        List<Observation> observations = ObservationDocuments.shaoxingSourced();
        int asOf = args.length > 0 ? Integer.parseInt(args[0])
                : observations.stream().mapToInt(Observation::year).max().orElse(plan.period().last());
        System.out.println("What each target needs per year from its latest known value, as of " + asOf + ":");
        for (Need n : needs(plan, observations, asOf)) {
            String unit = plan.indicator(n.indicator()).orElseThrow().unit().en();
            String pace = n.met() ? "already met" : n.perYear().map(p -> n.method() == ProgressMethod.CAGR
                    ? String.format(Locale.ROOT, "%+.2f%% a year", p * 100)
                    : String.format(Locale.ROOT, "%+.2f %s a year", p, unit)).orElse("no growth rate from zero");
            System.out.printf(Locale.ROOT, "%-36s %s in %d -> %s in %d: %s%n", n.targetId(), n.from().toPlainString(),
                    n.fromYear(), n.to().toPlainString(), n.toYear(), pace);
        }
    }
}
