package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

/**
 * A rule of one's own that never ends cannot hang its caller: evaluations end within their bound,
 * naming the rule, and a batch honours the bound and its caller's interrupt; a batch hands over
 * every evaluation before whatever ends it.
 */
class TimeBoundTest {

    private static final Path RULES = Path.of("src/test/resources/user-rules");
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final ActionPlan PLAN = planWith(
            indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                    Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800"))));

    @Test
    void anActionThatNeverEnds_endsInATimeoutThatNamesTheRule() {
        PlanEvaluator evaluator = PlanEvaluator.builder().rules(RULES.resolve("endless-action.drl")).timeout(BOUND).build();

        long start = System.nanoTime();
        EvaluationTimeoutException ex = catchThrowableOfType(EvaluationTimeoutException.class,
                () -> evaluator.evaluate(PLAN, List.of(), 2021));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(ex).hasMessage("the evaluation did not end within 5 s: the action of the rule of one's own"
                + " \"Hostile: an action that never ends\" (package org.example.hostile) was running");
        assertThat(ex.rule()).contains("Hostile: an action that never ends");
        assertThat(ex.isRuleOfOwn()).isTrue();
    }

    @Test
    void aConditionThatNeverEnds_endsInATimeoutThatSaysNoActionWasRunning() {
        PlanEvaluator evaluator = PlanEvaluator.builder().rules(RULES.resolve("endless-condition.drl")).timeout(BOUND).build();

        EvaluationTimeoutException ex = catchThrowableOfType(EvaluationTimeoutException.class,
                () -> evaluator.evaluate(PLAN, List.of(), 2021));

        assertThat(ex).hasMessageStartingWith("the evaluation did not end within 5 s: no rule's action was running;"
                + " a condition was being evaluated");
        assertThat(ex.rule()).isEmpty();
    }

    @Test
    void aBatch_endsWithinTheBoundOfItsEvaluation_andItsWorkersEnd() {
        PlanEvaluator evaluator = PlanEvaluator.builder().rules(RULES.resolve("endless-action.drl")).timeout(BOUND).build();
        List<EvaluationInput> inputs = Collections.nCopies(8, EvaluationInput.of(PLAN, List.of(), 2021));

        long start = System.nanoTime();
        catchThrowableOfType(EvaluationTimeoutException.class, () -> evaluator.evaluateAll(inputs.iterator(), 2, e -> { }));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith(Batch.THREAD_PREFIX) && t.isAlive());
    }

    @Test
    void anInterruptedBatch_returnsPromptlyWithAPlanwatchException() throws Exception {
        PlanEvaluator evaluator = PlanEvaluator.builder().rules(RULES.resolve("endless-action.drl"))
                .timeout(Duration.ofMinutes(5)).build();
        List<EvaluationInput> inputs = Collections.nCopies(4, EvaluationInput.of(PLAN, List.of(), 2021));
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                evaluator.evaluateAll(inputs.iterator(), 2, e -> { });
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
        });
        caller.start();
        Thread.sleep(1000);

        caller.interrupt();

        assertThat(thrown.get(10, TimeUnit.SECONDS)).isInstanceOf(PlanwatchException.class)
                .hasMessageContaining("interrupted");
    }

    @Test
    void aNullInput_isReachedOnlyAfterEveryEvaluationBeforeItIsHandedOver() {
        List<EvaluationInput> inputs = new ArrayList<>(Collections.nCopies(50, EvaluationInput.of(PLAN, List.of(), 2021)));
        inputs.add(null);
        List<Evaluation> received = new ArrayList<>();

        NullPointerException ex = catchThrowableOfType(NullPointerException.class,
                () -> PlanEvaluator.create().evaluateAll(inputs.iterator(), 2, received::add));

        assertThat(ex).hasMessage("inputs[50]");
        assertThat(received).hasSize(50);
    }

    @Test
    void anIteratorThatThrows_isReachedOnlyAfterEveryEvaluationBeforeItIsHandedOver() {
        Iterator<EvaluationInput> fifty = IntStream.range(0, 60).mapToObj(i -> {
            if (i == 50) {
                throw new IllegalStateException("the source broke at 50");
            }
            return EvaluationInput.of(PLAN, List.of(), 2021);
        }).iterator();
        List<Evaluation> received = new ArrayList<>();

        IllegalStateException ex = catchThrowableOfType(IllegalStateException.class,
                () -> PlanEvaluator.create().evaluateAll(fifty, 2, received::add));

        assertThat(ex).hasMessage("the source broke at 50");
        assertThat(received).hasSize(50);
    }
}
