package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Finding;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.SubjectKind;

/**
 * The rule of risk-key-work-not-reported.drl, and how it stands in for the per-item key-work
 * findings: with no report at all, one finding of the plan; with any report, none of it, and each
 * item that is behind gets one finding, overdue after its year, without an update within it.
 */
class KeyWorkNotReportedRulesTest {

    private static final String RULE = "Key work not reported: no report on any item of key work";

    private static final List<KeyWorkItem> ITEMS = List.of(
            keyWork(2020, 1, List.of(COMMERCE), List.of(), List.of()),
            keyWork(2020, 2, List.of(COMMERCE), List.of(), List.of()),
            keyWork(2021, 1, List.of(COMMERCE), List.of(), List.of()));

    @Test
    void noReportAtAll_oneFindingOfThePlan() {
        Runs.Run run = Runs.run(EvaluationInput.of(plan().keyWork(ITEMS).build(), List.of(), 2021));
        assertThat(run.fired().count(RULE)).isEqualTo(1);
        List<Finding> findings = run.evaluation().findings();
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCodes.KEY_WORK_NOT_REPORTED);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.isAbout(SubjectKind.PLAN, run.evaluation().planId())).isTrue();
        assertThat(f.evidence()).isEqualTo(Map.of("items", "3", "itemsBegun", "3", "itemsEnded", "2",
                "referenceDate", "2021-12-31"));
    }

    @Test
    void noReportBeforeAnyItemsYearHasBegun_nothingToSay() {
        Runs.Run run = Runs.run(EvaluationInput.of(plan().keyWork(ITEMS).build(), List.of(), 2019));
        assertThat(run.evaluation().findings()).isEmpty();
    }

    @Test
    void anyReport_oneFindingPerItemBehind() {
        // As of 2021-12-31: kw-2020-1 done; kw-2020-2 never reported and past its year: overdue only
        // (not also without an update); kw-2021-1 never reported within its year, 364 days > 180: no update.
        var updates = List.of(update("kw-2020-1", LocalDate.of(2020, 11, 1), KeyWorkStatus.DONE));
        Runs.Run run = Runs.run(EvaluationInput.of(plan().keyWork(ITEMS).build(), List.of(), 2021).withKeyWorkUpdates(updates));
        assertThat(run.fired().count(RULE)).isZero();
        assertThat(run.evaluation().findings()).extracting(f -> f.code() + " " + f.subjectId()).containsExactly(
                FindingCodes.KEY_WORK_OVERDUE + " kw-2020-2", FindingCodes.KEY_WORK_NO_UPDATE + " kw-2021-1");
    }
}
