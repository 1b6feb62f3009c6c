package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

/** A batch evaluates like a loop of evaluate calls, in input order, on threads of its own that end with it. */
class PlanEvaluatorBatchTest {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    private static final ActionPlan PLAN = planWith(
            indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                    Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800")),
                    Target.level("gdp-2025", 2025, Comparison.AT_LEAST, d("8400"))),
            indicator("pm25", 2, Direction.LOWER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "36"),
                    Target.level("pm25-2022", 2022, Comparison.BELOW, d("34"))));

    /** Inputs that differ from each other, so that an evaluation handed over in the wrong place shows. */
    private static List<EvaluationInput> inputs(int count) {
        List<EvaluationInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Observation> observations = List.of(obs("gdp", 2020, Integer.toString(5000 + 37 * i)),
                    obs("gdp", 2021, Integer.toString(5500 + 53 * i)), obs("pm25", 2021, Integer.toString(20 + i % 30)));
            inputs.add(EvaluationInput.of(PLAN, observations, 2020 + i % 4));
        }
        return inputs;
    }

    private static List<Evaluation> oneByOne(List<EvaluationInput> inputs) {
        return inputs.stream().map(EVALUATOR::evaluate).toList();
    }

    private static List<Thread> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(Batch.THREAD_PREFIX) && t.isAlive()).toList();
    }

    @AfterEach
    void noWorkerThreadOutlivesItsBatch() {
        assertThat(workerThreads()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void evaluateAll_handsOverEveryEvaluationInInputOrder(int threads) {
        List<EvaluationInput> inputs = inputs(40);
        List<Evaluation> received = new ArrayList<>();
        long count = EVALUATOR.evaluateAll(inputs.iterator(), threads, received::add);
        assertThat(count).isEqualTo(40);
        assertThat(received).containsExactlyElementsOf(oneByOne(inputs));
    }

    @Test
    void evaluateAll_ofAStream_handsOverEveryEvaluationInInputOrder() {
        List<EvaluationInput> inputs = inputs(12);
        List<Evaluation> received = new ArrayList<>();
        assertThat(EVALUATOR.evaluateAll(inputs.stream(), received::add)).isEqualTo(12);
        assertThat(received).containsExactlyElementsOf(oneByOne(inputs));
    }

    @Test
    void evaluateAll_ofNothing_handsOverNothing() {
        List<Evaluation> received = new ArrayList<>();
        assertThat(EVALUATOR.evaluateAll(Collections.<EvaluationInput>emptyIterator(), 2, received::add)).isZero();
        assertThat(EVALUATOR.evaluateAll(Stream.<EvaluationInput>empty(), received::add)).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void evaluateAll_callsTheConsumerOnTheCallingThreadWhileTheWorkersEvaluate() {
        Set<Thread> consumers = new HashSet<>();
        Set<String> workersSeen = new HashSet<>();
        EVALUATOR.evaluateAll(inputs(30).iterator(), 3, e -> {
            consumers.add(Thread.currentThread());
            workerThreads().forEach(t -> workersSeen.add(t.getName()));
        });
        assertThat(consumers).containsExactly(Thread.currentThread());
        assertThat(workersSeen).hasSize(3).allMatch(n -> n.matches(Batch.THREAD_PREFIX + "\\d+-[123]"));
    }

    @Test
    void evaluateAll_readsOnlyABoundedWindowAheadOfTheConsumer() {
        int threads = 2;
        AtomicInteger read = new AtomicInteger();
        AtomicInteger handedOver = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Iterator<EvaluationInput> counting = IntStream.range(0, 200).mapToObj(i -> {
            read.incrementAndGet();
            mostAhead.accumulateAndGet(read.get() - handedOver.get(), Math::max);
            return EvaluationInput.of(PLAN, List.of(obs("gdp", 2020, Integer.toString(5000 + i))), 2021);
        }).iterator();
        long count = EVALUATOR.evaluateAll(counting, threads, e -> handedOver.incrementAndGet());
        assertThat(count).isEqualTo(200);
        assertThat(mostAhead.get()).isLessThanOrEqualTo(threads * Batch.WINDOW_PER_THREAD);
    }

    @Test
    void evaluateAll_endsAtTheFirstInvalidInput_afterHandingOverEveryEvaluationBeforeIt() {
        List<EvaluationInput> inputs = new ArrayList<>(inputs(30));
        inputs.set(7, EvaluationInput.of(PLAN, List.of(obs("gpd", 2020, "1")), 2021));
        inputs.set(20, EvaluationInput.of(PLAN, List.of(obs("gdp", 2020, "-1")), 2021));
        List<Evaluation> received = new ArrayList<>();
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
                () -> EVALUATOR.evaluateAll(inputs.iterator(), 2, received::add));
        assertThat(ex).hasMessageContaining("names no indicator or target of the plan: 'gpd'");
        assertThat(received).containsExactlyElementsOf(oneByOne(inputs.subList(0, 7)));
    }

    @Test
    void evaluateAll_endsWithTheErrorOfAFailingRule_asEvaluateThrowsIt() {
        PlanEvaluator failing = PlanEvaluator.builder().rules(Path.of("src/test/resources/user-rules/failing.drl")).build();
        List<Evaluation> received = new ArrayList<>();
        assertThatThrownBy(() -> failing.evaluateAll(inputs(10).iterator(), 2, received::add))
                .isInstanceOf(PlanwatchException.class)
                .hasMessageStartingWith("the rule \"Failing: divides by zero\" failed: java.lang.ArithmeticException");
        assertThat(received).isEmpty();
    }

    @Test
    void evaluateAll_passesOnAnExceptionOfTheConsumer_andReadsNoFurther() {
        AtomicInteger read = new AtomicInteger();
        Iterator<EvaluationInput> counting = inputs(100).stream().peek(i -> read.incrementAndGet()).iterator();
        IllegalStateException stop = new IllegalStateException("disk full");
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> EVALUATOR.evaluateAll(counting, 2, e -> {
            if (calls.incrementAndGet() == 3) {
                throw stop;
            }
        })).isSameAs(stop);
        assertThat(read.get()).isLessThanOrEqualTo(3 + 2 * Batch.WINDOW_PER_THREAD);
    }

    @Test
    void evaluateAll_passesOnAnExceptionOfTheIterator() {
        IllegalStateException broken = new IllegalStateException("cannot read plan 5");
        Iterator<EvaluationInput> failingAtFive = IntStream.range(0, 10).mapToObj(i -> {
            if (i == 5) {
                throw broken;
            }
            return inputs(1).get(0);
        }).iterator();
        assertThatThrownBy(() -> EVALUATOR.evaluateAll(failingAtFive, 2, e -> { })).isSameAs(broken);
    }

    @Test
    void evaluateAll_refusesANullInputByItsIndex_andTooFewThreads() {
        List<EvaluationInput> inputs = new ArrayList<>(inputs(3));
        inputs.add(null);
        assertThatThrownBy(() -> EVALUATOR.evaluateAll(inputs.iterator(), 2, e -> { }))
                .isInstanceOf(NullPointerException.class).hasMessage("inputs[3]");
        assertThatThrownBy(() -> EVALUATOR.evaluateAll(inputs(1).iterator(), 0, e -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be at least 1, got 0");
    }

    @Test
    void evaluateAll_interrupted_endsWithAnErrorAndKeepsTheInterrupt() {
        List<Evaluation> received = new ArrayList<>();
        try {
            assertThatThrownBy(() -> EVALUATOR.evaluateAll(inputs(50).iterator(), 2, e -> {
                received.add(e);
                if (received.size() == 2) {
                    Thread.currentThread().interrupt();
                }
            })).isInstanceOf(PlanwatchException.class).hasMessage("the batch was interrupted after 2 evaluations");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(received).hasSize(2);
    }
}
