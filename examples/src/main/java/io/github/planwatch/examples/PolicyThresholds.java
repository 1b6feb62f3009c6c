package io.github.planwatch.examples;

import java.util.List;
import java.util.Locale;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.EvaluationPolicy;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * Changing the policy: evaluates the Shaoxing plan with the methodology's thresholds and with
 * stricter ones, and prints every target whose status changes, and how many findings each gives.
 * The policy is data, a fact in every rule session: nothing is recompiled. The same thresholds in a
 * file are {@code examples/src/main/resources/demo/policy-strict.yaml}, for {@code planwatch --policy}.
 *
 * <p>Run it with {@code java -cp examples/target/planwatch.jar io.github.planwatch.examples.PolicyThresholds}.
 */
public final class PolicyThresholds {

    /** The stricter policy: on track only at 150% of the pace needed, stale after one year. */
    public static final EvaluationPolicy STRICT = EvaluationPolicy.builder()
            .onTrackRatio(1.5).accelerationNeededRatio(0.9).staleYears(1).keyWorkNoUpdateDays(90).build();

    private PolicyThresholds() {
    }

    /**
     * Prints the targets whose status the stricter policy changes.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        ActionPlan plan = PlanDocuments.shaoxing();
        List<Observation> observations = ObservationDocuments.shaoxingSourced();
        PlanEvaluator defaults = PlanEvaluator.create();
        PlanEvaluator strict = defaults.withPolicy(STRICT);

        Evaluation before = defaults.evaluate(plan, observations, 2022);
        Evaluation after = strict.evaluate(plan, observations, 2022);

        for (Assessment a : before.assessments()) {
            Assessment b = after.assessment(a.targetId()).orElseThrow();
            if (a.status() != b.status()) {
                System.out.println(a.targetId() + ": " + a.status() + " -> " + b.status() + " (R = "
                        + String.format(Locale.ROOT, "%.2f", a.ratio()) + ")");
            }
        }
        System.out.println("findings: " + before.findings().size() + " -> " + after.findings().size()
                + "; plan " + before.planSummary().status() + " -> " + after.planSummary().status());
    }
}
