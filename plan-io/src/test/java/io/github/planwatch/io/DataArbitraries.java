package io.github.planwatch.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ObservationFlag;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.PlanArbitraries;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Unit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of observations and key-work updates that are valid against a given plan: each names
 * something the plan has, with a value its unit allows, and no two share an (id, year) or an
 * (item, date). Texts come from {@link PlanArbitraries#texts()}, so that they include Chinese, line
 * breaks, quotes, commas and words a YAML reader would take for something else.
 */
final class DataArbitraries {

    private DataArbitraries() {
    }

    /** Something a plan lets observations be of, with the unit of its values. */
    record Subject(String id, Unit unit) {
    }

    static List<Subject> subjects(ActionPlan plan) {
        List<Subject> subjects = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            subjects.add(new Subject(indicator.id(), indicator.unit()));
        }
        for (QuantifiedTarget target : plan.quantifiedTargets()) {
            if (!target.target().isMilestone()) { // a milestone is reported on, never observed
                subjects.add(new Subject(target.id(), target.unit()));
            }
        }
        return subjects;
    }

    /**
     * Generates lists of observations of a plan's indicators and targets, possibly empty.
     *
     * @param plan  the plan, not null
     * @param maxSize  the most observations in a list
     * @return the arbitrary, not null
     */
    static Arbitrary<List<Observation>> observations(ActionPlan plan, int maxSize) {
        List<Subject> subjects = subjects(plan);
        if (subjects.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<String> notes = Arbitraries.oneOf(Arbitraries.just(""), PlanArbitraries.texts());
        Arbitrary<Observation> observation = Combinators.combine(Arbitraries.of(subjects),
                        Arbitraries.integers().between(1990, 2100), PlanArbitraries.values(), Arbitraries.of(true, false),
                        notes, notes, Arbitraries.subsetOf(ObservationFlag.values()))
                .as((subject, year, value, provisional, source, note, flags) -> new Observation(subject.id(), year,
                        fitting(subject.unit(), subject.unit().negativeAllowed() ? value : value.abs()), provisional,
                        source, note,
                        List.copyOf(flags)));
        return observation.list().ofMaxSize(maxSize).uniqueElements(o -> o.subject() + " " + o.year());
    }

    /** A value the unit admits: one outside its bounds is moved to the nearest bound. */
    private static java.math.BigDecimal fitting(io.github.planwatch.model.Unit unit, java.math.BigDecimal value) {
        java.math.BigDecimal v = value;
        if (unit.lowerBound() != null && v.compareTo(unit.lowerBound()) < 0) {
            v = unit.lowerBound();
        }
        if (unit.upperBound() != null && v.compareTo(unit.upperBound()) > 0) {
            v = unit.upperBound();
        }
        return v;
    }

    /**
     * Generates lists of updates of a plan's key-work items, possibly empty.
     *
     * @param plan  the plan, not null
     * @param maxSize  the most updates in a list
     * @return the arbitrary, not null
     */
    static Arbitrary<List<KeyWorkUpdate>> updates(ActionPlan plan, int maxSize) {
        List<String> items = plan.keyWork().stream().map(KeyWorkItem::id).toList();
        if (items.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365 * 8)
                .map(days -> LocalDate.of(2018, 1, 1).plusDays(days));
        Arbitrary<KeyWorkUpdate> update = Combinators.combine(Arbitraries.of(items), dates,
                        Arbitraries.of(KeyWorkStatus.class), Arbitraries.oneOf(Arbitraries.just(""), PlanArbitraries.texts()))
                .as(KeyWorkUpdate::new);
        return update.list().ofMaxSize(maxSize).uniqueElements(u -> u.item() + " " + u.date());
    }

    /**
     * Generates lists of accountabilities of a plan: each names one of its indicators and one of its
     * organisations, no pair twice; possibly empty.
     *
     * @param plan  the plan, not null
     * @param maxSize  the most accountabilities in a list
     * @return the arbitrary, not null
     */
    static Arbitrary<List<Accountability>> accountabilities(ActionPlan plan, int maxSize) {
        List<String> indicators = plan.indicators().stream().map(Indicator::id).toList();
        List<String> units = plan.organisations().stream().map(Organisation::id).toList();
        if (indicators.isEmpty() || units.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(Arbitraries.of(indicators), Arbitraries.of(units)).as(Accountability::new)
                .list().ofMaxSize(maxSize).uniqueElements();
    }
}
