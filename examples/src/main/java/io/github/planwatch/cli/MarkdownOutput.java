package io.github.planwatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;

/** Markdown for pasting into documents: an evaluation, or the outline of a plan, as headings, tables and lists. */
final class MarkdownOutput {

    private final Words w;
    private final StringBuilder md = new StringBuilder();

    private MarkdownOutput(Words w) {
        this.w = w;
    }

    /**
     * Writes an evaluation: the plan at a glance, categories and areas, every target, the findings
     * and who is accountable for what.
     *
     * @param r  the evaluation and its inputs, not null
     * @param w  the language, not null
     * @return the document, not null
     */
    static String evaluation(Results r, Words w) {
        return new MarkdownOutput(w).writeEvaluation(r);
    }

    /**
     * Writes the outline of a plan.
     *
     * @param plan  the plan, not null
     * @param w  the language, not null
     * @return the document, not null
     */
    static String plan(ActionPlan plan, Words w) {
        return new MarkdownOutput(w).writePlan(plan);
    }

    private String writeEvaluation(Results r) {
        ActionPlan plan = r.plan();
        Evaluation e = r.evaluation();
        md.append("# ").append(cell(w.of(plan.title()))).append("\n\n");
        md.append(cell(plan.documentNumber())).append(" · ").append(w.of(Words.AS_OF)).append(' ').append(e.asOf())
                .append(" · ").append(w.of(Words.REFERENCE_DATE)).append(' ').append(e.referenceDate()).append("\n\n");

        md.append("## ").append(w.of(Words.PLAN_AT_A_GLANCE)).append("\n\n");
        GroupSummary summary = e.planSummary();
        md.append("**").append(w.of(Words.PLAN_SCORE)).append(' ').append(Results.decimal(summary.score()))
                .append(" · ").append(w.status(summary.status())).append("**");
        int scored = summary.members() - summary.unscored();
        md.append(w.isChinese() ? "（" + summary.members() + "个目标中" + scored + "个可评分）"
                : " (" + scored + " of " + summary.members() + " targets scored)").append("\n\n");
        table(List.of(w.of(Words.STATUS), w.of(Words.TARGETS)), "l r");
        for (Status s : TextOutput.statusOrder()) {
            row(w.status(s), Integer.toString(summary.count(s)));
        }
        md.append('\n');

        groups(w.of(Words.CATEGORIES), w.of(Words.CATEGORY), e.groups(GroupKind.CATEGORY), plan, true);
        groups(w.of(Words.AREAS), w.of(Words.AREA), e.groups(GroupKind.AREA), plan, false);

        md.append("## ").append(w.of(Words.INDICATORS)).append("\n\n");
        table(List.of("#", w.of(Words.INDICATOR), w.of(Words.BASELINE), w.of(Words.YEAR), w.of(Words.TARGET),
                w.of(Words.JUDGED), w.of(Words.RATIO), w.of(Words.SCORE), w.of(Words.STATUS)), "r l l l l l r r l");
        for (Indicator i : plan.indicators()) {
            boolean first = true;
            for (Target t : i.targets()) {
                Assessment a = e.assessment(t.id()).orElseThrow();
                String base = i.baseline() == null ? "–"
                        : Results.number(i.baseline().value()) + " (" + i.baseline().year() + ")";
                row(first ? Integer.toString(i.number()) : "",
                        first ? w.of(i.name()) + " (" + Results.unit(i.unit(), w) + ")" : "",
                        first ? base : "", Results.years(t), Results.describe(t, w), judged(r, a),
                        Results.decimal(a.ratio()), Results.decimal(a.score()), Results.statusText(a, w));
                first = false;
            }
        }
        md.append('\n').append(w.of(Words.PROVISIONAL_NOTE)).append("\n\n");

        List<Assessment> work = r.workAssessments();
        if (!work.isEmpty()) {
            md.append("## ").append(w.of(Words.WORK_TARGETS)).append("\n\n");
            table(List.of(w.of(Words.SUBJECT), w.of(Words.INDICATOR), w.of(Words.YEAR), w.of(Words.TARGET),
                    w.of(Words.JUDGED), w.of(Words.SCORE), w.of(Words.STATUS)), "l l l l l r l");
            for (Assessment a : work) {
                Results.TargetInfo info = r.target(a.targetId());
                row(r.ownerName(a, w), w.of(info.measure()) + " (" + Results.unit(info.unit(), w) + ")",
                        Results.years(info.target()), Results.describe(info.target(), w), judged(r, a),
                        Results.decimal(a.score()), Results.statusText(a, w));
            }
            md.append('\n');
        }

        md.append("## ").append(w.of(Words.FINDINGS)).append("\n\n");
        if (e.findings().isEmpty()) {
            md.append(w.of(Words.NO_FINDINGS)).append("\n\n");
        }
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
            List<Finding> found = e.findings().stream().filter(f -> f.severity() == s).toList();
            if (found.isEmpty()) {
                continue;
            }
            md.append("### ").append(w.severity(s)).append(" (").append(found.size()).append(")\n\n");
            for (Finding f : found) {
                md.append("- `").append(f.code()).append("` ").append(cell(r.subjectName(f, w))).append(": ")
                        .append(cell(f.message().in(w.language()))).append('\n');
            }
            md.append('\n');
        }

