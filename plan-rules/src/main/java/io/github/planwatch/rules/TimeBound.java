package io.github.planwatch.rules;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.PlanwatchException;

/**
 * Bounds the time of one evaluation without the rules' cooperation: an endless loop in a rule's
 * action ignores interrupts and {@code halt}, so the evaluation runs on a thread of its own and the
 * caller stops waiting for it when the bound is reached. The built-in rules alone need no such
 * thread ({@link #runHere}).
 *
 * <p><b>The abandoned thread.</b> When the bound is reached, the evaluation's thread is interrupted
 * and its session halted, which ends it at the next point where Drools or the rule looks; a rule
 * that never looks keeps its thread running, and using its CPU, until the JVM ends. The thread is a
 * daemon and never keeps the JVM alive: a program that meets a timeout should treat its rules as
 * broken and end, as the {@code planwatch} command does. Nothing of the abandoned evaluation is
 * returned or shared.
 */
final class TimeBound {

    /** The name prefix of evaluation threads, {@code planwatch-evaluation-N}. */
    static final String THREAD_PREFIX = "planwatch-evaluation-";
    private static final AtomicLong THREADS = new AtomicLong();

    private TimeBound() {
    }

    /**
     * Runs an evaluation within a bound.
     *
     * @param bound  the most time to wait, positive
     * @param builtInPackages  the packages of the built-in rules, to tell a rule of one's own from them
     * @param evaluation  the evaluation, given the watch to add to its session and to tell its session to
     * @return what the evaluation returns
     * @throws EvaluationTimeoutException if the bound is reached, naming what was running
     * @throws PlanwatchException if the calling thread is interrupted meanwhile (its interrupt is kept)
     */
    static Evaluation run(Duration bound, Set<String> builtInPackages, Function<Watch, Evaluation> evaluation) {
        Watch watch = new Watch();
        AtomicReference<Thread> runner = new AtomicReference<>();
        FutureTask<Evaluation> task = new FutureTask<>(() -> {
            runner.set(Thread.currentThread());
            return evaluation.apply(watch);
        });
        WORKERS.execute(task);
        try {
            return task.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException ex) {
            throw rethrown(ex);
        } catch (TimeoutException ex) {
            Thread thread = runner.get();
            StackTraceElement[] stack = thread == null ? new StackTraceElement[0] : thread.getStackTrace();
            watch.stop(task);
            throw watch.timedOut(bound, builtInPackages, stack);
        } catch (InterruptedException ex) {
            watch.stop(task);
            Thread.currentThread().interrupt();
            throw new PlanwatchException("the evaluation was interrupted", ex);
        }
    }

