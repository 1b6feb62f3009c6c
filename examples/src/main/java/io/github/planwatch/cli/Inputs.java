package io.github.planwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.DataFormat;
import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.ObservationReading;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import io.github.planwatch.rules.DefaultAsOf;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.EvaluationPolicy;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * Everything a command reads: the plan, the observations and key-work reports, the policy, the
 * rule files of one's own and the as-of year, each from its option or its default.
 *
 * <p>{@link #load} reads them all before it gives up, so that one run lists every problem of every
 * file: a plan that cannot be read stops only the checks of the other files against it, while a
 * missing or unreadable observations or updates file is still reported.
 *
 * @param plan  the plan
 * @param planSource  where the plan came from, for messages
 * @param observations  the observations
 * @param observationSource  where they came from, or a note that there are none
 * @param updates  the key-work reports
 * @param updateSource  where they came from, or null where none were given
 * @param accountabilities  which unit answers for which indicator, beside the plan's own statements
 * @param policy  the policy
 * @param ruleFiles  the rule files of one's own, in the order found
 * @param evaluator  the evaluator with the policy and the rule files
 * @param asOf  the as-of year
 * @param asOfSource  where the as-of year came from: given, or how the default was chosen
 * @param warnings  what reading the inputs warns of, each where it stands (observations after the plan's horizon)
 */
record Inputs(ActionPlan plan, String planSource, List<Observation> observations, String observationSource,
              List<KeyWorkUpdate> updates, String updateSource, List<Accountability> accountabilities,
              EvaluationPolicy policy, List<Path> ruleFiles,
              PlanEvaluator evaluator, int asOf, LocalizedText asOfSource, List<Problem> warnings) {

    /** Where an as-of year given on the command line came from. */
    private static final LocalizedText GIVEN = LocalizedText.of("由 --as-of 指定", "given with --as-of");

    /** The name the bundled plan goes by in messages. */
    static final String BUNDLED_PLAN = "bundled:" + PlanDocuments.SHAOXING_RESOURCE;
    /** The name the bundled observations go by in messages. */
    static final String BUNDLED_OBSERVATIONS = "bundled:" + ObservationDocuments.SHAOXING_SOURCED_RESOURCE;

    /**
     * Reads only the plan.
     *
     * @param source  the plan option, not null
     * @return the plan, not null
     * @throws InvalidInputException listing the plan's problems
     */
    static ActionPlan plan(Options.PlanSource source) {
        List<Problem> problems = new ArrayList<>();
        ActionPlan plan = readPlan(source, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the plan cannot be read", problems);
        }
        return plan;
    }

    /**
     * Reads everything the options name, or the defaults.
     *
     * @param source  the plan option, not null
     * @param evidence  the other inputs' options, not null
     * @return the inputs, not null
     * @throws InvalidInputException listing every problem of every input
     */
    static Inputs load(Options.PlanSource source, Options.Evidence evidence) {
        if (evidence.rules == null || evidence.rules.isEmpty()) {
            // The rules are built on the second core while the plan is read: a cold start waits for the longer of the two only.
            PlanEvaluator.prepareBuiltInRules();
        }
        List<Problem> problems = new ArrayList<>();
        ActionPlan plan = readPlan(source, problems);

        EvaluationPolicy policy = EvaluationPolicy.defaults();
        if (evidence.policy != null) {
            try {
                policy = PolicyFile.read(evidence.policy);
            } catch (InvalidInputException ex) {
                problems.addAll(ex.problems());
            } catch (PlanwatchException ex) {
                problems.add(Problem.at("", ex.getMessage()));
            }
        }

        List<Path> ruleFiles = ruleFiles(evidence.rules, problems);
        if (evidence.timeout != null && evidence.timeout < 1) {
            problems.add(Problem.at("", "--timeout: expected a whole number of seconds, at least 1, found " + evidence.timeout));
            evidence.timeout = null;
        }
        PlanEvaluator evaluator = null;
        try {
            evaluator = PlanEvaluator.builder().policy(policy).rules(ruleFiles)
                    .timeout(evidence.timeout == null ? PlanEvaluator.DEFAULT_TIMEOUT : Duration.ofSeconds(evidence.timeout)).build();
        } catch (InvalidInputException ex) {
            problems.addAll(ex.problems());
        }

        List<Observation> observations = List.of();
        List<Problem> warnings = List.of();
        String observationSource;
        List<KeyWorkUpdate> updates = List.of();
        List<Accountability> accountabilities = List.of();
        String updateSource = evidence.updates == null ? null : evidence.updates.toString();
        if (evidence.observations != null) {
            observationSource = evidence.observations.toString();
        } else if (source.plan == null) {
            observationSource = BUNDLED_OBSERVATIONS;
        } else {
            observationSource = null;
        }
        if (plan == null) {
            // Without a plan the files cannot be checked against it, but a missing one is still reported now.
            reportUnreadable(evidence.observations, problems);
            reportUnreadable(evidence.updates, problems);
            reportUnreadable(evidence.accountabilities, problems);
        } else {
            try {
                if (evidence.observations != null) {
                    ObservationReading reading = ObservationDocuments.readWithWarnings(evidence.observations, plan);
                    observations = reading.observations();
                    warnings = reading.warnings();
                } else if (source.plan == null) {
                    observations = ObservationDocuments.shaoxingSourced();
                }
            } catch (InvalidInputException ex) {
                problems.addAll(ex.problems());
            } catch (PlanwatchException ex) {
                problems.add(Problem.at("", ex.getMessage()));
            }
            if (evidence.updates != null) {
                try {
                    updates = DataDocuments.KEY_WORK_UPDATES.read(evidence.updates, plan);
                } catch (InvalidInputException ex) {
                    problems.addAll(ex.problems());
                } catch (PlanwatchException ex) {
                    problems.add(Problem.at("", ex.getMessage()));
                }
            }
            if (evidence.accountabilities != null) {
                try {
                    accountabilities = DataDocuments.ACCOUNTABILITIES.read(evidence.accountabilities, plan);
                } catch (InvalidInputException ex) {
                    problems.addAll(ex.problems());
                } catch (PlanwatchException ex) {
                    problems.add(Problem.at("", ex.getMessage()));
                }
            }
        }

        int asOf = 0;
        LocalizedText asOfSource = GIVEN;
        if (evidence.asOf != null) {
            asOf = evidence.asOf;
            if (asOf < 1900 || asOf > 2200) {
                problems.add(Problem.at("", "--as-of: expected a year between 1900 and 2200, found " + asOf));
            }
        } else if (plan != null) {
            DefaultAsOf chosen = DefaultAsOf.choose(plan, observations, Clock.systemUTC());
            asOf = chosen.year();
            asOfSource = chosen.source();
        }

        if (!problems.isEmpty()) {
            throw new InvalidInputException("the input cannot be read", problems);
        }
        String planSource = source.plan == null ? BUNDLED_PLAN : source.plan.toString();
        return new Inputs(plan, planSource, observations, observationSource, updates, updateSource, accountabilities,
                policy, ruleFiles, evaluator, asOf, asOfSource, warnings);
    }

    /**
     * Evaluates the plan on the inputs.
     *
     * @return the evaluation, not null
     * @throws InvalidInputException if the inputs do not fit the plan
     * @throws PlanwatchException if a rule fails
     */
    Evaluation evaluate() {
        return evaluator.evaluate(EvaluationInput.of(plan, observations, asOf).withKeyWorkUpdates(updates)
                .withAccountabilities(accountabilities));
    }

    /**
     * Evaluates the plan and keeps what the evaluation was made from, for the output formats.
     *
     * @return the results, not null
     */
    Results results() {
        return new Results(plan, evaluate(), observations, updates, observationSource, updateSource, policy)
                .withAsOfSource(asOfSource).withAccountabilities(accountabilities);
    }

    private static ActionPlan readPlan(Options.PlanSource source, List<Problem> problems) {
        try {
            return source.plan == null ? PlanDocuments.shaoxing() : PlanDocuments.read(source.plan);
        } catch (InvalidInputException ex) {
            problems.addAll(ex.problems());
        } catch (PlanwatchException ex) {
            problems.add(Problem.at("", ex.getMessage()));
        }
        return null;
    }

    /** Adds a problem where a file given is of no known format, or is missing or unreadable. */
    private static void reportUnreadable(Path name, List<Problem> problems) {
        if (name == null) {
            return;
        }
        Path file = DataFormat.fileOf(name);
        try {
            DataFormat.ofFile(name);
        } catch (PlanwatchException ex) {
            problems.add(Problem.at("", ex.getMessage()));
            return;
        }
        if (!Files.exists(file)) {
            problems.add(Problem.at("", "cannot read " + file + ": no such file"));
        } else if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problems.add(Problem.at("", "cannot read " + file + ": not a readable file"));
        }
    }

    /** The DRL files that the --rules options name: each directory's *.drl files in name order, and each file. */
    private static List<Path> ruleFiles(List<Path> options, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path option : options) {
            if (Files.isDirectory(option)) {
                try (Stream<Path> listed = Files.list(option)) {
                    List<Path> drl = listed.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl"))
                            .filter(Files::isRegularFile).sorted().toList();
                    if (drl.isEmpty()) {
                        problems.add(Problem.at("", "--rules " + option + ": the directory holds no .drl file"));
                    }
                    files.addAll(drl);
                } catch (IOException ex) {
                    problems.add(Problem.at("", "--rules " + option + ": cannot list the directory: " + ex.getMessage()));
                }
            } else if (Files.isRegularFile(option)) {
                files.add(option);
            } else {
                problems.add(Problem.at("", "--rules " + option + ": no such file or directory"));
            }
        }
        return files;
    }
}
