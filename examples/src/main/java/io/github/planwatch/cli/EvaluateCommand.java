package io.github.planwatch.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import io.github.planwatch.report.Terms;

/** {@code planwatch evaluate}: judges every target and prints the evaluation. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class, sortOptions = false,
        description = {"Judges every target of the plan as of a year and prints the evaluation: the plan at a "
                + "glance, its categories and areas, every target, and the findings.",
                "--format json writes the evaluation document that other tools read (docs/cli.md)."})
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    Planwatch top;

    @Mixin
    Options.PlanSource source;

    @Mixin
    Options.Evidence evidence;

    @Mixin
    Options.Output output;

    @Mixin
    FailOn failOn;

    @Override
    public Integer call() {
        Inputs inputs = Inputs.load(source, evidence);
        top.warn(inputs.warnings());
        Results results = inputs.results();
        Options.Format format = output.format == null ? Options.Format.TEXT : output.format;
        boolean colour = top.terminal().colour() && output.output == null;
        top.emit(Outputs.render(results, format, new Terms(output.lang), colour, top.terminal().width()), output.output, output.force);
        return failOn.status(results.evaluation());
    }
}
