package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Unit;
import io.github.planwatch.rules.Preparation.Owned;

/**
 * What the evaluations of one plan share, worked out once per plan: everything that depends on the
 * plan and the evaluator (its policy, and whether it runs rules of one's own) and on no input. A plan
 * is immutable, so that an evaluator keeps the frame of the plan it last evaluated and finds it again
 * by the plan's identity. It measures nothing and decides nothing: it only sorts the plan's parts
 * for {@link Preparation} and {@link InputCheck}.
 *
 * @param plan  the plan, compared by identity
 * @param partFacts  the plan's indicators, tasks and key-work items, facts of every session, in that order
 * @param ownerFacts  the owners the plan states for its indicators ({@link #statedOwners}), then what each
 *        unit that leads anything leads ({@link Leads}), facts of every session, in that order
 * @param bands  the bands of R of the policy
 * @param subjects  every observed subject (an indicator, or a target stated in a task or key-work item
 *        that is not a milestone) that has a target, in the order of its first target
 * @param subjectIndex  the index in {@code subjects} of each subject's id
 * @param measured  every target that is not a milestone, in the plan's order, each with the index of its subject
 * @param milestones  every MILESTONE target, in the plan's order
 * @param targetOrder  the ids of all targets in the order of the evaluation's assessments
 * @param groups  the groups to summarise
 * @param joints  the joint targets, without their members' assessments
 * @param units  the unit of each observable subject's id (indicators, and targets that are not milestones)
 * @param milestoneIds  the ids of the MILESTONE targets
 * @param reportable  what a progress report may name: the key-work items' ids and the milestones'
 * @param indicatorIds  the ids of the indicators
 * @param organisationIds  the ids of the units the plan names
 */
