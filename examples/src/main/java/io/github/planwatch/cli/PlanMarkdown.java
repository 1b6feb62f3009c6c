package io.github.planwatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Task;
import io.github.planwatch.report.Terms;

/**
 * The outline of a plan in Markdown for pasting into documents ({@code show --format md}); the
 * evaluation's Markdown is plan-report's.
 */
final class PlanMarkdown {

    private final Terms w;
    private final StringBuilder md = new StringBuilder();

    private PlanMarkdown(Terms w) {
        this.w = w;
    }

    /**
     * Writes the outline of a plan.
     *
     * @param plan  the plan, not null
     * @param w  the language, not null
     * @return the document, not null
     */
    static String plan(ActionPlan plan, Terms w) {
        return new PlanMarkdown(w.forPlan(plan)).writePlan(plan);
    }

    private String writePlan(ActionPlan plan) {
        md.append("# ").append(cell(Printable.of(w, plan.title()))).append("\n\n");
        md.append(cell(plan.documentNumber())).append(" · ").append(w.issued()).append(' ').append(plan.issueDate())
                .append(" · ").append(w.period()).append(' ').append(plan.period()).append("\n\n");
        md.append("## ").append(w.areas()).append("\n\n");
        for (Area area : plan.areas()) {
            md.append("### ").append(area.number()).append(". ").append(cell(Printable.of(w, area.name()))).append("\n\n");
            table(List.of("#", w.task(), w.leads(), w.shares()), "r l l l");
            for (Task t : plan.tasksOf(area.id())) {
                row(Integer.toString(t.number()), Printable.of(w, t.title()), units(plan, t.leadUnits()), units(plan, t.responsibleUnits()));
            }
            md.append('\n');
        }
        md.append("## ").append(w.indicators()).append("\n\n");
        table(List.of("#", w.category(), w.indicator(), w.baseline(), w.targets()), "r l l l l");
        for (IndicatorCategory c : plan.categories()) {
            for (Indicator i : plan.indicatorsOf(c.id())) {
                row(Integer.toString(i.number()), Printable.of(w, c.name()), Printable.of(w, i.name()) + " (" + Results.unit(i.unit(), w) + ")",
                        i.baseline() == null ? "–" : Results.number(i.baseline().value()) + " (" + i.baseline().year() + ")",
                        i.targets().stream().map(t -> t.year() + " " + Results.describe(t, w)).collect(Collectors.joining("; ")));
            }
        }
        md.append('\n');
        if (!plan.keyWork().isEmpty()) {
            md.append("## ").append(w.keyWork()).append("\n\n");
            table(List.of("#", w.keyWork(), w.leads(), w.shares(), w.task()), "l l l l l");
            for (KeyWorkItem k : plan.keyWork()) {
                row(k.year() + "-" + k.number(), Printable.of(w, k.theme()), units(plan, k.leadUnits()), units(plan, k.responsibleUnits()),
                        k.tasks().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private String units(ActionPlan plan, List<String> ids) {
        return ids.isEmpty() ? "–" : ids.stream().map(id -> plan.organisation(id).map(o -> Printable.of(w, o.name())).orElse(id))
                .collect(Collectors.joining(w.zh() ? "、" : "; "));
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
