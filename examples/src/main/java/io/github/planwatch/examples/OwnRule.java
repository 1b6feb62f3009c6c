package io.github.planwatch.examples;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * A rule of one's own: loads {@code due-unjudged.drl} beside the built-in rules and prints the
 * findings it raises, which come back through the same result type, {@link Finding}, as every
 * built-in risk.
 *
 * <p>Run it with {@code java -cp examples/target/planwatch.jar io.github.planwatch.examples.OwnRule [FILE.drl]}
 * (default: the rule bundled with the examples). DRL is code: load only files you trust.
 */
public final class OwnRule {

    /** The classpath resource of the example rule. */
    public static final String RULE = "io/github/planwatch/examples/rules/due-unjudged.drl";

    private OwnRule() {
    }

    /**
     * Evaluates the Shaoxing plan with the rule and prints its findings.
     *
     * @param args  a DRL file to load instead of the bundled one, optional
     * @throws IOException if the bundled rule cannot be opened
     * @throws URISyntaxException never, for a resource the class loader found
     */
    public static void main(String[] args) throws IOException, URISyntaxException {
        Path rule = args.length > 0 ? Path.of(args[0]) : bundledRule();
        ActionPlan plan = PlanDocuments.shaoxing();
        List<Observation> observations = ObservationDocuments.shaoxingSourced();

        PlanEvaluator evaluator = PlanEvaluator.builder().rules(rule).build();
        Evaluation evaluation = evaluator.evaluate(plan, observations, 2022);

        List<Finding> mine = evaluation.findings("DUE_UNJUDGED");
        System.out.println(mine.size() + " targets fall due by 2023 and cannot be judged yet:");
        mine.forEach(f -> System.out.println("  " + f.severity() + " " + f.subjectId() + ": " + f.message().en()));
    }

    /**
     * Returns the bundled rule as a path that the evaluator can read: a file in a build's class
     * directory, or an entry of the jar the program runs from.
     */
    static Path bundledRule() throws IOException, URISyntaxException {
        URL url = OwnRule.class.getClassLoader().getResource(RULE);
        if (url == null) {
            throw new IOException("the resource " + RULE + " is missing");
        }
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
            try {
                FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException ex) {
                FileSystems.newFileSystem(uri, Map.of());
            }
        }
        return Path.of(uri);
    }
}
