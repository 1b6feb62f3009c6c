package io.github.planwatch.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of evaluating a plan as of a year: one assessment per target, the findings, and the
 * summaries per indicator category, per area and for the whole plan.
 *
 * <p>{@code asOf} is the last year whose observations were taken into account; {@code referenceDate}
 * is the day against which key-work progress reports were read (by default the last day of the
 * as-of year). Immutable and thread-safe.
 *
 * @param planId  the id of the plan evaluated, not null
 * @param asOf  the as-of year
 * @param referenceDate  the day key-work reports were read against, not before the as-of year, not null
 * @param assessments  one assessment per target, in the plan's order, not null
 * @param findings  the findings, most severe first, not null
 * @param groups  the group summaries, the plan's first, not null
 */
public record Evaluation(String planId, int asOf, LocalDate referenceDate, List<Assessment> assessments,
                         List<Finding> findings, List<GroupSummary> groups) {

    /**
     * Checks the parts: target ids and groups are unique and the plan's summary is present.
     *
     * @param planId  the id of the plan evaluated, not null
     * @param asOf  the as-of year
     * @param referenceDate  the day key-work reports were read against, not before the as-of year, not null
     * @param assessments  one assessment per target, in the plan's order, not null
     * @param findings  the findings, most severe first, not null
     * @param groups  the group summaries, the plan's first, not null
     */
    public Evaluation {
        Checks.requireId(planId, "planId");
        Checks.requireYear(asOf, "asOf");
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (referenceDate.getYear() < asOf) {
            throw Checks.refusedAt("referenceDate", "evaluation.referenceDate", referenceDate, asOf);
        }
        assessments = Checks.copyList(assessments, "assessments");
        findings = Checks.copyList(findings, "findings");
        groups = Checks.copyList(groups, "groups");
        List<Problem> broken = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (int i = 0; i < assessments.size(); i++) {
            if (!targets.add(assessments.get(i).targetId())) {
                broken.add(Problem.at("assessments[" + i + "].targetId",
                        Message.ofModel("evaluation.assessedTwice", assessments.get(i).targetId())));
            }
        }
        Set<String> groupKeys = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupSummary g = groups.get(i);
            if (!groupKeys.add(g.kind() + "/" + g.id())) {
                broken.add(Problem.at("groups[" + i + "].id", Message.ofModel("evaluation.summarisedTwice", g.kind(), g.id())));
            }
        }
        if (groups.stream().noneMatch(g -> g.kind() == GroupKind.PLAN && g.id().equals(planId))) {
            broken.add(Problem.at("groups", Message.ofModel("evaluation.planSummaryMissing", planId)));
        }
        if (!broken.isEmpty()) {
            // Every problem at once: a document edited by hand may break several of these rules.
            throw new BrokenRuleException(broken.stream().map(Problem::message).collect(Collectors.joining("; ")), broken);
        }
    }

    /**
     * Finds the assessment of a target.
     *
     * @param targetId  the target's id, not null
     * @return the assessment, or empty if the plan has no such target
     */
    public Optional<Assessment> assessment(String targetId) {
        Objects.requireNonNull(targetId, "targetId");
        return assessments.stream().filter(a -> a.targetId().equals(targetId)).findFirst();
    }

    /**
     * Returns the assessments of the targets of what one subject measures: an indicator's targets,
     * or the single target stated in a task or key-work item.
     *
     * @param subjectId  the indicator's or target's id, not null
     * @return the assessments, in order, not null
     */
    public List<Assessment> assessmentsOf(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return assessments.stream().filter(a -> a.subjectId().equals(subjectId)).toList();
    }

    /**
     * Returns the findings with a code.
     *
     * @param code  the code, such as {@code STALE_DATA}, not null
     * @return the findings, in order, not null
     */
    public List<Finding> findings(String code) {
        Objects.requireNonNull(code, "code");
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * Returns the findings about one thing.
     *
     * @param kind  the kind of thing, not null
     * @param id  its id, not null
     * @return the findings, in order, not null
     */
    public List<Finding> findingsAbout(SubjectKind kind, String id) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        return findings.stream().filter(f -> f.isAbout(kind, id)).toList();
    }

    /**
     * Finds the summary of a group.
     *
     * @param kind  the kind of group, not null
     * @param id  the group's id, not null
     * @return the summary, or empty
     */
    public Optional<GroupSummary> group(GroupKind kind, String id) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        return groups.stream().filter(g -> g.kind() == kind && g.id().equals(id)).findFirst();
    }

    /**
     * Returns the summaries of one kind of group, in order.
     *
     * @param kind  the kind of group, not null
     * @return the summaries, not null
     */
    public List<GroupSummary> groups(GroupKind kind) {
        Objects.requireNonNull(kind, "kind");
        return groups.stream().filter(g -> g.kind() == kind).toList();
    }

    /**
     * Returns the summary of the whole plan.
     *
     * @return the plan's summary, not null
     */
    public GroupSummary planSummary() {
        return group(GroupKind.PLAN, planId).orElseThrow();
    }
}
