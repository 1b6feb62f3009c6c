package io.github.planwatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.planwatch.io.EvaluationDocuments;
import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * How the rules are arranged is no part of what they compute: every evaluation recorded in
 * {@code src/test/resources/recorded/} (the bundled Shaoxing plan on its sourced figures, with and
 * without the demonstration key-work reports, and a synthetic plan that reaches every status and
 * finding code, each at several as-of years) is given again, byte for byte as evaluation JSON.
 *
 * <p>The files were written by the rules as they stood before their restructuring into measures in
 * Java and decisions in DRL. A change that means to change the method records them again, on
 * purpose, with {@code -Dplanwatch.record=true}, and the change to the files shows what it changed.
 */
class RecordedEvaluationsTest {

    private static final Path RECORDED = Path.of("src", "test", "resources", "recorded");
    /** The demonstration key-work reports of the examples module (relative to this module's directory). */
    private static final Path DEMO_UPDATES = Path.of("..", "examples", "src", "main", "resources", "demo",
            "key-work-updates-illustrative.yaml");
    private static final PlanEvaluator RULES = PlanEvaluator.create();

    record Case(String name, EvaluationInput input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        ActionPlan plan = PlanDocuments.shaoxing();
        var observations = ObservationDocuments.shaoxingSourced();
        var updates = DataDocuments.KEY_WORK_UPDATES.read(DEMO_UPDATES, plan);
        List<Case> cases = new ArrayList<>();
        for (int year = 2019; year <= 2025; year++) {
            EvaluationInput input = EvaluationInput.of(plan, observations, year);
            cases.add(new Case("shaoxing-" + year, input));
            cases.add(new Case("shaoxing-updates-" + year, input.withKeyWorkUpdates(updates)));
        }
        EvaluationInput synthetic = SyntheticPlans.input(7, 60, 6);
        for (int year = SyntheticPlans.BASE_YEAR; year <= SyntheticPlans.BASE_YEAR + 8; year += 2) {
            cases.add(new Case("synthetic-60-" + year, new EvaluationInput(synthetic.plan(), synthetic.observations(),
                    synthetic.keyWorkUpdates(), synthetic.accountabilities(), year, null)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRulesGiveTheRecordedEvaluation(Case c) throws IOException {
        String json = EvaluationDocuments.toJson(RULES.evaluate(c.input()));
        Path file = RECORDED.resolve(c.name() + ".json");
        if (Boolean.getBoolean("planwatch.record")) {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        }
        assertThat(json).as("evaluation %s against %s", c.name(), file).isEqualTo(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("no recorded evaluation " + file, ex);
        }
    }
}
