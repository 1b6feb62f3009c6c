package io.github.planwatch.benchmarks;

import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * Evaluates one plan over and over for a while, to be watched by a profiler such as Java Flight
 * Recorder (see BENCHMARKS.md): a steadier subject than a JMH fork, with nothing else running.
 */
public final class ProfileLoop {

    private ProfileLoop() {
    }

    /**
     * Evaluates the plan for the given time and prints how many evaluations were made.
     *
     * @param args  the plan, {@code shaoxing} or the number of indicators of a synthetic plan of 6 years
     *        (default 20); and the seconds to run (default 30)
     */
    public static void main(String[] args) {
        String plan = args.length > 0 ? args[0] : "20";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        EvaluationInput input = plan.equals("shaoxing") ? ShaoxingInputs.input()
                : SyntheticPlans.input(1, Integer.parseInt(plan), 6);
        PlanEvaluator evaluator = PlanEvaluator.create();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        long targets = 0;
        while (System.nanoTime() < end) {
            targets += evaluator.evaluate(input).assessments().size();
            count++;
        }
        System.out.printf("%d evaluations of %s in %d s: %.1f us each (%d targets assessed)%n", count, plan, seconds,
                seconds * 1e6 / count, targets);
    }
}
