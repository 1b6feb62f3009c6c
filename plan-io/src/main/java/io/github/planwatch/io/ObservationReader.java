package io.github.planwatch.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Unit;

/**
 * Reads observations and checks them against a plan: each names an indicator of the plan or a
 * target stated in a task or key-work item, with a value that is not negative where the unit cannot
 * be and lies within the unit's bounds where it has them, and no two give a value of the same thing in the same year. The schema checks the rest.
 *
 * <p>One instance reads one file; not thread-safe.
 */
final class ObservationReader extends DataReader<Observation> {

    /** The list of observations in a YAML or JSON document. */
    static final String LIST_FIELD = "observations";

    /** What can be observed: an indicator or a target stated in a task or key-work item. */
    private record Subject(String id, Unit unit, io.github.planwatch.model.Message description) {
    }

    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    private final java.util.Set<String> milestones = new java.util.HashSet<>();
    /** The plan's horizon year: an observation after it is read, and warned of. */
    private final int horizon;
    /** Observations after the plan's horizon, each where it stands in the file. */
    private final List<Problem> warnings = new ArrayList<>();
    /** The targets of indicators, which are not observed themselves: target id to indicator id. */
    private final Map<String, String> indicatorTargets = new HashMap<>();

    /** A reader of one file of observations of a plan. */
    ObservationReader(String source, ActionPlan plan) {
        super(source, DocumentSchema.OBSERVATIONS, LIST_FIELD, "Observation", Observation.class,
                Messages.of("document.observations"));
        this.horizon = plan.horizonYear();
        plan.milestones().forEach(m -> milestones.add(m.id()));
        for (Indicator indicator : plan.indicators()) {
            subjects.put(indicator.id(), new Subject(indicator.id(), indicator.unit(),
                    Messages.of("observed.indicator", Words.quote(indicator.id()))));
            for (Target target : indicator.targets()) {
                indicatorTargets.put(target.id(), indicator.id());
            }
        }
        plan.tasks().forEach(task -> targets(task.targets(), "observed.taskTarget", task.number()));
        plan.keyWork().forEach(item -> targets(item.targets(), "observed.keyWorkTarget", item.id()));
    }

    /** Adds the targets stated in a task or key-work item, less its milestones, reported on as key work is. */
    private void targets(List<QuantifiedTarget> targets, String description, Object owner) {
        for (QuantifiedTarget target : targets) {
            if (!target.target().isMilestone()) {
                subjects.put(target.id(), new Subject(target.id(), target.unit(),
                        Messages.of(description, Words.quote(target.id()), owner)));
            }
        }
    }

    /** The ids of what a plan lets one observe: its indicators, then the targets stated in its tasks and key-work items. */
    static java.util.Set<String> subjects(ActionPlan plan) {
        return new ObservationReader("", plan).subjects.keySet();
    }

    /** The warnings of the file read: observations after the plan's horizon year, in the file's order. */
    @Override
    List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    boolean check(JsonNode o, String path, DocumentTree.Places places) {
        JsonNode id = o.path("indicator");
        if (!id.isTextual()) {
            return false; // the schema says what is wrong with it
        }
        String subject = id.asText();
        Subject observed = subjects.get(subject);
        if (observed == null) {
            if (milestones.contains(subject)) {
                problem(path + ".indicator", places, Messages.of("observations.milestone", Words.quote(subject)));
                return false;
            }
            String indicator = indicatorTargets.get(subject);
            problem(path + ".indicator", places, indicator != null
                    ? Messages.of("observations.targetOfIndicator", Words.quote(subject), Words.quote(indicator))
                    : Messages.of("observations.unknownSubject", Words.quote(subject),
                            Words.didYouMean(subject, subjects.keySet())));
            return false;
        }
        boolean fits = true;
        JsonNode value = o.path("value");
        if (value.isNumber() && value.decimalValue().signum() < 0 && !observed.unit().negativeAllowed()) {
            problem(path + ".value", places, Messages.of("observations.negative", observed.description(),
                    observed.unit().zh(), observed.unit().en(), value.decimalValue().toPlainString()));
            fits = false;
        } else if (value.isNumber() && !observed.unit().withinBounds(value.decimalValue())) {
            problem(path + ".value", places, observed.unit().outOfBounds(value.decimalValue(), observed.description()));
            fits = false;
        }
        JsonNode year = o.path("year");
        if (year.canConvertToInt() && year.asInt() > horizon) {
            warnings.add(places.at(path + ".year", Messages.of("observations.afterHorizon", Words.quote(observed.id()),
                    year.asInt(), horizon)));
        }
        return (!year.canConvertToInt() || firstWithKey(observed.id() + " " + year.asInt(), path, places,
                Messages.of("observations.oneValue", Words.quote(observed.id()), year.asInt()))) && fits;
    }
}
