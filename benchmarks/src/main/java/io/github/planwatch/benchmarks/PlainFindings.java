package io.github.planwatch.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearResult;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.EvaluationPolicy;

/**
 * The fourteen findings of plan-rules' {@code FINDINGS.md}, raised in plain Java for the
 * {@link PlainEvaluator}: the same codes, severities, subjects and evidence as the rules', each
 * decided here on its own. The messages are this class's own, shorter sentences (so the baseline,
 * if anything, does a little less work than the rules).
 */
final class PlainFindings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EvaluationInput input;
    private final EvaluationPolicy policy;
    private final Map<String, NavigableMap<Integer, Observation>> observed;
    private final List<Finding> findings = new ArrayList<>();
    /** The plan's main language, to which a name lacking Chinese or English falls back, as in the rules. */
    private final String language;

    private PlainFindings(EvaluationInput input, EvaluationPolicy policy,
                          Map<String, NavigableMap<Integer, Observation>> observed) {
        this.input = input;
        this.policy = policy;
        this.observed = observed;
        this.language = input.plan().language();
    }

    /**
     * Something observed: an indicator or a quantified target, with its targets; {@code reference} is
     * the value the plan states for it without a year, in the plan's first year, or null.
     */
    private record Observed(String id, SubjectKind kind, LocalizedText name, Baseline baseline, int trackedFrom,
                            Direction direction, List<Target> targets, boolean share, Baseline reference) {
    }

    /** A known value: an observation, or the baseline; {@code breaks} where it is not comparable with the one before. */
    private record Value(int year, BigDecimal value, boolean baseline, boolean breaks) {
    }

    /**
     * Raises every finding of an evaluation.
     *
     * @param observed  the observations at or before the as-of year, by subject and year; every subject has an entry
     * @param assessments  the assessments of every target, in the plan's order
     */
    static List<Finding> of(EvaluationInput input, EvaluationPolicy policy,
                            Map<String, NavigableMap<Integer, Observation>> observed, List<Assessment> assessments) {
        PlainFindings f = new PlainFindings(input, policy, observed);
        f.structure();
        f.keyWork();
        for (Observed subject : subjects(input.plan())) {
            f.series(subject);
            f.targets(subject);
        }
        f.assessments(assessments);
        return f.findings;
    }

    private static List<Observed> subjects(ActionPlan plan) {
        List<Observed> subjects = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            if (!i.targets().isEmpty()) {
                subjects.add(new Observed(i.id(), SubjectKind.INDICATOR, i.name(), i.baseline(), plan.period().first(),
                        i.direction(), i.targets(), isShare(i.unit()), reference(i.referenceValue(), plan)));
            }
        }
        List<QuantifiedTarget> quantified = new ArrayList<>();
        plan.tasks().forEach(t -> quantified.addAll(t.targets()));
        plan.keyWork().forEach(k -> quantified.addAll(k.targets()));
        for (QuantifiedTarget q : quantified) {
            if (q.target().isMilestone()) {
                continue; // reported on, never observed: no series, no finding on values
            }
            subjects.add(new Observed(q.id(), SubjectKind.TARGET, q.measure(), q.baseline(), q.target().years().first(),
                    q.direction(), List.of(q.target()), isShare(q.unit()), reference(q.referenceValue(), plan)));
        }
        return subjects;
    }

    /** A value stated without a year stands in the plan's first year; null for none. */
    private static Baseline reference(BigDecimal value, ActionPlan plan) {
        return value == null ? null : Baseline.of(plan.period().first(), value);
    }

    /** A share: in percent, and never negative. */
    private static boolean isShare(Unit unit) {
        return unit != null && unit.zh().strip().equals("%") && !unit.negativeAllowed();
    }

    /** Lead units, overload and owners: the plan's structure. */
    private void structure() {
        ActionPlan plan = input.plan();
        Map<String, List<Task>> ledTasks = new HashMap<>();
        Map<String, List<KeyWorkItem>> ledItems = new HashMap<>();
        for (Task t : plan.tasks()) {
            t.leadUnits().forEach(u -> ledTasks.computeIfAbsent(u, x -> new ArrayList<>()).add(t));
            if (t.leadUnits().isEmpty() && !t.responsibleUnits().isEmpty()) {
                add("TASK_WITHOUT_LEAD_UNIT", Severity.WARNING, SubjectKind.TASK, Integer.toString(t.number()),
                        evidence("responsibleUnits", String.join(",", t.responsibleUnits())), t.title(), "no lead unit",
                        "没有牵头单位");
            }
        }
        for (KeyWorkItem k : plan.keyWork()) {
            k.leadUnits().forEach(u -> ledItems.computeIfAbsent(u, x -> new ArrayList<>()).add(k));
            if (k.leadUnits().isEmpty() && !k.responsibleUnits().isEmpty()) {
                add("TASK_WITHOUT_LEAD_UNIT", Severity.WARNING, SubjectKind.KEY_WORK_ITEM, k.id(),
                        evidence("responsibleUnits", String.join(",", k.responsibleUnits()), "year", k.year()), k.theme(),
                        "no lead unit", "没有牵头单位");
            }
        }
        int limit = policy.leadUnitOverloadLimit();
        for (Organisation unit : plan.organisations()) {
            List<Task> tasks = ledTasks.getOrDefault(unit.id(), List.of());
            List<KeyWorkItem> items = ledItems.getOrDefault(unit.id(), List.of());
            int led = tasks.size() + items.size();
            if (led > limit) {
                String taskList = tasks.stream().map(Task::number).sorted().map(String::valueOf).collect(Collectors.joining(","));
                String itemList = items.stream()
                        .sorted(Comparator.comparingInt(KeyWorkItem::year).thenComparingInt(KeyWorkItem::number))
                        .map(KeyWorkItem::id).collect(Collectors.joining(","));
                add("LEAD_UNIT_OVERLOAD", Severity.WARNING, SubjectKind.UNIT, unit.id(),
                        evidence("tasks", taskList, "keyWorkItems", itemList, "led", led, "limit", limit), unit.name(),
                        "leads " + led + ", more than " + limit, "牵头" + led + "项，超过" + limit + "项");
            }
        }
        Set<String> owned = new HashSet<>();
        input.accountabilities().stream().map(Accountability::indicator).forEach(owned::add);
        for (Indicator i : plan.indicators()) {
            if (!owned.contains(i.id()) && plan.ownersOf(i).isEmpty()) {
                add("INDICATOR_WITHOUT_OWNER", Severity.WARNING, SubjectKind.INDICATOR, i.id(), evidence("number", i.number()),
                        i.name(), "no unit is accountable", "没有责任单位");
            }
        }
    }

    /** Overdue key work and key work without reports, from each item's last report at the reference date. */
    private void keyWork() {
        LocalDate reference = input.referenceDate();
        Map<String, KeyWorkUpdate> last = new HashMap<>();
        for (KeyWorkUpdate u : input.keyWorkUpdates()) {
            if (!u.date().isAfter(reference)) {
                last.merge(u.item(), u, (a, b) -> b.date().isAfter(a.date()) ? b : a);
            }
        }
        List<KeyWorkItem> items = input.plan().keyWork();
        int year = reference.getYear();
        long reports = input.keyWorkUpdates().stream().filter(u -> !u.date().isAfter(reference)).count();
        if (reports == 0) {
            long begun = items.stream().filter(k -> k.year() <= year).count();
            if (begun > 0) {
                add("KEY_WORK_NOT_REPORTED", Severity.WARNING, SubjectKind.PLAN, input.plan().id(),
                        evidence("items", items.size(), "itemsBegun", begun, "itemsEnded",
                                items.stream().filter(k -> k.year() < year).count(), "referenceDate", reference),
                        input.plan().title(), "no key-work report at all", "没有任何重点工作进展报告");
            }
            return;
        }
        int limit = policy.keyWorkNoUpdateDays();
        for (KeyWorkItem item : items) {
            KeyWorkUpdate report = last.get(item.id());
            boolean open = report == null || report.status() != KeyWorkStatus.DONE && report.status() != KeyWorkStatus.CANCELLED;
            Object lastStatus = report == null ? "none" : report.status();
            if (item.year() < reference.getYear() && open) {
                add("KEY_WORK_OVERDUE", Severity.CRITICAL, SubjectKind.KEY_WORK_ITEM, item.id(),
                        evidence("year", item.year(), "referenceDate", reference, "lastStatus", lastStatus, "lastReport",
                                report == null ? "none" : report.date()),
                        item.theme(), "not done after its year", "年度已过仍未完成");
            }
            LocalDate since = report == null ? LocalDate.of(item.year(), 1, 1) : report.date();
            long days = ChronoUnit.DAYS.between(since, reference);
            if (open && item.year() >= year && days > limit) {
                add("KEY_WORK_NO_UPDATE", Severity.WARNING, SubjectKind.KEY_WORK_ITEM, item.id(),
                        evidence("since", since, "days", days, "limit", limit, "referenceDate", reference, "lastStatus",
                                lastStatus),
                        item.theme(), "no report for " + days + " days", days + "天没有进展报告");
            }
        }
    }

    /** Stale data, regression and jumps: the subject's known values. */
    private void series(Observed subject) {
        int asOf = input.asOf();
        List<Value> values = new ArrayList<>();
        NavigableMap<Integer, Observation> observations = observed.get(subject.id());
        Baseline baseline = subject.baseline();
        boolean baselineAdded = baseline == null || baseline.year() > asOf || observations.containsKey(baseline.year());
        for (Observation o : observations.values()) {
            if (!baselineAdded && baseline.year() < o.year()) {
                values.add(new Value(baseline.year(), baseline.value(), true, false));
                baselineAdded = true;
            }
            values.add(new Value(o.year(), o.value(), false, o.breaksSeries()));
        }
        if (!baselineAdded) {
            values.add(new Value(baseline.year(), baseline.value(), true, false));
        }
        int k = policy.staleYears();
        Value last = values.isEmpty() ? null : values.get(values.size() - 1);
        // A subject never observed is left out: its assessments say NO_OBSERVATION.
        if (subject.trackedFrom() <= asOf - k + 1 && !observations.isEmpty() && last.year() <= asOf - k) {
            add("STALE_DATA", Severity.WARNING, subject.kind(), subject.id(),
                    evidence("lastYear", last.year(), "lastValue", last.value(), "asOf", asOf, "staleYears", k),
                    subject.name(), "the latest value is from " + last.year(), "最近的数据是" + last.year() + "年的");
        }
        Target toward = null;
        for (Target t : subject.targets().stream().sorted(Comparator.comparingInt(Target::year)).toList()) {
            if (t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.CUMULATIVE || t.kind() == TargetKind.HOLD_BAND
                    || t.kind() == TargetKind.RANK) {
                if (toward == null || toward.year() <= asOf) {
                    toward = t;
                }
            }
        }
        if (toward != null && last != null && !last.baseline() && !last.breaks() && values.size() > 1) {
            Value before = values.get(values.size() - 2);
            Goal goal = Goal.of(toward, subject.baseline(), subject.direction(), policy.defaultRelativeTolerance());
            if (goal.movesAway(before.value(), last.value())) {
                add("REGRESSION", Severity.WARNING, subject.kind(), subject.id(),
                        evidence("target", toward.id(), "previousYear", before.year(), "previousValue", before.value(),
                                "latestYear", last.year(), "latestValue", last.value()),
                        subject.name(), "moved away from target " + toward.id(), "离目标" + toward.id() + "更远了");
            }
        }
        jumps(subject, values, toward == null ? null : Goal.of(toward, subject.baseline(), subject.direction(), policy.defaultRelativeTolerance()));
    }

    /** Every step between consecutive years beyond the bound, in one finding: in points for a share, else of the scale. */
    private void jumps(Observed subject, List<Value> values, Goal toward) {
        BigDecimal bound = subject.share() ? policy.suspiciousJumpPoints() : policy.suspiciousJumpBound();
        List<String> steps = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            Value before = values.get(i - 1);
            Value after = values.get(i);
            if (after.year() != before.year() + 1 || after.breaks()) {
                continue;
            }
            BigDecimal change = after.value().subtract(before.value());
            BigDecimal shown;
            if (subject.share()) {
                if (change.abs().compareTo(bound) <= 0) {
                    continue;
                }
                shown = change;
            } else {
                BigDecimal scale = before.value().abs();
                if (toward != null && !toward.isBand()) {
                    scale = scale.max(toward.threshold().abs());
                }
                if (scale.signum() == 0 || change.abs().compareTo(bound.multiply(scale)) <= 0) {
                    continue;
                }
                shown = change.multiply(HUNDRED).divide(scale, java.math.MathContext.DECIMAL64);
            }
            BigDecimal rounded = shown.setScale(1, RoundingMode.HALF_UP);
            steps.add(before.year() + "-" + after.year());
            changes.add((rounded.signum() > 0 ? "+" : "") + rounded.toPlainString());
        }
        if (!steps.isEmpty()) {
            add("SUSPICIOUS_JUMP", Severity.WARNING, subject.kind(), subject.id(),
                    evidence("steps", String.join(",", steps), "changes", String.join(",", changes),
                            subject.share() ? "boundPoints" : "boundPercent",
                            plain(subject.share() ? bound : bound.multiply(HUNDRED))),
                    subject.name(), "changed by " + String.join(", ", changes), "变化" + String.join("、", changes));
        }
    }

    /** Targets that ask for less than earlier ones or that the baseline already meets; a missing baseline. */
    private void targets(Observed subject) {
        List<Target> levels = subject.targets().stream().filter(t -> !t.isYearly()).toList();
        Baseline baseline = subject.baseline();
        boolean firstObservationBase = false;
        for (Target later : levels) {
            Goal goal = Goal.of(later, subject.baseline(), subject.direction(), policy.defaultRelativeTolerance());
            for (Target earlier : levels) {
                Goal before = Goal.of(earlier, subject.baseline(), subject.direction(), policy.defaultRelativeTolerance());
                if (later.year() > earlier.year() && goal.asksLessThan(before)) {
                    add("TARGET_INCONSISTENT", Severity.WARNING, SubjectKind.TARGET, later.id(),
                            evidence("earlierTarget", earlier.id(), "earlierYear", earlier.year(), "earlierThreshold",
                                    before.threshold(), "laterYear", later.year(), "laterThreshold", goal.threshold()),
                            subject.name(), "the " + later.year() + " target asks for less", later.year() + "年的目标不如之前进取");
                }
            }
            if (baseline != null && !goal.isBand() && goal.isMetBy(baseline.value())) {
                add("TARGET_INCONSISTENT", Severity.WARNING, SubjectKind.TARGET, later.id(),
                        evidence("baselineYear", baseline.year(), "baselineValue", baseline.value(), "targetYear",
                                later.year(), "target", describe(goal)),
                        subject.name(), "the baseline already meets the " + later.year() + " target", "基期值已达到目标");
            }
            NavigableMap<Integer, Observation> values = observed.get(subject.id());
            // A value stated without a year is the base unless a value is observed in or before the plan's first year.
            boolean fromReference = subject.reference() != null
                    && (values.isEmpty() || values.firstKey() > subject.reference().year());
            firstObservationBase |= baseline == null && later.kind() != TargetKind.CUMULATIVE && !values.isEmpty()
                    && !fromReference;
        }
        if (firstObservationBase) {
            Observation first = observed.get(subject.id()).firstEntry().getValue();
            add("BASELINE_MISSING", Severity.INFO, subject.kind(), subject.id(),
                    evidence("firstObservationYear", first.year(), "firstObservationValue", first.value()), subject.name(),
                    "no baseline: starts from " + first.year(), "没有基期值，以" + first.year() + "年为起点");
        }
    }

    /** Off track ahead, and statuses on provisional figures: the assessments. */
    private void assessments(List<Assessment> assessments) {
        Map<String, List<Assessment>> bySubject = new LinkedHashMap<>();
        assessments.forEach(a -> bySubject.computeIfAbsent(a.subjectId(), s -> new ArrayList<>()).add(a));
        for (List<Assessment> ofSubject : bySubject.values()) {
            for (Assessment nearer : ofSubject) {
                if (nearer.status() != Status.MISSED && nearer.status() != Status.DETERIORATION) {
                    continue;
                }
                for (Assessment later : ofSubject) {
                    if (later.targetYear() > nearer.targetYear() && later.targetYear() > input.asOf()
                            && later.status() != Status.ACHIEVED) {
                        add("OFF_TRACK_AHEAD", Severity.CRITICAL, SubjectKind.TARGET, later.targetId(),
                                evidence("nearerTarget", nearer.targetId(), "nearerYear", nearer.targetYear(), "nearerStatus",
                                        nearer.status(), "laterYear", later.targetYear()),
                                LocalizedText.of(later.subjectId(), later.subjectId()),
                                "the " + nearer.targetYear() + " target is " + nearer.status(), nearer.targetYear() + "年的目标"
                                        + nearer.status().label().zh());
                    }
                }
            }
        }
        for (Assessment a : assessments) {
            seriesBreak(a);
        }
        for (Assessment a : assessments) {
            if (!a.provisional() || a.status() == Status.INSUFFICIENT_DATA) {
                continue;
            }
            TreeSet<Integer> years = new TreeSet<>();
            if (a.kind() == TargetKind.YEARLY_GROWTH || a.kind() == TargetKind.YEARLY_COUNT
                    || a.kind() == TargetKind.HOLD_BAND) {
                a.years().stream().filter(YearResult::provisional).forEach(y -> years.add(y.year()));
            } else {
                NavigableMap<Integer, Observation> values = observed.get(a.subjectId());
                if (values.get(a.latestYear()).provisional()) {
                    years.add(a.latestYear());
                }
                if (a.baseSource() == BaseSource.FIRST_OBSERVATION && values.get(a.baseYear()).provisional()) {
                    years.add(a.baseYear());
                }
            }
            String list = years.stream().map(String::valueOf).collect(Collectors.joining(","));
            add("PROVISIONAL_BASIS", Severity.INFO, SubjectKind.TARGET, a.targetId(),
                    evidence("status", a.status(), "provisionalYears", list), LocalizedText.of(a.targetId(), a.targetId()),
                    "rests on provisional figures (" + list + ")", "依据初步数据（" + list + "年）");
        }
    }

    /** A status measured across a break: R over one, or a year's growth over the year before one. */
    private void seriesBreak(Assessment a) {
        NavigableMap<Integer, Observation> values = observed.get(a.subjectId());
        List<Integer> years = new ArrayList<>();
        if (a.kind() == TargetKind.YEARLY_GROWTH) {
            for (YearResult y : a.years()) {
                Observation o = values.get(y.year());
                if (y.value() != null && o != null && o.breaksSeries()) {
                    years.add(y.year());
                }
            }
        } else if (a.ratio() != null && a.baseYear() != null && a.latestYear() != null) {
            values.subMap(a.baseYear(), false, a.latestYear(), true).values().stream()
                    .filter(Observation::breaksSeries).forEach(o -> years.add(o.year()));
        }
        if (years.isEmpty()) {
            return;
        }
        String list = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<String, String> evidence = a.kind() == TargetKind.YEARLY_GROWTH ? evidence("breakYears", list)
                : evidence("baseYear", a.baseYear(), "judgedYear", a.latestYear(), "breakYears", list);
        add("SERIES_BREAK", Severity.WARNING, SubjectKind.TARGET, a.targetId(), evidence,
                LocalizedText.of(a.targetId(), a.targetId()), "measured across a break in series in " + list,
                "跨越了" + list + "年的序列断点");
    }

    private static String describe(Goal goal) {
        String value = plain(goal.level());
        return switch (goal.comparison()) {
            case AT_LEAST -> "≥ " + value;
            case AT_MOST -> "≤ " + value;
            case BELOW -> "< " + value;
            case ABOVE -> "> " + value;
            case ABOUT -> "≈ " + value + " ± " + plain(goal.halfWidth());
        };
    }

    private void add(String code, Severity severity, SubjectKind kind, String id, Map<String, String> evidence,
                     LocalizedText name, String en, String zh) {
        findings.add(Finding.of(code, severity, kind, id, evidence,
                LocalizedText.of("“" + name.in("zh", language) + "”" + zh + "。", name.in("en", language) + ": " + en + ".")));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Evidence from name-value pairs; numbers are written plainly. */
    private static Map<String, String> evidence(Object... pairs) {
        Map<String, String> evidence = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            evidence.put((String) pairs[i], value instanceof BigDecimal d ? plain(d) : String.valueOf(value));
        }
        return evidence;
    }
}
