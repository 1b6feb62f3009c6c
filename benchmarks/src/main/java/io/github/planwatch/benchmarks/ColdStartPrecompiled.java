package io.github.planwatch.benchmarks;

import io.github.planwatch.rules.PlanEvaluator;

/**
 * A cold start with the precompiled rules: a new JVM reads the Shaoxing plan and evaluates it with
 * {@code PlanEvaluator.create()}, as a command-line evaluation would. Time it from outside (see
 * BENCHMARKS.md); it is measured against {@link ColdStartDrl}.
 */
public final class ColdStartPrecompiled {

    private ColdStartPrecompiled() {
    }

    /**
     * Runs the evaluation once.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        ColdStart.run("precompiled", () -> {
            PlanEvaluator evaluator = PlanEvaluator.create();
            return (plan, observations, asOf) -> evaluator.evaluate(plan, observations, asOf);
        });
    }
}
