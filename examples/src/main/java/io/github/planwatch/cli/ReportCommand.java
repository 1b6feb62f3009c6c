package io.github.planwatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.planwatch.io.EvaluationDocuments;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import io.github.planwatch.report.Terms;

/** {@code planwatch report}: writes the evaluation as a report file. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class, sortOptions = false,
        description = {"Writes the evaluation as a report file: by default one self-contained HTML page "
                + "(planwatch-report.html) with a chart for every indicator, the findings and who is accountable "
                + "for what; --format md writes Markdown for pasting into documents."})
final class ReportCommand implements Callable<Integer> {

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

    @Option(names = "--since", paramLabel = "FILE",
            description = "An earlier evaluation document (evaluate --format json) of the same plan: the report lists "
                    + "every change of status since the latest such file, with its reason, and each target's status "
                    + "in every one; may be given more than once.")
    List<Path> since = new ArrayList<>();

    @Override
    public Integer call() {
        Inputs inputs = Inputs.load(source, evidence);
        top.warn(inputs.warnings());
        Results results = inputs.results();
        Options.Format format = output.format == null ? Options.Format.HTML : output.format;
        Path file = output.output != null ? output.output : Path.of("planwatch-report." + switch (format) {
            case TEXT -> "txt";
            case JSON -> "json";
            case MD -> "md";
            case HTML -> "html";
        });
        List<Evaluation> earlier = new ArrayList<>();
        for (Path previous : since) {
            earlier.add(EvaluationDocuments.read(previous));
        }
        Terms w = new Terms(output.lang);
        String text = switch (format) {
            case HTML -> HtmlReport.render(results, earlier, false, w);
            case MD -> HtmlReport.render(results, earlier, true, w);
            default -> Outputs.render(results, format, w, false, Terminal.DEFAULT_WIDTH);
        };
        top.emit(text, file, output.force);
        top.terminal().out().println((output.lang == Language.ZH ? "已写入 " : "Wrote ") + Printable.escape(file.toString()));
        top.checkOut();
        return failOn.status(results.evaluation());
    }
}
