package io.github.planwatch.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Message;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.Unit;

/**
 * Checks that an evaluation's input fits its plan, reporting every problem at once: every
 * observation, report and accountability refers to something the plan has; no subject has two
 * values for one year, no item two reports on one day; no value is negative in a unit that has
 * none, or outside the unit's bounds.
 */
final class InputCheck {

    /** The bundle of plan-rules' messages. */
    private static final String BUNDLE = "io.github.planwatch.rules.messages";

    private InputCheck() {
    }

    static void require(EvaluationInput input, PlanFrame frame) {
        List<Problem> problems = check(input, frame);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(said("input.notFitting", input.plan().id()), problems);
        }
    }

    /**
     * Checks an input against what its plan holds, as its frame has sorted it.
     *
     * @param input  the input
     * @param frame  the frame of the input's plan
     */
    static List<Problem> check(EvaluationInput input, PlanFrame frame) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Unit> units = frame.units();
        Set<String> milestones = frame.milestoneIds();
        Map<SubjectYear, Integer> seen = new HashMap<>();
        List<Observation> observations = input.observations();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            // The path is spelt out only for a problem: this loop sees every observation of the input.
            Unit unit = units.get(o.subject());
            if (unit == null) {
                problems.add(Problem.at("observations[" + i + "].subject", milestones.contains(o.subject())
                        ? said("input.observedMilestone", Message.quoted(o.subject()))
                        : said("input.unknownSubject", Message.quoted(o.subject()))));
                continue;
            }
            Integer first = seen.putIfAbsent(new SubjectYear(o.subject(), o.year()), i);
            if (first != null) {
                problems.add(Problem.at("observations[" + i + "]", said("input.secondValue", Message.quoted(o.subject()),
                        o.year(), "observations[" + first + "]")));
            }
            if (!unit.negativeAllowed() && o.value().signum() < 0) {
                problems.add(Problem.at("observations[" + i + "].value", said("input.negative", unit.name(),
                        o.value().toPlainString())));
            } else if (!unit.withinBounds(o.value())) {
                problems.add(Problem.at("observations[" + i + "].value", unit.outOfBounds(o.value())));
            }
        }
        Set<String> items = frame.reportable();
        Map<String, Integer> reported = new HashMap<>();
        List<KeyWorkUpdate> updates = input.keyWorkUpdates();
        for (int i = 0; i < updates.size(); i++) {
            KeyWorkUpdate u = updates.get(i);
            String path = "keyWorkUpdates[" + i + "]";
            if (!items.contains(u.item())) {
                problems.add(Problem.at(path + ".item", said("input.unknownItem", Message.quoted(u.item()))));
                continue;
            }
            Integer first = reported.putIfAbsent(u.item() + "@" + u.date(), i);
            if (first != null) {
                problems.add(Problem.at(path, said("input.secondReport", Message.quoted(u.item()), u.date(),
                        "keyWorkUpdates[" + first + "]")));
            }
        }
        Set<String> indicators = frame.indicatorIds();
        Set<String> organisations = frame.organisationIds();
        List<Accountability> accountabilities = input.accountabilities();
        for (int i = 0; i < accountabilities.size(); i++) {
            Accountability a = accountabilities.get(i);
            String path = "accountabilities[" + i + "]";
            if (!indicators.contains(a.indicator())) {
                problems.add(Problem.at(path + ".indicator", said("input.unknownIndicator", Message.quoted(a.indicator()))));
            }
            if (!organisations.contains(a.unit())) {
                problems.add(Problem.at(path + ".unit", said("input.unknownOrganisation", Message.quoted(a.unit()))));
            }
        }
        return problems;
    }

    /** A message of plan-rules' bundle. */
    private static Message said(String key, Object... arguments) {
        return Message.of(BUNDLE, key, arguments);
    }

    /** An observation's key: one value per subject and year. */
    private record SubjectYear(String subject, int year) {
    }
}
