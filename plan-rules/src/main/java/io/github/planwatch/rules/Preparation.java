package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Task;

/**
 * Turns an evaluation's input into the facts of a rule session: the plan's parts, the inputs known
 * at the as-of point, and what the methodology measures of every target (the series of values, the
 * base, the point judged, the progress ratio), leaving every judgement to the rules.
 *
 * @param facts  the facts to insert
 * @param targetOrder  the ids of all targets in the plan's order: indicators' targets, then tasks', then key work's
 * @param groups  the groups to summarise, the plan's first, then categories and areas in the plan's order
 */
record Preparation(List<Object> facts, List<String> targetOrder, List<GroupFrame> groups) {

    /** One target with what it measures and how. */
    record Owned(Subject subject, Target target, Direction direction, ProgressMethod method) {
    }

    static Preparation of(EvaluationInput input, EvaluationPolicy policy) {
        ActionPlan plan = input.plan();
        int asOf = input.asOf();
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.add(new AsOf(asOf, input.referenceDate()));
        facts.add(plan);
        facts.addAll(plan.areas());
        facts.addAll(plan.categories());
        facts.addAll(plan.indicators());
        facts.addAll(plan.tasks());
        facts.addAll(plan.keyWork());
        facts.addAll(plan.organisations());
        plan.tasks().forEach(t -> t.leadUnits().forEach(unit -> facts.add(Lead.of(unit, t))));
        plan.keyWork().forEach(k -> k.leadUnits().forEach(unit -> facts.add(Lead.of(unit, k))));
        input.observations().stream().filter(o -> o.year() <= asOf).forEach(facts::add);
        input.keyWorkUpdates().stream().filter(u -> !u.date().isAfter(input.referenceDate())).forEach(facts::add);
        facts.addAll(input.accountabilities());

        List<Owned> owned = owned(plan);
        Map<String, NavigableMap<Integer, Observation>> observed = new HashMap<>();
        for (Observation o : input.observations()) {
            if (o.year() <= asOf) {
                observed.computeIfAbsent(o.subject(), s -> new TreeMap<>()).put(o.year(), o);
            }
        }
        Map<String, Subject> subjects = new LinkedHashMap<>();
        owned.forEach(o -> subjects.putIfAbsent(o.subject().id(), o.subject()));
        for (Subject subject : subjects.values()) {
            facts.add(subject);
            series(subject, observed.getOrDefault(subject.id(), new TreeMap<>()), asOf).values().forEach(facts::add);
        }
        for (Owned o : owned) {
            NavigableMap<Integer, Observation> observations = observed.getOrDefault(o.subject().id(), new TreeMap<>());
            Yardstick yardstick = Yardstick.of(o.target(), o.direction(), policy.defaultRelativeTolerance());
            if (o.target().isYearly()) {
                facts.addAll(yearly(o, yardstick, observations, series(o.subject(), observations, asOf), asOf));
            } else {
                facts.add(measure(o, yardstick, observations, asOf, policy.zeroReplacement()));
            }
        }
        trendGoals(owned, asOf, policy).forEach(facts::add);
        List<GroupFrame> groups = groups(plan, owned, facts);
        return new Preparation(facts, owned.stream().map(o -> o.target().id()).toList(), groups);
    }

