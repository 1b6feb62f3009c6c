package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.SubjectKind;

/** The rules of risk-lead-unit-overload.drl. */
class LeadUnitOverloadRulesTest {

    private static final String PREFIX = "Lead unit overload: ";

    /** Commerce leads tasks 1 and 2 and key-work items 2020-10 and 2020-9; science leads task 2. */
    private static final ActionPlan PLAN = plan()
            .tasks(List.of(task(1, List.of(COMMERCE), List.of()), task(2, List.of(SCIENCE, COMMERCE), List.of())))
            .keyWork(List.of(keyWork(2020, 10, List.of(COMMERCE), List.of(), List.of(1)),
                    keyWork(2020, 9, List.of(COMMERCE), List.of(), List.of(2))))
            .build();

    private static Runs.Run run(int limit) {
        PlanEvaluator evaluator = Runs.EVALUATOR.withPolicy(EvaluationPolicy.builder().leadUnitOverloadLimit(limit).build());
        return Runs.run(evaluator, EvaluationInput.of(PLAN, List.of(), 2020));
    }

    @Test
    void aUnitLeadingMoreThanTheLimit() {
        Runs.Run run = run(3);
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(
                PREFIX + "a unit leads more tasks and key-work items than the policy allows");
        List<Finding> findings = run.evaluation().findings(FindingCodes.LEAD_UNIT_OVERLOAD);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.isAbout(SubjectKind.UNIT, COMMERCE)).isTrue();
        assertThat(f.evidence()).isEqualTo(Map.of("tasks", "1,2", "keyWorkItems", "kw-2020-9,kw-2020-10", "led", "4",
                "limit", "3"));
        assertThat(f.message().en()).isEqualTo("commerce leads 2 tasks and 2 key-work items, 4 in all, more than the limit of 3.");
    }

    @Test
    void noUnitAtTheLimit() {
        Runs.Run run = run(4);
        assertThat(run.fired().of(PREFIX)).isEmpty();
        assertThat(run.evaluation().findings(FindingCodes.LEAD_UNIT_OVERLOAD)).isEmpty();
    }
}
