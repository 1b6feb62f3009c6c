package io.github.planwatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.github.planwatch.model.Status;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * One batch of {@code plans} distinct synthetic plans of 40 targets over 6 years (10,000 by
 * default), generated as they are read and evaluated with {@code PlanEvaluator.evaluateAll} on
 * {@code threads} worker threads, in a JVM of at most 512 MB of heap ({@code -Xmx512m}). Each
 * iteration is one whole batch.
 * {@code generateOnly} reads the same plans without evaluating them, to tell the generator's share.
 *
 * <p>After each iteration the peak use of the heap's pools is printed: the peak of the old
 * generation, which holds what survives, and the sum of every pool's peak, which is at least the
 * heap's true peak.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class BatchBenchmark {

    /** The size of the batch, shared by both benchmarks. */
    @State(Scope.Benchmark)
    public static class Batch {

        /** The number of plans in the batch. */
        @Param({"10000"})
        public long plans;
    }

    /** The evaluator and its threads. */
    @State(Scope.Benchmark)
    public static class Workers {

        /** The number of worker threads. */
        @Param({"1", "2"})
        public int threads;

        private PlanEvaluator rules;

        /** Builds the evaluator. */
        @Setup
        public void setUp() {
            rules = PlanEvaluator.create();
        }
    }

    /**
     * Evaluates the batch.
     *
     * @param batch  the size of the batch
     * @param workers  the evaluator and its threads
     * @param heap  reports the heap's peak after each iteration
     * @param sink  takes each plan's summary, so that nothing is optimised away
     * @return the number of plans evaluated that are on track
     */
    @Benchmark
    public long evaluateAll(Batch batch, Workers workers, Heap heap, Blackhole sink) {
        long[] onTrack = {0};
        long evaluated = workers.rules.evaluateAll(SyntheticPlans.inputs(7, batch.plans, 20, 6).iterator(), workers.threads,
                e -> {
                    sink.consume(e.planSummary());
                    onTrack[0] += e.planSummary().status() == Status.ON_TRACK ? 1 : 0;
                });
        if (evaluated != batch.plans) {
            throw new IllegalStateException("evaluated " + evaluated + " of " + batch.plans + " plans");
        }
        return onTrack[0];
    }

    /**
     * Generates the plans of the batch without evaluating them.
     *
     * @param batch  the size of the batch
     * @param heap  reports the heap's peak after each iteration
     * @param sink  takes each input
     */
    @Benchmark
    public void generateOnly(Batch batch, Heap heap, Blackhole sink) {
        SyntheticPlans.inputs(7, batch.plans, 20, 6).forEach(sink::consume);
    }

    /** Prints the heap's peaks of each iteration and starts the next from zero. */
    @State(Scope.Benchmark)
    public static class Heap {

        /** Prints the peaks. */
        @TearDown(Level.Iteration)
        public void peakHeap() {
            long sum = 0;
            long old = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    long peak = pool.getPeakUsage().getUsed();
                    sum += peak;
                    if (pool.getName().contains("Old")) {
                        old = peak;
                    }
                    pool.resetPeakUsage();
                }
            }
            System.out.printf("%n[peak heap] old generation %d MB, sum of pool peaks %d MB, max heap %d MB%n", old >> 20,
                    sum >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
