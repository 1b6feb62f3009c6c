package io.github.planwatch.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.Task;

/**
 * A plan's indicators, tasks, key-work items and units by id, found as {@link ActionPlan}'s own
 * lookups find them (the first of a plan that names one twice) but without scanning the plan for
 * each: the outputs look up a part for every target and finding, which grew with the square of a
 * large plan. Immutable once built.
 */
final class PlanLookup {

    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<Integer, Task> tasks = new HashMap<>();
    private final Map<String, KeyWorkItem> keyWork = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();

    PlanLookup(ActionPlan plan) {
        plan.indicators().forEach(i -> indicators.putIfAbsent(i.id(), i));
        plan.tasks().forEach(t -> tasks.putIfAbsent(t.number(), t));
        // By the id as an item's id is written: any other spelling of it, such as kw-2020-09, finds none, as in the plan.
        plan.keyWork().forEach(k -> keyWork.putIfAbsent(KeyWorkItem.id(k.year(), k.number()), k));
        plan.organisations().forEach(o -> organisations.putIfAbsent(o.id(), o));
    }

    Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    Optional<Task> task(int number) {
        return Optional.ofNullable(tasks.get(number));
    }

    Optional<KeyWorkItem> keyWorkItem(String id) {
        return Optional.ofNullable(keyWork.get(id));
    }

    Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }
}