record PlanFrame(ActionPlan plan, List<Object> partFacts, List<Object> ownerFacts, List<RatioBand> bands,
                 List<SubjectFrame> subjects, Map<String, Integer> subjectIndex, List<Measured> measured,
                 List<Owned> milestones, List<String> targetOrder, List<GroupFrame> groups, List<JointFrame> joints,
                 Map<String, Unit> units, Set<String> milestoneIds, Set<String> reportable, Set<String> indicatorIds,
                 Set<String> organisationIds) {

    /**
     * One observed subject as the plan describes it, with the targets that its values may move toward
     * (its LEVEL, CUMULATIVE, HOLD_BAND and RANK targets), by year, in the plan's order within a year.
     */
    record SubjectFrame(Subject described, List<Owned> goals) {

        /** The target the values should move toward at an as-of year: the first still ahead, or the last; null for none. */
        Owned goal(int asOf) {
            Owned goal = null;
            for (Owned o : goals) {
                goal = o;
                if (o.target().year() > asOf) {
                    break;
                }
            }
            return goal;
        }
    }

    /** A target that is measured on its subject's values, and the index of that subject. */
    record Measured(Owned owned, int subject) {
    }

    /**
     * Works out the frame of a plan.
     *
     * @param plan  the plan
     * @param policy  the policy of the evaluator
     * @param forRulesOfOnesOwn  whether the facts that only rules of one's own match are wanted too
     */
    static PlanFrame of(ActionPlan plan, EvaluationPolicy policy, boolean forRulesOfOnesOwn) {
        List<Object> partFacts = new ArrayList<>(plan.indicators().size() + plan.tasks().size() + plan.keyWork().size());
        partFacts.addAll(plan.indicators());
        partFacts.addAll(plan.tasks());
        partFacts.addAll(plan.keyWork());
        List<Object> ownerFacts = new ArrayList<>(statedOwners(plan, forRulesOfOnesOwn));
        ownerFacts.addAll(leads(plan, policy));

        BigDecimal tolerance = policy.defaultRelativeTolerance();
        List<Owned> all = owned(plan, tolerance);
        Map<String, Integer> subjectIndex = new HashMap<>();
        List<Subject> described = new ArrayList<>();
        List<List<Owned>> goals = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        List<Owned> milestones = new ArrayList<>();
        for (Owned o : all) {
            if (o.target().isMilestone()) {
                // A milestone is reported on, not observed: it has no subject and no series, only its reports.
                milestones.add(o);
                continue;
            }
            Integer index = subjectIndex.get(o.subject().id());
            if (index == null) {
                index = described.size();
                subjectIndex.put(o.subject().id(), index);
                described.add(o.subject());
                goals.add(new ArrayList<>());
            }
            TargetKind kind = o.target().kind();
            if (kind == TargetKind.LEVEL || kind == TargetKind.CUMULATIVE || kind == TargetKind.HOLD_BAND
                    || kind == TargetKind.RANK) {
                goals.get(index).add(o);
            }
            measured.add(new Measured(o, index));
        }
        List<SubjectFrame> subjects = new ArrayList<>(described.size());
        for (int i = 0; i < described.size(); i++) {
            List<Owned> byYear = new ArrayList<>(goals.get(i));
            byYear.sort(Comparator.comparingInt(o -> o.target().year()));
            subjects.add(new SubjectFrame(described.get(i), List.copyOf(byYear)));
        }

        Set<String> members = memberIds(plan);
        List<String> order = new ArrayList<>(all.size());
        List<Owned> notMembers = new ArrayList<>(all.size());
        for (Owned o : all) {
            if (!members.contains(o.target().id())) {
                order.add(o.target().id());
                notMembers.add(o);
            }
        }
        plan.jointTargets().forEach(j -> order.add(j.id()));
        List<JointFrame> joints = new ArrayList<>(plan.jointTargets().size());
        plan.jointTargets().forEach(j -> joints.add(new JointFrame(j.id(), plan.id(), j.combine(),
                j.indicators().stream().map(j::memberId).toList(), List.of())));

        Map<String, Unit> units = new HashMap<>();
        Set<String> milestoneIds = new HashSet<>();
        plan.indicators().forEach(i -> units.put(i.id(), i.unit()));
        plan.tasks().forEach(t -> t.targets().forEach(q -> unitOrMilestone(q, units, milestoneIds)));
        plan.keyWork().forEach(k -> k.targets().forEach(q -> unitOrMilestone(q, units, milestoneIds)));
        Set<String> reportable = new HashSet<>(milestoneIds);
        plan.keyWork().forEach(k -> reportable.add(k.id()));
        Set<String> indicatorIds = new HashSet<>();
        plan.indicators().forEach(i -> indicatorIds.add(i.id()));
        Set<String> organisationIds = new HashSet<>();
        plan.organisations().forEach(o -> organisationIds.add(o.id()));

        // The maps and sets are this method's own and seen through read-only views, not copied: a
        // copy would hash every id of the plan once more.
        return new PlanFrame(plan, List.copyOf(partFacts), List.copyOf(ownerFacts), RatioBand.of(policy),
                List.copyOf(subjects), Collections.unmodifiableMap(subjectIndex), List.copyOf(measured), List.copyOf(milestones),
                List.copyOf(order), groups(plan, notMembers), List.copyOf(joints), Collections.unmodifiableMap(units),
                Collections.unmodifiableSet(milestoneIds), Collections.unmodifiableSet(reportable), Collections.unmodifiableSet(indicatorIds),
                Collections.unmodifiableSet(organisationIds));
    }

    /** Notes a target stated in a task or key-work item: a milestone's id, or the unit of what is observed. */
    private static void unitOrMilestone(QuantifiedTarget q, Map<String, Unit> units, Set<String> milestoneIds) {
        if (q.target().isMilestone()) {
            milestoneIds.add(q.id()); // reported on as key work is, never observed
        } else {
            units.put(q.id(), q.unit());
        }
    }

    /** The ids of the members of the plan's joint targets: each the joint target on one of its indicators. */
    private static Set<String> memberIds(ActionPlan plan) {
        Set<String> ids = new HashSet<>();
        plan.jointTargets().forEach(j -> j.indicators().forEach(i -> ids.add(j.memberId(i))));
        return ids;
    }

    /**
     * The owners the plan itself states for its indicators ({@link ActionPlan#ownersOf}), as
     * accountabilities beside those given apart from the plan, so that a rule asking who answers for an
     * indicator hears of both. The built-in rule asks only whether anyone does, so without rules of
     * one's own an indicator's first owner is enough.
     */
    static List<Accountability> statedOwners(ActionPlan plan, boolean every) {
        List<Accountability> owners = new ArrayList<>();
        plan.owners().forEach((indicatorId, units) -> (every || units.size() < 2 ? units : units.subList(0, 1))
                .forEach(unit -> owners.add(Accountability.of(indicatorId, unit))));
        return owners;
    }

    /**
     * Every target of the plan with its subject as the plan describes it and its yardstick, in the
     * plan's order; the members of joint targets, each the target on one indicator, follow that
     * indicator's own targets, as if the plan stated them there.
     */
    private static List<Owned> owned(ActionPlan plan, BigDecimal tolerance) {
        List<Owned> owned = new ArrayList<>();
        Map<String, List<Target>> members = new HashMap<>();
        plan.jointTargets().forEach(j -> j.indicators().forEach(i ->
                members.computeIfAbsent(i, x -> new ArrayList<>()).add(j.memberOn(i))));
        for (Indicator i : plan.indicators()) {
            Subject subject = Subject.described(i.id(), SubjectKind.INDICATOR, SubjectKind.INDICATOR, i.id(), i.name(),
                    i.baseline(), i.unit(), plan.period().first());
            Baseline reference = reference(i.referenceValue(), plan);
            i.targets().forEach(t -> owned.add(new Owned(subject, t, i.direction(), i.method(), reference,
                    yardstick(t, subject, i.direction(), tolerance))));
            members.getOrDefault(i.id(), List.of()).forEach(t -> owned.add(new Owned(subject, t, i.direction(),
                    i.method(), reference, yardstick(t, subject, i.direction(), tolerance))));
        }
        for (Task task : plan.tasks()) {
            String number = Integer.toString(task.number());
            task.targets().forEach(q -> owned.add(owned(q, SubjectKind.TASK, number, plan, tolerance)));
        }
        for (KeyWorkItem item : plan.keyWork()) {
            String id = item.id();
            item.targets().forEach(q -> owned.add(owned(q, SubjectKind.KEY_WORK_ITEM, id, plan, tolerance)));
        }
        return owned;
    }

    /** A value stated without a year, taken as the value in the plan's first year; null for none. */
    private static Baseline reference(BigDecimal value, ActionPlan plan) {
        return value == null ? null : Baseline.of(plan.period().first(), value);
    }

    private static Owned owned(QuantifiedTarget q, SubjectKind ownerKind, String ownerId, ActionPlan plan,
                               BigDecimal tolerance) {
        LocalizedText name = q.measure();
        Subject subject = Subject.described(q.id(), SubjectKind.TARGET, ownerKind, ownerId, name, q.baseline(), q.unit(),
                q.target().years().first());
        Target target = q.target();
        return new Owned(subject, target, q.direction(), q.method(), reference(q.referenceValue(), plan),
                yardstick(target, subject, q.direction(), tolerance));
    }

    /** How a target's values are held against it; null for a milestone, which is reported on, not measured. */
    private static Yardstick yardstick(Target target, Subject subject, Direction direction, BigDecimal tolerance) {
        return target.isMilestone() ? null : Yardstick.of(target, subject.baseline(), direction, tolerance);
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
        return List.copyOf(groups);
    }
}
