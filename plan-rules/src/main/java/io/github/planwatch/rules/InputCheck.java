package io.github.planwatch.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Unit;

/**
 * Checks that an evaluation's input fits its plan, reporting every problem at once: every
 * observation, report and accountability refers to something the plan has; no subject has two
 * values for one year, no item two reports on one day; no value is negative in a unit that has
 * none, or outside the unit's bounds.
 */
final class InputCheck {

    private InputCheck() {
    }

    static void require(EvaluationInput input) {
        List<Problem> problems = check(input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the input to evaluate plan " + input.plan().id() + " does not fit the plan",
                    problems);
        }
    }

    static List<Problem> check(EvaluationInput input) {
        ActionPlan plan = input.plan();
        List<Problem> problems = new ArrayList<>();
        Map<String, Unit> units = new HashMap<>();
        for (Indicator i : plan.indicators()) {
            units.put(i.id(), i.unit());
        }
        Set<String> milestones = new HashSet<>();
        for (QuantifiedTarget q : plan.quantifiedTargets()) {
            if (q.target().isMilestone()) {
                milestones.add(q.id()); // reported on as key work is, never observed
            } else {
                units.put(q.id(), q.unit());
            }
        }
        Map<SubjectYear, Integer> seen = new HashMap<>();
        List<Observation> observations = input.observations();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            // The path is spelt out only for a problem: this loop sees every observation of the input.
            Unit unit = units.get(o.subject());
            if (unit == null) {
                problems.add(Problem.at("observations[" + i + "].subject", milestones.contains(o.subject())
                        ? "names a milestone, '" + o.subject() + "', which is reported on as key work is (keyWorkUpdates), not observed"
                        : "names no indicator or target of the plan: '" + o.subject() + "'"));
                continue;
            }
            Integer first = seen.putIfAbsent(new SubjectYear(o.subject(), o.year()), i);
            if (first != null) {
                problems.add(Problem.at("observations[" + i + "]", "a second value of '" + o.subject() + "' for " + o.year()
                        + " (the first is observations[" + first + "])"));
            }
            if (!unit.negativeAllowed() && o.value().signum() < 0) {
                problems.add(Problem.at("observations[" + i + "].value", "must not be negative in " + unit.en() + ", got "
                        + o.value().toPlainString()));
            } else if (!unit.withinBounds(o.value())) {
                problems.add(Problem.at("observations[" + i + "].value", unit.outOfBounds(o.value())));
            }
        }
        Set<String> items = new HashSet<>(plan.keyWork().stream().map(KeyWorkItem::id).toList());
        items.addAll(milestones);
        Map<String, Integer> reported = new HashMap<>();
        List<KeyWorkUpdate> updates = input.keyWorkUpdates();
        for (int i = 0; i < updates.size(); i++) {
            KeyWorkUpdate u = updates.get(i);
            String path = "keyWorkUpdates[" + i + "]";
            if (!items.contains(u.item())) {
                problems.add(Problem.at(path + ".item", "names no key-work item or milestone of the plan: '" + u.item() + "'"));
                continue;
            }
            Integer first = reported.putIfAbsent(u.item() + "@" + u.date(), i);
            if (first != null) {
                problems.add(Problem.at(path, "a second report on '" + u.item() + "' on " + u.date()
                        + " (the first is keyWorkUpdates[" + first + "])"));
            }
        }
        Set<String> indicators = new HashSet<>(plan.indicators().stream().map(Indicator::id).toList());
        Set<String> organisations = new HashSet<>(plan.organisations().stream().map(Organisation::id).toList());
        List<Accountability> accountabilities = input.accountabilities();
        for (int i = 0; i < accountabilities.size(); i++) {
            Accountability a = accountabilities.get(i);
            String path = "accountabilities[" + i + "]";
            if (!indicators.contains(a.indicator())) {
                problems.add(Problem.at(path + ".indicator", "names no indicator of the plan: '" + a.indicator() + "'"));
            }
            if (!organisations.contains(a.unit())) {
                problems.add(Problem.at(path + ".unit", "names no organisation of the plan: '" + a.unit() + "'"));
            }
        }
        return problems;
    }

    /** An observation's key: one value per subject and year. */
    private record SubjectYear(String subject, int year) {
    }
}