        md.append("## ").append(w.of(Words.ACCOUNTABILITY)).append("\n\n");
        table(List.of(w.of(Words.UNIT), w.of(Words.LEADS), w.of(Words.SHARES), w.severity(Severity.CRITICAL),
                w.severity(Severity.WARNING)), "l r r r r");
        List<Results.UnitDuties> units = r.accountability();
        for (Results.UnitDuties u : units) {
            List<Finding> all = u.allFindings();
            row(w.of(u.organisation().name()), Long.toString(u.leads()), Long.toString(u.shares()),
                    Long.toString(all.stream().filter(f -> f.severity() == Severity.CRITICAL).count()),
                    Long.toString(all.stream().filter(f -> f.severity() == Severity.WARNING).count()));
        }
        md.append('\n');
        for (Results.UnitDuties u : units) {
            md.append("### ").append(cell(w.of(u.organisation().name()))).append("\n\n");
            for (Finding f : u.findings()) {
                md.append("- ").append(w.severity(f.severity())).append(" `").append(f.code()).append("`: ")
                        .append(cell(f.message().in(w.language()))).append('\n');
            }
            for (Results.Duty d : u.duties()) {
                String name = d.kind() == SubjectKind.TASK ? r.taskName(d.id(), w) : r.itemName(d.id(), w);
                md.append("- ").append(w.of(d.lead() ? Words.ROLE_LEAD : Words.ROLE_RESPONSIBLE)).append(" · ")
                        .append(cell(name));
                d.worst().ifPresent(s -> md.append(" · ").append(w.status(s)));
                if (d.lastReport() != null) {
                    md.append(" · ").append(w.of(Words.REPORTED)).append(' ').append(d.lastReport().date()).append(' ')
                            .append(w.keyWorkStatus(d.lastReport().status()));
                }
                if (!d.findings().isEmpty()) {
                    md.append(" · ").append(d.findings().stream().map(f -> "`" + f.code() + "`").distinct()
                            .collect(Collectors.joining(" ")));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append("---\n").append(w.of(Words.GENERATED_BY)).append(" · ").append(cell(dataLine(r))).append('\n');
        return md.toString();
    }

    private String judged(Results r, Assessment a) {
        if (a.status() == Status.INSUFFICIENT_DATA && a.latestValue() == null && a.years().isEmpty()) {
            return "–";
        }
        return r.judged(a, w);
    }

    private String dataLine(Results r) {
        String line = r.observationSource() == null ? (w.isChinese() ? "无观测值" : "no observations")
                : r.observations().size() + (w.isChinese() ? "" : " ") + w.of(Words.OBSERVATIONS) + " (" + r.observationSource() + ")";
        if (r.updateSource() != null) {
            line += "; " + r.updates().size() + (w.isChinese() ? "" : " ") + w.of(Words.UPDATES) + " (" + r.updateSource() + ")";
        }
        return line;
    }

    private void groups(String heading, String kind, List<GroupSummary> groups, ActionPlan plan, boolean categories) {
        md.append("## ").append(heading).append("\n\n");
        table(List.of(kind, w.of(Words.MEMBERS), w.of(Words.UNSCORED), w.of(Words.SCORE), w.of(Words.STATUS)), "l r r r l");
        for (GroupSummary g : groups) {
            String name = categories
                    ? plan.categories().stream().filter(c -> c.id().equals(g.id())).map(c -> w.of(c.name())).findFirst().orElse(g.id())
                    : plan.areas().stream().filter(a -> a.id().equals(g.id())).map(a -> w.of(a.name())).findFirst().orElse(g.id());
            row(name, Integer.toString(g.members()), Integer.toString(g.unscored()), Results.decimal(g.score()),
                    w.status(g.status()));
        }
        md.append('\n');
    }

    private String writePlan(ActionPlan plan) {
        md.append("# ").append(cell(w.of(plan.title()))).append("\n\n");
        md.append(cell(plan.documentNumber())).append(" · ").append(w.of(Words.ISSUED)).append(' ').append(plan.issueDate())
                .append(" · ").append(w.of(Words.PERIOD)).append(' ').append(plan.period()).append("\n\n");
        md.append("## ").append(w.of(Words.AREAS)).append("\n\n");
        for (Area area : plan.areas()) {
            md.append("### ").append(area.number()).append(". ").append(cell(w.of(area.name()))).append("\n\n");
            table(List.of("#", w.of(Words.TASK), w.of(Words.LEADS), w.of(Words.SHARES)), "r l l l");
            for (Task t : plan.tasksOf(area.id())) {
                row(Integer.toString(t.number()), w.of(t.title()), units(plan, t.leadUnits()), units(plan, t.responsibleUnits()));
            }
            md.append('\n');
        }
        md.append("## ").append(w.of(Words.INDICATORS)).append("\n\n");
        table(List.of("#", w.of(Words.CATEGORY), w.of(Words.INDICATOR), w.of(Words.BASELINE), w.of(Words.TARGETS)), "r l l l l");
        for (IndicatorCategory c : plan.categories()) {
            for (Indicator i : plan.indicatorsOf(c.id())) {
                row(Integer.toString(i.number()), w.of(c.name()), w.of(i.name()) + " (" + Results.unit(i.unit(), w) + ")",
                        i.baseline() == null ? "–" : Results.number(i.baseline().value()) + " (" + i.baseline().year() + ")",
                        i.targets().stream().map(t -> t.year() + " " + Results.describe(t, w)).collect(Collectors.joining("; ")));
            }
        }
        md.append('\n');
        if (!plan.keyWork().isEmpty()) {
            md.append("## ").append(w.of(Words.KEY_WORK)).append("\n\n");
            table(List.of("#", w.of(Words.KEY_WORK), w.of(Words.LEADS), w.of(Words.SHARES), w.of(Words.TASK)), "l l l l l");
            for (KeyWorkItem k : plan.keyWork()) {
                row(k.year() + "-" + k.number(), w.of(k.theme()), units(plan, k.leadUnits()), units(plan, k.responsibleUnits()),
                        k.tasks().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private String units(ActionPlan plan, List<String> ids) {
        return ids.isEmpty() ? "–" : ids.stream().map(id -> plan.organisation(id).map(o -> w.of(o.name())).orElse(id))
                .collect(Collectors.joining(w.isChinese() ? "、" : "; "));
    }

    /** Starts a table: a header row and the alignment row, "l" or "r" per column. */
    private void table(List<String> headers, String alignments) {
        row(headers.toArray(String[]::new));
        List<String> rule = new ArrayList<>();
        for (String a : alignments.split(" ")) {
            rule.add(a.equals("r") ? "---:" : "---");
        }
        md.append("| ").append(String.join(" | ", rule)).append(" |\n");
    }

    private void row(String... cells) {
        md.append("| ");
        for (int i = 0; i < cells.length; i++) {
            md.append(i == 0 ? "" : " | ").append(cell(cells[i]));
        }
        md.append(" |\n");
    }

    /**
     * Makes a text safe inside a table cell and inline: line breaks become spaces, other control
     * characters escapes; the characters that Markdown reads as markup are escaped, and so is HTML.
     */
    static String cell(String text) {
        String flat = Printable.escape(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
        StringBuilder sb = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\\', '|', '`', '*', '_', '[', ']', '#', '!', '~' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
