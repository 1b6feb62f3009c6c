package io.github.planwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.DataFormat;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * A made-up plan (plan-illustrative.yaml) whose targets state their own paths and whose task and
 * key-work item state milestones, with made-up figures and reports, evaluated as of 2021.
 */
final class Illustrative {

    static final ActionPlan PLAN = plan();
    /** Illustrative figures: GDP above its path in 2020 and below it in 2021, parks on their straight path. */
    static final List<Observation> OBSERVATIONS = List.of(obs("gdp", 2020, "5990"), obs("gdp", 2021, "6200"),
            obs("parks", 2020, "11"), obs("parks", 2021, "12"));
    static final List<KeyWorkUpdate> UPDATES = updates();
    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    private Illustrative() {
    }

    /** The evaluation as of 2021. */
    static Evaluation evaluation() {
        return EVALUATOR.evaluate(EvaluationInput.of(PLAN, OBSERVATIONS, 2021).withKeyWorkUpdates(UPDATES));
    }

    /** The report's inputs as of 2021. */
    static ReportInputs inputs() {
        return ReportInputs.of(PLAN, evaluation()).withObservations(OBSERVATIONS).withUpdates(UPDATES)
                .withSources("illustrative figures and reports, made up for the tests");
    }

    private static Observation obs(String subject, int year, String value) {
        return Observation.of(subject, year, new BigDecimal(value));
    }

    private static ActionPlan plan() {
        try (InputStream in = Illustrative.class.getResourceAsStream("/plan-illustrative.yaml")) {
            return PlanDocuments.readYaml(in, "plan-illustrative.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<KeyWorkUpdate> updates() {
        try (InputStream in = Illustrative.class.getResourceAsStream("/updates-illustrative.yaml")) {
            return DataDocuments.KEY_WORK_UPDATES.read(in, DataFormat.YAML, "updates-illustrative.yaml", PLAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
