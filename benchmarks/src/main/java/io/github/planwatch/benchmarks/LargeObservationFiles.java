package io.github.planwatch.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Target;

/**
 * Writes the inputs of the large-input run in docs/data-format.md: the Shaoxing plan with its
 * indicators replaced by {@code indicators} copies of its first one, and an observations CSV of
 * that plan with {@code years} yearly values of each, from 1900 on, as a statistics office delivers
 * a long series. Run with the directory, the number of indicators and the number of years:
 * {@code java -cp ... io.github.planwatch.benchmarks.LargeObservationFiles target/large 5000 200}.
 */
public final class LargeObservationFiles {

    private LargeObservationFiles() {
    }

    /**
     * Writes {@code plan.yaml} and {@code observations.csv} into a directory.
     *
     * @param args  the directory, the number of indicators and the number of years
     * @throws Exception if a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int indicators = Integer.parseInt(args[1]);
        int years = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        ActionPlan shaoxing = PlanDocuments.shaoxing();
        Indicator model = shaoxing.indicators().get(0);
        List<Indicator> copies = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (int i = 1; i <= indicators; i++) {
            String id = "i" + i;
            copies.add(new Indicator(id, i, model.category(), model.name(), model.unit(), model.direction(),
                    model.method(), model.baseline(), List.of(Target.level(id + "-2022", 2022, Comparison.AT_LEAST,
                    BigDecimal.valueOf(6800)))));
            for (int y = 0; y < years; y++) {
                observations.add(new Observation(id, 1900 + y, BigDecimal.valueOf(5000 + (i * 31L + y * 17L) % 2000),
                        false, "", ""));
            }
        }
        ActionPlan plan = shaoxing.toBuilder().indicators(copies).build();
        PlanDocuments.write(plan, dir.resolve("plan.yaml"));
        DataDocuments.OBSERVATIONS.write(observations, dir.resolve("observations.csv"));
    }
}
