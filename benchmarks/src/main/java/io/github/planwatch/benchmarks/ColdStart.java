package io.github.planwatch.benchmarks;

import java.util.List;
import java.util.function.Supplier;

import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Observation;

/**
 * What both cold-start harnesses do in a new JVM: read the bundled Shaoxing plan and the sourced
 * observations, get the rules ready, evaluate as of {@value ShaoxingInputs#AS_OF}, and print one
 * line of result on standard output (the same line either way) and the time of each step on
 * standard error.
 */
final class ColdStart {

    private ColdStart() {
    }

    /** An evaluation on rules made ready one way or another. */
    interface Rules {
        Evaluation evaluate(ActionPlan plan, List<Observation> observations, int asOf);
    }

    static void run(String name, Supplier<Rules> ready) {
        long start = System.nanoTime();
        ActionPlan plan = PlanDocuments.shaoxing();
        List<Observation> observations = ShaoxingInputs.observations();
        long read = System.nanoTime();
        Rules rules = ready.get();
        long prepared = System.nanoTime();
        Evaluation evaluation = rules.evaluate(plan, observations, ShaoxingInputs.AS_OF);
        long evaluated = System.nanoTime();
        GroupSummary summary = evaluation.planSummary();
        System.out.println(evaluation.planId() + " as of " + evaluation.asOf() + ": " + summary.status() + ", score "
                + String.format("%.3f", summary.score()) + ", " + evaluation.assessments().size() + " targets, "
                + evaluation.findings().size() + " findings");
        System.err.printf("%s: read %d ms, rules ready %d ms, evaluated %d ms%n", name, (read - start) / 1_000_000,
                (prepared - read) / 1_000_000, (evaluated - prepared) / 1_000_000);
    }
}
