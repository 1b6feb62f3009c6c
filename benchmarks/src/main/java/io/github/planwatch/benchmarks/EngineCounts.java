package io.github.planwatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;

import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * Counts what the rule engine does in one evaluation of a plan: the facts in the session at the end
 * (no built-in rule retracts one, so every fact inserted), the matches created, the rule firings
 * (by rule), and the bytes allocated per evaluation, by every thread, over many evaluations. These
 * do not depend on how busy the machine is, unlike times; the time per evaluation is printed too,
 * for what it is worth on a shared machine.
 */
public final class EngineCounts {

    private EngineCounts() {
    }

    /**
     * Prints the counts of one plan.
     *
     * @param args  the plan, {@code shaoxing} or the number of indicators of a synthetic plan of 6
     *        years (default 20); the evaluations to warm up with (default 2,000); the evaluations
     *        measured (default 2,000)
     * @throws ReflectiveOperationException if the evaluator's listening entry point is not there
     */
    public static void main(String[] args) throws ReflectiveOperationException {
        String plan = args.length > 0 ? args[0] : "20";
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        EvaluationInput input = plan.equals("shaoxing") ? ShaoxingInputs.input()
                : SyntheticPlans.input(1, Integer.parseInt(plan), 6);
        PlanEvaluator evaluator = PlanEvaluator.create();
        // The evaluator's entry point for tests that listen to the agenda, package-private.
        Method listened = PlanEvaluator.class.getDeclaredMethod("evaluate", EvaluationInput.class,
                AgendaEventListener.class);
        listened.setAccessible(true);
        Counter counter = new Counter();
        listened.invoke(evaluator, input, counter);
        System.out.printf("%s: %d targets assessed; %d facts in the session at the end; %d matches created;"
                        + " %d rules fired%n", plan, evaluator.evaluate(input).assessments().size(), counter.facts,
                counter.matches, counter.fired);
        counter.byRule.forEach((rule, n) -> System.out.printf("  %6d  %s%n", n, rule));
        System.out.println("facts by type:");
        counter.byType.forEach((type, n) -> System.out.printf("  %6d  %s%n", n, type));
        for (int i = 0; i < warm; i++) {
            evaluator.evaluate(input);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = -allocated(threads);
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            evaluator.evaluate(input);
        }
        long nanos = System.nanoTime() - start;
        bytes += allocated(threads);
        System.out.printf("%s: %,d bytes allocated per evaluation (all threads, %d evaluations after %d);"
                + " %.1f us each%n", plan, bytes / measured, measured, warm, nanos / 1e3 / measured);
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    /** Counts matches and firings, and reads the session's fact count after each firing. */
    private static final class Counter extends DefaultAgendaEventListener {
        long matches;
        long fired;
        long facts;
        final Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();

        @Override
        public void matchCreated(MatchCreatedEvent event) {
            matches++;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired++;
            byRule.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
            KieSession session = (KieSession) event.getKieRuntime();
            if (session.getFactCount() > facts) {
                facts = session.getFactCount();
                if (event.getMatch().getRule().getName().startsWith("Summary:")) {
                    // The summaries come last: the store then holds every fact.
                    Map<String, Long> types = new TreeMap<>();
                    session.getObjects().forEach(f -> types.merge(f.getClass().getSimpleName(), 1L, Long::sum));
                    byType = types;
                }
            }
        }
    }
}
