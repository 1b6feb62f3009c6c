package io.github.planwatch.cli;

import java.util.concurrent.Callable;

import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import io.github.planwatch.report.Terms;

/** {@code planwatch show}: the plan's structure. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class, sortOptions = false,
        description = {"Shows the plan's structure: areas and tasks with their lead units, indicators with their "
                + "baselines and targets, key work and units.",
                "--format json writes the plan document itself (docs/plan-format.md)."})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    Planwatch top;

    @Spec
    CommandSpec spec;

    @Mixin
    Options.PlanSource source;

    @Mixin
    Options.Output output;

    @Override
    public Integer call() {
        ActionPlan plan = Inputs.plan(source);
        Options.Format format = output.format == null ? Options.Format.TEXT : output.format;
        Terms w = new Terms(output.lang);
        String text = switch (format) {
            case TEXT -> TextOutput.plan(plan, w, top.terminal().colour() && output.output == null,
                    top.terminal().width());
            case JSON -> PlanDocuments.toJson(plan);
            case MD -> PlanMarkdown.plan(plan, w);
            case HTML -> throw new ParameterException(spec.commandLine(),
                    "show writes text, json or md; for an HTML report use: planwatch report");
        };
        top.emit(text, output.output, output.force);
        return Planwatch.OK;
    }
}