    /** Every target of the plan with its subject, in the plan's order. */
    private static List<Owned> owned(ActionPlan plan) {
        List<Owned> owned = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            Subject subject = new Subject(i.id(), SubjectKind.INDICATOR, SubjectKind.INDICATOR, i.id(), i.name(),
                    i.baseline(), plan.period().first());
            i.targets().forEach(t -> owned.add(new Owned(subject, t, i.direction(), i.method())));
        }
        for (Task task : plan.tasks()) {
            task.targets().forEach(q -> owned.add(owned(q, SubjectKind.TASK, Integer.toString(task.number()))));
        }
        for (KeyWorkItem item : plan.keyWork()) {
            item.targets().forEach(q -> owned.add(owned(q, SubjectKind.KEY_WORK_ITEM, item.id())));
        }
        return owned;
    }

    private static Owned owned(QuantifiedTarget q, SubjectKind ownerKind, String ownerId) {
        LocalizedText name = q.measure();
        Subject subject = new Subject(q.id(), SubjectKind.TARGET, ownerKind, ownerId, name, q.baseline(),
                q.target().years().first());
        return new Owned(subject, q.target(), q.direction(), q.method());
    }

    /** The known values of a subject at or before the as-of year: observations, and the baseline where no observation is of its year. */
    static NavigableMap<Integer, SeriesPoint> series(Subject subject, NavigableMap<Integer, Observation> observations,
                                                     int asOf) {
        NavigableMap<Integer, SeriesPoint> points = new TreeMap<>();
        observations.forEach((year, o) -> points.put(year, point(o)));
        Baseline baseline = subject.baseline();
        if (baseline != null && baseline.year() <= asOf) {
            points.putIfAbsent(baseline.year(), new SeriesPoint(subject.id(), baseline.year(), baseline.value(), false, true));
        }
        return points;
    }

    private static SeriesPoint point(Observation o) {
        return new SeriesPoint(o.subject(), o.year(), o.value(), o.provisional(), false);
    }

    /** Measures a LEVEL or CUMULATIVE target: base, latest, judged point, whether it meets, and R. */
    static Measurement measure(Owned o, Yardstick yardstick, NavigableMap<Integer, Observation> observations, int asOf,
                               BigDecimal zeroReplacement) {
        Target target = o.target();
        Subject subject = o.subject();
        BaseSource baseSource;
        SeriesPoint base;
        if (subject.baseline() != null) {
            baseSource = BaseSource.BASELINE;
            base = new SeriesPoint(subject.id(), subject.baseline().year(), subject.baseline().value(), false, true);
        } else if (target.kind() == TargetKind.CUMULATIVE) {
            baseSource = BaseSource.RUNNING_TOTAL_START;
            base = new SeriesPoint(subject.id(), target.years().first() - 1, BigDecimal.ZERO, false, true);
        } else if (!observations.isEmpty()) {
            baseSource = BaseSource.FIRST_OBSERVATION;
            base = point(observations.firstEntry().getValue());
        } else {
            baseSource = null;
            base = null;
        }
        SeriesPoint latest = null;
        if (base != null) {
            Map.Entry<Integer, Observation> last = observations.lastEntry();
            latest = last != null && last.getKey() >= base.year() ? point(last.getValue()) : null;
        }
        int targetYear = target.year();
        SeriesPoint judged;
        if (targetYear <= asOf) {
            Observation inTargetYear = base != null && targetYear >= base.year() ? observations.get(targetYear) : null;
            judged = inTargetYear == null ? null : point(inTargetYear);
        } else {
            judged = latest;
        }
        Ratio ratio = judged == null ? null
                : yardstick.ratio(o.method(), base.year(), base.value(), judged.year(), judged.value(), targetYear,
                        zeroReplacement);
        return new Measurement(target.id(), subject.id(), subject.ownerKind(), subject.ownerId(), target.kind(),
                targetYear, o.method(), yardstick, target.value(), baseSource, base, latest, judged,
                judged == null ? null : yardstick.meets(judged.value()),
                base == null ? null : yardstick.meets(base.value()),
                ratio == null ? null : ratio.value(), ratio == null ? null : ratio.gap());
    }

    /** Frames a yearly target and measures each of its due years. */
    static List<Object> yearly(Owned o, Yardstick yardstick, NavigableMap<Integer, Observation> observations,
                               NavigableMap<Integer, SeriesPoint> series, int asOf) {
        Target target = o.target();
        Subject subject = o.subject();
        int first = target.years().first();
        int lastDue = Math.min(target.years().last(), asOf);
        List<Object> facts = new ArrayList<>();
        for (int year = first; year <= lastDue; year++) {
            facts.add(check(target, yardstick, year, series));
        }
        Map.Entry<Integer, Observation> last = observations.lastEntry();
        facts.add(new YearlyFrame(target.id(), subject.id(), subject.ownerKind(), subject.ownerId(), target.kind(),
                first, target.years().last(), target.value(), yardstick, last == null ? null : point(last.getValue()),
                Math.max(0, lastDue - first + 1)));
        return facts;
    }

    /**
     * Measures one year of a yearly target: the growth over the year before in percent, the count,
     * or the value. Growth is undefined where the year before has no value or a value of 0 or less.
     */
    static YearCheck check(Target target, Yardstick yardstick, int year, NavigableMap<Integer, SeriesPoint> series) {
        SeriesPoint current = series.get(year);
        if (current == null) {
            return new YearCheck(target.id(), year, null, null, false);
        }
        if (target.kind() == TargetKind.YEARLY_GROWTH) {
            SeriesPoint before = series.get(year - 1);
            if (before == null || before.value().signum() <= 0) {
                return new YearCheck(target.id(), year, null, null, false);
            }
            BigDecimal growth = current.value().divide(before.value(), Progress.PRECISION).subtract(BigDecimal.ONE)
                    .multiply(BigDecimal.valueOf(100)).round(Progress.PRECISION);
            return new YearCheck(target.id(), year, growth, yardstick.meets(growth),
                    current.provisional() || before.provisional());
        }
        return new YearCheck(target.id(), year, current.value(), yardstick.meets(current.value()), current.provisional());
    }

    /** For each subject, the target its values should move toward: the first still ahead, or the last. */
    private static List<TrendGoal> trendGoals(List<Owned> owned, int asOf, EvaluationPolicy policy) {
        Map<String, List<Owned>> bySubject = new LinkedHashMap<>();
        for (Owned o : owned) {
            TargetKind kind = o.target().kind();
            if (kind == TargetKind.LEVEL || kind == TargetKind.CUMULATIVE || kind == TargetKind.HOLD_BAND) {
                bySubject.computeIfAbsent(o.subject().id(), s -> new ArrayList<>()).add(o);
            }
        }
        List<TrendGoal> goals = new ArrayList<>();
        bySubject.forEach((subject, targets) -> {
            List<Owned> byYear = targets.stream().sorted(Comparator.comparingInt(o -> o.target().year())).toList();
            Owned goal = byYear.stream().filter(o -> o.target().year() > asOf).findFirst()
                    .orElse(byYear.get(byYear.size() - 1));
            goals.add(new TrendGoal(subject, goal.target().id(),
                    Yardstick.of(goal.target(), goal.direction(), policy.defaultRelativeTolerance())));
        });
        return goals;
    }

    /**
     * The groups: the plan (every target); each indicator category (its indicators' targets); each
     * area (the targets stated in its tasks and in the key-work items that carry out those tasks).
     * Adds a frame and a fact per member of each group to the facts, and returns the frames. Each
     * part of the plan is looked at once, so that the cost grows with the plan, not with its square.
     */
    private static List<GroupFrame> groups(ActionPlan plan, List<Owned> owned, List<Object> facts) {
        List<GroupFrame> groups = new ArrayList<>();
        group(GroupKind.PLAN, plan.id(), ids(owned), groups, facts);
        Map<String, Set<String>> byCategory = new HashMap<>();
        for (Indicator indicator : plan.indicators()) {
            Set<String> ids = byCategory.computeIfAbsent(indicator.category(), c -> new LinkedHashSet<>());
            indicator.targets().forEach(t -> ids.add(t.id()));
        }
        for (IndicatorCategory category : plan.categories()) {
            group(GroupKind.CATEGORY, category.id(), byCategory.getOrDefault(category.id(), Set.of()), groups, facts);
        }
        Map<Integer, String> areaOfTask = new HashMap<>();
        Map<String, Set<String>> byArea = new HashMap<>();
        for (Task task : plan.tasks()) {
            areaOfTask.put(task.number(), task.area());
            Set<String> ids = byArea.computeIfAbsent(task.area(), a -> new LinkedHashSet<>());
            task.targets().forEach(q -> ids.add(q.id()));
        }
        for (KeyWorkItem item : plan.keyWork()) {
            // An item that carries out tasks of two areas counts in both.
            for (String area : item.tasks().stream().map(areaOfTask::get).distinct().toList()) {
                Set<String> ids = byArea.computeIfAbsent(area, a -> new LinkedHashSet<>());
                item.targets().forEach(q -> ids.add(q.id()));
            }
        }
        for (Area area : plan.areas()) {
            group(GroupKind.AREA, area.id(), byArea.getOrDefault(area.id(), Set.of()), groups, facts);
        }
        return groups;
    }

    private static void group(GroupKind kind, String id, Set<String> targetIds, List<GroupFrame> groups,
                              List<Object> facts) {
        GroupFrame frame = new GroupFrame(kind, id, targetIds.size());
        groups.add(frame);
        facts.add(frame);
        targetIds.forEach(target -> facts.add(new GroupMember(kind, id, target)));
    }

    private static Set<String> ids(List<Owned> owned) {
        Set<String> ids = new LinkedHashSet<>();
        owned.forEach(o -> ids.add(o.target().id()));
        return ids;
    }
}
