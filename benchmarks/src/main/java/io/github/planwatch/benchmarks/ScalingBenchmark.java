package io.github.planwatch.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * The cost of one evaluation as the plan grows: synthetic plans of 20, 200, 2000 and 20,000 indicators
 * (40, 400, 4000 and 40,000 targets, with categories, areas, tasks, key-work items and units growing in
 * proportion), 6 years each. Linear cost means 10 times the indicators costs 10 times the time.
 */
// The rules need about 24 s of warm-up on two cores before their time settles (the JIT compiles much of
// Drools): after 3 warm-up iterations of 3 s, a new plan's evaluation still fell from 940 to 218 us over the
// five measured ones (under load); after 8 it is flat, and so are the 20,000-indicator plans.
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScalingBenchmark {

    /** The number of indicators. */
    @Param({"20", "200", "2000", "20000"})
    public int indicators;

    private EvaluationInput input;
    private PlanEvaluator rules;
    private PlainEvaluator plain;

    /** Generates the plan and builds both evaluators. */
    @Setup
    public void setUp() {
        input = SyntheticPlans.input(1, indicators, 6);
        rules = PlanEvaluator.create();
        plain = PlainEvaluator.create();
    }

    /**
     * Evaluates with the rules.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation rules() {
        return rules.evaluate(input);
    }

    /**
     * Evaluates with the rules on one thread: a batch of one, whose parts are judged one after
     * another, where {@link #rules()} judges those of a plan of more than 256 subjects side by side.
     * The same work as {@code rules} without a second core, and a thread's hand-over more.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation rulesOneThread() {
        Evaluation[] evaluation = new Evaluation[1];
        rules.evaluateAll(List.of(input).iterator(), 1, e -> evaluation[0] = e);
        return evaluation[0];
    }

    /**
     * Evaluates in plain Java.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation plain() {
        return plain.evaluate(input);
    }
}
