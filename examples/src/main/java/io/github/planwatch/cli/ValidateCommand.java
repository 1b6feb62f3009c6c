package io.github.planwatch.cli;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Observation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code planwatch validate}: checks every input file and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class, sortOptions = false,
        description = {"Checks the plan, the observations, the key-work reports, the policy and the rule files, "
                + "and lists every problem of every file, one per line, as FILE:LINE:COLUMN: message.",
                "The rules are run once as well, so that a rule of one's own that fails is found here."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Planwatch top;

    @Mixin
    Options.PlanSource source;

    @Mixin
    Options.Evidence evidence;

    @Override
    public Integer call() {
        Inputs inputs = Inputs.load(source, evidence);
        top.warn(inputs.warnings());
        inputs.evaluate();
        ActionPlan plan = inputs.plan();
        StringBuilder sb = new StringBuilder();
        line(sb, "plan", inputs.planSource(), plan.id() + ": " + plan.areas().size() + " areas, " + plan.tasks().size()
                + " tasks, " + plan.indicators().size() + " indicators, " + plan.keyWork().size() + " key-work items, "
                + plan.organisations().size() + " units");
        IntSummaryStatistics years = inputs.observations().stream().mapToInt(Observation::year).summaryStatistics();
        line(sb, "observations", inputs.observationSource() == null ? "none" : inputs.observationSource(),
                inputs.observations().size() + " values" + (years.getCount() == 0 ? ""
                        : ", " + years.getMin() + "-" + years.getMax()));
        line(sb, "updates", inputs.updateSource() == null ? "none" : inputs.updateSource(),
                inputs.updateSource() == null ? "" : inputs.updates().size() + " reports");
        line(sb, "policy", evidence.policy == null ? "defaults" : evidence.policy.toString(), "");
        List<String> rules = inputs.ruleFiles().stream().map(Object::toString).toList();
        line(sb, "rules", rules.isEmpty() ? "built-in only" : "built-in and " + String.join(", ", rules), "");
        line(sb, "as of", Integer.toString(inputs.asOf()), inputs.asOfSource().en());
        int warned = inputs.warnings().size();
        sb.append(warned == 0 ? "No problems found.\n"
                : "No problems found; " + warned + (warned == 1 ? " warning" : " warnings") + " on standard error.\n");
        top.emit(sb.toString(), null);
        return Planwatch.OK;
    }

    /** A line of what was read, where from, and in brackets what it holds: on lines below where that is too wide. */
    private void line(StringBuilder sb, String what, String where, String detail) {
        int width = top.terminal().width();
        String head = DisplayWidth.pad(what, 13, false) + Printable.escape(where);
        String tail = detail.isEmpty() ? "" : "(" + Printable.escape(detail) + ")";
        if (tail.isEmpty() || DisplayWidth.of(head) + 2 + DisplayWidth.of(tail) <= width) {
            sb.append(head).append(tail.isEmpty() ? "" : "  " + tail).append('\n');
            return;
        }
        sb.append(head).append('\n');
        for (String l : DisplayWidth.wrap(tail, width - 13)) {
            sb.append(" ".repeat(13)).append(l).append('\n');
        }
    }
}
