package io.github.planwatch.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearResult;
import io.github.planwatch.rules.EvaluationPolicy;
import io.github.planwatch.report.Terms;

/**
 * An evaluation together with what it was made from, and the lookups that every output format
 * needs: the target behind an assessment, the name of a finding's subject, the observations of an
 * indicator, and who leads and shares each task and key-work item. Immutable once built.
 */
final class Results {

    /** A target with what it measures and whose it is. */
    record TargetInfo(Target target, Unit unit, LocalizedText measure, SubjectKind ownerKind, String ownerId) {
    }

    /**
     * A task or key-work item that a unit leads or shares, with how it stands.
     *
     * @param kind  TASK or KEY_WORK_ITEM
     * @param id  the task's number as text, or the item's id
     * @param title  its title or theme
     * @param lead  whether the unit leads it
     * @param assessments  the assessments of its targets
     * @param findings  the findings about it and its targets
     * @param lastReport  the last progress report on a key-work item, or null
     */
    record Duty(SubjectKind kind, String id, LocalizedText title, boolean lead, List<Assessment> assessments,
                List<Finding> findings, KeyWorkUpdate lastReport) {

        /** The worst status of its targets, or empty where it has none. */
        Optional<Status> worst() {
            return assessments.stream().map(Assessment::status).min(Comparator.comparingInt(Status::rank));
        }
    }

    /**
     * A unit with everything it leads or shares, and the findings about the unit itself.
     *
     * @param organisation  the unit
     * @param duties  its tasks first, then its key-work items, in the plan's order
     * @param findings  the findings about the unit itself (such as too much to lead)
     */
    record UnitDuties(Organisation organisation, List<Duty> duties, List<Finding> findings) {

        long leads() {
            return duties.stream().filter(Duty::lead).count();
        }

        long shares() {
            return duties.stream().filter(d -> !d.lead()).count();
        }

        /** The findings about the unit and its duties, counted by severity. */
        List<Finding> allFindings() {
            List<Finding> all = new ArrayList<>(findings);
            duties.forEach(d -> all.addAll(d.findings()));
            return all;
        }
    }

    private final ActionPlan plan;
    private final Evaluation evaluation;
    private final List<Observation> observations;
    private final List<KeyWorkUpdate> updates;
    private final String observationSource;
    private final String updateSource;
    private final EvaluationPolicy policy;
    private final PlanLookup lookup;
    private final Map<String, TargetInfo> targets = new LinkedHashMap<>();
    private final Map<String, List<Observation>> bySubject = new HashMap<>();
    /** Every id of the plan by its place in the plan: the plan's order is the one its readers know. */
    private final Map<String, Integer> places = new HashMap<>();
    /** Where the as-of year came from, or null where nobody said. */
    private LocalizedText asOfSource;
    /** Who answers for which indicator beside the plan's own statements, as an accountabilities file said. */
    private List<Accountability> accountabilities = List.of();

