package io.github.planwatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * A made-up plan (plan-joint-illustrative.yaml) with two joint targets, and made-up figures, evaluated
 * as of 2021: the employment rate meets its 70% and the participation rate does not, so the joint
 * target over both (ALL_OF) is missed, decided by the participation rate; the cloud share is on its
 * way to 75% and the big-data share behind, so the joint target over either (ANY_OF) is decided by the cloud share.
 */
final class JointIllustrative {

    static final ActionPlan PLAN = plan();
    /** Illustrative figures, made up. */
    static final List<Observation> OBSERVATIONS = List.of(obs("employment", 2020, "66"), obs("employment", 2021, "72"),
            obs("participation", 2020, "61"), obs("participation", 2021, "62"), obs("cloud", 2020, "58"),
            obs("cloud", 2021, "66"), obs("big-data", 2020, "42"), obs("big-data", 2021, "44"));

    private JointIllustrative() {
    }

    /** The report's inputs as of 2021. */
    static ReportInputs inputs() {
        return ReportInputs.of(PLAN, PlanEvaluator.create().evaluate(EvaluationInput.of(PLAN, OBSERVATIONS, 2021)))
                .withObservations(OBSERVATIONS).withSources("illustrative figures, made up for the tests");
    }

    private static Observation obs(String subject, int year, String value) {
        return Observation.of(subject, year, new BigDecimal(value));
    }

    private static ActionPlan plan() {
        try (InputStream in = JointIllustrative.class.getResourceAsStream("/plan-joint-illustrative.yaml")) {
            return PlanDocuments.readYaml(in, "plan-joint-illustrative.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
