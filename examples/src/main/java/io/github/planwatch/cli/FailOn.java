package io.github.planwatch.cli;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Severity;
import picocli.CommandLine.Option;

/**
 * {@code --fail-on critical|warning}: a distinct exit status when the evaluation has findings of a
 * severity or worse, for a scheduled job to act on; the output is written all the same.
 */
final class FailOn {

    /** The severities a run can fail on. */
    enum Level {
        /** Critical findings. */
        CRITICAL,
        /** Warnings or critical findings. */
        WARNING
    }

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with status 3 when there are findings this severe or worse: critical or warning "
                    + "(the output is written all the same).")
    Level level;

    /** The exit status of a run that wrote its output: 3 where a finding is as severe as asked, else 0. */
    int status(Evaluation evaluation) {
        if (level == null) {
            return Planwatch.OK;
        }
        Severity least = level == Level.CRITICAL ? Severity.CRITICAL : Severity.WARNING;
        boolean found = evaluation.findings().stream().anyMatch(f -> f.severity().compareTo(least) >= 0);
        return found ? Planwatch.FINDINGS : Planwatch.OK;
    }
}
