package io.github.planwatch.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code planwatch template}: writes an empty observations file of a plan for an office to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class,
        sortOptions = false,
        description = {"Writes an empty observations file for a plan, for a statistics office to fill in: a row for"
                + " each indicator (and each target stated in a task or key-work item) and each year from the first"
                + " of the plan's period to its horizon year, the value and the other columns empty.",
                "Until its values are filled in, each row is reported as missing its value; delete the rows of"
                        + " years that will not be reported."})
final class TemplateCommand implements Callable<Integer> {

    /** The formats a template is written in. */
    enum Format {
        XLSX, CSV
    }

    @ParentCommand
    Planwatch top;

    @Mixin
    Options.PlanSource source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "xlsx (an Excel workbook) or csv (default: from the output file's name).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "The file to write, ending .xlsx or .csv; it is replaced whole.")
    Path output;

    @Override
    public Integer call() {
        String extension = "." + (format == null ? Format.XLSX : format).name().toLowerCase(Locale.ROOT);
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (format == null ? !name.endsWith(".xlsx") && !name.endsWith(".csv") : !name.endsWith(extension)) {
            throw new InvalidInputException("the output's name does not fit its format", java.util.List.of(Problem.at("",
                    "--output " + Printable.escape(output.toString()) + ": expected a name ending "
                            + (format == null ? ".xlsx or .csv" : extension + " for --format "
                            + format.name().toLowerCase(Locale.ROOT)))));
        }
        ActionPlan plan = Inputs.plan(source);
        try {
            ObservationDocuments.writeTemplate(plan, output);
        } catch (PlanwatchException ex) {
            throw new Planwatch.OutputFailed(ex.getMessage(), ex);
        }
        return Planwatch.OK;
    }
}
