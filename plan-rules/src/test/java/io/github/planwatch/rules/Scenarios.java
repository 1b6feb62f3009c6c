package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.YearSpan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid plans and inputs for the properties, kept in one place: targets of every
 * kind whose comparison fits the direction of what they measure, positive values, observations
 * from the base year 2019 to 2025, key-work reports and accountabilities.
 */
final class Scenarios {

    static final int BASE_YEAR = 2019;
    static final int LAST_YEAR = 2025;

    private Scenarios() {
    }

    /** What a subject measures and its targets, before ids are given. */
    record SubjectSpec(Direction direction, ProgressMethod method, BigDecimal baseline, List<TargetSpec> targets) {
    }

    /** One target, before it has an id. */
    record TargetSpec(TargetKind kind, Comparison comparison, int first, int last, BigDecimal value, Tolerance tolerance) {

        Target toTarget(String id) {
            return new Target(id, kind, YearSpan.of(first, last), comparison, value, tolerance, null);
        }
    }

    /** An evaluation's whole input, with every observation from 2019 to 2025, some after the as-of year. */
    record Scenario(ActionPlan plan, List<Observation> observations, List<KeyWorkUpdate> updates,
                    List<Accountability> accountabilities, int asOf) {

        EvaluationInput input() {
            return input(observations);
        }

        EvaluationInput input(List<Observation> someObservations) {
            return new EvaluationInput(plan, someObservations, updates, accountabilities, asOf, null);
        }

        List<Observation> known() {
            return observations.stream().filter(o -> o.year() <= asOf).toList();
        }
    }

