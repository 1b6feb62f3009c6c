package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

/**
 * The built-in rules built ahead on a thread of their own: asked for again and again, and from
 * several threads at once, they are built once, and the evaluators that use them judge as any other.
 */
class PreparedRulesTest {

    @Test
    void preparedAheadAndAskedForFromManyThreads_oneRuleBase_theSameEvaluation() throws InterruptedException {
        var plan = planWith(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "100"),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("150"))));
        EvaluationInput input = EvaluationInput.of(plan, List.of(obs("x", 2020, "110")), 2020);

        PlanEvaluator.prepareBuiltInRules();
        PlanEvaluator.prepareBuiltInRules();
        List<Object> bases = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                bases.add(BuiltInRules.shared());
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }

        assertThat(bases).hasSize(4).allSatisfy(b -> assertThat(b).isSameAs(BuiltInRules.shared()));
        Evaluation evaluation = PlanEvaluator.create().evaluate(input);
        assertThat(evaluation).isEqualTo(PlanEvaluator.builder().build().evaluate(input));
        assertThat(evaluation.assessments()).hasSize(1);
    }
}
