package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Task;
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
     * One target with what it measures and how, and the value the plan states for it without a year,
     * placed in the plan's first year (null where there is none).
     */
    record Owned(Subject subject, Target target, Direction direction, ProgressMethod method, Baseline reference) {
    }

    /**
     * Prepares the facts of one evaluation.
     *
     * @param input  the input
     * @param policy  the policy, itself a fact
     * @param forRulesOfOnesOwn  whether the facts that only rules of one's own match are wanted too
     */
    static Preparation of(EvaluationInput input, EvaluationPolicy policy, boolean forRulesOfOnesOwn) {
        ActionPlan plan = input.plan();
        int asOf = input.asOf();
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.add(new AsOf(asOf, input.referenceDate()));
        // The bands of R decide a target's last status (LastStatus); the status rule reads the
        // policy's thresholds itself.
        List<RatioBand> bands = RatioBand.of(policy);
        facts.addAll(plan.indicators());
        facts.addAll(plan.tasks());
        facts.addAll(plan.keyWork());
        facts.addAll(input.accountabilities());
        facts.addAll(statedOwners(plan, forRulesOfOnesOwn));
        leads(plan, policy).forEach(facts::add);
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
        // the measures of every target on that subject.
        Map<String, NavigableMap<Integer, SeriesPoint>> observed = new HashMap<>();
        for (Observation o : input.observations()) {
            if (o.year() <= asOf) {
                observed.computeIfAbsent(o.subject(), s -> new TreeMap<>()).put(o.year(), point(o));
            }
        }
        List<Owned> all = owned(plan);
        // A milestone is reported on, not observed: it has no subject and no series, only its reports.
        List<Owned> owned = measuredSubjects(all.stream().filter(o -> !o.target().isMilestone()).toList(), observed,
                asOf, policy);
        facts.addAll(milestones(input, all));
        List<JointFrame> joints = new ArrayList<>(plan.jointTargets().size());
        plan.jointTargets().forEach(j -> joints.add(new JointFrame(j.id(), plan.id(), j.combine(),
                j.indicators().stream().map(j::memberId).toList(), List.of())));
        Map<String, Subject> subjects = new LinkedHashMap<>();
        owned.forEach(o -> subjects.putIfAbsent(o.subject().id(), o.subject()));
        facts.addAll(subjects.values());
        for (Owned o : owned) {
            NavigableMap<Integer, SeriesPoint> observations = observed.getOrDefault(o.subject().id(), EMPTY);
            Yardstick yardstick = Yardstick.of(o.target(), o.subject().baseline(), o.direction(), policy.defaultRelativeTolerance());
            facts.add(o.target().isYearly() ? yearly(o, yardstick, observations, asOf)
                    : level(o, yardstick, observations, asOf, policy.zeroReplacement(), bands));
        }
        Set<String> members = memberIds(plan);
        List<String> order = new ArrayList<>(all.size());
        all.stream().map(o -> o.target().id()).filter(id -> !members.contains(id)).forEach(order::add);
        plan.jointTargets().forEach(j -> order.add(j.id()));
        return new Preparation(facts, order, groups(plan, all.stream().filter(o -> !members.contains(o.target().id()))
                .toList()), joints);
    }

    /** The ids of the members of the plan's joint targets: each the joint target on one of its indicators. */
    private static Set<String> memberIds(ActionPlan plan) {
        Set<String> ids = new HashSet<>();
        plan.jointTargets().forEach(j -> j.indicators().forEach(i -> ids.add(j.memberId(i))));
        return ids;
    }

    /** Measures every milestone of the plan from its reports on or before the reference date. */
    private static List<MilestoneMeasures> milestones(EvaluationInput input, List<Owned> all) {
        Map<String, List<KeyWorkUpdate>> reports = new HashMap<>();
        input.keyWorkUpdates().stream().filter(u -> !u.date().isAfter(input.referenceDate()))
                .sorted(Comparator.comparing(KeyWorkUpdate::date))
                .forEach(u -> reports.computeIfAbsent(u.item(), i -> new ArrayList<>()).add(u));
        boolean reportsGiven = !reports.isEmpty();
        List<MilestoneMeasures> measures = new ArrayList<>();
        for (Owned o : all) {
            if (o.target().isMilestone()) {
                measures.add(MilestoneMeasures.of(o.target(), o.subject().ownerKind(), o.subject().ownerId(),
                        reports.getOrDefault(o.target().id(), List.of()), input.referenceDate(), reportsGiven));
            }
        }
        return measures;
    }

    private static final NavigableMap<Integer, SeriesPoint> EMPTY = Collections.emptyNavigableMap();

    /**
     * The owners the plan itself states for its indicators ({@link ActionPlan#ownersOf}), as
     * accountabilities beside those given apart from the plan, so that a rule asking who answers for an
     * indicator hears of both. The built-in rule asks only whether anyone does, so without rules of
     * one's own an indicator's first owner is enough.
     */
    static List<Accountability> statedOwners(ActionPlan plan, boolean every) {
        List<Accountability> owners = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            List<String> units = plan.ownersOf(indicator);
            (every || units.size() < 2 ? units : units.subList(0, 1))
                    .forEach(unit -> owners.add(Accountability.of(indicator.id(), unit)));
        }
        return owners;
    }

    /**
     * Every target of the plan with its subject as the plan describes it, in the plan's order; the
     * members of joint targets, each the target on one indicator, follow that indicator's own targets,
     * as if the plan stated them there.
     */
    private static List<Owned> owned(ActionPlan plan) {
        List<Owned> owned = new ArrayList<>();
        Map<String, List<Target>> members = new HashMap<>();
        plan.jointTargets().forEach(j -> j.indicators().forEach(i ->
                members.computeIfAbsent(i, x -> new ArrayList<>()).add(j.memberOn(i))));
        for (Indicator i : plan.indicators()) {
            Subject subject = Subject.described(i.id(), SubjectKind.INDICATOR, SubjectKind.INDICATOR, i.id(), i.name(),
                    i.baseline(), i.unit(), plan.period().first());
            Baseline reference = reference(i.referenceValue(), plan);
            i.targets().forEach(t -> owned.add(new Owned(subject, t, i.direction(), i.method(), reference)));
            members.getOrDefault(i.id(), List.of())
                    .forEach(t -> owned.add(new Owned(subject, t, i.direction(), i.method(), reference)));
        }
        for (Task task : plan.tasks()) {
            task.targets().forEach(q -> owned.add(owned(q, SubjectKind.TASK, Integer.toString(task.number()), plan)));
        }
        for (KeyWorkItem item : plan.keyWork()) {
            item.targets().forEach(q -> owned.add(owned(q, SubjectKind.KEY_WORK_ITEM, item.id(), plan)));
        }
        return owned;
    }

    /** A value stated without a year, taken as the value in the plan's first year; null for none. */
    private static Baseline reference(BigDecimal value, ActionPlan plan) {
        return value == null ? null : Baseline.of(plan.period().first(), value);
    }

    private static Owned owned(QuantifiedTarget q, SubjectKind ownerKind, String ownerId, ActionPlan plan) {
        LocalizedText name = q.measure();
        Subject subject = Subject.described(q.id(), SubjectKind.TARGET, ownerKind, ownerId, name, q.baseline(), q.unit(),
                q.target().years().first());
        return new Owned(subject, q.target(), q.direction(), q.method(), reference(q.referenceValue(), plan));
    }

    /**
     * The same targets, each subject now with its series and the target its values should move
     * toward: the first LEVEL, CUMULATIVE or HOLD_BAND target still ahead at the as-of year, or the last.
     */
    private static List<Owned> measuredSubjects(List<Owned> owned, Map<String, NavigableMap<Integer, SeriesPoint>> observed,
                                                int asOf, EvaluationPolicy policy) {
        Map<String, List<Owned>> bySubject = new LinkedHashMap<>();
        owned.forEach(o -> bySubject.computeIfAbsent(o.subject().id(), s -> new ArrayList<>()).add(o));
        Map<String, Subject> measured = new HashMap<>();
        bySubject.forEach((id, targets) -> {
            Subject described = targets.get(0).subject();
            Owned goal = targets.stream()
                    .filter(o -> o.target().kind() == TargetKind.LEVEL || o.target().kind() == TargetKind.CUMULATIVE
                            || o.target().kind() == TargetKind.HOLD_BAND || o.target().kind() == TargetKind.RANK)
                    .sorted(Comparator.comparingInt(o -> o.target().year()))
                    .reduce(null, (found, o) -> found != null && found.target().year() > asOf ? found : o);
            List<SeriesPoint> series = new ArrayList<>(series(described, observed.getOrDefault(id, EMPTY), asOf).values());
            measured.put(id, goal == null ? described.measured(series, null, null, asOf, policy)
                    : described.measured(series, goal.target().id(),
                            Yardstick.of(goal.target(), goal.subject().baseline(), goal.direction(), policy.defaultRelativeTolerance()),
                            asOf, policy));
        });
        return owned.stream().map(o -> new Owned(measured.get(o.subject().id()), o.target(), o.direction(), o.method(),
                o.reference())).toList();
    }

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
    static TargetMeasures level(Owned o, Yardstick yardstick, NavigableMap<Integer, SeriesPoint> observations, int asOf,
                                BigDecimal zeroReplacement, List<RatioBand> bands) {
        Target target = o.target();
        Subject subject = o.subject();
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
    static TargetMeasures yearly(Owned o, Yardstick yardstick, NavigableMap<Integer, SeriesPoint> observations, int asOf) {
        Target target = o.target();
        Subject subject = o.subject();
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

    /**
     * For each unit of the plan that leads anything, what it leads; units are listed in the plan's
     * order. A unit that leads nothing is left out: its count, 0, exceeds no limit the policy
     * allows (a limit is never negative).
     */
    private static List<Leads> leads(ActionPlan plan, EvaluationPolicy policy) {
        Map<String, List<Task>> tasks = new HashMap<>();
        Map<String, List<KeyWorkItem>> items = new HashMap<>();
        plan.tasks().forEach(t -> t.leadUnits().forEach(u -> tasks.computeIfAbsent(u, x -> new ArrayList<>()).add(t)));
        plan.keyWork().forEach(k -> k.leadUnits().forEach(u -> items.computeIfAbsent(u, x -> new ArrayList<>()).add(k)));
        List<Leads> leads = new ArrayList<>(plan.organisations().size());
        for (Organisation unit : plan.organisations()) {
            if (tasks.containsKey(unit.id()) || items.containsKey(unit.id())) {
                leads.add(new Leads(unit, tasks.getOrDefault(unit.id(), List.of()), items.getOrDefault(unit.id(), List.of()),
                        policy));
            }
        }
        return leads;
    }

    /** How much was reported on the plan's key work by the reference date. */
    private static KeyWorkReporting keyWorkReporting(EvaluationInput input) {
        int reports = (int) input.keyWorkUpdates().stream().filter(u -> !u.date().isAfter(input.referenceDate())).count();
        int year = input.referenceDate().getYear();
        List<KeyWorkItem> items = input.plan().keyWork();
        return new KeyWorkReporting(input.plan().id(), reports, items.size(),
                (int) items.stream().filter(k -> k.year() <= year).count(),
                (int) items.stream().filter(k -> k.year() < year).count(), input.referenceDate());
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

    /**
     * The groups: the plan (every target); each indicator category (its indicators' targets); each
     * area (the targets stated in its tasks, in the key-work items that carry out those tasks, and of
     * the indicators that measure those tasks).
     * Each part of the plan is looked at once, so that the cost grows with the plan, not with its square.
     */
    private static List<GroupFrame> groups(ActionPlan plan, List<Owned> owned) {
        List<GroupFrame> groups = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        owned.forEach(o -> all.add(o.target().id()));
        plan.jointTargets().forEach(j -> all.add(j.id()));
        groups.add(new GroupFrame(GroupKind.PLAN, plan.id(), List.copyOf(all)));
        // Expected values are summed up apart from binding targets, so that a missed expected value
        // never reads as a broken commitment; a plan of one nature has only its plan summary.
        Map<TargetNature, Set<String>> byNature = new EnumMap<>(TargetNature.class);
        owned.forEach(o -> byNature.computeIfAbsent(o.target().nature(), n -> new LinkedHashSet<>()).add(o.target().id()));
        plan.jointTargets().forEach(j ->
                byNature.computeIfAbsent(j.target().nature(), n -> new LinkedHashSet<>()).add(j.id()));
        if (byNature.size() > 1) {
            byNature.forEach((nature, ids) ->
                    groups.add(new GroupFrame(GroupKind.NATURE, nature.name().toLowerCase(Locale.ROOT), List.copyOf(ids))));
        }
        Map<String, Set<String>> byCategory = new HashMap<>();
        for (Indicator indicator : plan.indicators()) {
            Set<String> ids = byCategory.computeIfAbsent(indicator.category(), c -> new LinkedHashSet<>());
            indicator.targets().forEach(t -> ids.add(t.id()));
        }
        // A joint target counts once in each category, and below once in each area, of its indicators.
        Map<String, Indicator> indicators = new HashMap<>();
        plan.indicators().forEach(i -> indicators.put(i.id(), i));
        for (JointTarget joint : plan.jointTargets()) {
            joint.indicators().forEach(i -> byCategory.computeIfAbsent(indicators.get(i).category(),
                    c -> new LinkedHashSet<>()).add(joint.id()));
        }
        for (IndicatorCategory category : plan.categories()) {
            groups.add(new GroupFrame(GroupKind.CATEGORY, category.id(),
                    List.copyOf(byCategory.getOrDefault(category.id(), Set.of()))));
        }
        Map<Integer, String> areaOfTask = new HashMap<>();
        Map<String, Set<String>> byArea = new HashMap<>();
        for (Task task : plan.tasks()) {
            areaOfTask.put(task.number(), task.area());
            Set<String> ids = byArea.computeIfAbsent(task.area(), a -> new LinkedHashSet<>());
            task.targets().forEach(q -> ids.add(q.id()));
        }
        // An item or indicator linked to tasks of two areas counts in both; linked to two tasks of one
        // area, once, since each area's targets are a set.
        for (KeyWorkItem item : plan.keyWork()) {
            // A target that names the tasks of the item it serves counts in their areas only.
            for (QuantifiedTarget q : item.targets()) {
                for (int task : q.tasks().isEmpty() ? item.tasks() : q.tasks()) {
                    byArea.computeIfAbsent(areaOfTask.get(task), a -> new LinkedHashSet<>()).add(q.id());
                }
            }
        }
        for (Indicator indicator : plan.indicators()) {
            for (int task : indicator.tasks()) {
                Set<String> ids = byArea.computeIfAbsent(areaOfTask.get(task), a -> new LinkedHashSet<>());
                indicator.targets().forEach(t -> ids.add(t.id()));
            }
        }
        for (JointTarget joint : plan.jointTargets()) {
            for (String i : joint.indicators()) {
                for (int task : indicators.get(i).tasks()) {
                    byArea.computeIfAbsent(areaOfTask.get(task), a -> new LinkedHashSet<>()).add(joint.id());
                }
            }
        }
        for (Area area : plan.areas()) {
            groups.add(new GroupFrame(GroupKind.AREA, area.id(), List.copyOf(byArea.getOrDefault(area.id(), Set.of()))));
        }
        return groups;
    }
}
