package io.github.planwatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;

/**
 * What a report is made from: the plan, its evaluation, the observations and key-work reports it
 * was judged on, and, for its history, earlier evaluations of the same plan.
 *
 * <p>Only the plan and the evaluation are needed; without observations the charts show the
 * baseline and the targets, without reports the ledger says that nothing was reported, and
 * without earlier evaluations the report has no history. Immutable and thread-safe.
 *
 * @param plan  the plan evaluated, not null
 * @param evaluation  the evaluation reported on, not null
 * @param observations  the observations it was judged on, not null
 * @param updates  the key-work progress reports it was judged on, not null
 * @param earlier  earlier evaluations of the same plan, oldest first, not null
 * @param anticipations  where each target is anticipated to be in its year, by target id, not null
 * @param owners  which unit answers for which indicator, not null
 * @param sources  a line naming where the figures and reports came from, not null, may be empty
 */
public record ReportInputs(ActionPlan plan, Evaluation evaluation, List<Observation> observations,
                           List<KeyWorkUpdate> updates, List<Evaluation> earlier,
                           Map<String, Anticipation> anticipations, List<Accountability> owners, String sources) {

    /**
     * Checks the parts: the evaluation and every earlier one are of the plan; sorts the earlier
     * ones by their as-of year and reference date.
     *
     * @param plan  the plan evaluated, not null
     * @param evaluation  the evaluation reported on, not null
     * @param observations  the observations it was judged on, not null
     * @param updates  the key-work progress reports it was judged on, not null
     * @param earlier  earlier evaluations of the same plan, not null
     * @param anticipations  where each target is anticipated to be in its year, by target id, not null
     * @param owners  which unit answers for which indicator, not null
     * @param sources  a line naming where the figures and reports came from, not null, may be empty
     */
    public ReportInputs {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(evaluation, "evaluation");
        if (!evaluation.planId().equals(plan.id())) {
            throw new IllegalArgumentException("the evaluation is of plan " + evaluation.planId() + ", not of " + plan.id());
        }
        observations = List.copyOf(observations);
        updates = List.copyOf(updates);
        List<Evaluation> sorted = new ArrayList<>(earlier);
        for (Evaluation e : sorted) {
            if (!e.planId().equals(plan.id())) {
                throw new IllegalArgumentException("an earlier evaluation is of plan " + e.planId() + ", not of " + plan.id());
            }
        }
        sorted.sort(Comparator.comparingInt(Evaluation::asOf).thenComparing(Evaluation::referenceDate));
        earlier = List.copyOf(sorted);
        anticipations = Map.copyOf(anticipations);
        owners = List.copyOf(owners);
        Objects.requireNonNull(sources, "sources");
    }

    /**
     * Starts the inputs of a report from a plan and its evaluation alone.
     *
     * @param plan  the plan, not null
     * @param evaluation  its evaluation, not null
     * @return the inputs, with no observations, reports or history, not null
     */
    public static ReportInputs of(ActionPlan plan, Evaluation evaluation) {
        return new ReportInputs(plan, evaluation, List.of(), List.of(), List.of(), Map.of(), List.of(), "");
    }

    /**
     * Returns these inputs with the observations the evaluation was judged on.
     *
     * @param judgedOn  the observations, not null
     * @return new inputs, not null
     */
    public ReportInputs withObservations(List<Observation> judgedOn) {
        return new ReportInputs(plan, evaluation, judgedOn, updates, earlier, anticipations, owners, sources);
    }

    /**
     * Returns these inputs with the key-work progress reports the evaluation was judged on.
     *
     * @param reports  the reports, not null
     * @return new inputs, not null
     */
    public ReportInputs withUpdates(List<KeyWorkUpdate> reports) {
        return new ReportInputs(plan, evaluation, observations, reports, earlier, anticipations, owners, sources);
    }

    /**
     * Returns these inputs with earlier evaluations of the plan: the report then lists every change
     * of status since the latest of them, and each target's status over all of them.
     *
     * @param evaluations  earlier evaluations of the same plan, in any order, not null
     * @return new inputs, not null
     */
    public ReportInputs withEarlier(List<Evaluation> evaluations) {
        return new ReportInputs(plan, evaluation, observations, updates, evaluations, anticipations, owners, sources);
    }

    /**
     * Returns these inputs with the value each target is anticipated to reach in its year.
     *
     * @param byTarget  the anticipations, by target id, not null
     * @return new inputs, not null
     */
    public ReportInputs withAnticipations(Map<String, Anticipation> byTarget) {
        return new ReportInputs(plan, evaluation, observations, updates, earlier, byTarget, owners, sources);
    }

    /**
     * Returns these inputs with the units that answer for indicators: the report names them as
     * the lead units of the indicators' targets.
     *
     * @param accountabilities  which unit answers for which indicator, not null
     * @return new inputs, not null
     */
    public ReportInputs withOwners(List<Accountability> accountabilities) {
        return new ReportInputs(plan, evaluation, observations, updates, earlier, anticipations, accountabilities, sources);
    }

    /**
     * Returns these inputs with a line naming where the figures and reports came from.
     *
     * @param line  such as {@code 112 observations (observations.csv)}, not null
     * @return new inputs, not null
     */
    public ReportInputs withSources(String line) {
        return new ReportInputs(plan, evaluation, observations, updates, earlier, anticipations, owners, line);
    }
}
