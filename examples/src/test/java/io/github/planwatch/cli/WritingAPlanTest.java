package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * The walk-through {@code docs/writing-a-plan.md} says what planwatch does: every block it quotes is
 * in the demo files, its table of statuses is the evaluation's, and its error lines are what
 * {@code validate} prints for the edits it describes.
 */
class WritingAPlanTest {

    private static final Path PAGE = Path.of("../docs/writing-a-plan.md");
    private static final Path DEMO = Path.of("src/main/resources/demo");
    private static final Path PLAN = DEMO.resolve("lakeside-plan-illustrative.yaml");
    private static final Path OBSERVATIONS = DEMO.resolve("lakeside-observations-illustrative.csv");
    private static final Path UPDATES = DEMO.resolve("lakeside-updates-illustrative.yaml");

    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern STATUS_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([A-Z_]+) \\| ([A-Z_]+) \\|", Pattern.MULTILINE);

    @Test
    void everyYamlBlockOfThePage_isARunOfLinesOfThePlanFile() throws IOException {
        List<String> plan = Files.readAllLines(PLAN);
        List<List<String>> blocks = blocks("yaml");

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(12);
        for (List<String> block : blocks) {
            assertThat(Collections.indexOfSubList(plan, block)).as("quoted in %s:%n%s", PLAN, String.join("\n", block))
                    .isNotNegative();
        }
    }

    @Test
    void theQuotedFiguresAndReports_areLinesOfTheirFiles() throws IOException {
        List<String> csv = Files.readAllLines(OBSERVATIONS);
        List<String> updates = Files.readAllLines(UPDATES);
        List<List<String>> plain = blocks("");

        List<String> csvBlock = plain.stream().filter(b -> b.get(0).startsWith("indicator,")).findFirst().orElseThrow();
        List<String> updatesBlock = plain.stream().filter(b -> b.get(0).equals("updates:")).findFirst().orElseThrow();
        assertThat(csv).containsAll(csvBlock);
        assertThat(Collections.indexOfSubList(updates, updatesBlock)).isNotNegative();
    }

    @Test
    void theDemoFiles_sayTheyAreIllustrative_andRead() throws IOException {
        ActionPlan plan = PlanDocuments.read(PLAN);

        assertThat(Files.readString(PLAN)).startsWith("# ILLUSTRATIVE").contains("NOT sourced");
        assertThat(Files.readString(UPDATES)).startsWith("# ILLUSTRATIVE").contains("NOT sourced");
        assertThat(DataDocuments.OBSERVATIONS.read(OBSERVATIONS, plan)).hasSize(27)
                .allSatisfy(o -> assertThat(o.source()).isEqualTo("illustrative"));
        assertThat(DataDocuments.KEY_WORK_UPDATES.read(UPDATES, plan)).hasSize(3);
    }

    @Test
    void thePlan_statesATargetOfEveryKind() {
        ActionPlan plan = PlanDocuments.read(PLAN);

        assertThat(statusTable().values().stream().map(row -> TargetKind.valueOf(row[0])).distinct())
                .containsExactlyInAnyOrder(TargetKind.values());
        assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.tasks()).isNotEmpty());
    }

    @Test
    void theTableOfStatuses_isTheEvaluations_asOfTheLatestObservedYear() {
        ActionPlan plan = PlanDocuments.read(PLAN);
        List<Observation> observed = DataDocuments.OBSERVATIONS.read(OBSERVATIONS, plan);
        int asOf = observed.stream().mapToInt(Observation::year).max().orElseThrow();
        Evaluation evaluation = PlanEvaluator.create().evaluate(new EvaluationInput(plan, observed,
                DataDocuments.KEY_WORK_UPDATES.read(UPDATES, plan), List.of(), asOf, null));

        Map<String, String> actual = evaluation.assessments().stream().collect(Collectors.toMap(Assessment::targetId,
                a -> a.kind() + " " + a.status(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> stated = new LinkedHashMap<>();
        statusTable().forEach((id, row) -> stated.put(id, row[0] + " " + row[1]));
        assertThat(asOf).isEqualTo(2025);
        assertThat(actual).containsExactlyEntriesOf(stated);
    }

    @Test
    void theCommandsOfStep7_run_andNameNoProblem() {
        Cli.Run run = Cli.run("validate", "--plan", PLAN.toString(), "--observations", OBSERVATIONS.toString(),
                "--updates", UPDATES.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("No problems found.");
    }

    @Test
    void theErrorLinesOfThePage_areWhatValidatePrintsForTheEditsItDescribes(@TempDir Path dir) throws IOException {
        List<String> quoted = blocks("").stream().filter(b -> b.get(0).startsWith("plan.yaml:")).flatMap(List::stream).toList();

        String misspelt = validate(dir, text -> text.replace("comparison: AT_MOST       # 10th", "comparision: AT_MOST       # 10th"));
        String outOfBounds = validate(dir, text -> text.replace("        value: 90\n", "        value: 120\n"));

        assertThat(quoted).hasSize(3);
        assertThat(misspelt.lines()).containsExactlyElementsOf(quoted.subList(0, 2));
        assertThat(outOfBounds.lines()).containsExactly(quoted.get(2));
    }

    /** Runs {@code validate} on an edited copy of the plan named {@code plan.yaml}, and returns what it says. */
    private static String validate(Path dir, UnaryOperator<String> edit) throws IOException {
        Path file = dir.resolve("plan.yaml");
        String original = Files.readString(PLAN);
        String edited = edit.apply(original);
        assertThat(edited).isNotEqualTo(original);
        Files.writeString(file, edited);
        Cli.Run run = Cli.run("validate", "--plan", file.toString());
        assertThat(run.status()).isEqualTo(2);
        return run.err().replace(file.toString(), "plan.yaml");
    }

    /** The page's fenced blocks of the given language ("" for none), each as its lines. */
    private static List<List<String>> blocks(String language) {
        List<List<String>> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(page());
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2).lines().toList());
            }
        }
        return blocks;
    }

    /** The page's table of statuses: target id to its kind and status. */
    private static Map<String, String[]> statusTable() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher m = STATUS_ROW.matcher(page());
        while (m.find()) {
            rows.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        return rows;
    }

    private static String page() {
        try {
            return Files.readString(PAGE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + PAGE, e);
        }
    }
}
