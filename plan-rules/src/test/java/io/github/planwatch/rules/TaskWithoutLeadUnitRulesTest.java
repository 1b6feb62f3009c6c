package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.SubjectKind;

/** The rules of risk-task-without-lead-unit.drl. */
class TaskWithoutLeadUnitRulesTest {

    private static final String PREFIX = "Task without lead unit: ";

    @Test
    void tasksAndItemsWithResponsibleUnitsButNoLead() {
        var plan = plan()
                .tasks(List.of(task(1, List.of(COMMERCE), List.of(SCIENCE)), task(2, List.of(), List.of(COMMERCE, SCIENCE)),
                        task(3, List.of(), List.of())))
                .keyWork(List.of(keyWork(2020, 1, List.of(), List.of(SCIENCE), List.of(1)),
                        keyWork(2020, 2, List.of(SCIENCE), List.of(), List.of(2))))
                .build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2020));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(
                PREFIX + "a task with responsible units and no lead unit",
                PREFIX + "a key-work item with responsible units and no lead unit");
        List<Finding> findings = run.evaluation().findings(FindingCodes.TASK_WITHOUT_LEAD_UNIT);
        assertThat(findings).extracting(Finding::subjectKind, Finding::subjectId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SubjectKind.TASK, "2"),
                org.assertj.core.groups.Tuple.tuple(SubjectKind.KEY_WORK_ITEM, "kw-2020-1"));
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).evidence()).containsEntry("responsibleUnits", COMMERCE + "," + SCIENCE);
        assertThat(findings.get(0).message().zh()).isEqualTo("任务2“测task 2”列有责任单位，但没有牵头单位。");
        assertThat(findings.get(1).message().en()).isEqualTo("Key-work item 1 of 2020 (theme 1) names responsible units but no lead unit (△).");
    }
}
