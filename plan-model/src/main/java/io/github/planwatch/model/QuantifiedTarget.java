package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A target stated inside a task or a key-work item, with what it measures: "utilised foreign
 * capital grows at least 10% every year", "at least 2 international A-class events every year".
 *
 * <p>Observations of it are keyed by the target's id. A MILESTONE is not observed but reported on,
 * as key work is, by its id; {@code measure} names the commitment, and it needs no unit, direction
 * or method ({@link #DONE}, HIGHER_IS_BETTER and LINEAR where they are left out). A target stated in
 * a key-work item may name the tasks of the item it serves ({@code tasks}), where they are fewer
 * than the item's. Immutable and thread-safe.
 *
 * @param measure  what is measured, such as 实际利用外资, or the commitment, not null
 * @param unit  the unit of the measured values, not null (a MILESTONE: null is {@link #DONE})
 * @param direction  which way is better, not null (a MILESTONE: null is HIGHER_IS_BETTER)
 * @param method  how progress toward a level is measured, not null (a MILESTONE: null is LINEAR)
 * @param baseline  the value at the start, or null where the plan gives none
 * @param target  the target, not null
 * @param referenceValue  a value the plan states without a year ("from 10%"), or null; only where there is no baseline
 * @param tasks  for a target stated in a key-work item, the numbers of the item's tasks it serves;
 *        empty (or null) for all of them, and for a target stated in a task
 */
public record QuantifiedTarget(LocalizedText measure, Unit unit, Direction direction, ProgressMethod method,
                               Baseline baseline, Target target, BigDecimal referenceValue, List<Integer> tasks) {

    /** The unit of a MILESTONE, which is done (1) or not: 完成, "done". */
    public static final Unit DONE = Unit.of("完成", "done");

    /**
     * Checks the parts.
     *
     * @param measure  what is measured, such as 实际利用外资, not null
     * @param unit  the unit of the measured values, not null
     * @param direction  which way is better, not null
     * @param method  how progress toward a level is measured, not null
     * @param baseline  the value at the start, or null where the plan gives none
     * @param target  the target, not null
     * @param referenceValue  a value the plan states without a year, or null; only where there is no baseline
     * @param tasks  for a target stated in a key-work item, the item's tasks it serves; null or empty for all
     * @throws InvalidInputException if the baseline or the target lies outside the unit's bounds, with each such value
     */
    public QuantifiedTarget {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(target, "target");
        if (target.isMilestone()) {
            unit = unit == null ? DONE : unit;
            direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
            method = method == null ? ProgressMethod.LINEAR : method;
        }
        tasks = Checks.copyList(tasks == null ? List.of() : tasks, "tasks");
        if (tasks.stream().distinct().count() != tasks.size()) {
            throw Checks.refused("tasks", "quantified.tasksTwice", target.id(), String.valueOf(tasks));
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        referenceValue = Indicator.checkReference(baseline, referenceValue);
        Indicator.checkTargets(target.id(), baseline, List.of(target), i -> "target");
        Indicator.checkBasis("target", target.id(), baseline, target);
        Indicator.checkBandTrajectories(target.id(), direction, List.of(target), i -> "target");
        Indicator.checkBounds(target.id(), unit, baseline, List.of(target), i -> "target");
        Indicator.checkSigns(target.id(), unit, baseline, List.of(target));
        Indicator.checkReferenceFits(unit, referenceValue);
    }

    /**
     * Obtains a target that names no tasks of its own and states no reference value, as every target
     * of a version-1 plan does.
     *
     * @param measure  what is measured, such as 实际利用外资, not null
     * @param unit  the unit of the measured values, not null
     * @param direction  which way is better, not null
     * @param method  how progress toward a level is measured, not null
     * @param baseline  the value at the start, or null where the plan gives none
     * @param target  the target, not null
     */
    public QuantifiedTarget(LocalizedText measure, Unit unit, Direction direction, ProgressMethod method,
                            Baseline baseline, Target target) {
        this(measure, unit, direction, method, baseline, target, null, List.of());
    }

    /**
     * Obtains a target that names no tasks of its own.
     *
     * @param measure  what is measured, such as 实际利用外资, not null
     * @param unit  the unit of the measured values, not null
     * @param direction  which way is better, not null
     * @param method  how progress toward a level is measured, not null
     * @param baseline  the value at the start, or null where the plan gives none
     * @param target  the target, not null
     * @param referenceValue  a value the plan states without a year, or null; only where there is no baseline
     */
    public QuantifiedTarget(LocalizedText measure, Unit unit, Direction direction, ProgressMethod method,
                            Baseline baseline, Target target, BigDecimal referenceValue) {
        this(measure, unit, direction, method, baseline, target, referenceValue, List.of());
    }

    /**
     * Obtains a milestone stated in a task or key-work item.
     *
     * @param commitment  what is to be done, such as 申报创建东亚文化之都, not null
     * @param target  a MILESTONE target, not null
     * @return the stated milestone, not null
     */
    public static QuantifiedTarget milestone(LocalizedText commitment, Target target) {
        if (!target.isMilestone()) {
            throw new IllegalArgumentException("target " + target.id() + " is " + target.kind() + ", not a MILESTONE");
        }
        return new QuantifiedTarget(commitment, null, null, null, null, target, null, List.of());
    }

    /**
     * Returns a copy of this target that serves the given tasks of its key-work item.
     *
     * @param served  the numbers of the tasks, not null
     * @return the copy, not null
     */
    public QuantifiedTarget withTasks(List<Integer> served) {
        return new QuantifiedTarget(measure, unit, direction, method, baseline, target, referenceValue, served);
    }

    /**
     * Returns the id that observations of this target are keyed by: the target's id.
     *
     * @return the id, not null
     */
    public String id() {
        return target.id();
    }
}
