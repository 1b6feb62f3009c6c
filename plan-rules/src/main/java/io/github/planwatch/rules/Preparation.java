package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.YearResult;

/**
 * Turns an evaluation's input into the facts of a rule session: one {@link TargetMeasures} per
 * target and one {@link Subject} per subject, with everything the methodology measures of them, and
 * the parts of the plan and inputs that the built-in rules match, leaving every judgement to the
 * rules. The parts that no built-in rule matches (the plan itself, areas, categories, units, the
 * observations and reports) are facts only for rules of one's own.
 *
 * @param facts  the facts to insert
 * @param targetOrder  the ids of all targets in the plan's order: indicators' targets, then tasks', then key
 *        work's, then the joint targets (whose members are assessed as targets of their indicators, and not listed)
 * @param groups  the groups to summarise, the plan's first, then categories and areas in the plan's order
 * @param joints  the joint targets, without their members' assessments, to insert once those are made
 */
record Preparation(List<Object> facts, List<String> targetOrder, List<GroupFrame> groups, List<JointFrame> joints) {

    /**
     * One target with what it measures and how, the value the plan states for it without a year,
     * placed in the plan's first year (null where there is none), and how its values are held against
     * it (null for a milestone).
     */
    record Owned(Subject subject, Target target, Direction direction, ProgressMethod method, Baseline reference,
                 Yardstick yardstick) {
    }

    /**
     * Prepares the facts of one evaluation.
     *
     * @param input  the input
     * @param policy  the policy, a fact where {@code forRulesOfOnesOwn}
     * @param frame  what the evaluations of the input's plan share, worked out for this policy, and
     *        with the facts that only rules of one's own match where {@code forRulesOfOnesOwn}
     * @param forRulesOfOnesOwn  whether the facts that only rules of one's own match are wanted too
     */
    static Preparation of(EvaluationInput input, EvaluationPolicy policy, PlanFrame frame, boolean forRulesOfOnesOwn) {
        ActionPlan plan = input.plan();
        int asOf = input.asOf();
        List<PlanFrame.SubjectFrame> subjects = frame.subjects();
        List<PlanFrame.Measured> measured = frame.measured();
        List<Object> facts = new ArrayList<>(8 + frame.partFacts().size() + frame.ownerFacts().size()
                + input.accountabilities().size() + plan.keyWork().size() + frame.milestones().size()
                + subjects.size() + measured.size());
        if (forRulesOfOnesOwn) {
            // No built-in rule joins them: every measure carries the as-of point and the policy.
            facts.add(policy);
            facts.add(new AsOf(asOf, input.referenceDate()));
        }
        facts.addAll(frame.partFacts());
        facts.addAll(input.accountabilities());
        facts.addAll(frame.ownerFacts());
        KeyWorkReporting reporting = keyWorkReporting(input);
        if (reporting.reports() > 0) {
            // Without any report, the key-work rules on each item's last report match none of them.
            facts.addAll(lastReports(input, policy));
        }
        facts.add(reporting);
        if (forRulesOfOnesOwn) {
            facts.add(plan);
            facts.addAll(plan.areas());
            facts.addAll(plan.categories());
            facts.addAll(plan.organisations());
            input.observations().stream().filter(o -> o.year() <= asOf).forEach(facts::add);
            input.keyWorkUpdates().stream().filter(u -> !u.date().isAfter(input.referenceDate())).forEach(facts::add);
        }

        // Each observation becomes its point of a series once, shared by its subject's series and
        // the measures of every target on that subject. A subject without a target has no series.
        List<NavigableMap<Integer, SeriesPoint>> observed = new ArrayList<>(Collections.nCopies(subjects.size(), EMPTY));
        for (Observation o : input.observations()) {
            Integer subject = o.year() <= asOf ? frame.subjectIndex().get(o.subject()) : null;
            if (subject != null) {
                NavigableMap<Integer, SeriesPoint> points = observed.get(subject);
                if (points == EMPTY) {
                    points = new TreeMap<>();
                    observed.set(subject, points);
                }
                points.put(o.year(), point(o));
            }
        }
        facts.addAll(milestones(input, frame.milestones()));
        // Each subject with its series and the target its values should move toward: the first LEVEL,
        // CUMULATIVE, HOLD_BAND or RANK target still ahead at the as-of year, or the last.
        Subject[] known = new Subject[subjects.size()];
        for (int i = 0; i < known.length; i++) {
            Subject described = subjects.get(i).described();
            Owned goal = subjects.get(i).goal(asOf);
            List<SeriesPoint> series = new ArrayList<>(series(described, observed.get(i), asOf).values());
            known[i] = goal == null ? described.measured(series, null, null, asOf, policy)
                    : described.measured(series, goal.target().id(), goal.yardstick(), asOf, policy);
            facts.add(known[i]);
        }
        BigDecimal zeroReplacement = policy.zeroReplacement();
        for (PlanFrame.Measured m : measured) {
            Owned o = m.owned();
            NavigableMap<Integer, SeriesPoint> observations = observed.get(m.subject());
            facts.add(o.target().isYearly() ? yearly(o, known[m.subject()], observations, asOf)
                    : level(o, known[m.subject()], observations, asOf, zeroReplacement, frame.bands()));
        }
        return new Preparation(facts, frame.targetOrder(), frame.groups(), frame.joints());
    }

