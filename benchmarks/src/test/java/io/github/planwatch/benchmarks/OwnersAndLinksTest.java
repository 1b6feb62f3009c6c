package io.github.planwatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.FindingCodes;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * The bundled Shaoxing plan's links of indicators to tasks, and so its owners, change who answers
 * and what each area sums up, never a target's status: without them (the plan as a version-1
 * document had it) every target is judged the same, every indicator is without an owner and the
 * areas hold only the targets of their tasks and key work.
 */
class OwnersAndLinksTest {

    private static final PlanEvaluator RULES = PlanEvaluator.create();

    private static Evaluation evaluate(ActionPlan plan, int year) {
        return RULES.evaluate(EvaluationInput.of(plan, ObservationDocuments.shaoxingSourced(), year));
    }

    private static ActionPlan withoutLinks(ActionPlan plan) {
        return plan.toBuilder().indicators(plan.indicators().stream()
                .map(i -> i.withOwners(List.of(), List.of(), List.of())).toList()).build();
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2025})
    void linksAndOwners_changeNoTargetsStatus_andLeaveNoIndicatorWithoutOwnerNorAreaWithoutTargets(int year) {
        ActionPlan linked = PlanDocuments.shaoxing();
        Evaluation with = evaluate(linked, year);
        Evaluation without = evaluate(withoutLinks(linked), year);

        assertThat(with.assessments()).extracting(Assessment::targetId, Assessment::status)
                .containsExactlyElementsOf(without.assessments().stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(a.targetId(), a.status())).toList());
        assertThat(with.findings(FindingCodes.INDICATOR_WITHOUT_OWNER)).isEmpty();
        assertThat(without.findings(FindingCodes.INDICATOR_WITHOUT_OWNER)).extracting(Finding::subjectId)
                .hasSize(linked.indicators().size());
        assertThat(with.groups().stream().filter(g -> g.kind() == GroupKind.AREA))
                .hasSize(linked.areas().size()).allSatisfy(g -> assertThat(g.members()).as(g.id()).isPositive());
        assertThat(with.planSummary().members()).isEqualTo(without.planSummary().members());
        assertThat(with.groups().stream().filter(g -> g.kind() == GroupKind.CATEGORY).map(GroupSummary::status))
                .containsExactlyElementsOf(without.groups().stream().filter(g -> g.kind() == GroupKind.CATEGORY)
                        .map(GroupSummary::status).toList());
    }
}