    static Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("200")).ofScale(1);
    }

    static Arbitrary<Tolerance> tolerances() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.2")).ofScale(2).map(Tolerance::relative),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10")).ofScale(1).map(Tolerance::absolute))
                .injectNull(0.3);
    }

    private static Arbitrary<Comparison> comparisonsFor(Direction direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> Arbitraries.of(Comparison.AT_LEAST, Comparison.ABOVE, Comparison.ABOUT);
            case LOWER_IS_BETTER -> Arbitraries.of(Comparison.AT_MOST, Comparison.BELOW, Comparison.ABOUT);
            case NONE -> Arbitraries.just(Comparison.ABOUT);
        };
    }

    private static Arbitrary<TargetSpec> level(Direction direction) {
        return Combinators.combine(Arbitraries.integers().between(2020, 2024), comparisonsFor(direction), values(), tolerances())
                .as((year, comparison, value, tolerance) -> new TargetSpec(TargetKind.LEVEL, comparison, year, year, value,
                        comparison == Comparison.ABOUT ? tolerance : null));
    }

    private static Arbitrary<TargetSpec> span(TargetKind kind, Arbitrary<BigDecimal> values) {
        return Combinators.combine(Arbitraries.integers().between(2020, 2022), Arbitraries.integers().between(0, 2), values,
                        tolerances())
                .as((first, length, value, tolerance) -> new TargetSpec(kind,
                        kind == TargetKind.HOLD_BAND ? Comparison.ABOUT : Comparison.AT_LEAST, first, first + length, value,
                        kind == TargetKind.HOLD_BAND ? tolerance : null));
    }

    /** A target of any kind that fits the direction. */
    static Arbitrary<TargetSpec> targets(Direction direction) {
        Arbitrary<TargetSpec> band = span(TargetKind.HOLD_BAND, values());
        if (direction == Direction.NONE) {
            return Arbitraries.oneOf(level(direction), band);
        }
        if (direction == Direction.LOWER_IS_BETTER) {
            return level(direction);
        }
        return Arbitraries.oneOf(level(direction), band, span(TargetKind.CUMULATIVE, values()),
                span(TargetKind.YEARLY_COUNT, values()),
                span(TargetKind.YEARLY_GROWTH, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20")).ofScale(1)));
    }

    /** A subject with one or two targets. */
    static Arbitrary<SubjectSpec> subjects(int maxTargets) {
        return Arbitraries.of(Direction.class).flatMap(direction -> Combinators.combine(Arbitraries.of(ProgressMethod.class),
                        values().injectNull(0.3), targets(direction).list().ofMinSize(1).ofMaxSize(maxTargets))
                .as((method, baseline, targets) -> new SubjectSpec(direction, method, baseline, targets)));
    }

    static Indicator indicator(String id, int number, SubjectSpec spec) {
        List<Target> targets = new ArrayList<>();
        for (int j = 0; j < spec.targets().size(); j++) {
            targets.add(spec.targets().get(j).toTarget(id + "-t" + j));
        }
        return new Indicator(id, number, CATEGORY, text(id), UNIT, spec.direction(), spec.method(), baselineOf(spec),
                targets);
    }

    static QuantifiedTarget quantified(String id, SubjectSpec spec) {
        return new QuantifiedTarget(text(id), UNIT, spec.direction(), spec.method(), baselineOf(spec),
                spec.targets().get(0).toTarget(id));
    }

    private static Baseline baselineOf(SubjectSpec spec) {
        return spec.baseline() == null ? null : Baseline.of(BASE_YEAR, spec.baseline());
    }

    /** Observations of a subject in some of the years 2019 to 2025, some provisional. */
    static Arbitrary<List<Observation>> observations(String subject) {
        Arbitrary<Observation> maybe = Combinators.combine(values(), Arbitraries.frequency(
                        net.jqwik.api.Tuple.of(1, true), net.jqwik.api.Tuple.of(4, false)))
                .as((value, provisional) -> new Observation(subject, BASE_YEAR, value, provisional, "", ""))
                .injectNull(0.35);
        return maybe.list().ofSize(LAST_YEAR - BASE_YEAR + 1).map(list -> {
            List<Observation> observations = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Observation o = list.get(i);
                if (o != null) {
                    observations.add(new Observation(subject, BASE_YEAR + i, o.value(), o.provisional(), "", ""));
                }
            }
            return observations;
        });
    }

    /** A plan with one indicator of one target, its observations and an as-of year. */
    static Arbitrary<Scenario> singleTarget() {
        return Combinators.combine(subjects(1), observations("x"), Arbitraries.integers().between(BASE_YEAR, LAST_YEAR))
                .as((spec, observations, asOf) -> new Scenario(planWith(indicator("x", 1, spec)), observations, List.of(),
                        List.of(), asOf));
    }

    /** A plan with indicators, tasks and key-work items with targets, and all the inputs an evaluation takes. */
    static Arbitrary<Scenario> plans() {
        Arbitrary<List<SubjectSpec>> indicatorSpecs = subjects(2).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<SubjectSpec>> taskSpecs = subjects(1).injectNull(0.3).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<List<SubjectSpec>> itemSpecs = subjects(1).injectNull(0.3).list().ofMinSize(0).ofMaxSize(3);
        return Combinators.combine(indicatorSpecs, taskSpecs, itemSpecs, Arbitraries.integers().between(2020, 2023))
                .flatAs(Scenarios::assemble);
    }

    private static final List<String> UNITS = List.of(COMMERCE, SCIENCE, OFFICE);

    private static Arbitrary<Scenario> assemble(List<SubjectSpec> indicatorSpecs, List<SubjectSpec> taskSpecs,
                                                List<SubjectSpec> itemSpecs, int asOf) {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < indicatorSpecs.size(); i++) {
            indicators.add(indicator("i" + (i + 1), i + 1, indicatorSpecs.get(i)));
        }
        Arbitrary<List<String>> someUnits = Arbitraries.subsetOf(UNITS).map(List::copyOf);
        Arbitrary<List<Task>> tasks = Combinators.combine(someUnits.list().ofSize(taskSpecs.size()),
                someUnits.list().ofSize(taskSpecs.size())).as((leads, responsible) -> {
                    List<Task> list = new ArrayList<>();
                    for (int i = 0; i < taskSpecs.size(); i++) {
                        SubjectSpec spec = taskSpecs.get(i);
                        List<QuantifiedTarget> targets = spec == null ? List.of() : List.of(quantified("q" + (i + 1), spec));
                        list.add(new Task(i + 1, AREA, text("task " + (i + 1)), "任务", leads.get(i), responsible.get(i), targets));
                    }
                    return list;
                });
        int taskCount = taskSpecs.size();
        Arbitrary<List<KeyWorkItem>> items = Combinators.combine(someUnits.list().ofSize(itemSpecs.size()),
                someUnits.list().ofSize(itemSpecs.size()), Arbitraries.integers().between(2020, 2022).list().ofSize(itemSpecs.size()),
                Arbitraries.integers().between(1, taskCount).set().ofMaxSize(taskCount).map(List::copyOf).list().ofSize(itemSpecs.size()))
                .as((leads, responsible, years, carried) -> {
                    List<KeyWorkItem> list = new ArrayList<>();
                    for (int i = 0; i < itemSpecs.size(); i++) {
                        SubjectSpec spec = itemSpecs.get(i);
                        List<QuantifiedTarget> targets = spec == null ? List.of() : List.of(quantified("k" + (i + 1), spec));
                        list.add(new KeyWorkItem(years.get(i), i + 1, text("theme"), "工作", leads.get(i), responsible.get(i),
                                carried.get(i), targets));
                    }
                    return list;
                });
        return Combinators.combine(tasks, items).flatAs((taskList, itemList) -> {
            ActionPlan plan = plan().indicators(indicators).tasks(taskList).keyWork(itemList).build();
            List<String> subjects = new ArrayList<>();
            indicators.forEach(i -> subjects.add(i.id()));
            plan.quantifiedTargets().forEach(q -> subjects.add(q.id()));
            Arbitrary<List<Observation>> observations = concat(subjects, Scenarios::observations);
            Arbitrary<List<KeyWorkUpdate>> updates = concat(itemList.stream().map(KeyWorkItem::id).toList(), Scenarios::updates);
            Arbitrary<List<Accountability>> accountabilities = Arbitraries.subsetOf(indicators.stream().map(Indicator::id).toList())
                    .flatMap(ids -> Arbitraries.of(UNITS).list().ofSize(ids.size()).map(units -> {
                        List<String> sorted = ids.stream().sorted().toList();
                        List<Accountability> list = new ArrayList<>();
                        for (int i = 0; i < sorted.size(); i++) {
                            list.add(Accountability.of(sorted.get(i), units.get(i)));
                        }
                        return list;
                    }));
            return Combinators.combine(observations, updates, accountabilities)
                    .as((o, u, a) -> new Scenario(plan, o, u, a, asOf));
        });
    }

    /** Reports on a key-work item on distinct days from 2020 to mid-2023. */
    static Arbitrary<List<KeyWorkUpdate>> updates(String item) {
        return Combinators.combine(Arbitraries.integers().between(0, 1275), Arbitraries.of(KeyWorkStatus.class))
                .as((day, status) -> new KeyWorkUpdate(item, LocalDate.of(2020, 1, 1).plusDays(day), status, ""))
                .list().ofMaxSize(3).uniqueElements(KeyWorkUpdate::date);
    }

    private static <T> Arbitrary<List<T>> concat(List<String> ids, Function<String, Arbitrary<List<T>>> each) {
        Arbitrary<List<T>> all = Arbitraries.just(List.of());
        for (String id : ids) {
            Arbitrary<List<T>> previous = all;
            all = Combinators.combine(previous, each.apply(id)).as((a, b) -> {
                List<T> joined = new ArrayList<>(a);
                joined.addAll(b);
                return joined;
            });
        }
        return all;
    }
}
