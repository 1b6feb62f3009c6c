package io.github.planwatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetBasis;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.FindingCodes;
import io.github.planwatch.rules.PlanEvaluator;

/** Synthetic plans are deterministic, have the size asked for, and exercise every target kind, status and most findings. */
class SyntheticPlansTest {

    private static final EvaluationInput LARGE = SyntheticPlans.input(42, 200, 6);

    private static List<Target> targets(EvaluationInput input) {
        return java.util.stream.Stream.concat(input.plan().indicators().stream().flatMap(i -> i.targets().stream()),
                input.plan().quantifiedTargets().stream().map(q -> q.target())).toList();
    }

    @Test
    void input_isTheSameForTheSameSeed_andDiffersForAnother() {
        assertThat(SyntheticPlans.input(7, 30, 4)).isEqualTo(SyntheticPlans.input(7, 30, 4));
        assertThat(SyntheticPlans.input(7, 30, 4).observations()).isNotEqualTo(SyntheticPlans.input(8, 30, 4).observations());
    }

    @Test
    void input_hasTwoTargetsPerIndicator_andObservationsOfTheYearsAskedFor() {
        for (int indicators : new int[] {1, 7, 20, 33}) {
            EvaluationInput input = SyntheticPlans.input(indicators, indicators, 6);
            assertThat(input.plan().indicators()).hasSize(indicators);
            assertThat(targets(input)).hasSize(SyntheticPlans.TARGETS_PER_INDICATOR * indicators
                    + SyntheticPlans.MILESTONES_PER_BLOCK * ((indicators + 9) / 10));
            assertThat(input.asOf()).isEqualTo(SyntheticPlans.BASE_YEAR + 6);
            assertThat(input.observations()).allSatisfy(o -> assertThat(o.year()).isBetween(SyntheticPlans.BASE_YEAR + 1,
                    SyntheticPlans.BASE_YEAR + 6));
        }
    }

    @Test
    void inputs_areDistinctPlans_generatedOnlyAsTheyAreRead() {
        List<EvaluationInput> inputs = SyntheticPlans.inputs(1, 5, 10, 3).toList();
        assertThat(inputs).extracting(i -> i.plan().id()).doesNotHaveDuplicates().hasSize(5);
        assertThat(SyntheticPlans.inputs(1, 5, 10, 3).skip(3).findFirst().orElseThrow()).isEqualTo(inputs.get(3));
        assertThat(SyntheticPlans.inputs(1, Long.MAX_VALUE, 10, 3).limit(2).count()).isEqualTo(2);
    }

    @Test
    void input_statesEveryKindOfTarget_comparisonBasisAndMethod() {
        List<Target> targets = targets(LARGE);
        assertThat(targets.stream().map(Target::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(TargetKind.values());
        assertThat(targets.stream().filter(t -> t.kind() == TargetKind.LEVEL).map(Target::comparison).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Comparison.values());
        assertThat(targets.stream().filter(t -> t.kind() == TargetKind.LEVEL).map(Target::basis).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TargetBasis.values());
        assertThat(LARGE.plan().indicators().stream().map(i -> i.method()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ProgressMethod.values());
    }

    /** The agreement of the plain evaluator with the rules covers joint targets only if the plans state some. */
    @Test
    void input_statesJointTargetsOfBothCombinations_assessedWithTheirMembers() {
        EvaluationInput input = SyntheticPlans.input(7, 20, 5);

        assertThat(input.plan().jointTargets()).extracting(JointTarget::combine)
                .containsExactly(Combination.ALL_OF, Combination.ANY_OF, Combination.ANY_OF, Combination.ALL_OF);
        assertThat(input.plan().jointTargets()).extracting(j -> j.target().kind())
                .containsExactly(TargetKind.LEVEL, TargetKind.YEARLY_GROWTH, TargetKind.LEVEL, TargetKind.YEARLY_GROWTH);
        Evaluation evaluation = PlanEvaluator.create().evaluate(input);
        assertThat(input.plan().jointTargets()).allSatisfy(j -> assertThat(evaluation.assessment(j.id()).orElseThrow()
                .members()).hasSize(2));
    }

    @Test
    void evaluation_reachesEveryStatus_reasonAndBase_andMostFindings() {
        Evaluation evaluation = PlanEvaluator.create().evaluate(LARGE);
        List<Assessment> assessments = evaluation.assessments();
        assertThat(assessments.stream().map(Assessment::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Status.values());
        Set<InsufficientDataReason> reasons = EnumSet.noneOf(InsufficientDataReason.class);
        assessments.stream().filter(a -> a.reason() != null).forEach(a -> reasons.add(a.reason()));
        // NOT_YET_DUE needs a yearly target whose span starts after the as-of year; see the as-of property.
        assertThat(reasons).containsExactlyInAnyOrder(InsufficientDataReason.NO_OBSERVATION,
                InsufficientDataReason.TARGET_YEAR_NOT_REPORTED, InsufficientDataReason.DUE_YEAR_NOT_REPORTED,
                InsufficientDataReason.SINGLE_DATA_POINT, InsufficientDataReason.MIXED_SIGNS,
                InsufficientDataReason.NOT_REPORTED);
        assertThat(assessments.stream().map(Assessment::baseSource).filter(s -> s != null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(BaseSource.values());
        Set<String> codes = evaluation.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).containsExactlyInAnyOrder(FindingCodes.TASK_WITHOUT_LEAD_UNIT, FindingCodes.LEAD_UNIT_OVERLOAD,
                FindingCodes.INDICATOR_WITHOUT_OWNER, FindingCodes.BASELINE_MISSING, FindingCodes.STALE_DATA,
                FindingCodes.REGRESSION, FindingCodes.TARGET_INCONSISTENT, FindingCodes.OFF_TRACK_AHEAD,
                FindingCodes.KEY_WORK_OVERDUE, FindingCodes.KEY_WORK_NO_UPDATE, FindingCodes.PROVISIONAL_BASIS,
                FindingCodes.SUSPICIOUS_JUMP, FindingCodes.SERIES_BREAK);
    }

    @Test
    void input_refusesSizesOutOfRange() {
        assertThatThrownBy(() -> SyntheticPlans.input(1, 0, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicators must be at least 1, got 0");
        assertThatThrownBy(() -> SyntheticPlans.input(1, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("years must be from 1 to 30, got 0");
        assertThatThrownBy(() -> SyntheticPlans.inputs(1, -1, 10, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plans must not be negative, got -1");
    }
}
