package io.github.planwatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.planwatch.model.Language;
import picocli.CommandLine.Option;

/** The options that the subcommands share, as picocli mixins. */
final class Options {

    private Options() {
    }

    /** The output formats. */
    enum Format {
        /** An aligned table for a terminal. */
        TEXT,
        /** The versioned JSON document of an evaluation, or of a plan for {@code show}. */
        JSON,
        /** Markdown, for pasting into documents. */
        MD,
        /** One self-contained HTML file. */
        HTML
    }

    /** Which plan to read. */
    static final class PlanSource {

        @Option(names = "--plan", paramLabel = "FILE",
                description = "The plan, a YAML or JSON document (default: the bundled Shaoxing plan).")
        Path plan;
    }

    /** What the plan is judged on, and how. */
    static final class Evidence {

        @Option(names = "--observations", paramLabel = "FILE",
                description = "Observed values, CSV, .xlsx (file.xlsx#Sheet for a sheet other than the first), YAML "
                        + "or JSON (default: the bundled sourced Shaoxing "
                        + "observations with the bundled plan, none with another plan).")
        Path observations;

        @Option(names = "--updates", paramLabel = "FILE",
                description = "Key-work progress reports, CSV, .xlsx, YAML or JSON (default: none).")
        Path updates;

        @Option(names = "--accountabilities", paramLabel = "FILE",
                description = "Which unit answers for which indicator, beside the owners the plan states; CSV, "
                        + ".xlsx, YAML or JSON (default: none).")
        Path accountabilities;

        @Option(names = "--as-of", paramLabel = "YEAR",
                description = "The year to judge as of (default: the latest observed year no later than the "
                        + "current year; with no observations, the plan's last year).")
        Integer asOf;

        @Option(names = "--rules", paramLabel = "DIR",
                description = "A directory of rule files of one's own (*.drl), or one such file; may be "
                        + "given more than once. DRL is code: load only files you trust.")
        List<Path> rules = new ArrayList<>();

        @Option(names = "--timeout", paramLabel = "SECONDS",
                description = "The most seconds an evaluation may take before it is stopped, naming the rule that "
                        + "was running (default: 120, far more than any real plan needs).")
        Integer timeout;

        @Option(names = "--policy", paramLabel = "FILE",
                description = "Thresholds and tolerances, a YAML or JSON document (default: the "
                        + "methodology's defaults); see docs/cli.md.")
        Path policy;
    }

    /** How and where to write. */
    static final class Output {

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "text, json, md or html (default: text; html for report).")
        Format format;

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
                description = "zh or en (default: ${DEFAULT-VALUE}).")
        Language lang;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Write to this file, replacing it whole, instead of to standard output. A device "
                        + "or pipe (/dev/null) is written to, not replaced; a read-only file is refused.")
        Path output;

        @Option(names = "--force", description = "Replace the --output file even if it is read-only.")
        boolean force;
    }
}
