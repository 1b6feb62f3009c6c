package io.github.planwatch.model;

import java.util.List;
import java.util.Objects;

/**
 * One item of a yearly key-work list (重点工作责任清单): a theme, the work to be done in the year,
 * its lead units (marked △ in the plan) and responsible units, and the plan tasks it carries out.
 *
 * <p>Items are identified by {@link #id()}, {@code kw-YEAR-NUMBER}. Immutable and thread-safe.
 *
 * @param year  the year of the list
 * @param number  the item's number in the list, from 1
 * @param theme  the item's theme (主要内容), not null
 * @param text  the work to be done (工作任务), as the plan states it, not blank
 * @param leadUnits  the ids of the lead units (△), not null, may be empty
 * @param responsibleUnits  the ids of the other responsible units, not null
 * @param tasks  the numbers of the plan tasks it carries out, not null
 * @param targets  the quantified targets stated in the item, not null
 */
public record KeyWorkItem(int year, int number, LocalizedText theme, String text, List<String> leadUnits,
                          List<String> responsibleUnits, List<Integer> tasks, List<QuantifiedTarget> targets) {

    /**
     * Checks the parts.
     *
     * @param year  the year of the list
     * @param number  the item's number in the list, from 1
     * @param theme  the item's theme (主要内容), not null
     * @param text  the work to be done (工作任务), as the plan states it, not blank
     * @param leadUnits  the ids of the lead units (△), not null, may be empty
     * @param responsibleUnits  the ids of the other responsible units, not null
     * @param tasks  the numbers of the plan tasks it carries out, not null
     * @param targets  the quantified targets stated in the item, not null
     */
    public KeyWorkItem {
        Checks.requireYear(year, "year");
        Checks.requirePositive(number, "number");
        Objects.requireNonNull(theme, "theme");
        Checks.requireText(text, "text");
        leadUnits = Checks.copyIds(leadUnits, "leadUnits");
        responsibleUnits = Checks.copyIds(responsibleUnits, "responsibleUnits");
        tasks = Checks.copyList(tasks, "tasks");
        targets = Checks.copyList(targets, "targets");
    }

    /**
     * Returns the item's id, {@code kw-YEAR-NUMBER}, which key-work updates refer to.
     *
     * @return the id, such as {@code kw-2020-9}, not null
     */
    public String id() {
        return id(year, number);
    }

    /**
     * Returns the id of the item with a year and number.
     *
     * @param year  the year of the list
     * @param number  the item's number
     * @return the id, not null
     */
    public static String id(int year, int number) {
        return "kw-" + year + "-" + number;
    }

    /**
     * Checks whether the plan names a lead unit for the item.
     *
     * @return true if there is at least one lead unit
     */
    public boolean hasLeadUnit() {
        return !leadUnits.isEmpty();
    }
}
