package io.github.planwatch.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Observation;
import io.github.planwatch.report.PlanReports;
import io.github.planwatch.report.ReportInputs;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * A report from an application: evaluates the Shaoxing plan as of 2020, 2021 and 2022 and writes
 * the Chinese HTML report of 2022, with the changes since 2021 and each target's status over the
 * three years, through plan-report alone (no command line).
 *
 * <p>Run it with {@code java -cp examples/target/planwatch.jar io.github.planwatch.examples.WriteReport report.html}.
 */
public final class WriteReport {

    private WriteReport() {
    }

    /**
     * Writes the report.
     *
     * @param args  the file to write (default: planwatch-report.html)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        ActionPlan plan = PlanDocuments.shaoxing();
        List<Observation> observations = ObservationDocuments.shaoxingSourced();
        PlanEvaluator evaluator = PlanEvaluator.create();
        Evaluation now = evaluator.evaluate(plan, observations, 2022);
        List<Evaluation> earlier = List.of(evaluator.evaluate(plan, observations, 2020),
                evaluator.evaluate(plan, observations, 2021));

        ReportInputs inputs = ReportInputs.of(plan, now).withObservations(observations).withEarlier(earlier);
        Path file = Path.of(args.length > 0 ? args[0] : "planwatch-report.html");
        Files.writeString(file, PlanReports.html(inputs, Locale.SIMPLIFIED_CHINESE));
        System.out.println("Wrote " + file + ": " + inputs.evaluation().assessments().size() + " targets, "
                + earlier.size() + " earlier evaluations");
    }
}
