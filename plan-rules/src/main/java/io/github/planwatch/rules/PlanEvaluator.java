package io.github.planwatch.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.SubjectKind;

/**
 * Judges every target of a plan and flags what puts the plan at risk: the entry point of plan-rules.
 *
 * <p>An evaluator holds a rule base, built once: the built-in rules, precompiled when planwatch was
 * built, and any rule files of one's own named to the {@link Builder}. Each call to
 * {@code evaluate} runs fresh rule sessions on that base (one with rules of one's own; without them,
 * one for each run of 256 of the plan's subjects) and returns an immutable
 * {@link Evaluation}: an assessment of every target stated for an indicator, a task or a key-work
 * item, and of every joint target stated over several indicators (with its members' assessments),
 * the findings of every risk rule, and summaries per indicator category, per area and for the
 * whole plan. The method, every formula and where it departs from Open SDG, is described in
 * <a href="https://github.com/planwatch/planwatch/blob/main/docs/methodology.md">docs/methodology.md</a>
 * in planwatch's repository; the numbers it judges by are an {@link EvaluationPolicy}.
 *
 * <pre>{@code
 * PlanEvaluator evaluator = PlanEvaluator.create();
 * Evaluation evaluation = evaluator.evaluate(plan, observations, 2022);
 * }</pre>
 *
 * <p>Many inputs (every city's plan, a plan across many years) go through
 * {@link #evaluateAll(Iterator, int, Consumer)}, which evaluates them on worker threads and hands
 * each evaluation over in input order without holding the others.
 *
 * <p>Rule files of one's own are DRL, and DRL is code: the actions of a rule run arbitrary Java with
 * the rights of the program. Load them only from a place you trust. Nothing is loaded from anywhere
 * unless named to {@link Builder#rules(Path...)}.
 *
 * <p>Every evaluation is bounded in time ({@link Builder#timeout(Duration)}), so that a rule of one's
 * own that never ends fails with an {@link EvaluationTimeoutException} instead of hanging its caller:
 * an evaluator with rules of one's own evaluates on a thread of its own and stops waiting for it at
 * the bound. The built-in rules alone always come to rest, so an evaluator without rules of one's
 * own evaluates on the calling thread and checks the bound before each rule fires. A plan of more
 * than 256 indicators, tasks and key-work items with targets is judged in parts, one session each;
 * {@link #evaluate(EvaluationInput)} judges all but the last on the common fork-join pool while the
 * calling thread judges the last, and waits for every part before it returns or throws, while
 * {@code evaluateAll}, whose threads are busy with plans of their own, judges them one after another.
 *
 * <p>What the evaluation of a plan needs of the plan alone (its subjects, its targets' yardsticks,
 * its groups, who answers for and leads what) is worked out once and kept for the next evaluation
 * of the same plan object, so that a plan evaluated on many inputs, or again and again, is
 * prepared once; the evaluator holds on to the plan it last evaluated until it evaluates another.
 *
 * <p>Immutable and thread-safe: build one evaluator and share it.
 */
public final class PlanEvaluator {

    /** A bound on rule firings, so that a rule of one's own that loops ends in an error, not a hang. */
    private static final int MAX_FIRINGS = 1_000_000;

    /** The global of the built-in rules that holds the plan's main language (the rules' files declare it). */
    private static final String PLAN_LANGUAGE = "planLanguage";

    /**
     * The time bound of an evaluation unless the builder sets another: some hundred times what the
     * largest plans measured need (a plan of 2,000 indicators is evaluated in under a second).
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final KieBase rules;
    private final EvaluationPolicy policy;
    private final List<Path> ruleFiles;
    private final Duration timeout;
    /** Whether a rule file of the rule base declares the plan's language: one without the findings' files does not. */
    private final boolean namesInPlanLanguage;
    /**
     * What the evaluations of the plan last evaluated share, found again by the plan's identity: a
     * plan is immutable, so that what depends on it alone is worked out once for all its inputs.
     */
    private volatile PlanFrame lastFrame;
    /** The most subjects in one session of the built-in rules alone ({@link SessionParts}). */
    private final int subjectsPerSession;

