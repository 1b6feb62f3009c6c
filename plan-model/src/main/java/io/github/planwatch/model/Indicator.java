package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantified indicator of a plan (附件1 主要目标): what is measured, in which unit, which way is
 * better, where it started and the targets it is to reach.
 *
 * <p>Observations of the indicator are keyed by its {@code id}. An indicator may name the tasks it
 * measures, and so their areas, and the units that answer for it; where it names none, those of its
 * tasks answer for it ({@link ActionPlan#ownersOf}). Immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code gdp}, not null
 * @param number  the indicator's number in the plan (序号), from 1
 * @param category  the id of its {@link IndicatorCategory} (一级指标), not null
 * @param name  the indicator's name (二级指标), not null
 * @param unit  the unit of its values, not null
 * @param direction  which way is better, not null
 * @param method  how progress is measured, not null
 * @param baseline  the base-year value, or null where the plan gives none (such as "--")
 * @param targets  the targets, in the order the plan states them, not null
 * @param tasks  the numbers of the tasks the indicator measures, not null, may be empty
 * @param leadUnits  the ids of the units that lead on the indicator, as the plan states them, not null, may be empty
 * @param responsibleUnits  the ids of the other units that answer for it, as the plan states them, not null, may be empty
 * @param referenceValue  a value the plan states without a year ("from the current 69%"), or null; only where
 *        there is no baseline
 */
public record Indicator(String id, int number, String category, LocalizedText name, Unit unit, Direction direction,
                        ProgressMethod method, Baseline baseline, List<Target> targets, List<Integer> tasks,
                        List<String> leadUnits, List<String> responsibleUnits, BigDecimal referenceValue) {

    /**
     * Checks the parts and that every target falls after the base year.
     *
     * @param id  the stable id, such as {@code gdp}, not null
     * @param number  the indicator's number in the plan (序号), from 1
     * @param category  the id of its {@link IndicatorCategory} (一级指标), not null
     * @param name  the indicator's name (二级指标), not null
     * @param unit  the unit of its values, not null
     * @param direction  which way is better, not null
     * @param method  how progress is measured, not null
     * @param baseline  the base-year value, or null where the plan gives none (such as "--")
     * @param targets  the targets, in the order the plan states them, not null
     * @param tasks  the numbers of the tasks the indicator measures; null for none
     * @param leadUnits  the ids of the units that lead on it; null for none
     * @param responsibleUnits  the ids of the other units that answer for it; null for none
     * @param referenceValue  a value the plan states without a year, or null; only where there is no baseline
     * @throws InvalidInputException if the baseline or a target lies outside the unit's bounds, with each such value
     */
    public Indicator {
        Checks.requireId(id, "id");
        Checks.requirePositive(number, "number");
        Checks.requireId(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(method, "method");
        targets = Checks.copyList(targets, "targets");
        tasks = Checks.copyList(tasks == null ? List.of() : tasks, "tasks");
        if (tasks.stream().distinct().count() != tasks.size()) {
            throw Checks.refusedOf("tasks", "indicator.tasksTwice", String.valueOf(tasks));
        }
        leadUnits = Checks.copyIds(leadUnits == null ? List.of() : leadUnits, "leadUnits");
        responsibleUnits = Checks.copyIds(responsibleUnits == null ? List.of() : responsibleUnits, "responsibleUnits");
        referenceValue = checkReference(baseline, referenceValue);
        checkTargets(id, baseline, targets, i -> "targets[" + i + "]");
        checkBandTrajectories(id, direction, targets, i -> "targets[" + i + "]");
        for (int i = 0; i < targets.size(); i++) {
            checkBasis("targets[" + i + "]", id, baseline, targets.get(i));
            if (targets.get(i).isMilestone()) {
                throw Checks.refused("targets[" + i + "]", "indicator.milestone", id, targets.get(i).id());
            }
        }
        // Bounds first: they name every value outside them at its field, a negative one among them.
        checkBounds(id, unit, baseline, targets, i -> "targets[" + i + "]");
        checkSigns(id, unit, baseline, targets);
        checkReferenceFits(unit, referenceValue);
    }

    /**
     * Obtains an indicator without a reference value.
     *
     * @param id  the stable id, such as {@code gdp}, not null
     * @param number  the indicator's number in the plan (序号), from 1
     * @param category  the id of its {@link IndicatorCategory} (一级指标), not null
     * @param name  the indicator's name (二级指标), not null
     * @param unit  the unit of its values, not null
     * @param direction  which way is better, not null
     * @param method  how progress is measured, not null
     * @param baseline  the base-year value, or null where the plan gives none (such as "--")
     * @param targets  the targets, in the order the plan states them, not null
     * @param tasks  the numbers of the tasks the indicator measures; null for none
     * @param leadUnits  the ids of the units that lead on it; null for none
     * @param responsibleUnits  the ids of the other units that answer for it; null for none
     */
    public Indicator(String id, int number, String category, LocalizedText name, Unit unit, Direction direction,
                     ProgressMethod method, Baseline baseline, List<Target> targets, List<Integer> tasks,
                     List<String> leadUnits, List<String> responsibleUnits) {
        this(id, number, category, name, unit, direction, method, baseline, targets, tasks, leadUnits, responsibleUnits,
                null);
    }

    /**
     * Returns a copy of this indicator with a value the plan states without a year.
     *
     * @param value  the value, such as 69 for "from the current 69%", or null for none
     * @return the copy, not null
     */
    public Indicator withReferenceValue(BigDecimal value) {
        return new Indicator(id, number, category, name, unit, direction, method, baseline, targets, tasks, leadUnits,
                responsibleUnits, value);
    }

    /** Refuses a reference value beside a baseline: the plan states its starting value once, with a year or without. */
    static BigDecimal checkReference(Baseline baseline, BigDecimal referenceValue) {
        if (referenceValue == null) {
            return null;
        }
        BigDecimal value = Checks.figure(referenceValue, "referenceValue");
        if (baseline != null) {
            throw Checks.refused("referenceValue", "indicator.referenceBesideBaseline", baseline.value().toPlainString(),
                    baseline.year());
        }
        return value;
    }

    /** Refuses a reference value that the unit does not admit, as a baseline is refused. */
    static void checkReferenceFits(Unit unit, BigDecimal referenceValue) {
        if (referenceValue == null) {
            return;
        }
        if (!unit.negativeAllowed() && referenceValue.signum() < 0) {
            throw Checks.refused("referenceValue", "indicator.referenceNegative", unit.name(),
                    referenceValue.toPlainString());
        }
        if (!unit.withinBounds(referenceValue)) {
            throw Checks.refused("referenceValue", unit.outOfBounds(referenceValue));
        }
    }

    /**
     * Refuses a target stated relative to the baseline where there is no baseline to resolve it
     * from; the message starts with {@code at}, the field that holds the target, so that a reader
     * can place it.
     */
    static void checkBasis(String at, String owner, Baseline baseline, Target target) {
        if (target.isRelative() && baseline == null) {
            throw Checks.refused(at, "indicator.basisWithoutBaseline", owner, target.id(), target.basis());
        }
    }

    /**
     * Obtains an indicator that names no task and no unit, as a version-1 plan's indicators do.
     *
     * @param id  the stable id, such as {@code gdp}, not null
     * @param number  the indicator's number in the plan (序号), from 1
     * @param category  the id of its {@link IndicatorCategory} (一级指标), not null
     * @param name  the indicator's name (二级指标), not null
     * @param unit  the unit of its values, not null
     * @param direction  which way is better, not null
     * @param method  how progress is measured, not null
     * @param baseline  the base-year value, or null where the plan gives none (such as "--")
     * @param targets  the targets, in the order the plan states them, not null
     */
    public Indicator(String id, int number, String category, LocalizedText name, Unit unit, Direction direction,
                     ProgressMethod method, Baseline baseline, List<Target> targets) {
        this(id, number, category, name, unit, direction, method, baseline, targets, List.of(), List.of(), List.of());
    }

    /**
     * Returns a copy of this indicator linked to the tasks it measures and naming the units that answer for it.
     *
     * @param measuredTasks  the numbers of the tasks it measures, not null
     * @param leads  the ids of the units that lead on it, not null
     * @param responsible  the ids of the other units that answer for it, not null
     * @return the copy, not null
     */
    public Indicator withOwners(List<Integer> measuredTasks, List<String> leads, List<String> responsible) {
        return new Indicator(id, number, category, name, unit, direction, method, baseline, targets, measuredTasks,
                leads, responsible, referenceValue);
    }

    /**
     * Checks whether the plan itself names a unit that answers for the indicator.
     *
     * @return true if it names a lead or a responsible unit
     */
    public boolean namesOwners() {
        return !leadUnits.isEmpty() || !responsibleUnits.isEmpty();
    }

    static void checkTargets(String owner, Baseline baseline, List<Target> targets,
                             java.util.function.IntFunction<String> targetPath) {
        if (targets.stream().map(Target::id).distinct().count() != targets.size()) {
            throw Checks.refused("", "indicator.targetIdsTwice", owner, String.valueOf(targets.stream().map(Target::id).toList()));
        }
        if (baseline != null) {
            List<Problem> early = new java.util.ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                if (target.years().first() <= baseline.year() && !target.isYearly()
                        || target.years().first() < baseline.year()) {
                    throw Checks.refused("", "indicator.targetBeforeBase", owner, target.id(), target.years(), baseline.year());
                }
                for (int j = 0; j < target.trajectory().size(); j++) {
                    int year = target.trajectory().get(j).year();
                    if (year <= baseline.year()) {
                        early.add(Problem.at(targetPath.apply(i) + ".trajectory[" + j + "].year",
                                Message.ofModel("indicator.trajectoryBeforeBase", target.id(), baseline.year(), year)));
                    }
                }
            }
            if (!early.isEmpty()) {
                throw new InvalidInputException(Message.ofModel("indicator.trajectoriesBeforeBase", owner), early);
            }
        }
    }

    /**
     * Refuses a trajectory on a band, an ABOUT target of something with no better direction: a band
     * is measured by its distance from the level in every year, so a trajectory would change nothing.
     * Each such target is named at its {@code trajectory}.
     */
    static void checkBandTrajectories(String owner, Direction direction, List<Target> targets,
                                      java.util.function.IntFunction<String> targetPath) {
        if (direction != Direction.NONE) {
            return;
        }
        List<Problem> bands = new java.util.ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            if (target.comparison() == Comparison.ABOUT && target.hasTrajectory()) {
                bands.add(Problem.at(targetPath.apply(i) + ".trajectory",
                        Message.ofModel("indicator.trajectoryOnBand", target.id())));
            }
        }
        if (!bands.isEmpty()) {
            throw new InvalidInputException(Message.ofModel("indicator.trajectoriesOnBands", owner), bands);
        }
    }

    /**
     * Refuses a negative baseline, or a negative level or band, in a unit whose values cannot be
     * negative, as an observation in that unit is refused. A yearly growth rate is a percentage, not
     * a value in the unit, and may be negative; counts and totals are never negative (see Target).
     */
    static void checkSigns(String owner, Unit unit, Baseline baseline, List<Target> targets) {
        if (unit.negativeAllowed()) {
            return;
        }
        if (baseline != null && baseline.value().signum() < 0) {
            throw Checks.refused("", "indicator.baselineNegative", owner, unit.name(), baseline.value().toPlainString());
        }
        for (Target target : targets) {
            // A relative value is a multiple or a change, not a value in the unit; its level has the baseline's sign.
            boolean inUnit = (target.kind() == TargetKind.LEVEL || target.kind() == TargetKind.HOLD_BAND)
                    && !target.isRelative();
            if (inUnit && target.value().signum() < 0) {
                throw Checks.refused("", "indicator.targetNegative", owner, target.id(), unit.name(),
                        target.value().toPlainString());
            }
            for (TrajectoryPoint point : target.trajectory()) {
                if (point.value().signum() < 0) {
                    throw Checks.refused("", "indicator.trajectoryNegative", owner, target.id(), point.year(), unit.name(),
                            point.value().toPlainString());
                }
            }
        }
    }

    /**
     * Refuses a baseline, or a level or band (a relative target's resolved level), outside the
     * unit's bounds, every one at once, each at the value's field, so that a reader places them: a
     * share of 120% cannot be a baseline or a target. Growth rates, counts and totals are not values
     * in the unit and are not bounded.
     *
     * @param targetPath  the field that holds the i-th target, such as {@code targets[0]}
     */
    static void checkBounds(String owner, Unit unit, Baseline baseline, List<Target> targets,
                            java.util.function.IntFunction<String> targetPath) {
        if (!unit.isBounded()) {
            return;
        }
        List<Problem> problems = new java.util.ArrayList<>();
        if (baseline != null && !unit.withinBounds(baseline.value())) {
            problems.add(Problem.at("baseline.value", unit.outOfBounds(baseline.value())));
        }
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            boolean inUnit = target.kind() == TargetKind.LEVEL || target.kind() == TargetKind.HOLD_BAND
                    || target.kind() == TargetKind.RANK;
            if (!inUnit) {
                continue;
            }
            // A point of a trajectory is a level, also for a target stated relative to the baseline.
            for (int j = 0; j < target.trajectory().size(); j++) {
                BigDecimal point = target.trajectory().get(j).value();
                if (target.kind() != TargetKind.HOLD_BAND && !unit.withinBounds(point)) {
                    problems.add(Problem.at(targetPath.apply(i) + ".trajectory[" + j + "].value", unit.outOfBounds(point)));
                }
            }
            if (target.isRelative() && baseline == null) {
                continue;
            }
            BigDecimal level = target.levelFrom(baseline);
            if (!unit.withinBounds(level)) {
                Message said = unit.outOfBounds(level);
                problems.add(Problem.at(targetPath.apply(i) + ".value",
                        target.isRelative() ? Message.ofModel("unit.outOfBounds.resolved", said) : said));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Message.ofModel("unit.valuesOutOfBounds", owner), problems);
        }
    }

    /**
     * Checks whether the plan gives a baseline for the indicator.
     *
     * @return true if there is a baseline
     */
    public boolean hasBaseline() {
        return baseline != null;
    }

    /**
     * Finds the indicator's target for a year.
     *
     * @param year  the target year
     * @return the target due in that year, or empty
     */
    public Optional<Target> targetFor(int year) {
        return targets.stream().filter(t -> t.year() == year).findFirst();
    }
}
