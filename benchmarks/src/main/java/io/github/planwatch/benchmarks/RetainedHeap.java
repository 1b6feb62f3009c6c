package io.github.planwatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * How much heap one evaluation of a large plan needs: the heap in use after a full collection with
 * the input alone, and again while the evaluation is held, per observation. Run it with the heap
 * bound the goal names, {@code java -Xmx1g -cp benchmarks.jar io.github.planwatch.benchmarks.RetainedHeap 40000 30};
 * that it completes at all is the first result (the peak of the evaluation fits).
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    /**
     * Evaluates one synthetic plan and prints the heap in use.
     *
     * @param args  the number of indicators (default 40000) and years observed (default 30)
     */
    public static void main(String[] args) {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        PlanEvaluator evaluator = PlanEvaluator.create();
        long rulesOnly = used(memory);
        EvaluationInput input = SyntheticPlans.input(3, indicators, years);
        long withInput = used(memory);
        long start = System.nanoTime();
        Evaluation evaluation = evaluator.evaluate(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long withEvaluation = used(memory);
        int observations = input.observations().size();
        System.out.printf("%d indicators, %d observations, %d targets, %d findings; evaluated in %d ms (max heap %d MB)%n",
                indicators, observations, evaluation.assessments().size(), evaluation.findings().size(), millis,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("heap in use after a full collection: rules %d MB, + input %d MB, + evaluation %d MB%n",
                rulesOnly >> 20, withInput >> 20, withEvaluation >> 20);
        System.out.printf("retained per observation: input %.0f bytes, evaluation %.0f bytes, both %.0f bytes%n",
                (withInput - rulesOnly) / (double) observations, (withEvaluation - withInput) / (double) observations,
                (withEvaluation - rulesOnly) / (double) observations);
    }

    private static long used(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
