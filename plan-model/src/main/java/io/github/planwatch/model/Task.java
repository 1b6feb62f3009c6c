package io.github.planwatch.model;

import java.util.List;
import java.util.Objects;

/**
 * A task of a plan (重点任务): what is to be done, who leads it (牵头单位) and who shares the
 * responsibility (责任单位), and the quantified targets stated in it.
 *
 * <p>A task may name no lead unit: the plan then says only who is responsible, and the list is
 * empty rather than filled in. Immutable and thread-safe.
 *
 * @param number  the task's number in the plan, from 1
 * @param area  the id of the {@link Area} it belongs to, not null
 * @param title  the task's title, not null
 * @param text  the task's full text as the plan states it, not blank
 * @param leadUnits  the ids of the lead units, in the plan's order, not null, may be empty
 * @param responsibleUnits  the ids of the responsible units, in the plan's order, not null
 * @param targets  the quantified targets stated in the task, not null
 */
public record Task(int number, String area, LocalizedText title, String text, List<String> leadUnits,
                   List<String> responsibleUnits, List<QuantifiedTarget> targets) {

    /**
     * Checks the parts.
     *
     * @param number  the task's number in the plan, from 1
     * @param area  the id of the {@link Area} it belongs to, not null
     * @param title  the task's title, not null
     * @param text  the task's full text as the plan states it, not blank
     * @param leadUnits  the ids of the lead units, in the plan's order, not null, may be empty
     * @param responsibleUnits  the ids of the responsible units, in the plan's order, not null
     * @param targets  the quantified targets stated in the task, not null
     */
    public Task {
        Checks.requirePositive(number, "number");
        Checks.requireId(area, "area");
        Objects.requireNonNull(title, "title");
        Checks.requireText(text, "text");
        leadUnits = Checks.copyIds(leadUnits, "leadUnits");
        responsibleUnits = Checks.copyIds(responsibleUnits, "responsibleUnits");
        targets = Checks.copyList(targets, "targets");
    }

    /**
     * Checks whether the plan names a lead unit for the task.
     *
     * @return true if there is at least one lead unit
     */
    public boolean hasLeadUnit() {
        return !leadUnits.isEmpty();
    }
}
