package io.github.planwatch.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LastAssessed;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.YearResult;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.EvaluationPolicy;

/**
 * Judges every target of a plan and summarises the groups in plain Java, with no rules engine: the
 * baseline that the rules are measured against, and a second implementation that checks them.
 *
 * <p>It is written from {@code methodology.md} and plan-rules' {@code FINDINGS.md}, not from the
 * rules' code, and does the rules' whole work: the same assessments (status, reason, ratio, score,
 * base, point judged, per-year results, provisional basis), the same thirteen kinds of finding with
 * the same evidence ({@link PlainFindings}; only the wording of the messages is its own) and the
 * same group summaries. So the comparison with the rules engine is like for like.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlainEvaluator {

    /** The precision of the decimal quotients taken before any power, so that scaling every value leaves R alone. */
    private static final MathContext QUOTIENTS = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EvaluationPolicy policy;

    private PlainEvaluator(EvaluationPolicy policy) {
        this.policy = policy;
    }

    /**
     * Obtains an evaluator that judges by a policy.
     *
     * @param policy  the thresholds and tolerances, not null
     * @return the evaluator, not null
     */
    public static PlainEvaluator of(EvaluationPolicy policy) {
        return new PlainEvaluator(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Obtains an evaluator that judges by the default policy.
     *
     * @return the evaluator, not null
     */
    public static PlainEvaluator create() {
        return of(EvaluationPolicy.defaults());
    }

    /**
     * Assesses every target of the input's plan, raises every finding and summarises its groups.
     *
     * @param input  the plan, observations, key-work reports, accountabilities and as-of year, not null
     * @return the evaluation: assessments in the plan's order, findings most severe first, and the
     *         summaries, the plan's first, not null
     * @throws IllegalArgumentException if an observation names nothing of the plan or repeats a year
     */
    public Evaluation evaluate(EvaluationInput input) {
        ActionPlan stated = input.plan();
        // A joint target's member is judged as the target would be were the plan to state it for its
        // indicator: so it is stated there, after the indicator's own targets, and folded back below.
        ActionPlan plan = stated.jointTargets().isEmpty() ? stated : withMembers(stated);
        int asOf = input.asOf();
        // Milestones are judged on the reports known at the reference date.
        // Each milestone's reports, in the input's order, looked up by its id rather than by a scan of
        // every report, which grew with the square of the plan.
        Map<String, List<KeyWorkUpdate>> reportsSeen = new HashMap<>();
        input.keyWorkUpdates().stream().filter(u -> !u.date().isAfter(input.referenceDate()))
                .forEach(u -> reportsSeen.computeIfAbsent(u.item(), x -> new ArrayList<>()).add(u));
        Map<String, NavigableMap<Integer, Observation>> observed = observed(plan, input.observations(), asOf);
        List<Assessment> assessments = new ArrayList<>();
        Map<String, Assessment> byTarget = new HashMap<>();
        for (Indicator indicator : plan.indicators()) {
            NavigableMap<Integer, Observation> values = observed.get(indicator.id());
            for (Target target : indicator.targets()) {
                Assessment a = assess(target, indicator.id(), SubjectKind.INDICATOR, indicator.id(), indicator.direction(),
                        indicator.method(), indicator.baseline(), reference(indicator.referenceValue(), plan), values, asOf);
                assessments.add(a);
                byTarget.put(a.targetId(), a);
            }
        }
        for (Task task : plan.tasks()) {
            for (QuantifiedTarget q : task.targets()) {
                Assessment a = q.target().isMilestone()
                        ? milestone(q.target(), SubjectKind.TASK, Integer.toString(task.number()), reportsSeen, input.referenceDate())
                        : assess(q, SubjectKind.TASK, Integer.toString(task.number()), observed, asOf, plan);
                assessments.add(a);
                byTarget.put(a.targetId(), a);
            }
        }
        for (KeyWorkItem item : plan.keyWork()) {
            for (QuantifiedTarget q : item.targets()) {
                Assessment a = q.target().isMilestone()
                        ? milestone(q.target(), SubjectKind.KEY_WORK_ITEM, item.id(), reportsSeen, input.referenceDate())
                        : assess(q, SubjectKind.KEY_WORK_ITEM, item.id(), observed, asOf, plan);
                assessments.add(a);
                byTarget.put(a.targetId(), a);
            }
        }
        List<Finding> findings = PlainFindings.of(plan == stated ? input : new EvaluationInput(plan, input.observations(),
                input.keyWorkUpdates(), input.accountabilities(), asOf, input.referenceDate()), policy, observed, assessments);
        findings.sort(FINDING_ORDER);
        Set<String> members = new HashSet<>();
        for (JointTarget joint : stated.jointTargets()) {
            List<Assessment> assessed = new ArrayList<>();
            for (String indicator : joint.indicators()) {
                assessed.add(byTarget.get(joint.memberId(indicator)));
                members.add(joint.memberId(indicator));
            }
            Assessment a = joint(stated.id(), joint, assessed);
            assessments.add(a);
            byTarget.put(a.targetId(), a);
        }
        assessments.removeIf(a -> members.contains(a.targetId()));
        return new Evaluation(plan.id(), asOf, input.referenceDate(), assessments, findings,
                groups(stated, assessments, byTarget));
    }

    /** The plan with each joint target's members stated as targets of their indicators, and no joint target. */
    private static ActionPlan withMembers(ActionPlan plan) {
        // The joint targets on each indicator, in the plan's order, each once: found by the
        // indicator's id, not by a look at every joint target for every indicator.
        Map<String, List<JointTarget>> jointsOn = new HashMap<>();
        for (JointTarget joint : plan.jointTargets()) {
            for (String indicator : joint.indicators()) {
                List<JointTarget> on = jointsOn.computeIfAbsent(indicator, x -> new ArrayList<>());
                if (on.isEmpty() || on.get(on.size() - 1) != joint) {
                    on.add(joint);
                }
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            List<Target> targets = new ArrayList<>(i.targets());
            for (JointTarget joint : jointsOn.getOrDefault(i.id(), List.of())) {
                targets.add(joint.memberOn(i.id()));
            }
            indicators.add(new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.direction(), i.method(),
                    i.baseline(), targets, i.tasks(), i.leadUnits(), i.responsibleUnits(), i.referenceValue()));
        }
        return plan.toBuilder().indicators(indicators).jointTargets(List.of()).build();
    }

    /**
     * A joint target as the member that decides it: for ALL_OF the lowest rank of status, for ANY_OF
     * the highest; among those of one rank the lowest (ALL_OF) or highest (ANY_OF) score, then the
     * indicator whose id sorts first. Its assessment is that member's, under the joint target's id,
     * owned by the plan.
     */
    private static Assessment joint(String planId, JointTarget joint, List<Assessment> members) {
        int sign = joint.combine() == Combination.ALL_OF ? 1 : -1;
        Assessment decider = null;
        for (Assessment m : members) {
            if (decider == null) {
                decider = m;
                continue;
            }
            int byRank = sign * Integer.compare(m.status().rank(), decider.status().rank());
            int byScore = m.score() == null || decider.score() == null ? 0 : sign * Double.compare(m.score(), decider.score());
            if (byRank < 0 || byRank == 0 && byScore < 0
                    || byRank == 0 && byScore == 0 && m.subjectId().compareTo(decider.subjectId()) < 0) {
                decider = m;
            }
        }
        return decider.toBuilder().targetId(joint.id()).subjectId(joint.id()).ownerKind(SubjectKind.PLAN).ownerId(planId)
                .combine(joint.combine()).decidedBy(decider.subjectId()).members(members).build();
    }

    /** Most severe first, then by code, subject and evidence. */
    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::code)
            .thenComparing(Finding::subjectKind)
            .thenComparing(Finding::subjectId)
            .thenComparing(f -> f.evidence().toString());

    /** The observations known at the as-of year, by subject and year; every subject of the plan has an entry. */
    private static Map<String, NavigableMap<Integer, Observation>> observed(ActionPlan plan, List<Observation> observations,
                                                                          int asOf) {
        Map<String, NavigableMap<Integer, Observation>> observed = new HashMap<>();
        plan.indicators().forEach(i -> observed.put(i.id(), new TreeMap<>()));
        plan.tasks().forEach(t -> t.targets().forEach(q -> observed.put(q.id(), new TreeMap<>())));
        plan.keyWork().forEach(k -> k.targets().forEach(q -> observed.put(q.id(), new TreeMap<>())));
        for (Observation o : observations) {
            NavigableMap<Integer, Observation> values = observed.get(o.subject());
            if (values == null) {
                throw new IllegalArgumentException("observation of " + o.subject() + ": the plan has no such indicator or target");
            }
            if (o.year() <= asOf && values.put(o.year(), o) != null) {
                throw new IllegalArgumentException("two observations of " + o.subject() + " for " + o.year());
            }
        }
        return observed;
    }

    private Assessment assess(QuantifiedTarget q, SubjectKind ownerKind, String ownerId,
                              Map<String, NavigableMap<Integer, Observation>> observed, int asOf, ActionPlan plan) {
        return assess(q.target(), q.id(), ownerKind, ownerId, q.direction(), q.method(), q.baseline(),
                reference(q.referenceValue(), plan), observed.get(q.id()), asOf);
    }

    /** A value the plan states without a year stands in the plan's first year; null for none. */
    private static Baseline reference(BigDecimal value, ActionPlan plan) {
        return value == null ? null : Baseline.of(plan.period().first(), value);
    }

    private Assessment assess(Target target, String subject, SubjectKind ownerKind, String ownerId, Direction direction,
                              ProgressMethod method, Baseline baseline, Baseline reference,
                              NavigableMap<Integer, Observation> values, int asOf) {
        Goal goal = Goal.of(target, baseline, direction, policy.defaultRelativeTolerance());
        Assessment.AssessmentBuilder a = Assessment.builder()
                .targetId(target.id()).subjectId(subject).ownerKind(ownerKind).ownerId(ownerId).kind(target.kind()).nature(target.nature())
                .targetYear(target.year()).targetValue(target.value()).tolerance(goal.halfWidth())
                .targetLevel(target.isRelative() ? goal.level() : null);
        if (target.isYearly()) {
            return yearly(a, target, goal, baseline, values, asOf);
        }
        return level(a, target, goal, method, baseline, reference, values, asOf);
    }

    /**
     * A milestone, from the reports on it at the reference date, in the methodology's order: done with
     * evidence by its day; its day passed with nothing reported on the plan at all; passed; no report
     * on it; cancelled; delayed, or not started after a quarter of its time; otherwise on pace.
     */
    private static Assessment milestone(Target target, SubjectKind ownerKind, String ownerId,
                                        Map<String, List<KeyWorkUpdate>> reportsSeen, LocalDate referenceDate) {
        LocalDate day = target.due();
        KeyWorkUpdate met = null;
        KeyWorkUpdate last = null;
        for (KeyWorkUpdate u : reportsSeen.getOrDefault(target.id(), List.of())) {
            if (met == null && u.status() == KeyWorkStatus.DONE && u.evidence() != null && !u.date().isAfter(day)) {
                met = u;
            }
            if (last == null || u.date().isAfter(last.date())) {
                last = u;
            }
        }
        Assessment.AssessmentBuilder a = Assessment.builder()
                .targetId(target.id()).subjectId(target.id()).ownerKind(ownerKind).ownerId(ownerId).kind(TargetKind.MILESTONE)
                .nature(target.nature()).targetYear(day.getYear()).targetValue(BigDecimal.ONE).due(day)
                .report(met != null ? met : last);
        LocalDate start = LocalDate.of(target.years().first(), 1, 1);
        boolean passed = referenceDate.isAfter(day);
        boolean quarterGone = !referenceDate.isBefore(start.plusDays((ChronoUnit.DAYS.between(start, day) + 3) / 4));
        if (met != null) {
            return a.status(Status.ACHIEVED).score(5.0).build();
        }
        if (passed) {
            return reportsSeen.isEmpty() ? a.status(Status.INSUFFICIENT_DATA).reason(InsufficientDataReason.NOT_REPORTED).build()
                    : a.status(Status.MISSED).score(-5.0).build();
        }
        if (last == null) {
            return a.status(Status.INSUFFICIENT_DATA).reason(InsufficientDataReason.NOT_REPORTED).build();
        }
        return switch (last.status()) {
            case CANCELLED -> a.status(Status.MISSED).score(-5.0).build();
            case DELAYED -> a.status(Status.ACCELERATION_NEEDED).score(0.0).build();
            case NOT_STARTED -> quarterGone ? a.status(Status.ACCELERATION_NEEDED).score(0.0).build()
                    : a.status(Status.ON_TRACK).score(2.5).build();
            case IN_PROGRESS, DONE -> a.status(Status.ON_TRACK).score(2.5).build();
        };
    }

    /** A LEVEL or CUMULATIVE target: from the base to the point judged, in the methodology's order. */
    private Assessment level(Assessment.AssessmentBuilder a, Target target, Goal goal, ProgressMethod method,
                             Baseline baseline, Baseline reference, NavigableMap<Integer, Observation> values, int asOf) {
        a.method(method);
        BaseSource source = null;
        int t0 = 0;
        BigDecimal y0 = null;
        boolean baseProvisional = false;
        if (baseline != null) {
            source = BaseSource.BASELINE;
            t0 = baseline.year();
            y0 = baseline.value();
        } else if (target.kind() == TargetKind.CUMULATIVE) {
            // The running total counted from the span's first year is nothing the year before.
            source = BaseSource.RUNNING_TOTAL_START;
            t0 = target.years().first() - 1;
            y0 = BigDecimal.ZERO;
        } else if (reference != null && (values.isEmpty() || values.firstKey() > reference.year())) {
            // Stated without a year, it stands in the plan's first year, unless a value is observed by then.
            source = BaseSource.REFERENCE_VALUE;
            t0 = reference.year();
            y0 = reference.value();
        } else if (!values.isEmpty()) {
            Observation first = values.firstEntry().getValue();
            source = BaseSource.FIRST_OBSERVATION;
            t0 = first.year();
            y0 = first.value();
            baseProvisional = first.provisional();
        }
        if (source != null) {
            a.baseSource(source).baseYear(t0).baseValue(y0);
        }
        // Observations before the base year are not used.
        Observation latest = source == null || values.isEmpty() || values.lastKey() < t0 ? null : values.lastEntry().getValue();
        int year = target.year();
        boolean passed = year <= asOf;
        Observation judged = passed ? (latest == null ? null : values.get(year)) : latest;
        Observation shown = judged != null ? judged : latest;
        if (shown != null) {
            a.latestYear(shown.year()).latestValue(shown.value());
        }
        Ratio ratio = judged == null ? null : ratio(goal, method, t0, y0, judged.year(), judged.value(), year);
        if (ratio != null) {
            a.ratio(ratio.value());
        }
        Status status;
        InsufficientDataReason reason = null;
        Double score = null;
        if (latest == null) {
            status = Status.INSUFFICIENT_DATA;
            reason = InsufficientDataReason.NO_OBSERVATION;
        } else if (passed && judged == null) {
            status = Status.INSUFFICIENT_DATA;
            reason = InsufficientDataReason.TARGET_YEAR_NOT_REPORTED;
            a.last(lastStatus(goal, method, t0, y0, latest, year));
        } else if (goal.isMetBy(judged.value())) {
            status = Status.ACHIEVED;
            score = 5.0;
        } else if (passed) {
            status = Status.MISSED;
            score = -5.0;
        } else if (ratio.value() != null) {
            double r = ratio.value();
            status = r >= policy.onTrackRatio() ? Status.ON_TRACK
                    : r >= policy.accelerationNeededRatio() ? Status.ACCELERATION_NEEDED
                    : r >= policy.limitedProgressRatio() ? Status.LIMITED_PROGRESS : Status.DETERIORATION;
            score = score(r);
        } else if (ratio.gap() == Gap.BASE_ON_TARGET) {
            // The base sat on the target and the latest value has left it.
            status = Status.DETERIORATION;
            score = -5.0;
        } else {
            status = Status.INSUFFICIENT_DATA;
            reason = ratio.gap() == Gap.SINGLE_DATA_POINT ? InsufficientDataReason.SINGLE_DATA_POINT
                    : InsufficientDataReason.MIXED_SIGNS;
        }
        boolean byRatio = status != Status.ACHIEVED && status != Status.MISSED;
        boolean provisional = status != Status.INSUFFICIENT_DATA
                && (judged != null && judged.provisional() || byRatio && baseProvisional);
        if (!passed) {
            // Every known value: the observations, and the baseline where no observation is of its year.
            NavigableMap<Integer, BigDecimal> known = new TreeMap<>();
            values.forEach((y, o) -> known.put(y, o.value()));
            if (baseline != null && baseline.year() <= asOf) {
                known.putIfAbsent(baseline.year(), baseline.value());
            }
            // A trend over comparable values only: from the last observation that breaks the series on.
            Integer lastBreak = values.descendingMap().entrySet().stream().filter(e -> e.getValue().breaksSeries())
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            a.anticipated(PlainAnticipation.of(lastBreak == null ? known : known.tailMap(lastBreak, true), method, goal, year));
        }
        return a.status(status).reason(reason).score(score).provisional(provisional).build();
    }

    /** What the latest value said of a target still ahead in its own year: met, else by R; nothing where R says nothing. */
    private LastAssessed lastStatus(Goal goal, ProgressMethod method, int t0, BigDecimal y0, Observation latest, int year) {
        if (latest.year() >= year) {
            return null;
        }
        if (goal.isMetBy(latest.value())) {
            return new LastAssessed(latest.year(), Status.ACHIEVED);
        }
        Ratio r = ratio(goal, method, t0, y0, latest.year(), latest.value(), year);
        if (r.value() != null) {
            double v = r.value();
            return new LastAssessed(latest.year(), v >= policy.onTrackRatio() ? Status.ON_TRACK
                    : v >= policy.accelerationNeededRatio() ? Status.ACCELERATION_NEEDED
                    : v >= policy.limitedProgressRatio() ? Status.LIMITED_PROGRESS : Status.DETERIORATION);
        }
        return r.gap() == Gap.BASE_ON_TARGET ? new LastAssessed(latest.year(), Status.DETERIORATION) : null;
    }

    /** A target due in every year of its span: each due year, then the whole. */
    private static Assessment yearly(Assessment.AssessmentBuilder a, Target target, Goal goal, Baseline baseline,
                                     NavigableMap<Integer, Observation> values, int asOf) {
        int first = target.years().first();
        int lastDue = Math.min(target.year(), asOf);
        List<YearResult> years = new ArrayList<>(Math.max(0, lastDue - first + 1));
        boolean missed = false;
        boolean unreported = false;
        boolean provisional = false;
        for (int year = first; year <= lastDue; year++) {
            YearResult result = year(target.kind(), goal, year, baseline, values);
            years.add(result);
            missed |= result.status() == Status.MISSED;
            unreported |= result.status() == Status.INSUFFICIENT_DATA;
            provisional |= result.provisional();
        }
        Map.Entry<Integer, Observation> latest = values.lastEntry();
        if (latest != null) {
            a.latestYear(latest.getKey()).latestValue(latest.getValue().value());
        }
        Status status;
        InsufficientDataReason reason = null;
        if (first > asOf) {
            status = Status.INSUFFICIENT_DATA;
            reason = InsufficientDataReason.NOT_YET_DUE;
        } else if (latest == null) {
            status = Status.INSUFFICIENT_DATA;
            reason = InsufficientDataReason.NO_OBSERVATION;
        } else if (missed) {
            status = Status.MISSED;
        } else if (unreported) {
            status = Status.INSUFFICIENT_DATA;
            reason = InsufficientDataReason.DUE_YEAR_NOT_REPORTED;
        } else {
            status = target.year() <= asOf ? Status.ACHIEVED : Status.ON_TRACK;
        }
        Double score = status == Status.INSUFFICIENT_DATA ? null : status == Status.MISSED ? -5.0 : 5.0;
        return a.status(status).reason(reason).score(score).provisional(status != Status.INSUFFICIENT_DATA && provisional)
                .years(years).build();
    }

    /** One due year: the growth over the year before in percent, the count, or the value held. */
    private static YearResult year(TargetKind kind, Goal goal, int year, Baseline baseline,
                                   NavigableMap<Integer, Observation> values) {
        Point current = point(year, baseline, values);
        if (current == null) {
            return new YearResult(year, null, Status.INSUFFICIENT_DATA, false);
        }
        BigDecimal compared = current.value();
        boolean provisional = current.provisional();
        if (kind == TargetKind.YEARLY_GROWTH) {
            Point before = point(year - 1, baseline, values);
            if (before == null || before.value().signum() <= 0) {
                return new YearResult(year, null, Status.INSUFFICIENT_DATA, false);
            }
            compared = current.value().divide(before.value(), QUOTIENTS).subtract(BigDecimal.ONE).multiply(HUNDRED)
                    .round(QUOTIENTS);
            provisional |= before.provisional();
        }
        return new YearResult(year, compared, goal.isMetBy(compared) ? Status.ACHIEVED : Status.MISSED, provisional);
    }

    /** The value of a year: its observation, else the baseline where that is of the year. */
    private static Point point(int year, Baseline baseline, NavigableMap<Integer, Observation> values) {
        Observation o = values.get(year);
        if (o != null) {
            return new Point(o.value(), o.provisional());
        }
        return baseline != null && baseline.year() == year ? new Point(baseline.value(), false) : null;
    }

    /** A value and whether it is provisional. */
    private record Point(BigDecimal value, boolean provisional) {
    }

    /**
     * R from the base to the point judged, toward the goal in its year. A band's progress is that of
     * the distance from its level, lower being better, toward the half-width.
     */
    private Ratio ratio(Goal goal, ProgressMethod method, int t0, BigDecimal y0, int tl, BigDecimal yl, int year) {
        if (tl <= t0 || year <= t0) {
            return Ratio.of(Gap.SINGLE_DATA_POINT);
        }
        int d;
        BigDecimal from;
        BigDecimal to;
        BigDecimal toward;
        if (goal.isBand()) {
            d = -1;
            from = y0.subtract(goal.level()).abs();
            to = yl.subtract(goal.level()).abs();
            toward = goal.halfWidth();
        } else {
            d = goal.sense();
            from = y0;
            to = yl;
            toward = goal.threshold();
            // The plan's own trajectory, where it has a point after the base, sets the pace required up to tl.
            if (tl < year && goal.path().higherKey(t0) != null) {
                toward = onPath(method, goal, t0, y0, tl, year);
                return method == ProgressMethod.LINEAR ? linear(d, from, to, toward, tl - t0, tl - t0)
                        : cagr(d, from, to, toward, tl - t0, tl - t0);
            }
        }
        return method == ProgressMethod.LINEAR ? linear(d, from, to, toward, tl - t0, year - t0)
                : cagr(d, from, to, toward, tl - t0, year - t0);
    }

    /** The value of the plan's path in year tl: its point, or between the knots (base, points, target). */
    private static BigDecimal onPath(ProgressMethod method, Goal goal, int t0, BigDecimal y0, int tl, int year) {
        NavigableMap<Integer, BigDecimal> knots = new TreeMap<>(goal.path().subMap(t0, false, year, false));
        knots.put(t0, y0);
        knots.put(year, goal.threshold());
        if (knots.containsKey(tl)) {
            return knots.get(tl);
        }
        Map.Entry<Integer, BigDecimal> a = knots.lowerEntry(tl);
        Map.Entry<Integer, BigDecimal> b = knots.higherEntry(tl);
        BigDecimal ya = a.getValue();
        BigDecimal yb = b.getValue();
        if (method == ProgressMethod.CAGR && ya.signum() != 0 && ya.signum() == yb.signum()) {
            double share = (double) (tl - a.getKey()) / (b.getKey() - a.getKey());
            return ya.multiply(BigDecimal.valueOf(Math.pow(yb.divide(ya, QUOTIENTS).doubleValue(), share)), QUOTIENTS);
        }
        return ya.add(yb.subtract(ya).multiply(BigDecimal.valueOf(tl - a.getKey()))
                .divide(BigDecimal.valueOf(b.getKey() - a.getKey()), QUOTIENTS));
    }

    private Ratio cagr(int d, BigDecimal from, BigDecimal to, BigDecimal toward, int observedYears, int requiredYears) {
        BigDecimal base = from.signum() == 0 ? policy.zeroReplacement() : from;
        BigDecimal goal = toward.signum() == 0 ? policy.zeroReplacement() : toward;
        BigDecimal latest = to;
        if (base.signum() != goal.signum() || latest.signum() != 0 && latest.signum() != base.signum()) {
            return Ratio.of(Gap.MIXED_SIGNS);
        }
        if (base.signum() < 0) {
            // All negative: measure magnitudes, and the better way turns round.
            base = base.negate();
            goal = goal.negate();
            latest = latest.negate();
            d = -d;
        }
        if (goal.compareTo(base) == 0) {
            return Ratio.of(Gap.BASE_ON_TARGET);
        }
        double observed = Math.pow(latest.divide(base, QUOTIENTS).doubleValue(), 1.0 / observedYears) - 1;
        double required = Math.pow(goal.divide(base, QUOTIENTS).doubleValue(), 1.0 / requiredYears) - 1;
        if (required == 0) {
            return Ratio.of(Gap.BASE_ON_TARGET);
        }
        return Ratio.of(d * observed / Math.abs(required));
    }

    private static Ratio linear(int d, BigDecimal from, BigDecimal to, BigDecimal toward, int observedYears,
                                int requiredYears) {
        BigDecimal needed = toward.subtract(from);
        if (needed.signum() == 0) {
            return Ratio.of(Gap.BASE_ON_TARGET);
        }
        // (to - from) / observedYears over |needed| / requiredYears, as one quotient.
        BigDecimal made = to.subtract(from).multiply(BigDecimal.valueOf(requiredYears));
        return Ratio.of(d * made.divide(needed.abs().multiply(BigDecimal.valueOf(observedYears)), QUOTIENTS).doubleValue());
    }

    private static double score(double r) {
        return r > 0.6 ? Math.min(7.1429 * r - 4.2857, 5) : Math.max(4.1667 * r - 2.5, -5);
    }

    /** The plan's summary, then each nature's (where the plan states both), each category's, each area's, in the plan's order. */
    private List<GroupSummary> groups(ActionPlan plan, List<Assessment> assessments, Map<String, Assessment> byTarget) {
        List<GroupSummary> groups = new ArrayList<>(1 + plan.categories().size() + plan.areas().size());
        groups.add(summary(GroupKind.PLAN, plan.id(), assessments));
        Map<TargetNature, List<Assessment>> byNature = new EnumMap<>(TargetNature.class);
        assessments.forEach(a -> byNature.computeIfAbsent(a.nature(), n -> new ArrayList<>()).add(a));
        if (byNature.size() > 1) {
            byNature.forEach((nature, members) ->
                    groups.add(summary(GroupKind.NATURE, nature.name().toLowerCase(Locale.ROOT), members)));
        }
        Map<String, List<Assessment>> byCategory = new HashMap<>();
        for (Indicator indicator : plan.indicators()) {
            List<Assessment> members = byCategory.computeIfAbsent(indicator.category(), c -> new ArrayList<>());
            indicator.targets().forEach(t -> members.add(byTarget.get(t.id())));
        }
        Map<String, Indicator> indicators = new HashMap<>();
        plan.indicators().forEach(i -> indicators.putIfAbsent(i.id(), i));
        for (JointTarget joint : plan.jointTargets()) {
            // Once in each category of its indicators.
            joint.indicators().stream().map(i -> indicators.get(i).category()).distinct()
                    .forEach(c -> byCategory.computeIfAbsent(c, x -> new ArrayList<>()).add(byTarget.get(joint.id())));
        }
        for (IndicatorCategory category : plan.categories()) {
            groups.add(summary(GroupKind.CATEGORY, category.id(), byCategory.getOrDefault(category.id(), List.of())));
        }
        Map<Integer, String> areaOfTask = new HashMap<>();
        Map<String, Set<String>> byArea = new HashMap<>();
        for (Task task : plan.tasks()) {
            areaOfTask.put(task.number(), task.area());
            Set<String> members = byArea.computeIfAbsent(task.area(), x -> new HashSet<>());
            task.targets().forEach(q -> members.add(q.id()));
        }
        for (KeyWorkItem item : plan.keyWork()) {
            if (item.targets().isEmpty()) {
                continue;
            }
            // An item that carries out tasks of two areas counts in both; a target naming its own tasks, in theirs.
            for (QuantifiedTarget q : item.targets()) {
                Set<String> areas = new HashSet<>();
                (q.tasks().isEmpty() ? item.tasks() : q.tasks()).forEach(n -> areas.add(areaOfTask.get(n)));
                areas.forEach(area -> byArea.computeIfAbsent(area, x -> new HashSet<>()).add(q.id()));
            }
        }
        for (Indicator indicator : plan.indicators()) {
            // An indicator that measures tasks of two areas counts in both.
            Set<String> areas = new HashSet<>();
            indicator.tasks().forEach(n -> areas.add(areaOfTask.get(n)));
            for (String area : areas) {
                Set<String> members = byArea.computeIfAbsent(area, x -> new HashSet<>());
                indicator.targets().forEach(t -> members.add(t.id()));
            }
        }
        for (JointTarget joint : plan.jointTargets()) {
            for (String indicator : joint.indicators()) {
                for (int n : indicators.get(indicator).tasks()) {
                    byArea.computeIfAbsent(areaOfTask.get(n), x -> new HashSet<>()).add(joint.id());
                }
            }
        }
        for (Area area : plan.areas()) {
            List<Assessment> members = new ArrayList<>();
            byArea.getOrDefault(area.id(), Set.of()).forEach(id -> members.add(byTarget.get(id)));
            groups.add(summary(GroupKind.AREA, area.id(), members));
        }
        return groups;
    }

    /**
     * The mean score of the members that have one (summed in ascending order), the count of each
     * status and the coverage; the verdict: none without a scored member, ACHIEVED where all are, none
     * where fewer than the policy's share of the members due or ahead are assessed, else by the mean.
     */
    private GroupSummary summary(GroupKind kind, String id, List<Assessment> members) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        double[] scores = new double[members.size()];
        int scored = 0;
        int notYetDue = 0;
        for (Assessment a : members) {
            counts.merge(a.status(), 1, Integer::sum);
            if (a.score() != null) {
                scores[scored++] = a.score();
            }
            if (a.reason() == InsufficientDataReason.NOT_YET_DUE) {
                notYetDue++;
            }
        }
        int dueOrAhead = members.size() - notYetDue;
        if (scored == 0 || counts.getOrDefault(Status.ACHIEVED, 0) < members.size()
                && (double) scored / dueOrAhead < policy.minimumCoverage()) {
            return new GroupSummary(kind, id, null, Status.INSUFFICIENT_DATA, counts, scored, dueOrAhead);
        }
        Arrays.sort(scores, 0, scored);
        double sum = 0;
        for (int i = 0; i < scored; i++) {
            sum += scores[i];
        }
        double mean = sum / scored;
        Status status = counts.getOrDefault(Status.ACHIEVED, 0) == members.size() ? Status.ACHIEVED
                : mean >= policy.groupOnTrackScore() ? Status.ON_TRACK
                : mean >= policy.groupAccelerationNeededScore() ? Status.ACCELERATION_NEEDED
                : mean >= policy.groupLimitedProgressScore() ? Status.LIMITED_PROGRESS : Status.DETERIORATION;
        return new GroupSummary(kind, id, mean, status, Collections.unmodifiableMap(counts), scored, dueOrAhead);
    }

    /** Why R is not defined. */
    private enum Gap {
        SINGLE_DATA_POINT, MIXED_SIGNS, BASE_ON_TARGET
    }

    /** R, or why it is not defined. */
    private record Ratio(Double value, Gap gap) {

        static Ratio of(double value) {
            return new Ratio(value, null);
        }

        static Ratio of(Gap gap) {
            return new Ratio(null, gap);
        }
    }
}
