package io.github.planwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.io.EvaluationDocuments;
import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.DataFormat;
import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * The Shaoxing plan evaluated on its sourced observations and written as JSON reads back as the
 * same evaluation: the document carries everything the evaluator produced, in its order.
 */
class EvaluationDocumentTest {

    private static PlanEvaluator evaluator;

    @BeforeAll
    static void buildRules() {
        evaluator = PlanEvaluator.create();
    }

    @Test
    void shaoxingEvaluation_readsBackFromJsonAsTheSameEvaluation() {
        ActionPlan plan = PlanDocuments.shaoxing();
        List<KeyWorkUpdate> updates = DataDocuments.KEY_WORK_UPDATES.read(new ByteArrayInputStream("""
                item,date,status,note
                kw-2020-9,2020-12-31,DONE,illustrative
                kw-2020-23,2020-10-01,DELAYED,illustrative
                """.getBytes(StandardCharsets.UTF_8)), DataFormat.CSV, "updates.csv", plan);

        for (int asOf : new int[] {2020, 2021, 2022}) {
            Evaluation evaluation = evaluator.evaluate(EvaluationInput.of(plan, ObservationDocuments.shaoxingSourced(), asOf)
                    .withKeyWorkUpdates(updates).withReferenceDate(LocalDate.of(asOf, 12, 31)));
            String json = EvaluationDocuments.toJson(evaluation);

            Evaluation read = EvaluationDocuments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "evaluation.json");

            assertThat(read).isEqualTo(evaluation);
            assertThat(read.assessments()).hasSize(plan.indicators().stream().mapToInt(i -> i.targets().size()).sum()
                    + plan.quantifiedTargets().size());
        }
    }
}
