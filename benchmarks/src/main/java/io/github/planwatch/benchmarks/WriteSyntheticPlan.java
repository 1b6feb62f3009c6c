package io.github.planwatch.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.rules.EvaluationInput;

/**
 * Writes a synthetic plan and its inputs as files, for timing the planwatch command on a large plan
 * in a new JVM: {@code plan.yaml}, {@code observations.csv} and {@code updates.csv} in a directory.
 */
public final class WriteSyntheticPlan {

    private WriteSyntheticPlan() {
    }

    /**
     * Writes the files.
     *
     * @param args  the directory; the number of indicators (default 2000: 2,000 observed series); the
     *        years observed (default 6)
     * @throws java.io.IOException if the directory cannot be made
     */
    public static void main(String[] args) throws java.io.IOException {
        Path dir = Path.of(args[0]);
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        EvaluationInput input = SyntheticPlans.input(1, indicators, years);
        Files.createDirectories(dir);
        PlanDocuments.write(input.plan(), dir.resolve("plan.yaml"));
        DataDocuments.OBSERVATIONS.write(input.observations(), dir.resolve("observations.csv"));
        DataDocuments.KEY_WORK_UPDATES.write(input.keyWorkUpdates(), dir.resolve("updates.csv"));
        System.out.printf("%s: %d indicators, %d targets, %d observations, as of %d%n", dir, input.plan().indicators().size(),
                input.plan().indicators().stream().mapToInt(i -> i.targets().size()).sum(), input.observations().size(),
                input.asOf());
    }
}
