package io.github.planwatch.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.PlanwatchException;

/**
 * Evaluates a stream of inputs on worker threads and hands the evaluations over in input order on
 * the calling thread, holding only a window of them at a time.
 *
 * <p>The calling thread alone reads the inputs and calls the consumer, so neither needs to be
 * thread-safe. It keeps at most {@code threads * WINDOW_PER_THREAD} inputs submitted and not yet
 * handed over; the evaluation at the head of the window is awaited, handed over and dropped before
 * another input is read. The first failure in input order ends the batch, as it would end a loop of
 * {@code evaluate} calls: the inputs before it have been handed over, none after it. Whatever
 * happens, the worker threads have ended when {@link #run} returns or throws.
 */
final class Batch {

    /**
     * How many evaluations each worker may run ahead of the one the consumer waits for. A slow input
     * at the head of the window then holds no worker idle unless it is slower than this many others.
     */
    static final int WINDOW_PER_THREAD = 4;

    /** Numbers batches, so that the threads of two batches running at once have names of their own. */
    private static final AtomicInteger BATCHES = new AtomicInteger();

    /** The prefix of the names of the worker threads, {@code planwatch-evaluate-BATCH-N}. */
    static final String THREAD_PREFIX = "planwatch-evaluate-";

    private Batch() {
    }

    static long run(Function<EvaluationInput, Evaluation> evaluate, Iterator<? extends EvaluationInput> inputs,
                    int threads, Consumer<? super Evaluation> consumer) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(consumer, "consumer");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int window = threads * WINDOW_PER_THREAD;
        Deque<Future<Evaluation>> pending = new ArrayDeque<>(window);
        WorkerThreads threadFactory = new WorkerThreads();
        ExecutorService workers = Executors.newFixedThreadPool(threads, threadFactory);
        long handedOver = 0;
        boolean exhausted = false;
        try {
            while (true) {
                while (!exhausted && pending.size() < window) {
                    long index = handedOver + pending.size();
                    try {
                        if (!inputs.hasNext()) {
                            exhausted = true;
                            break;
                        }
                        EvaluationInput input = Objects.requireNonNull(inputs.next(), () -> "inputs[" + index + "]");
                        pending.add(workers.submit(() -> evaluate.apply(input)));
                    } catch (RuntimeException | Error ex) {
                        // In its place in input order: the evaluations before it are handed over first.
                        pending.add(CompletableFuture.failedFuture(ex));
                        exhausted = true;
                    }
                }
                // Stays in the window while it is awaited, so that a failure meanwhile cancels it too.
                Future<Evaluation> head = pending.peek();
                if (head == null) {
                    return handedOver;
                }
                Evaluation evaluation = await(head, handedOver);
                pending.poll();
                consumer.accept(evaluation);
                handedOver++;
            }
        } finally {
            // Interrupts the evaluations still running: each then gives up its rule session at once.
            pending.forEach(f -> f.cancel(true));
            workers.shutdown();
            awaitEnd(workers, threadFactory);
        }
    }

    /** Waits for one evaluation and rethrows its failure as evaluate would have thrown it. */
    private static Evaluation await(Future<Evaluation> result, long handedOver) {
        // A finished evaluation would be returned even to an interrupted thread: look first.
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(handedOver, null);
        }
        try {
            return result.get();
        } catch (ExecutionException ex) {
            throw TimeBound.rethrown(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw interrupted(handedOver, ex);
        }
    }

    private static PlanwatchException interrupted(long handedOver, InterruptedException cause) {
        return new PlanwatchException("the batch was interrupted after " + handedOver + " evaluations", cause);
    }

    /**
     * Waits until every worker thread has ended, not only until the pool says it has terminated
     * (its last thread is then still on its way out). A worker waits for its evaluation only within
     * the evaluator's time bound, and gives up at once when interrupted (the pending evaluations were
     * cancelled with an interrupt), so this ends; an interrupt is kept for the caller.
     */
    private static void awaitEnd(ExecutorService workers, WorkerThreads threads) {
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        for (Thread thread : threads.created()) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException ex) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the worker threads of one batch, named {@code planwatch-evaluate-BATCH-N}, and keeps them to join. */
    private static final class WorkerThreads implements ThreadFactory {

        private final String prefix = THREAD_PREFIX + BATCHES.incrementAndGet() + "-";
        private final List<Thread> created = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + (created.size() + 1));
            // Never keep a JVM alive; the batch ends its threads itself.
            thread.setDaemon(true);
            created.add(thread);
            return thread;
        }

        List<Thread> created() {
            return created;
        }
    }
}
