package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Finding;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.Severity;

/** The rules of risk-key-work-overdue.drl. */
class KeyWorkOverdueRulesTest {

    private static final String PREFIX = "Key work overdue: ";

    @Test
    void itemsNotDoneAfterTheirYear() {
        var plan = plan().keyWork(List.of(
                keyWork(2020, 1, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2020, 2, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2020, 3, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2020, 4, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2021, 1, List.of(COMMERCE), List.of(), List.of()))).build();
        var updates = List.of(
                update("kw-2020-2", LocalDate.of(2020, 6, 30), KeyWorkStatus.DONE),
                update("kw-2020-2", LocalDate.of(2020, 12, 20), KeyWorkStatus.DELAYED),
                update("kw-2020-3", LocalDate.of(2020, 6, 30), KeyWorkStatus.IN_PROGRESS),
                update("kw-2020-3", LocalDate.of(2020, 12, 20), KeyWorkStatus.DONE),
                update("kw-2020-4", LocalDate.of(2020, 9, 1), KeyWorkStatus.CANCELLED),
                update("kw-2021-1", LocalDate.of(2021, 3, 1), KeyWorkStatus.NOT_STARTED));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2021).withKeyWorkUpdates(updates)
                .withReferenceDate(LocalDate.of(2021, 6, 30)));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(
                PREFIX + "an item never reported on after its year",
                PREFIX + "an item whose last report after its year is not done");
        List<Finding> findings = run.evaluation().findings(FindingCodes.KEY_WORK_OVERDUE);
        assertThat(findings).extracting(Finding::subjectId).containsExactly("kw-2020-1", "kw-2020-2");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(findings.get(0).evidence()).isEqualTo(Map.of("year", "2020", "referenceDate", "2021-06-30",
                "lastStatus", "none", "lastReport", "none"));
        assertThat(findings.get(1).evidence()).containsEntry("lastStatus", "DELAYED").containsEntry("lastReport", "2020-12-20");
        assertThat(findings.get(1).message().zh()).isEqualTo("2020年重点工作第2项“测theme 2”年度已过仍未完成（最近报告：滞后，2020-12-20）。");
    }

    @Test
    void reportsAfterTheReferenceDateAreNotYetKnown() {
        var plan = plan().keyWork(List.of(keyWork(2020, 1, List.of(COMMERCE), List.of(), List.of()))).build();
        var updates = List.of(update("kw-2020-1", LocalDate.of(2021, 2, 1), KeyWorkStatus.DONE));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2021).withKeyWorkUpdates(updates)
                .withReferenceDate(LocalDate.of(2021, 1, 15)));
        // The one report is not yet known, so nothing at all is reported: one finding of the plan says so.
        assertThat(run.evaluation().findings(FindingCodes.KEY_WORK_OVERDUE)).isEmpty();
        assertThat(run.evaluation().findings(FindingCodes.KEY_WORK_NOT_REPORTED)).hasSize(1);
    }
}