    /** Measures every milestone of the plan from its reports on or before the reference date. */
    private static List<MilestoneMeasures> milestones(EvaluationInput input, List<Owned> milestones) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        Map<String, List<KeyWorkUpdate>> reports = new HashMap<>();
        input.keyWorkUpdates().stream().filter(u -> !u.date().isAfter(input.referenceDate()))
                .sorted(Comparator.comparing(KeyWorkUpdate::date))
                .forEach(u -> reports.computeIfAbsent(u.item(), i -> new ArrayList<>()).add(u));
        boolean reportsGiven = !reports.isEmpty();
        List<MilestoneMeasures> measures = new ArrayList<>(milestones.size());
        for (Owned o : milestones) {
            measures.add(MilestoneMeasures.of(o.target(), o.subject().ownerKind(), o.subject().ownerId(),
                    reports.getOrDefault(o.target().id(), List.of()), input.referenceDate(), reportsGiven));
        }
        return measures;
    }

    private static final NavigableMap<Integer, SeriesPoint> EMPTY = Collections.emptyNavigableMap();

    /**
     * The known values of a subject at or before the as-of year: observations, and the baseline where
     * no observation is of its year. The observations' own map where the baseline adds nothing; not
     * to be changed.
     */
    static NavigableMap<Integer, SeriesPoint> series(Subject subject, NavigableMap<Integer, SeriesPoint> observations,
                                                     int asOf) {
        Baseline baseline = subject.baseline();
        if (baseline == null || baseline.year() > asOf || observations.containsKey(baseline.year())) {
            return observations;
        }
        NavigableMap<Integer, SeriesPoint> points = new TreeMap<>(observations);
        points.put(baseline.year(), new SeriesPoint(subject.id(), baseline.year(), baseline.value(), false, true, false));
        return points;
    }

    private static SeriesPoint point(Observation o) {
        return new SeriesPoint(o.subject(), o.year(), o.value(), o.provisional(), false, o.breaksSeries());
    }

    /** Measures a LEVEL or CUMULATIVE target: base, latest, judged point, whether it meets, and R. */
    static TargetMeasures level(Owned o, Subject subject, NavigableMap<Integer, SeriesPoint> observations, int asOf,
                                BigDecimal zeroReplacement, List<RatioBand> bands) {
        Target target = o.target();
        Yardstick yardstick = o.yardstick();
        BaseSource baseSource;
        SeriesPoint base;
        if (subject.baseline() != null) {
            baseSource = BaseSource.BASELINE;
            base = new SeriesPoint(subject.id(), subject.baseline().year(), subject.baseline().value(), false, true, false);
        } else if (target.kind() == TargetKind.CUMULATIVE) {
            baseSource = BaseSource.RUNNING_TOTAL_START;
            base = new SeriesPoint(subject.id(), target.years().first() - 1, BigDecimal.ZERO, false, true, false);
        } else if (o.reference() != null
                && (observations.isEmpty() || observations.firstKey() > o.reference().year())) {
            // An observed value in or before the plan's first year is a better base than one stated without a year.
            baseSource = BaseSource.REFERENCE_VALUE;
            base = new SeriesPoint(subject.id(), o.reference().year(), o.reference().value(), false, true, false);
        } else if (!observations.isEmpty()) {
            baseSource = BaseSource.FIRST_OBSERVATION;
            base = observations.firstEntry().getValue();
        } else {
            baseSource = null;
            base = null;
        }
        SeriesPoint latest = null;
        if (base != null) {
            Map.Entry<Integer, SeriesPoint> last = observations.lastEntry();
            latest = last != null && last.getKey() >= base.year() ? last.getValue() : null;
        }
        int targetYear = target.year();
        SeriesPoint judged;
        if (targetYear <= asOf) {
            judged = base != null && targetYear >= base.year() ? observations.get(targetYear) : null;
        } else {
            judged = latest;
        }
        Ratio ratio = judged == null ? null
                : yardstick.ratio(o.method(), base.year(), base.value(), judged.year(), judged.value(), targetYear,
                        zeroReplacement);
        return new TargetMeasures(target.id(), subject, subject.id(), subject.ownerKind(), subject.ownerId(),
                target.kind(), target.nature(), false, target.years().first(), targetYear, targetYear <= asOf, o.method(), yardstick, target.value(),
                target.isRelative() ? yardstick.level() : null,
                baseSource, base, latest, judged,
                judged == null ? null : yardstick.meets(judged.value()),
                base == null ? null : yardstick.meets(base.value()),
                ratio == null ? null : ratio.value(), ratio == null ? null : ratio.gap(), List.of(), 0, 0,
                targetYear > asOf ? anticipated(subject, o.method(), yardstick, targetYear) : null,
                targetYear <= asOf && judged == null
                        ? LastStatus.of(yardstick, o.method(), base, latest, targetYear, zeroReplacement, bands) : null,
                ratio == null || ratio.value() == null ? List.of() : subject.breaksBetween(base.year(), judged.year()));
    }

    /**
     * Where a target still ahead is anticipated to be in its year on the trend of all the subject's
     * known values, or null where they fall in fewer than two years or no trend can be carried there.
     */
    private static Anticipation anticipated(Subject subject, ProgressMethod method, Yardstick yardstick, int targetYear) {
        // A trend is fitted to comparable values only: those from the last break in series on.
        List<SeriesPoint> comparable = subject.sinceLastBreak();
        if (comparable.size() < 2) {
            return null;
        }
        NavigableMap<Integer, BigDecimal> values = new TreeMap<>();
        comparable.forEach(p -> values.put(p.year(), p.value()));
        return AnticipatedProgress.anticipate(values, method, yardstick, targetYear).anticipation();
    }

    /** Measures a yearly target: the result of each due year, and the latest observation. */
    static TargetMeasures yearly(Owned o, Subject subject, NavigableMap<Integer, SeriesPoint> observations, int asOf) {
        Target target = o.target();
        Yardstick yardstick = o.yardstick();
        NavigableMap<Integer, SeriesPoint> series = series(subject, observations, asOf);
        int first = target.years().first();
        int lastDue = Math.min(target.years().last(), asOf);
        List<YearResult> years = new ArrayList<>(Math.max(0, lastDue - first + 1));
        int missed = 0;
        int unreported = 0;
        List<Integer> breaks = new ArrayList<>();
        for (int year = first; year <= lastDue; year++) {
            YearResult result = year(target, yardstick, year, series);
            years.add(result);
            missed += result.status() == Status.MISSED ? 1 : 0;
            unreported += result.status() == Status.INSUFFICIENT_DATA ? 1 : 0;
            if (target.kind() == TargetKind.YEARLY_GROWTH && result.value() != null && series.get(year).breakBefore()) {
                breaks.add(year); // that year's growth is measured over the year before, across the break
            }
        }
        Map.Entry<Integer, SeriesPoint> last = observations.lastEntry();
        return new TargetMeasures(target.id(), subject, subject.id(), subject.ownerKind(), subject.ownerId(),
                target.kind(), target.nature(), true, first, target.years().last(), target.years().last() <= asOf, o.method(), yardstick, target.value(), null, null, null,
                last == null ? null : last.getValue(), null, null, null, null, null, years, missed, unreported, null,
                null, breaks);
    }

    /**
     * Measures one year of a yearly target: the growth over the year before in percent, the count,
     * or the value, and whether it meets the target. Growth is undefined where the year before has
     * no value or a value of 0 or less.
     */
    static YearResult year(Target target, Yardstick yardstick, int year, NavigableMap<Integer, SeriesPoint> series) {
        SeriesPoint current = series.get(year);
        if (current == null) {
            return new YearResult(year, null, Status.INSUFFICIENT_DATA, false);
        }
        if (target.kind() == TargetKind.YEARLY_GROWTH) {
            SeriesPoint before = series.get(year - 1);
            if (before == null || before.value().signum() <= 0) {
                return new YearResult(year, null, Status.INSUFFICIENT_DATA, false);
            }
            BigDecimal growth = current.value().divide(before.value(), Progress.PRECISION).subtract(BigDecimal.ONE)
                    .multiply(BigDecimal.valueOf(100)).round(Progress.PRECISION);
            return new YearResult(year, growth, outcome(yardstick.meets(growth)),
                    current.provisional() || before.provisional());
        }
        return new YearResult(year, current.value(), outcome(yardstick.meets(current.value())), current.provisional());
    }

    private static Status outcome(boolean meets) {
        return meets ? Status.ACHIEVED : Status.MISSED;
    }

    /** How much was reported on the plan's key work by the reference date. */
    private static KeyWorkReporting keyWorkReporting(EvaluationInput input) {
        int reports = 0;
        for (KeyWorkUpdate u : input.keyWorkUpdates()) {
            reports += u.date().isAfter(input.referenceDate()) ? 0 : 1;
        }
        int year = input.referenceDate().getYear();
        List<KeyWorkItem> items = input.plan().keyWork();
        int begun = 0;
        int ended = 0;
        for (KeyWorkItem k : items) {
            begun += k.year() <= year ? 1 : 0;
            ended += k.year() < year ? 1 : 0;
        }
        return new KeyWorkReporting(input.plan().id(), reports, items.size(), begun, ended, input.referenceDate());
    }

    /** For each key-work item, its last report on or before the reference date. */
    private static List<LastReport> lastReports(EvaluationInput input, EvaluationPolicy policy) {
        Map<String, KeyWorkUpdate> last = new HashMap<>();
        for (KeyWorkUpdate u : input.keyWorkUpdates()) {
            if (!u.date().isAfter(input.referenceDate())) {
                last.merge(u.item(), u, (a, b) -> b.date().isAfter(a.date()) ? b : a);
            }
        }
        List<LastReport> reports = new ArrayList<>(input.plan().keyWork().size());
        boolean given = !last.isEmpty();
        input.plan().keyWork().forEach(item -> reports.add(new LastReport(item, last.get(item.id()), input.referenceDate(),
                policy, given)));
        return reports;
    }
}