    /**
     * Runs an evaluation of the built-in rules alone within a bound, on the calling thread. Those rules
     * always come to rest (none retracts or changes a fact, and each fires once per match), so the
     * evaluation cannot hang its caller, and handing it to another thread and back, which costs
     * about a quarter of a small plan's evaluation, buys nothing. The watch checks the bound, and
     * whether the thread was interrupted, before each rule fires, and then halts the session.
     *
     * @param bound  the most time to take, positive
     * @param builtInPackages  the packages of the built-in rules
     * @param evaluation  the evaluation, given the watch to add to its session and to tell its session to
     * @return what the evaluation returns
     * @throws EvaluationTimeoutException if the bound is passed, naming the rule that was to fire
     * @throws PlanwatchException if the calling thread is interrupted meanwhile (its interrupt is kept)
     */
    static Evaluation runHere(Duration bound, Set<String> builtInPackages, Function<Watch, Evaluation> evaluation) {
        Watch watch = new Watch(System.nanoTime() + bound.toNanos(), Thread.currentThread());
        Evaluation result = null;
        RuntimeException failure = null;
        try {
            result = evaluation.apply(watch);
        } catch (RuntimeException ex) {
            // A halted session leaves targets unassessed, which the evaluation then reports as a gap.
            failure = ex;
        }
        if (watch.interrupted) {
            throw new PlanwatchException("the evaluation was interrupted", failure);
        }
        if (watch.expired || failure == null && watch.pastDeadline()) {
            throw watch.timedOutHere(bound, builtInPackages);
        }
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /**
     * The threads evaluations run on. A thread is kept for reuse a while after its evaluation: starting
     * one costs about as much as evaluating a small plan. An evaluation that never ends keeps its
     * thread; the next evaluation gets another.
     */
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), work -> {
                Thread thread = new Thread(work, THREAD_PREFIX + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Returns what an evaluation on another thread threw, to be thrown as {@code evaluate} would have
     * thrown it; an Error is thrown from here.
     */
    static RuntimeException rethrown(ExecutionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new PlanwatchException("the evaluation failed: " + cause, cause);
    }

    /** Knows which rule's action is running, from the session's agenda events, and how to stop the session. */
    static final class Watch extends DefaultAgendaEventListener {

        private volatile KieSession session;
        private volatile Rule firing;
        private volatile Rule lastFired;
        /** For an evaluation on the calling thread, when its bound is passed ({@link System#nanoTime()}); else 0, unchecked. */
        private final long deadline;
        /** For an evaluation on the calling thread, that thread, whose interrupt stops the sessions of each of its parts. */
        private final Thread caller;
        // An evaluation on the calling thread may judge some of its parts on other threads, each
        // session watched by its own thread: what one finds, every thread sees.
        /** Whether the bound was found passed before a rule fired, on the calling thread. */
        private volatile boolean expired;
        /** Whether the calling thread was found interrupted before a rule fired. */
        private volatile boolean interrupted;
        /** The rule that was to fire when the session was halted, on the calling thread. */
        private volatile Rule halted;

        Watch() {
            this(0, null);
        }

        private Watch(long deadline, Thread caller) {
            this.deadline = deadline;
            this.caller = caller;
        }

        /** Tells the watch the session to halt on a timeout. */
        void watch(KieSession newSession) {
            this.session = newSession;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule();
            if (deadline != 0) {
                boolean stop = interrupted || expired;
                if (!stop) {
                    interrupted = caller.isInterrupted();
                    expired = !interrupted && pastDeadline();
                    stop = interrupted || expired;
                }
                if (stop) {
                    if (halted == null) {
                        halted = firing;
                    }
                    // The session of this event: where parts are judged side by side, each thread halts its own.
                    ((KieSession) event.getKieRuntime()).halt();
                }
            }
        }

        private boolean pastDeadline() {
            return System.nanoTime() - deadline > 0;
        }

        private EvaluationTimeoutException timedOutHere(Duration bound, Set<String> builtIn) {
            String within = "the evaluation did not end within " + seconds(bound);
            Rule rule = halted;
            if (rule == null) {
                return new EvaluationTimeoutException(within + ": the built-in rules had come to rest", null, false);
            }
            boolean own = !builtIn.contains(rule.getPackageName());
            return new EvaluationTimeoutException(within + ": the rules were halted as the " + (own ? "rule of one's own" : "built-in rule")
                    + " \"" + rule.getName() + "\" (package " + rule.getPackageName() + ") was to fire", rule.getName(), own);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            lastFired = event.getMatch().getRule();
            firing = null;
        }

        private void stop(FutureTask<Evaluation> task) {
            KieSession s = session;
            if (s != null) {
                s.halt();
            }
            // Cancelling interrupts the thread while it runs this evaluation, and never a later one.
            task.cancel(true);
        }

        private EvaluationTimeoutException timedOut(Duration bound, Set<String> builtIn, StackTraceElement[] stack) {
            String within = "the evaluation did not end within " + seconds(bound);
            Rule rule = firing;
            if (rule != null) {
                boolean own = !builtIn.contains(rule.getPackageName());
                return new EvaluationTimeoutException(within + ": the action of the " + (own ? "rule of one's own" : "built-in rule")
                        + " \"" + rule.getName() + "\" (package " + rule.getPackageName() + ") was running", rule.getName(), own);
            }
            String code = ownCode(stack, builtIn);
            Rule last = lastFired;
            String after = last == null ? "before any rule had fired"
                    : "after the rule \"" + last.getName() + "\" (package " + last.getPackageName() + ") had fired";
            return new EvaluationTimeoutException(within + ": no rule's action was running; a condition was being evaluated "
                    + after + (code == null ? "" : ", in " + code), null, code != null);
        }

        /** The innermost frame of code from a rule file of one's own (a function or condition), if any. */
        private static String ownCode(StackTraceElement[] stack, Set<String> builtIn) {
            for (StackTraceElement frame : stack) {
                String className = frame.getClassName();
                int dot = className.lastIndexOf('.');
                String pkg = dot < 0 ? "" : className.substring(0, dot);
                if (!pkg.isEmpty() && !builtIn.contains(pkg) && !isLibrary(pkg)) {
                    return className + "." + frame.getMethodName() + " of the rule files of one's own";
                }
            }
            return null;
        }

        private static boolean isLibrary(String pkg) {
            return pkg.startsWith("java.") || pkg.startsWith("jdk.") || pkg.startsWith("sun.") || pkg.startsWith("org.drools")
                    || pkg.startsWith("org.kie") || pkg.startsWith("org.mvel2") || pkg.startsWith("io.github.planwatch");
        }

        private static String seconds(Duration bound) {
            long ms = bound.toMillis();
            if (ms == 0) {
                return bound.toNanos() + " ns";
            }
            return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
        }
    }
}
