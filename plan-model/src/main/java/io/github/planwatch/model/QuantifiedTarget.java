package io.github.planwatch.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A target stated inside a task or a key-work item, with what it measures: "utilised foreign
 * capital grows at least 10% every year", "at least 2 international A-class events every year".
 *
 * <p>Observations of it are keyed by the target's id. Immutable and thread-safe.
 *
 * @param measure  what is measured, such as 实际利用外资, not null
 * @param unit  the unit of the measured values, not null
 * @param direction  which way is better, not null
 * @param method  how progress toward a level is measured, not null
 * @param baseline  the value at the start, or null where the plan gives none
 * @param target  the target, not null
 * @param referenceValue  a value the plan states without a year ("from 10%"), or null; only where there is no baseline
 */
public record QuantifiedTarget(LocalizedText measure, Unit unit, Direction direction, ProgressMethod method,
                               Baseline baseline, Target target, BigDecimal referenceValue) {

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
     * @throws InvalidInputException if the baseline or the target lies outside the unit's bounds, with each such value
     */
    public QuantifiedTarget {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        referenceValue = Indicator.checkReference(baseline, referenceValue);
        Indicator.checkTargets(target.id(), baseline, List.of(target));
        Indicator.checkBasis("target", target.id(), baseline, target);
        Indicator.checkBounds(target.id(), unit, baseline, List.of(target), i -> "target");
        Indicator.checkSigns(target.id(), unit, baseline, List.of(target));
        Indicator.checkReferenceFits(unit, referenceValue);
    }

    /**
     * Obtains a quantified target without a reference value.
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
        this(measure, unit, direction, method, baseline, target, null);
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
