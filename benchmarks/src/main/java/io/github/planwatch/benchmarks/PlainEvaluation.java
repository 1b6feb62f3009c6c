package io.github.planwatch.benchmarks;

import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.GroupSummary;

/**
 * What the {@link PlainEvaluator} gives: the assessments and group summaries of an evaluation,
 * without findings. Immutable and thread-safe.
 *
 * @param planId  the id of the plan evaluated, not null
 * @param asOf  the as-of year
 * @param assessments  one assessment per target, in the plan's order, not null
 * @param groups  the group summaries: the plan's, then each category's and each area's, not null
 */
public record PlainEvaluation(String planId, int asOf, List<Assessment> assessments, List<GroupSummary> groups) {

    /** Checks the parts and copies the lists. */
    public PlainEvaluation {
        Objects.requireNonNull(planId, "planId");
        assessments = List.copyOf(assessments);
        groups = List.copyOf(groups);
    }
}
