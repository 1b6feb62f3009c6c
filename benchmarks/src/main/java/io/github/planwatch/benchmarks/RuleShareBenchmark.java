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

/**
 * The rules doing no more than the plain-Java baseline does: evaluation with every rule file, and
 * with the risk rules ({@code risk-*.drl}) left out, so that only the status, score, assessment and
 * summary rules run, as the baseline raises no findings either. Both rule sets are compiled from
 * plan-rules' DRL at set-up ({@link DrlRules}); the first should cost what the precompiled rules do
 * ({@code EvaluationBenchmark.rules}). Run from the repository's root, where the DRL sources are.
 */
// The rules need some 15 s of warm-up on two cores before their time settles (the JIT compiles much of Drools).
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RuleShareBenchmark {

    /** Which plan: {@code shaoxing}, or {@code synthetic} (20 indicators, 40 targets, 6 years). */
    @Param({"shaoxing", "synthetic"})
    public String plan;

    private EvaluationInput input;
    private DrlRules all;
    private DrlRules assessing;

    /** Reads or generates the plan and compiles both rule sets. */
    @Setup
    public void setUp() {
        input = plan.equals("shaoxing") ? ShaoxingInputs.input() : SyntheticPlans.input(1, 20, 6);
        all = DrlRules.compile(DrlRules.SOURCES);
        assessing = DrlRules.compile(DrlRules.SOURCES, file -> !file.startsWith("risk-"));
    }

    /**
     * Evaluates with every rule.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation allRules() {
        return all.evaluate(input.plan(), input.observations(), input.asOf());
    }

    /**
     * Evaluates with the status, score, assessment and summary rules only.
     *
     * @return the evaluation, without findings
     */
    @Benchmark
    public Evaluation assessmentRulesOnly() {
        return assessing.evaluate(input.plan(), input.observations(), input.asOf());
    }
}
