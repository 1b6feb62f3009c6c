package io.github.planwatch.io;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.planwatch.io.CsvTree.Column;
import io.github.planwatch.io.CsvTree.ColumnType;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Unit;

/**
 * Reads observations and checks them against a plan: each names an indicator of the plan or a
 * target stated in a task or key-work item, for a year from 1900 to 2200, with a value that is
 * not negative where the unit cannot be, and no two give a value of the same thing in the same year.
 *
 * <p>One instance reads one file; not thread-safe.
 */
final class ObservationReader extends DataReader<Observation> {

    /** The list of observations in a YAML or JSON document. */
    static final String LIST_FIELD = "observations";

    /** The fields of an observation, in the order they are written; the columns of a CSV file. */
    static final List<Column> COLUMNS = List.of(
            new Column("indicator", ColumnType.TEXT, true),
            new Column("year", ColumnType.INTEGER, true),
            new Column("value", ColumnType.NUMBER, true),
            new Column("provisional", ColumnType.BOOLEAN, false),
            new Column("source", ColumnType.FREE_TEXT, false),
            new Column("note", ColumnType.FREE_TEXT, false));

    /** What can be observed: an indicator or a target stated in a task or key-work item. */
    private record Subject(String id, Unit unit, String description) {
    }

    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    /** The targets of indicators, which are not observed themselves: target id to indicator id. */
    private final Map<String, String> indicatorTargets = new HashMap<>();
    private final Kind<Subject> subject;
    private final Kind<Integer> year = year();

    private ObservationReader(String source, ActionPlan plan) {
        super(source, LIST_FIELD, "an observations document", COLUMNS);
        for (Indicator indicator : plan.indicators()) {
            subjects.put(indicator.id(), new Subject(indicator.id(), indicator.unit(),
                    "indicator " + DocNode.quote(indicator.id())));
            for (Target target : indicator.targets()) {
                indicatorTargets.put(target.id(), indicator.id());
            }
        }
        for (Task task : plan.tasks()) {
            for (QuantifiedTarget target : task.targets()) {
                subjects.put(target.id(), new Subject(target.id(), target.unit(),
                        "target " + DocNode.quote(target.id()) + " of task " + task.number()));
            }
        }
        for (KeyWorkItem item : plan.keyWork()) {
            for (QuantifiedTarget target : item.targets()) {
                subjects.put(target.id(), new Subject(target.id(), target.unit(),
                        "target " + DocNode.quote(target.id()) + " of key-work item " + item.id()));
            }
        }
        String expected = "the id of one of the plan's indicators, or of a target stated in a task or key-work item";
        subject = kind(expected, (node, path) -> {
            String id = text.read(node, path);
            if (id == null) {
                return null;
            }
            Subject found = subjects.get(id);
            if (found != null) {
                return found;
            }
            String indicator = indicatorTargets.get(id);
            if (indicator != null) {
                problem(node, path, "expected " + expected + ", found " + DocNode.quote(id) + ", a target of indicator "
                        + DocNode.quote(indicator) + "; observations of an indicator are keyed by the indicator's id, "
                        + DocNode.quote(indicator));
            } else {
                problem(node, path, "expected " + expected + ", found " + DocNode.quote(id)
                        + Words.didYouMean(id, subjects.keySet()));
            }
            return null;
        });
    }

    /**
     * Creates a reader of one file of observations of a plan.
     *
     * @param source  the file's name, not null
     * @param plan  the plan the observations are of, not null
     * @return the reader, not null
     */
    static ObservationReader of(String source, ActionPlan plan) {
        return new ObservationReader(source, plan);
    }

    @Override
    String what() {
        return "an observation";
    }

    @Override
    Observation entry(DocNode node, String path) {
        Obj o = object(node, path, what(), fields());
        if (o == null) {
            return null;
        }
        Subject observed = o.required("indicator", subject);
        Integer y = o.required("year", year);
        BigDecimal value = o.required("value", number);
        Boolean provisional = o.optional("provisional", bool);
        String from = o.optional("source", text);
        String note = o.optional("note", text);
        if (observed != null && value != null && value.signum() < 0 && !observed.unit().negativeAllowed()) {
            problem(o.node.fields().get("value").value(), o.pathOf("value"), "expected a value that is not negative,"
                    + " since " + observed.description() + " is measured in " + observed.unit().zh() + " ("
                    + observed.unit().en() + "), which cannot be negative; found " + value.toPlainString());
            o.failed = true;
        }
        if (observed != null && y != null && !firstWithKey(observed.id() + " " + y, node, path,
                "one value of " + DocNode.quote(observed.id()) + " for " + y)) {
            o.failed = true;
        }
        return build(o, () -> new Observation(observed.id(), y, value, Boolean.TRUE.equals(provisional), from, note));
    }
}