    Results(ActionPlan plan, Evaluation evaluation, List<Observation> observations, List<KeyWorkUpdate> updates,
            String observationSource, String updateSource, EvaluationPolicy policy) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.observations = List.copyOf(observations);
        this.updates = List.copyOf(updates);
        this.observationSource = observationSource;
        this.updateSource = updateSource;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.lookup = new PlanLookup(plan);
        for (Indicator i : plan.indicators()) {
            for (Target t : i.targets()) {
                targets.put(t.id(), new TargetInfo(t, i.unit(), i.name(), SubjectKind.INDICATOR, i.id()));
            }
        }
        for (Task task : plan.tasks()) {
            for (QuantifiedTarget q : task.targets()) {
                targets.put(q.id(), new TargetInfo(q.target(), q.unit(), q.measure(), SubjectKind.TASK,
                        Integer.toString(task.number())));
            }
        }
        for (KeyWorkItem item : plan.keyWork()) {
            for (QuantifiedTarget q : item.targets()) {
                targets.put(q.id(), new TargetInfo(q.target(), q.unit(), q.measure(), SubjectKind.KEY_WORK_ITEM, item.id()));
            }
        }
        // A joint target reads as what its indicators measure, and each member as the target on its indicator.
        for (JointTarget joint : plan.jointTargets()) {
            List<Indicator> over = joint.indicators().stream().map(id -> lookup.indicator(id).orElseThrow()).toList();
            LocalizedText names = LocalizedText.of(
                    over.stream().map(i -> plan.text(i.name(), "zh")).collect(Collectors.joining("、")),
                    over.stream().map(i -> plan.text(i.name(), "en")).collect(Collectors.joining(", ")));
            targets.put(joint.id(), new TargetInfo(joint.target(), over.get(0).unit(), names, SubjectKind.PLAN, plan.id()));
            for (Indicator i : over) {
                targets.put(joint.memberId(i.id()), new TargetInfo(joint.memberOn(i.id()), i.unit(), i.name(),
                        SubjectKind.INDICATOR, i.id()));
            }
        }
        plan.indicators().forEach(i -> places.putIfAbsent(i.id(), places.size()));
        targets.keySet().forEach(id -> places.putIfAbsent(id, places.size()));
        plan.tasks().forEach(t -> places.putIfAbsent(Integer.toString(t.number()), places.size()));
        plan.keyWork().forEach(k -> places.putIfAbsent(k.id(), places.size()));
        plan.organisations().forEach(o -> places.putIfAbsent(o.id(), places.size()));
        for (Observation o : this.observations) {
            bySubject.computeIfAbsent(o.subject(), k -> new ArrayList<>()).add(o);
        }
        bySubject.values().forEach(list -> list.sort(Comparator.comparingInt(Observation::year)));
    }

    /**
     * Orders ids as the plan lists them: indicators, targets, tasks, key-work items, units; an id the
     * plan does not know comes last, in the order of its text.
     */
    Comparator<String> inPlanOrder() {
        return Comparator.<String>comparingInt(id -> places.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * Says where the as-of year came from, for the output to say so.
     *
     * @param source  given, or how the default was chosen, not null
     * @return these results
     */
    Results withAsOfSource(LocalizedText source) {
        this.asOfSource = Objects.requireNonNull(source, "source");
        return this;
    }

    /** Where the as-of year came from, or null where nobody said. */
    LocalizedText asOfSource() {
        return asOfSource;
    }

    /**
     * Keeps the accountabilities the evaluation was given, for the report to name owners by.
     *
     * @param given  which unit answers for which indicator, not null
     * @return these results
     */
    Results withAccountabilities(List<Accountability> given) {
        this.accountabilities = List.copyOf(given);
        return this;
    }

    /** Who answers for which indicator beside the plan, as given; empty where no file was given. */
    List<Accountability> accountabilities() {
        return accountabilities;
    }

    ActionPlan plan() {
        return plan;
    }

    /** The plan's parts by id. */
    PlanLookup lookup() {
        return lookup;
    }

    Evaluation evaluation() {
        return evaluation;
    }

    List<Observation> observations() {
        return observations;
    }

    List<KeyWorkUpdate> updates() {
        return updates;
    }

    /** The policy the evaluation judged by. */
    EvaluationPolicy policy() {
        return policy;
    }

    /** The name of the observations' file, or of the bundled resource. */
    String observationSource() {
        return observationSource;
    }

    /** The name of the key-work reports' file, or null where none was given. */
    String updateSource() {
        return updateSource;
    }

    /** The observations of an indicator or target, in year order. */
    List<Observation> observationsOf(String subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    /** The observation of a subject in a year, if any. */
    Optional<Observation> observation(String subject, int year) {
        return observationsOf(subject).stream().filter(o -> o.year() == year).findFirst();
    }

    /** The target that an assessment judges, with what it measures. */
    TargetInfo target(String targetId) {
        TargetInfo info = targets.get(targetId);
        if (info == null) {
            throw new IllegalStateException("the evaluation assesses target " + targetId + ", which the plan does not have");
        }
        return info;
    }

    /** The assessments of the targets stated in tasks and key-work items, in the plan's order. */
    List<Assessment> workAssessments() {
        return evaluation.assessments().stream()
                .filter(a -> a.ownerKind() != SubjectKind.INDICATOR && a.ownerKind() != SubjectKind.PLAN).toList();
    }

    /** The assessments of the joint targets, each over several indicators, in the plan's order. */
    List<Assessment> jointAssessments() {
        return evaluation.assessments().stream().filter(Assessment::isJoint).toList();
    }

    // ------------------------------------------------------------------ texts

    /** A number as written, without exponent. */
    static String number(BigDecimal value) {
        return value.toPlainString();
    }

    /** A score or ratio with two decimals, or a dash where there is none. */
    static String decimal(Double value) {
        if (value == null) {
            return "–";
        }
        double v = value;
        double quarters = v * 4; // exact: a power of two
        if (v != 0 && Math.abs(quarters) < 1e15 && quarters == Math.rint(quarters)) {
            // A whole number of quarters (most scores: 5, -2.5) has two decimals exactly, which the
            // format would write too; written here without a Formatter, which a large plan's output
            // made thousands of times.
            long q = (long) quarters;
            long whole = Math.abs(q) / 4;
            String fraction = switch ((int) (Math.abs(q) % 4)) {
                case 0 -> ".00";
                case 1 -> ".25";
                case 2 -> ".50";
                default -> ".75";
            };
            return (q < 0 ? "-" : "") + whole + fraction;
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * Describes a target in a few characters: the plan's own words in Chinese where it has them,
     * otherwise a sign and a value, such as {@code ≥ 6800} or {@code ≥ 10%/yr}.
     */
    static String describe(Target target, Terms w) {
        return describe(target, w, Integer.MAX_VALUE);
    }

    /**
     * Describes a target as {@link #describe(Target, Terms)} does, using the plan's own words only
     * where they take at most a number of columns.
     */
    static String describe(Target target, Terms w, int maxWordingWidth) {
        boolean fits = target.wording() != null && DisplayWidth.of(target.wording()) <= maxWordingWidth;
        return Printable.escape(w.describe(target, fits));
    }

    /** The years a target covers, such as {@code 2022} or {@code 2020-2022}. */
    static String years(Target target) {
        return target.years().toString();
    }

    /**
     * What an assessment was judged on: the value and its year (a star marks a provisional figure),
     * or for a yearly target how many due years were met.
     */
    String judged(Assessment a, Terms w) {
        if (!a.years().isEmpty()) {
            long met = a.yearsWith(Status.ACHIEVED);
            long missed = a.yearsWith(Status.MISSED);
            return w.yearsMet(met, missed, a.years().size());
        }
        if (a.latestValue() == null) {
            return "–";
        }
        boolean provisional = observation(a.subjectId(), a.latestYear()).map(Observation::provisional).orElse(false);
        return number(a.latestValue()) + " (" + a.latestYear() + ")" + (provisional ? "*" : "");
    }

    /** The status of an assessment as a label, with the reason where there is no judgement. */
    static String statusText(Assessment a, Terms w) {
        return a.reason() == null ? w.status(a.status()) : w.status(a.status()) + " (" + w.reason(a.reason()) + ")";
    }

    /** The name of what an assessment's target belongs to: an indicator, a task or a key-work item. */
    String ownerName(Assessment a, Terms w) {
        return switch (a.ownerKind()) {
            case INDICATOR -> lookup.indicator(a.ownerId()).map(i -> Printable.of(w, i.name())).orElse(a.ownerId());
            case TASK -> taskName(a.ownerId(), w);
            case KEY_WORK_ITEM -> itemName(a.ownerId(), w);
            default -> a.ownerId();
        };
    }

    /** A task as {@code Task 5: title}. */
    String taskName(String number, Terms w) {
        Optional<Task> task = lookup.task(Integer.parseInt(number));
        String title = task.map(t -> Printable.of(w, t.title())).orElse("");
        return w.zh() ? "任务" + number + "：" + title : "Task " + number + ": " + title;
    }

    /** A key-work item as {@code Key work 2020-9: theme}. */
    String itemName(String itemId, Terms w) {
        Optional<KeyWorkItem> item = lookup.keyWorkItem(itemId);
        String label = item.map(k -> k.year() + "-" + k.number()).orElse(itemId);
        String theme = item.map(k -> Printable.of(w, k.theme())).orElse("");
        return w.zh() ? "重点工作" + label + "：" + theme : "Key work " + label + ": " + theme;
    }

    /** The name of a unit. */
    String unitName(String organisationId, Terms w) {
        return lookup.organisation(organisationId).map(o -> Printable.of(w, o.name())).orElse(organisationId);
    }

    /** The name of what a finding is about. */
    String subjectName(Finding f, Terms w) {
        return switch (f.subjectKind()) {
            case PLAN -> Printable.of(w, plan.title());
            case INDICATOR -> lookup.indicator(f.subjectId()).map(i -> Printable.of(w, i.name())).orElse(f.subjectId());
            case TARGET -> {
                TargetInfo info = targets.get(f.subjectId());
                yield info == null ? f.subjectId() : Printable.of(w, info.measure()) + " " + info.target().year();
            }
            case TASK -> taskName(f.subjectId(), w);
            case KEY_WORK_ITEM -> itemName(f.subjectId(), w);
            case UNIT -> unitName(f.subjectId(), w);
        };
    }

    /** The unit as written in the language. */
    static String unit(Unit unit, Terms w) {
        return w.of(unit.name());
    }

    /** The results of the due years of a yearly assessment, such as {@code 2020 ✓, 2021 ✗}. */
    static String yearMarks(List<YearResult> years) {
        List<String> marks = new ArrayList<>();
        for (YearResult y : years) {
            marks.add(y.year() + " " + switch (y.status()) {
                case ACHIEVED -> "✓";
                case MISSED -> "✗";
                default -> "?";
            });
        }
        return String.join(", ", marks);
    }

    // ------------------------------------------------------------------ accountability

    /**
     * Returns every unit that leads or shares a task or key-work item, in the plan's order of
     * organisations, with its duties.
     */
    List<UnitDuties> accountability() {
        List<UnitDuties> units = new ArrayList<>();
        for (Organisation org : plan.organisations()) {
            List<Duty> duties = new ArrayList<>();
            for (Task task : plan.tasks()) {
                boolean lead = task.leadUnits().contains(org.id());
                if (lead || task.responsibleUnits().contains(org.id())) {
                    String id = Integer.toString(task.number());
                    duties.add(new Duty(SubjectKind.TASK, id, task.title(), lead, assessmentsOwnedBy(SubjectKind.TASK, id),
                            findingsAbout(SubjectKind.TASK, id, task.targets()), null));
                }
            }
            for (KeyWorkItem item : plan.keyWork()) {
                boolean lead = item.leadUnits().contains(org.id());
                if (lead || item.responsibleUnits().contains(org.id())) {
                    duties.add(new Duty(SubjectKind.KEY_WORK_ITEM, item.id(), item.theme(), lead,
                            assessmentsOwnedBy(SubjectKind.KEY_WORK_ITEM, item.id()),
                            findingsAbout(SubjectKind.KEY_WORK_ITEM, item.id(), item.targets()), lastReport(item.id())));
                }
            }
            List<Finding> own = evaluation.findingsAbout(SubjectKind.UNIT, org.id());
            if (!duties.isEmpty() || !own.isEmpty()) {
                units.add(new UnitDuties(org, duties, own));
            }
        }
        return units;
    }

    private List<Assessment> assessmentsOwnedBy(SubjectKind kind, String id) {
        return evaluation.assessments().stream().filter(a -> a.ownerKind() == kind && a.ownerId().equals(id)).toList();
    }

    private List<Finding> findingsAbout(SubjectKind kind, String id, List<QuantifiedTarget> stated) {
        List<Finding> found = new ArrayList<>(evaluation.findingsAbout(kind, id));
        for (QuantifiedTarget q : stated) {
            found.addAll(evaluation.findingsAbout(SubjectKind.TARGET, q.id()));
        }
        return found;
    }

    /** The last progress report on a key-work item, or null. */
    KeyWorkUpdate lastReport(String itemId) {
        return updates.stream().filter(u -> u.item().equals(itemId))
                .filter(u -> !u.date().isAfter(evaluation.referenceDate()))
                .max(Comparator.comparing(KeyWorkUpdate::date)).orElse(null);
    }

    /** The findings about an indicator and its targets, most severe first. */
    List<Finding> findingsOfIndicator(Indicator indicator) {
        List<Finding> found = new ArrayList<>(evaluation.findingsAbout(SubjectKind.INDICATOR, indicator.id()));
        for (Target t : indicator.targets()) {
            found.addAll(evaluation.findingsAbout(SubjectKind.TARGET, t.id()));
        }
        found.sort(Comparator.comparing(Finding::severity, Comparator.reverseOrder()));
        return found;
    }
}
