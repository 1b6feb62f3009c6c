package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Finding;
import io.github.planwatch.model.KeyWorkStatus;

/** The rules of risk-key-work-no-update.drl, with the default limit of 180 days. */
class KeyWorkNoUpdateRulesTest {

    private static final String PREFIX = "Key work no update: ";

    @Test
    void openItemsWithoutARecentReport() {
        var plan = plan().keyWork(List.of(
                keyWork(2021, 1, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2021, 2, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2021, 3, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2021, 4, List.of(COMMERCE), List.of(), List.of()),
                keyWork(2022, 1, List.of(COMMERCE), List.of(), List.of()))).build();
        var updates = List.of(
                update("kw-2021-2", LocalDate.of(2021, 3, 1), KeyWorkStatus.IN_PROGRESS),
                update("kw-2021-3", LocalDate.of(2021, 10, 1), KeyWorkStatus.IN_PROGRESS),
                update("kw-2021-4", LocalDate.of(2021, 1, 10), KeyWorkStatus.DONE));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2021).withKeyWorkUpdates(updates));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(
                PREFIX + "an open item whose last report is older than the policy allows",
                PREFIX + "an item never reported on for longer than the policy allows");
        List<Finding> findings = run.evaluation().findings(FindingCodes.KEY_WORK_NO_UPDATE);
        assertThat(findings).extracting(Finding::subjectId).as("kw-2022-1 has not begun; kw-2021-3 reported lately")
                .containsExactly("kw-2021-1", "kw-2021-2");
        assertThat(findings.get(0).evidence()).isEqualTo(Map.of("since", "2021-01-01", "days", "364", "limit", "180",
                "referenceDate", "2021-12-31", "lastStatus", "none"));
        assertThat(findings.get(1).evidence()).containsEntry("since", "2021-03-01").containsEntry("days", "305")
                .containsEntry("lastStatus", "IN_PROGRESS");
    }

    @Test
    void theLimitComesFromThePolicy() {
        var plan = plan().keyWork(List.of(keyWork(2021, 1, List.of(COMMERCE), List.of(), List.of()))).build();
        var updates = List.of(update("kw-2021-1", LocalDate.of(2021, 10, 1), KeyWorkStatus.IN_PROGRESS));
        PlanEvaluator strict = Runs.EVALUATOR.withPolicy(EvaluationPolicy.builder().keyWorkNoUpdateDays(60).build());
        Runs.Run run = Runs.run(strict, EvaluationInput.of(plan, List.of(), 2021).withKeyWorkUpdates(updates));
        assertThat(run.evaluation().findings(FindingCodes.KEY_WORK_NO_UPDATE)).hasSize(1);
    }
}
