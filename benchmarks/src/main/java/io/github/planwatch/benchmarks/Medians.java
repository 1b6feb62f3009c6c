package io.github.planwatch.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JMH's JSON results ({@code -rf json}) and prints the median of every benchmark's
 * measurement iterations, with the ratios BENCHMARKS.md reports: rules over plain Java for the
 * same parameters (also for the partial rule sets of {@code RuleShareBenchmark}), and each plan
 * size over the one before it.
 *
 * <p>A median, not JMH's mean, because the first iterations of the rules may still be warming up
 * on a small machine; the mean then says more about the warm-up than about the rules.
 */
public final class Medians {

    private Medians() {
    }

    /**
     * Prints the medians and ratios of one or more result files.
     *
     * @param args  the JSON files written by JMH
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String file : args) {
            for (JsonNode run : json.readTree(Path.of(file).toFile())) {
                String name = run.get("benchmark").asText().replace("io.github.planwatch.benchmarks.", "");
                Map<String, String> params = new TreeMap<>();
                JsonNode given = run.get("params");
                if (given != null) {
                    given.properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
                }
                List<Double> values = new ArrayList<>();
                run.get("primaryMetric").get("rawData").forEach(fork -> fork.forEach(v -> values.add(v.asDouble())));
                String key = name + " " + params;
                medians.put(key, median(values));
                units.put(key, run.get("primaryMetric").get("scoreUnit").asText());
                System.out.printf("%-60s median %12.1f %-6s of %d %s%n", key, medians.get(key), units.get(key), values.size(),
                        values.stream().map(v -> String.format("%.1f", v)).toList());
            }
        }
        System.out.println();
        medians.forEach((key, value) -> {
            for (String rules : List.of("rules", "rulesNewPlan")) {
                if (key.contains("." + rules + " ")) {
                    Double plain = medians.get(key.replace("." + rules + " ", ".plain "));
                    if (plain != null) {
                        System.out.printf("%-60s %s / plain = %.1f%n", key.replace("." + rules + " ", " "), rules, value / plain);
                    }
                }
            }
            if (key.startsWith("RuleShareBenchmark.")) {
                String params = key.substring(key.indexOf(' ') + 1);
                Double plain = medians.get("EvaluationBenchmark.plain " + params);
                if (plain != null) {
                    System.out.printf("%-60s / EvaluationBenchmark.plain = %.1f%n", key, value / plain);
                }
            }
        });
        for (String method : List.of("rules", "plain")) {
            Double previous = null;
            String previousKey = null;
            for (Map.Entry<String, Double> e : medians.entrySet()) {
                if (e.getKey().startsWith("ScalingBenchmark." + method + " ")) {
                    if (previous != null) {
                        System.out.printf("%-60s / %s = %.1f%n", e.getKey(), previousKey.substring(previousKey.indexOf('{')),
                                e.getValue() / previous);
                    }
                    previous = e.getValue();
                    previousKey = e.getKey();
                }
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
