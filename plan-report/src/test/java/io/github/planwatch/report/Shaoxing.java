package io.github.planwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.github.planwatch.io.DataFormat;
import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/** The Shaoxing plan on its sourced figures and the illustrative key-work reports, evaluated once for the tests. */
final class Shaoxing {

    static final ActionPlan PLAN = PlanDocuments.shaoxing();
    static final List<Observation> OBSERVATIONS = ObservationDocuments.shaoxingSourced();
    static final List<KeyWorkUpdate> UPDATES = updates();
    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    private Shaoxing() {
    }

    /** The evaluation as of a year. */
    static Evaluation asOf(int year) {
        return EVALUATOR.evaluate(EvaluationInput.of(PLAN, OBSERVATIONS, year).withKeyWorkUpdates(UPDATES));
    }

    /** The report's inputs as of 2022, with the evaluations as of 2020 and 2021 for its history. */
    static ReportInputs withHistory() {
        return ReportInputs.of(PLAN, asOf(2022)).withObservations(OBSERVATIONS).withUpdates(UPDATES)
                .withEarlier(List.of(asOf(2020), asOf(2021))).withSources("sourced observations; illustrative key-work reports");
    }

    private static List<KeyWorkUpdate> updates() {
        try (InputStream in = Shaoxing.class.getResourceAsStream("/key-work-updates-illustrative.yaml")) {
            return DataDocuments.KEY_WORK_UPDATES.read(in, DataFormat.YAML, "key-work-updates-illustrative.yaml", PLAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
