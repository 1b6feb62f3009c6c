package io.github.planwatch.benchmarks;

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
 * Warm evaluation of one plan by the rules and by the plain-Java baseline, which does the same
 * work (assessments, findings and group summaries): the Shaoxing plan with its sourced
 * observations, and a synthetic plan of 40 targets over 6 years. The ratio of the two is the cost
 * of the rules engine.
 *
 * <p>The rules' evaluator keeps what it works out of the plan alone for the next evaluation of the
 * same plan object, which the plain evaluator does not; {@code rulesNewPlan} therefore evaluates
 * two equal plans in turn, so that every evaluation prepares its plan afresh, as the first
 * evaluation of a plan does.
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
public class EvaluationBenchmark {

    /** Which plan: {@code shaoxing}, or {@code synthetic} (20 indicators, 40 targets, 6 years). */
    @Param({"shaoxing", "synthetic"})
    public String plan;

    private EvaluationInput input;
    /** The same input with an equal plan of its own: evaluated in turn with {@link #input}. */
    private EvaluationInput other;
    private boolean turn;
    private PlanEvaluator rules;
    private PlainEvaluator plain;

    /** Reads or generates the plan and builds both evaluators. */
    @Setup
    public void setUp() {
        input = plan.equals("shaoxing") ? ShaoxingInputs.input() : SyntheticPlans.input(1, 20, 6);
        other = EvaluationInput.of(input.plan().toBuilder().build(), input.observations(), input.asOf())
                .withKeyWorkUpdates(input.keyWorkUpdates()).withAccountabilities(input.accountabilities());
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
     * Evaluates with the rules, each time a plan other than the one evaluated before.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation rulesNewPlan() {
        turn = !turn;
        return rules.evaluate(turn ? input : other);
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