    /** With the default time bound: the benchmarks build an evaluator on rules compiled from DRL through this (by reflection). */
    private PlanEvaluator(KieBase rules, EvaluationPolicy policy, List<Path> ruleFiles) {
        this(rules, policy, ruleFiles, DEFAULT_TIMEOUT);
    }

    private PlanEvaluator(KieBase rules, EvaluationPolicy policy, List<Path> ruleFiles, Duration timeout) {
        this(rules, policy, ruleFiles, timeout, SessionParts.SUBJECTS_PER_SESSION);
    }

    private PlanEvaluator(KieBase rules, EvaluationPolicy policy, List<Path> ruleFiles, Duration timeout,
                          int subjectsPerSession) {
        this.subjectsPerSession = subjectsPerSession;
        this.rules = rules;
        this.policy = policy;
        this.ruleFiles = ruleFiles;
        this.timeout = timeout;
        this.namesInPlanLanguage = rules.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals(PLAN_LANGUAGE));
    }

    /**
     * Obtains an evaluator with the built-in rules and the default policy.
     *
     * @return the evaluator, not null
     */
    public static PlanEvaluator create() {
        return builder().build();
    }

    /**
     * Starts building the built-in rules on a thread of their own, for a program that creates an
     * evaluator only after other work, such as reading a plan: a later {@link #create()} or
     * {@link Builder#build()} without rules of one's own then finds them built, or waits for them.
     * A short-lived command saves the time of building them on a machine with a second core; a
     * failure is thrown by that later call, as if it had built them itself. Returns at once.
     */
    public static void prepareBuiltInRules() {
        BuiltInRules.buildInBackground();
    }

    /**
     * Returns a builder for an evaluator with another policy or rules of one's own.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the policy this evaluator judges by.
     *
     * @return the policy, not null
     */
    public EvaluationPolicy policy() {
        return policy;
    }

    /**
     * Returns the rule files of one's own that this evaluator runs beside the built-in rules.
     *
     * @return the paths, in the order given, not null
     */
    public List<Path> ruleFiles() {
        return ruleFiles;
    }

    /**
     * Returns an evaluator with the same rules that judges by another policy. No rule is compiled.
     *
     * @param newPolicy  the policy, not null
     * @return the evaluator, not null
     */
    public PlanEvaluator withPolicy(EvaluationPolicy newPolicy) {
        return new PlanEvaluator(rules, Objects.requireNonNull(newPolicy, "newPolicy"), ruleFiles, timeout);
    }

    /** The same evaluator with at most so many subjects in a session of the built-in rules (for tests of {@link SessionParts}). */
    PlanEvaluator withSubjectsPerSession(int subjects) {
        return new PlanEvaluator(rules, policy, ruleFiles, timeout, subjects);
    }

    /**
     * Evaluates a plan on observations as of a year, with no key-work reports and no accountabilities.
     *
     * @param plan  the plan, not null
     * @param observations  observed values of indicators and of targets stated in tasks and key-work items, not null
     * @param asOf  the as-of year; later observations are ignored
     * @return the evaluation, not null
     * @throws io.github.planwatch.model.InvalidInputException if an observation does not fit the plan, listing every one
     * @throws PlanwatchException if a rule fails, or rules of one's own never come to rest or produce a result
     *         that contradicts the built-in ones
     * @throws EvaluationTimeoutException if the evaluation does not end within the {@linkplain #timeout() time bound}
     */
    public Evaluation evaluate(ActionPlan plan, Collection<Observation> observations, int asOf) {
        return evaluate(EvaluationInput.of(plan, observations, asOf));
    }

    /**
     * Evaluates a plan on everything an input holds.
     *
     * @param input  the plan, observations, key-work reports, accountabilities and point in time, not null
     * @return the evaluation, not null
     * @throws io.github.planwatch.model.InvalidInputException if the input does not fit the plan, listing every problem
     * @throws PlanwatchException if a rule fails, or rules of one's own never come to rest or produce a result
     *         that contradicts the built-in ones
     * @throws EvaluationTimeoutException if the evaluation does not end within the {@linkplain #timeout() time bound}
     */
    public Evaluation evaluate(EvaluationInput input) {
        return evaluate(input, null);
    }

    /**
     * Evaluates many inputs, streaming, on as many threads as the machine has processors.
     *
     * <p>See {@link #evaluateAll(Iterator, int, Consumer)}. The stream is consumed but not closed: that
     * is for the caller, as with any stream it made.
     *
     * @param inputs  the inputs, read once, not null, without null elements
     * @param consumer  what receives each evaluation, in input order, on the calling thread, not null
     * @return the number of evaluations handed to the consumer
     * @throws io.github.planwatch.model.InvalidInputException if an input does not fit its plan (the first such in input order)
     * @throws PlanwatchException if a rule fails, as {@link #evaluate(EvaluationInput)} would throw it, or the
     *         calling thread is interrupted
     */
    public long evaluateAll(Stream<? extends EvaluationInput> inputs, Consumer<? super Evaluation> consumer) {
        Objects.requireNonNull(inputs, "inputs");
        return evaluateAll(inputs.iterator(), Runtime.getRuntime().availableProcessors(), consumer);
    }

    /**
     * Evaluates many inputs, streaming, on as many threads as the machine has processors.
     *
     * <p>See {@link #evaluateAll(Iterator, int, Consumer)}.
     *
     * @param inputs  the inputs, read once, not null, without null elements
     * @param consumer  what receives each evaluation, in input order, on the calling thread, not null
     * @return the number of evaluations handed to the consumer
     * @throws io.github.planwatch.model.InvalidInputException if an input does not fit its plan (the first such in input order)
     * @throws PlanwatchException if a rule fails, as {@link #evaluate(EvaluationInput)} would throw it, or the
     *         calling thread is interrupted
     */
    public long evaluateAll(Iterator<? extends EvaluationInput> inputs, Consumer<? super Evaluation> consumer) {
        return evaluateAll(inputs, Runtime.getRuntime().availableProcessors(), consumer);
    }

    /**
     * Evaluates many inputs, streaming: each evaluation is handed to the consumer and then let go, so
     * that a batch of any size needs memory for only a few evaluations at a time.
     *
     * <p>The inputs are evaluated on {@code threads} worker threads of the batch's own, each
     * evaluation in a fresh rule session, as {@link #evaluate(EvaluationInput)} does. The calling
     * thread alone reads the inputs and calls the consumer, so neither needs to be thread-safe.
     *
     * <p><b>Order:</b> the consumer receives the evaluations in the order of the inputs, each as soon
     * as it and every one before it are complete. At most {@code 4 * threads} inputs are read ahead
     * of the evaluation the consumer waits for; no more inputs or evaluations than that are held.
     *
     * <p><b>Failure:</b> the batch behaves like a loop of {@code evaluate} calls. The first input, in
     * input order, whose evaluation fails ends the batch with the exception that {@code evaluate}
     * throws for it (an {@link io.github.planwatch.model.InvalidInputException} for an input that does
     * not fit its plan, a {@link PlanwatchException} for a rule that fails); every evaluation before it
     * has been handed to the consumer, none after it. An exception of the consumer or of the iterator
     * ends the batch the same way and is thrown as it is. Whether the batch ends or fails, its worker
     * threads have ended when this method returns.
     *
     * @param inputs  the inputs, read once, not null, without null elements
     * @param threads  the number of worker threads, at least 1
     * @param consumer  what receives each evaluation, in input order, on the calling thread, not null
     * @return the number of evaluations handed to the consumer
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws NullPointerException if an input is null, naming its index
     * @throws io.github.planwatch.model.InvalidInputException if an input does not fit its plan (the first such in input order)
     * @throws PlanwatchException if a rule fails, as {@link #evaluate(EvaluationInput)} would throw it, or the
     *         calling thread is interrupted
     */
    public long evaluateAll(Iterator<? extends EvaluationInput> inputs, int threads, Consumer<? super Evaluation> consumer) {
        // The batch keeps every core busy with evaluations of their own: each judges its parts one after another.
        return Batch.run(input -> evaluate(input, null, false), inputs, threads, consumer);
    }

    /**
     * Returns the time bound of each evaluation.
     *
     * @return the bound, positive, not null
     */
    public Duration timeout() {
        return timeout;
    }

    /** Evaluates with a listener on the session's agenda, so that tests can see which rules fire. */
    Evaluation evaluate(EvaluationInput input, AgendaEventListener listener) {
        // A listener hears one session at a time: its evaluation's parts are judged one after another.
        return evaluate(input, listener, listener == null);
    }

    /**
     * Evaluates, the parts of a large plan ({@link SessionParts}) judged side by side on the common
     * fork-join pool where {@code sideBySide}, else one after another on the calling thread.
     */
    private Evaluation evaluate(EvaluationInput input, AgendaEventListener listener, boolean sideBySide) {
        Objects.requireNonNull(input, "input");
        if (ruleFiles.isEmpty()) {
            // The built-in rules always come to rest: nothing can hang the caller.
            return TimeBound.runHere(timeout, Set.of(UserRules.BUILT_IN_PACKAGE),
                    watch -> evaluate(input, listener, watch, sideBySide));
        }
        return TimeBound.run(timeout, Set.of(UserRules.BUILT_IN_PACKAGE), watch -> evaluate(input, listener, watch, false));
    }

    private Evaluation evaluate(EvaluationInput input, AgendaEventListener listener, TimeBound.Watch watch,
                                boolean sideBySide) {
        PlanFrame frame = frameOf(input.plan());
        InputCheck.require(input, frame);
        Preparation prepared = Preparation.of(input, policy, frame, !ruleFiles.isEmpty());
        // Rules of one's own may join any facts: they see every fact in one session.
        List<List<Object>> parts = ruleFiles.isEmpty()
                ? SessionParts.of(prepared.facts(), frame.subjectIndex(), subjectsPerSession) : List.of(prepared.facts());
        int last = parts.size() - 1;
        List<CompletableFuture<Judged>> besides = new ArrayList<>();
        List<Judged> judged = new ArrayList<>(last);
        for (int p = 0; p < last; p++) {
            List<Object> facts = parts.get(p);
            if (sideBySide) {
                besides.add(CompletableFuture.supplyAsync(() -> judge(facts, input, listener, watch), ForkJoinPool.commonPool()));
            } else {
                judged.add(judge(facts, input, listener, watch));
            }
        }
        KieSession session = newSession(input, listener, watch);
        try {
            int fired;
            try {
                parts.get(last).forEach(session::insert);
                fired = fire(session, MAX_FIRINGS);
            } finally {
                // Every part is judged, or has failed, before the evaluation goes on or fails.
                judged.addAll(awaitAll(besides));
            }
            Map<String, Assessment> byTarget = new HashMap<>(prepared.targetOrder().size() * 4 / 3 + 1);
            List<Finding> findings = new ArrayList<>();
            for (Judged part : judged) {
                fired += part.fired();
                addAssessments(part.assessments(), byTarget);
                findings.addAll(part.findings());
            }
            int earlier = byTarget.size();
            addAssessments(session.getObjects(new ClassObjectFilter(Assessment.class)), byTarget);
            if (!prepared.joints().isEmpty()) {
                // Every target on one indicator, task or item is assessed now; each joint target comes
                // in with its members' assessments, and the rules decide its status.
                for (JointFrame joint : prepared.joints()) {
                    session.insert(joint.withMembers(byTarget));
                }
                fired += fire(session, MAX_FIRINGS - fired);
                addAssessments(session.getObjects(new ClassObjectFilter(Assessment.class)), byTarget);
            }
            // Every target is assessed now; the groups' scores are measured from the assessments, and
            // the rules decide the groups' statuses.
            List<Assessment> assessments = inOrder(prepared, byTarget);
            for (GroupFrame group : prepared.groups()) {
                List<Assessment> members = new ArrayList<>(group.targetIds().size());
                for (String id : group.targetIds()) {
                    members.add(byTarget.get(id));
                }
                session.insert(GroupScore.of(group.kind(), group.id(), members, policy));
            }
            fire(session, MAX_FIRINGS - fired);
            addFindings(session, findings);
            return collect(input, prepared, assessments, byTarget, earlier, findings, session);
        } finally {
            session.dispose();
        }
    }

    /** What the session of one part, not the last, concluded: its assessments and findings, and how often its rules fired. */
    private record Judged(List<Object> assessments, List<Finding> findings, int fired) {
    }

    /** Judges the facts of one part, not the last, in a session of their own. */
    private Judged judge(List<Object> facts, EvaluationInput input, AgendaEventListener listener, TimeBound.Watch watch) {
        KieSession session = newSession(input, listener, watch);
        try {
            facts.forEach(session::insert);
            int fired = fire(session, MAX_FIRINGS);
            List<Finding> findings = new ArrayList<>();
            addFindings(session, findings);
            return new Judged(new ArrayList<>(session.getObjects(new ClassObjectFilter(Assessment.class))), findings, fired);
        } finally {
            session.dispose();
        }
    }

    /**
     * Waits for every part judged beside the calling thread, and returns them in order; where one or
     * more failed, throws the first one's failure, once all have ended.
     */
    private static List<Judged> awaitAll(List<CompletableFuture<Judged>> besides) {
        List<Judged> judged = new ArrayList<>(besides.size());
        RuntimeException failure = null;
        for (CompletableFuture<Judged> part : besides) {
            try {
                judged.add(part.join());
            } catch (CompletionException ex) {
                if (failure == null) {
                    failure = ex.getCause() instanceof RuntimeException cause ? cause
                            : new PlanwatchException("the evaluation failed: " + ex.getCause(), ex.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return judged;
    }

    /** A new session of the rule base, watched, with the listener and the plan's language set. */
    private KieSession newSession(EvaluationInput input, AgendaEventListener listener, TimeBound.Watch watch) {
        KieSession session = rules.newKieSession();
        watch.watch(session);
        // The fallback of the names in the findings' messages, as in the reports.
        if (namesInPlanLanguage) {
            session.setGlobal(PLAN_LANGUAGE, input.plan().language());
        }
        session.addEventListener(watch);
        if (listener != null) {
            session.addEventListener(listener);
        }
        return session;
    }

    /** The frame of a plan: the last one's where it is the plan last evaluated, else a new one, kept in its place. */
    private PlanFrame frameOf(ActionPlan plan) {
        PlanFrame frame = lastFrame;
        if (frame == null || frame.plan() != plan) {
            frame = PlanFrame.of(plan, policy, !ruleFiles.isEmpty());
            lastFrame = frame;
        }
        return frame;
    }

    /** Fires the rules until they come to rest, at most {@code limit} times; returns how often they fired. */
    private static int fire(KieSession session, int limit) {
        int fired;
        try {
            fired = session.fireAllRules(limit);
        } catch (ConsequenceException ex) {
            throw new PlanwatchException("the rule \"" + ex.getMatch().getRule().getName() + "\" failed: "
                    + (ex.getCause() != null ? ex.getCause() : ex), ex);
        }
        if (fired >= limit) {
            throw new PlanwatchException("the rules fired " + MAX_FIRINGS + " times without coming to rest;"
                    + " a rule of one's own may keep undoing and redoing its own work");
        }
        return fired;
    }

    /**
     * Adds the assessments of a session to those of the evaluation's other sessions, by target; an
     * assessment already there (found again in the same session) is kept.
     */
    private static void addAssessments(Collection<?> found, Map<String, Assessment> byTarget) {
        for (Object fact : found) {
            Assessment a = (Assessment) fact;
            Assessment known = byTarget.put(a.targetId(), a);
            if (known != null && known != a) {
                throw new PlanwatchException("target " + a.targetId() + " was assessed twice;"
                        + " a rule of one's own may insert assessments of its own");
            }
        }
    }

    /** Adds the findings of a session to those of the evaluation. */
    private static void addFindings(KieSession session, List<Finding> findings) {
        // Read from the session's store of its class (a class filter), not by testing every fact.
        for (Object fact : session.getObjects(new ClassObjectFilter(Finding.class))) {
            findings.add((Finding) fact);
        }
    }

    /** The assessments in the plan's order of targets. */
    private static List<Assessment> inOrder(Preparation prepared, Map<String, Assessment> byTarget) {
        List<Assessment> assessments = new ArrayList<>(prepared.targetOrder().size());
        for (String target : prepared.targetOrder()) {
            Assessment a = byTarget.get(target);
            if (a == null) {
                throw new IllegalStateException("no rule assessed target " + target + ": the built-in rules have a gap");
            }
            assessments.add(a);
        }
        return assessments;
    }

    private static Evaluation collect(EvaluationInput input, Preparation prepared, List<Assessment> assessments,
                                      Map<String, Assessment> byTarget, int fromEarlierSessions,
                                      List<Finding> findings, KieSession session) {
        Map<GroupKind, Map<String, GroupSummary>> byGroup = new EnumMap<>(GroupKind.class);
        for (Object fact : session.getObjects(new ClassObjectFilter(GroupSummary.class))) {
            GroupSummary g = (GroupSummary) fact;
            if (byGroup.computeIfAbsent(g.kind(), k -> new HashMap<>()).put(g.id(), g) != null) {
                throw new PlanwatchException("group " + g.kind() + " " + g.id() + " was summarised twice;"
                        + " a rule of one's own may insert summaries of its own");
            }
        }
        if (fromEarlierSessions + session.getObjects(new ClassObjectFilter(Assessment.class)).size() != byTarget.size()) {
            // Only a rule of one's own, firing on a group summary, can have added one after the first round.
            throw new PlanwatchException("a target was assessed twice; a rule of one's own may insert assessments of its own");
        }
        List<GroupSummary> groups = new ArrayList<>();
        for (GroupFrame frame : prepared.groups()) {
            GroupSummary g = byGroup.getOrDefault(frame.kind(), Map.of()).get(frame.id());
            if (g == null) {
                throw new IllegalStateException("no rule summarised " + frame.kind() + " " + frame.id()
                        + ": the built-in rules have a gap");
            }
            groups.add(g);
        }
        return new Evaluation(input.plan().id(), input.asOf(), input.referenceDate(), assessments, inOrder(findings),
                groups);
    }

    /**
     * The findings most severe first, then by code, kind of subject and subject, then by evidence and
     * message, so that equal inputs list findings the same way. A large plan has tens of thousands of
     * findings, scattered over the heap: each is sorted by a number that stands for its severity, code
     * and kind of subject, worked out once, beside its subject's id, and its evidence is written out
     * once, when a comparison first needs it, rather than in every comparison.
     */
    private static List<Finding> inOrder(List<Finding> findings) {
        Map<String, Integer> codeRank = new HashMap<>();
        for (Finding f : findings) {
            codeRank.putIfAbsent(f.code(), 0);
        }
        List<String> codes = new ArrayList<>(codeRank.keySet());
        codes.sort(null);
        for (int i = 0; i < codes.size(); i++) {
            codeRank.put(codes.get(i), i);
        }
        int severities = Severity.values().length;
        int kinds = SubjectKind.values().length;
        List<SortedFinding> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            // Most severe first: the highest ordinal gets the lowest number.
            long rank = ((long) (severities - 1 - f.severity().ordinal()) * codes.size() + codeRank.get(f.code()))
                    * kinds + f.subjectKind().ordinal();
            sorted.add(new SortedFinding(f, rank));
        }
        sorted.sort(SortedFinding::compare);
        List<Finding> inOrder = new ArrayList<>(sorted.size());
        for (SortedFinding s : sorted) {
            inOrder.add(s.finding);
        }
        return inOrder;
    }

    /** A finding being sorted: the number for its first keys, its subject, and its evidence as text once needed. */
    private static final class SortedFinding {

        private final Finding finding;
        /** Severity (most severe first), code and kind of subject, in that order of significance. */
        private final long rank;
        private final String subjectId;
        private String evidence;

        private SortedFinding(Finding finding, long rank) {
            this.finding = finding;
            this.rank = rank;
            this.subjectId = finding.subjectId();
        }

        private String evidence() {
            if (evidence == null) {
                evidence = finding.evidence().toString();
            }
            return evidence;
        }

        private static int compare(SortedFinding x, SortedFinding y) {
            int c = Long.compare(x.rank, y.rank);
            if (c == 0) {
                c = x.subjectId.compareTo(y.subjectId);
            }
            if (c == 0) {
                c = x.evidence().compareTo(y.evidence());
            }
            return c != 0 ? c : x.finding.message().en().compareTo(y.finding.message().en());
        }
    }

    /**
     * Builds a {@link PlanEvaluator}. Not thread-safe; the evaluator it builds is.
     */
    public static final class Builder {

        private EvaluationPolicy policy = EvaluationPolicy.defaults();
        private final List<Path> ruleFiles = new ArrayList<>();
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {
        }

        /**
         * Sets the time bound of each evaluation; the default is {@link #DEFAULT_TIMEOUT}. An evaluation
         * that reaches it fails with an {@link EvaluationTimeoutException} naming the rule that was
         * running; see there for what happens to the evaluation's thread. Without rules of one's own,
         * the evaluation runs on the calling thread and the bound is checked before each rule fires.
         *
         * @param bound  the bound, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the bound is zero or negative
         */
        public Builder timeout(Duration bound) {
            Objects.requireNonNull(bound, "bound");
            if (bound.isZero() || bound.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, got " + bound);
            }
            this.timeout = bound;
            return this;
        }

        /**
         * Sets the policy to judge by; the default is {@link EvaluationPolicy#defaults()}.
         *
         * @param newPolicy  the policy, not null
         * @return this builder, not null
         */
        public Builder policy(EvaluationPolicy newPolicy) {
            this.policy = Objects.requireNonNull(newPolicy, "newPolicy");
            return this;
        }

        /**
         * Adds rule files of one's own (DRL) to run beside the built-in rules.
         *
         * <p>DRL is code: load files only from a place you trust. A file's rules may match every fact
         * of a session (the plan's parts, the observations and reports known at the as-of point, the
         * {@link AsOf} and {@link EvaluationPolicy} facts, and the {@link Assessment}s the built-in
         * rules derive) and raise findings by inserting {@link Finding}s. A file must declare a
         * package of its own, not {@code io.github.planwatch.rules}, name no rule as a built-in rule
         * is named, and be UTF-8.
         *
         * <p>Compiling DRL at run time needs the module {@code io.github.planwatch:plan-rules-drl} beside
         * plan-rules, which alone runs only the precompiled built-in rules; without it {@link #build()}
         * fails, naming the module.
         *
         * @param files  the files, not null
         * @return this builder, not null
         */
        public Builder rules(Path... files) {
            return rules(List.of(files));
        }

        /**
         * Adds rule files of one's own (DRL) to run beside the built-in rules; see {@link #rules(Path...)}.
         *
         * @param files  the files, not null
         * @return this builder, not null
         */
        public Builder rules(Collection<Path> files) {
            files.forEach(f -> ruleFiles.add(Objects.requireNonNull(f, "file")));
            return this;
        }

        /**
         * Builds the evaluator, compiling the rule files of one's own, if any.
         *
         * @return the evaluator, not null
         * @throws RuleCompilationException if a rule file cannot be read or does not compile, listing every error
         * @throws PlanwatchException if there are rule files and the DRL compiler (the module plan-rules-drl) is
         *         not on the class path
         */
        public PlanEvaluator build() {
            List<Path> files = List.copyOf(ruleFiles);
            if (files.isEmpty()) {
                return new PlanEvaluator(BuiltInRules.shared(), policy, files, timeout);
            }
            KieBase base = BuiltInRules.fresh();
            UserRules.addTo(base, files);
            return new PlanEvaluator(base, policy, files, timeout);
        }
    }
}
