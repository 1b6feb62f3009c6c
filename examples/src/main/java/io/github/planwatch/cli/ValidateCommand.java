package io.github.planwatch.cli;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.Observation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "zh or en: the language of the summary, the problems and the warnings (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Override
    public Integer call() {
        Inputs inputs = Inputs.load(source, evidence);
        top.warn(inputs.warnings());
        inputs.evaluate();
        ActionPlan plan = inputs.plan();
        boolean zh = lang == Language.ZH;
        StringBuilder sb = new StringBuilder();
        line(sb, zh ? "规划" : "plan", inputs.planSource(), zh
                ? plan.id() + "：" + plan.areas().size() + "个领域、" + plan.tasks().size() + "项任务、"
                        + plan.indicators().size() + "个指标、" + plan.keyWork().size() + "项重点工作、"
                        + plan.organisations().size() + "个单位"
                : plan.id() + ": " + count(plan.areas().size(), "area") + ", " + count(plan.tasks().size(), "task") + ", "
                        + count(plan.indicators().size(), "indicator") + ", " + count(plan.keyWork().size(), "key-work item")
                        + ", " + count(plan.organisations().size(), "unit"));
        IntSummaryStatistics years = inputs.observations().stream().mapToInt(Observation::year).summaryStatistics();
        String span = years.getCount() == 0 ? "" : (zh ? "，" : ", ") + years.getMin() + "-" + years.getMax();
        line(sb, zh ? "观测值" : "observations", inputs.observationSource() == null ? (zh ? "无" : "none")
                : inputs.observationSource(), inputs.observations().size() + (zh ? "条观测值" : " values") + span);
        line(sb, zh ? "重点工作进展" : "updates", inputs.updateSource() == null ? (zh ? "无" : "none") : inputs.updateSource(),
                inputs.updateSource() == null ? "" : inputs.updates().size() + (zh ? "条重点工作进展" : " reports"));
        line(sb, zh ? "评估参数" : "policy", evidence.policy == null ? (zh ? "默认值" : "defaults")
                : evidence.policy.toString(), "");
        List<String> rules = inputs.ruleFiles().stream().map(Object::toString).toList();
        line(sb, zh ? "规则" : "rules", rules.isEmpty() ? (zh ? "仅内置规则" : "built-in only")
                : (zh ? "内置规则和" : "built-in and ") + String.join(zh ? "、" : ", ", rules), "");
        line(sb, zh ? "评估年份" : "as of", Integer.toString(inputs.asOf()), inputs.asOfSource().in(lang));
        int warned = inputs.warnings().size();
        if (zh) {
            sb.append(warned == 0 ? "未发现问题。\n" : "未发现问题；标准错误输出中有" + warned + "条警告。\n");
        } else {
            sb.append(warned == 0 ? "No problems found.\n"
                    : "No problems found; " + warned + (warned == 1 ? " warning" : " warnings") + " on standard error.\n");
        }
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

    /** A count in English: "1 area", "2 areas". */
    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
