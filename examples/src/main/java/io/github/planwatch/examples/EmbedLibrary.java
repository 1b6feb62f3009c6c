package io.github.planwatch.examples;

import java.util.List;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * The library in twenty lines: loads the Shaoxing plan and its sourced observations, evaluates the
 * plan as of the latest observed year, and prints the status of every target.
 *
 * <p>Run it with {@code java -cp examples/target/planwatch.jar io.github.planwatch.examples.EmbedLibrary}.
 */
public final class EmbedLibrary {

    private EmbedLibrary() {
    }

    /**
     * Prints the plan's summary and one line per target.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        ActionPlan plan = PlanDocuments.shaoxing();
        List<Observation> observations = ObservationDocuments.shaoxingSourced();
        int asOf = observations.stream().mapToInt(Observation::year).max().orElseThrow();

        Evaluation evaluation = PlanEvaluator.create().evaluate(plan, observations, asOf);

        GroupSummary summary = evaluation.planSummary();
        // A plan with too few targets assessed has no score: its status says so, and the coverage why.
        System.out.printf("%s, as of %d: %s%s, %d of %d targets assessed%n", plan.id(), asOf,
                summary.score() == null ? "" : String.format("score %.2f, ", summary.score()), summary.status(),
                summary.assessed(), summary.dueOrAhead());
        for (Assessment a : evaluation.assessments()) {
            System.out.printf("%-42s %d  %s%n", a.targetId(), a.targetYear(), a.status());
        }
        System.out.println(evaluation.findings().size() + " findings, the first: "
                + evaluation.findings().get(0).message().en());
    }
}
