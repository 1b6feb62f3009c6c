package io.github.planwatch.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.planwatch.cli.TextTable.Cell;
import io.github.planwatch.cli.TextTable.Column;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.report.Terms;

/**
 * The text a terminal shows: an evaluation, and the outline of a plan, as tables aligned by
 * display width that fit the width of the terminal, coloured on request.
 */
final class TextOutput {

    /** The widest that the plan's own words for a target may be in a table; longer ones are written as a sign and a value. */
    private static final int WORDING = 12;
    /** Findings of one code up to this many are listed one by one; more are listed by subject. */
    private static final int LISTED_ONE_BY_ONE = 3;

    private final Terms w;
    private final boolean colour;
    private final int width;
    private final List<String> lines = new ArrayList<>();

    private TextOutput(Terms w, boolean colour, int width) {
        this.w = w;
        this.colour = colour;
        this.width = width;
    }

    /**
     * Writes an evaluation: the plan at a glance, its categories and areas, every target, the findings.
     *
     * @param results  the evaluation and its inputs, not null
     * @param w  the language, not null
     * @param colour  whether to colour
     * @param width  the most columns a line may take
     * @return the text, ending with a line break, not null
     */
    static String evaluation(Results results, Terms w, boolean colour, int width) {
        return new TextOutput(w.forPlan(results.plan()), colour, width).writeEvaluation(results);
    }

    /**
     * Writes the outline of a plan: areas and tasks, indicators and targets, key work and units.
     *
     * @param plan  the plan, not null
     * @param w  the language, not null
     * @param colour  whether to colour
     * @param width  the most columns a line may take
     * @return the text, ending with a line break, not null
     */
    static String plan(ActionPlan plan, Terms w, boolean colour, int width) {
        return new TextOutput(w.forPlan(plan), colour, width).writePlan(plan);
    }

    // ------------------------------------------------------------------ evaluation

    private String writeEvaluation(Results r) {
        ActionPlan plan = r.plan();
        Evaluation e = r.evaluation();
        title(Printable.of(w, plan.title()));
        wrapStyled(List.of(Printable.escape(plan.documentNumber()), w.asOf() + " " + e.asOf()
                + (r.asOfSource() == null ? "" : w.parenthesised(Printable.of(w, r.asOfSource()))), dataLine(r)));
        lines.add("");

        heading(w.overview());
        GroupSummary summary = e.planSummary();
        int scored = summary.members() - summary.unscored();
        String score = w.planScore() + " " + Results.decimal(summary.score()) + (w.zh() ? "" : " ");
        String status = w.zh() ? "（" + w.status(summary.status()) + "）" : "(" + w.status(summary.status()) + ")";
        lines.add(score + styled(status, Style.of(summary.status()))
                + (w.zh() ? "，" + summary.members() + "个目标中" + scored + "个可评分"
                : ", from " + scored + " of " + summary.members() + " targets"));
        List<String> counts = new ArrayList<>();
        for (Status s : statusOrder()) {
            counts.add(styled(w.status(s) + " " + summary.count(s), Style.of(s)));
        }
        wrapStyled(counts);
        lines.add("");

        milestonesOff(r);

        if (!e.groups(GroupKind.NATURE).isEmpty()) {
            groupTable(w.natures(), w.nature(), e.groups(GroupKind.NATURE), w::natureName);
        }
        groupTable(w.categories(), w.category(), e.groups(GroupKind.CATEGORY),
                id -> plan.categories().stream().filter(c -> c.id().equals(id)).map(c -> Printable.of(w, c.name())).findFirst().orElse(id));
        groupTable(w.areas(), w.area(), e.groups(GroupKind.AREA),
                id -> plan.areas().stream().filter(a -> a.id().equals(id)).map(a -> Printable.of(w, a.name())).findFirst().orElse(id));

        heading(w.indicators());
        TextTable indicators = targetTable();
        // Looked up once, not by a search per target: a plan of thousands of targets prints them all.
        Map<String, Assessment> byTarget = new HashMap<>();
        e.assessments().forEach(a -> byTarget.put(a.targetId(), a));
        for (Indicator i : plan.indicators()) {
            String base = i.baseline() == null ? w.noBaseline()
                    : w.baseline() + " " + Results.number(i.baseline().value()) + " (" + i.baseline().year() + ")";
            indicators.line(String.format("%2d ", i.number()) + Printable.of(w, i.name()) + " · " + Results.unit(i.unit(), w) + " · " + base,
                    Style.BOLD);
            for (Target t : i.targets()) {
                addTarget(indicators, r, Objects.requireNonNull(byTarget.get(t.id()), t.id()));
            }
        }
        indicators.render(width, colour).forEach(lines::add);
        lines.add("");

        List<Assessment> joint = r.jointAssessments();
        if (!joint.isEmpty()) {
            heading(w.zh() ? "多指标联合目标" : "Targets over several indicators");
            TextTable table = targetTable();
            for (Assessment a : joint) {
                Results.TargetInfo info = r.target(a.targetId());
                String combine = a.combine() == Combination.ALL_OF ? (w.zh() ? "全部达到：" : "all of: ")
                        : (w.zh() ? "任一达到：" : "any of: ");
                table.line(combine + Printable.of(w, info.measure()) + " · " + Results.unit(info.unit(), w), Style.BOLD);
                addTarget(table, r, a);
                // Each member below, the one that decided the joint target's status marked.
                for (Assessment m : a.members()) {
                    Results.TargetInfo member = r.target(m.targetId());
                    String decided = m.subjectId().equals(a.decidedBy()) ? (w.zh() ? "（决定状态）" : " (decides)") : "";
                    table.line("   " + Printable.of(w, member.measure()) + decided, Style.PLAIN);
                    addTarget(table, r, m);
                }
            }
            table.render(width, colour).forEach(lines::add);
            lines.add("");
        }

        List<Assessment> work = r.workAssessments();
        if (!work.isEmpty()) {
            heading(w.targetsIn());
            TextTable table = targetTable();
            String owner = null;
            for (Assessment a : work) {
                String name = r.ownerName(a, w);
                if (!name.equals(owner)) {
                    table.line(name, Style.BOLD);
                    owner = name;
                }
                Results.TargetInfo info = r.target(a.targetId());
                if (a.due() != null) {
                    table.line("   ◇ " + w.milestone() + w.colon() + Printable.of(w, info.measure()), Style.PLAIN);
                    addMilestone(table, r, a);
                    continue;
                }
                table.line("   " + Printable.of(w, info.measure()) + " · " + Results.unit(info.unit(), w), Style.PLAIN);
                addTarget(table, r, a);
            }
            table.render(width, colour).forEach(lines::add);
            lines.add("");
        }

        findings(r);

        lines.add("* " + w.provisional());
        return String.join("\n", lines) + "\n";
    }

    private String dataLine(Results r) {
        return Printable.escape(HtmlReport.sources(r, w));
    }

    private TextTable targetTable() {
        // Every text column may be cut, widest first, so that a plan with long values still fits the width.
        return new TextTable(Column.left(""), Column.left(w.year()), Column.flexible(w.target()),
                Column.flexible(w.judgedOn()), Column.right(w.score()), Column.flexible(w.status()));
    }

    private void addTarget(TextTable table, Results r, Assessment a) {
        Target t = r.target(a.targetId()).target();
        String judged = a.status() == Status.INSUFFICIENT_DATA && a.latestValue() == null
                ? w.reason(a.reason())
                // "pending" in the status column says why there is no judgement: the figure is not yet out.
                : a.status() == Status.INSUFFICIENT_DATA && a.last() == null ? r.judged(a, w) + " " + w.reason(a.reason())
                : r.judged(a, w);
        table.row(List.of(Cell.of(""), Cell.of(Results.years(t)), Cell.of(Results.describe(t, w, WORDING)),
                Cell.of(judged), Cell.of(Results.decimal(a.score())),
                new Cell(a.last() == null ? w.status(a.status()) : w.pending(a.last()), Style.of(a.status()))));
    }

    /**
     * A milestone in the table of targets in tasks and key work: its day, the report its status rests
     * on, its status, and beneath them that report's evidence, why it has its status and its pace.
     */
    private void addMilestone(TextTable table, Results r, Assessment a) {
        Target t = r.target(a.targetId()).target();
        table.row(List.of(Cell.of(""), Cell.of(Results.years(t)), Cell.of(w.dueBy(a.due())), Cell.of(Printable.escape(w.report(a.report()))),
                Cell.of(Results.decimal(a.score())), new Cell(w.status(a.status()), Style.of(a.status()))));
        List<String> more = new ArrayList<>();
        String evidence = w.evidence(a.report());
        if (!evidence.isEmpty()) {
            more.add(Printable.escape(evidence));
        }
        String why = w.milestoneWhy(a);
        if (!why.isEmpty()) {
            more.add(why);
        }
        more.add(w.pace() + w.colon() + w.pace(a, r.evaluation().asOf()));
        table.line("     " + String.join(" · ", more), Style.PLAIN);
    }

    /**
     * The milestones that are off track, first after the overview as in the report: each missed one
     * (overdue, done late or dropped) with what it belongs to, its day, its lead units, the report
     * its status rests on and why; nothing where none is.
     */
    private void milestonesOff(Results r) {
        List<Assessment> off = r.workAssessments().stream().filter(a -> a.due() != null && a.status() == Status.MISSED).toList();
        if (off.isEmpty()) {
            return;
        }
        long all = r.workAssessments().stream().filter(a -> a.due() != null).count();
        heading(w.milestonesOff() + (w.zh() ? "（" + all + "个中" + off.size() + "个）" : " (" + off.size() + " of " + all + ")"));
        for (Assessment a : off) {
            String name = Printable.of(w, r.target(a.targetId()).measure());
            String kind = w.milestoneOff(a);
            List<String> wrapped = DisplayWidth.wrap(kind + " " + name + " · " + w.dueBy(a.due()), width - 2);
            for (int i = 0; i < wrapped.size(); i++) {
                String line = wrapped.get(i);
                // The kind in the status's colour, as the report's pill.
                lines.add(i == 0 && line.startsWith(kind) ? "  " + styled(kind, Style.of(a.status())) + line.substring(kind.length())
                        : (i == 0 ? "  " : "    ") + line);
            }
            String sep = " · ";
            String evidence = w.evidence(a.report());
            String detail = r.ownerName(a, w) + sep + w.leadUnit() + w.colon() + leads(r, a) + sep + w.lastReport() + w.colon()
                    + Printable.escape(w.report(a.report())) + (evidence.isEmpty() ? "" : sep + Printable.escape(evidence))
                    + sep + w.milestoneWhy(a);
            DisplayWidth.wrap(detail, width - 4).forEach(l -> lines.add("    " + l));
        }
        lines.add("");
    }

    /** The lead units of the task or key-work item a target belongs to, by name, or the words for none. */
    private String leads(Results r, Assessment a) {
        List<String> ids = switch (a.ownerKind()) {
            case TASK -> r.lookup().task(Integer.parseInt(a.ownerId())).map(Task::leadUnits).orElse(List.of());
            case KEY_WORK_ITEM -> r.lookup().keyWorkItem(a.ownerId()).map(KeyWorkItem::leadUnits).orElse(List.of());
            default -> List.of();
        };
        return ids.isEmpty() ? w.noLeadUnit()
                : ids.stream().map(id -> r.unitName(id, w)).collect(Collectors.joining(w.zh() ? "、" : ", "));
    }

    private void groupTable(String heading, String kind, List<GroupSummary> groups,
                            Function<String, String> name) {
        heading(heading);
        TextTable table = new TextTable(Column.flexible(kind), Column.right(w.members()),
                Column.right(w.unscored()), Column.right(w.score()), Column.left(w.status()));
        for (GroupSummary g : groups) {
            table.row(List.of(Cell.of(name.apply(g.id())), Cell.of(Integer.toString(g.members())),
                    Cell.of(Integer.toString(g.unscored())), Cell.of(Results.decimal(g.score())),
                    new Cell(w.status(g.status()), Style.of(g.status()))));
        }
        table.render(width, colour).forEach(lines::add);
        lines.add("");
    }

    private void findings(Results r) {
        List<Finding> all = r.evaluation().findings();
        Map<Severity, Long> bySeverity = all.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        List<String> counts = new ArrayList<>();
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
            counts.add(bySeverity.getOrDefault(s, 0L) + " " + w.severity(s));
        }
        heading(w.findings() + (w.zh() ? "：" : ": ") + String.join(", ", counts));
        if (all.isEmpty()) {
            lines.add(w.noFindings());
            lines.add("");
            return;
        }
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        all.forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
        for (List<Finding> group : byCode.values()) {
            Finding first = group.get(0);
            lines.add(styled(pad(w.severity(first.severity()), 9), Style.of(first.severity())) + first.code()
                    + " (" + group.size() + ")");
            if (group.size() <= LISTED_ONE_BY_ONE) {
                for (Finding f : group) {
                    List<String> wrapped = DisplayWidth.wrap(Printable.escape(f.message().in(w.language())), width - 4);
                    for (int i = 0; i < wrapped.size(); i++) {
                        lines.add((i == 0 ? "  - " : "    ") + wrapped.get(i));
                    }
                }
            } else {
                for (String line : DisplayWidth.wrap(Printable.escape(first.message().in(w.language())), width - 4)) {
                    lines.add("    " + line);
                }
                String subjects = group.stream().map(Finding::subjectId).distinct().sorted(r.inPlanOrder())
                        .collect(Collectors.joining(", "));
                List<String> wrapped = DisplayWidth.wrap((w.zh() ? "涉及：" : "About: ") + subjects, width - 4);
                wrapped.forEach(l -> lines.add("    " + l));
            }
        }
        lines.add("");
    }

    // ------------------------------------------------------------------ plan

    private String writePlan(ActionPlan plan) {
        title(Printable.of(w, plan.title()));
        wrapStyled(List.of(Printable.escape(plan.documentNumber()), w.issued() + " " + plan.issueDate(),
                w.period() + " " + plan.period(), plan.areas().size() + (w.zh() ? "个领域，" : " areas, ")
                + plan.tasks().size() + (w.zh() ? "项任务，" : " tasks, ")
                + plan.indicators().size() + (w.zh() ? "个指标" : " indicators")));
        lines.add("");

        heading(w.areas());
        TextTable tasks = new TextTable(Column.right("#"), Column.flexible(w.task()),
                Column.flexible(w.leads()), Column.right(w.targets()));
        for (Area area : plan.areas()) {
            tasks.line(area.number() + " " + Printable.of(w, area.name()), Style.BOLD);
            for (Task t : plan.tasksOf(area.id())) {
                String leads = t.leadUnits().stream().map(id -> unitName(plan, id)).collect(Collectors.joining(", "));
                tasks.row(List.of(Cell.of(Integer.toString(t.number())), Cell.of(Printable.of(w, t.title())),
                        Cell.of(leads.isEmpty() ? "–" : leads), Cell.of(Integer.toString(t.targets().size()))));
            }
        }
        tasks.render(width, colour).forEach(lines::add);
        lines.add("");

        heading(w.indicators());
        TextTable indicators = new TextTable(Column.right("#"), Column.flexible(w.indicator()),
                Column.left(w.baseline()), Column.left(w.targets()));
        for (IndicatorCategory c : plan.categories()) {
            indicators.line(Printable.of(w, c.name()), Style.BOLD);
            for (Indicator i : plan.indicatorsOf(c.id())) {
                String base = i.baseline() == null ? "–" : Results.number(i.baseline().value()) + " (" + i.baseline().year() + ")";
                String targets = i.targets().stream().map(t -> t.year() + " " + Results.describe(t, w, WORDING))
                        .collect(Collectors.joining("; "));
                indicators.row(List.of(Cell.of(Integer.toString(i.number())),
                        Cell.of(Printable.of(w, i.name()) + " (" + Results.unit(i.unit(), w) + ")"), Cell.of(base), Cell.of(targets)));
            }
        }
        indicators.render(width, colour).forEach(lines::add);
        lines.add("");

        if (!plan.jointTargets().isEmpty()) {
            heading(w.zh() ? "多指标联合目标" : "Targets over several indicators");
            TextTable joints = new TextTable(Column.left(w.target()), Column.flexible(w.indicator()));
            for (JointTarget j : plan.jointTargets()) {
                String combine = j.combine() == Combination.ALL_OF ? (w.zh() ? "全部达到" : "all of")
                        : (w.zh() ? "任一达到" : "any of");
                String over = j.indicators().stream().map(id -> plan.indicator(id).map(i -> Printable.of(w, i.name())).orElse(id))
                        .collect(Collectors.joining(w.zh() ? "、" : ", "));
                joints.row(List.of(Cell.of(j.target().year() + " " + Results.describe(j.target(), w, WORDING)),
                        Cell.of(combine + (w.zh() ? "：" : ": ") + over)));
            }
            joints.render(width, colour).forEach(lines::add);
            lines.add("");
        }

        if (!plan.keyWork().isEmpty()) {
            heading(w.keyWork());
            TextTable items = new TextTable(Column.left("#"), Column.flexible(w.keyWork()),
                    Column.flexible(w.leads()), Column.right(w.task()));
            for (KeyWorkItem k : plan.keyWork()) {
                String leads = k.leadUnits().stream().map(id -> unitName(plan, id)).collect(Collectors.joining(", "));
                items.row(List.of(Cell.of(k.year() + "-" + k.number()), Cell.of(Printable.of(w, k.theme())),
                        Cell.of(leads.isEmpty() ? "–" : leads),
                        Cell.of(k.tasks().stream().map(String::valueOf).collect(Collectors.joining(",")))));
            }
            items.render(width, colour).forEach(lines::add);
            lines.add("");
        }

        List<String[]> milestones = new ArrayList<>();
        for (Task t : plan.tasks()) {
            t.targets().stream().filter(q -> q.target().isMilestone()).forEach(q -> milestones.add(new String[] {
                w.task() + (w.zh() ? "" : " ") + t.number(), Printable.of(w, q.measure()), q.target().due().toString()}));
        }
        for (KeyWorkItem k : plan.keyWork()) {
            k.targets().stream().filter(q -> q.target().isMilestone()).forEach(q -> milestones.add(new String[] {
                w.keyWork() + (w.zh() ? "" : " ") + k.year() + "-" + k.number(), Printable.of(w, q.measure()),
                q.target().due().toString()}));
        }
        if (!milestones.isEmpty()) {
            heading(w.milestones() + (w.zh() ? "（" + milestones.size() + "）" : " (" + milestones.size() + ")"));
            TextTable table = new TextTable(Column.left("#"), Column.flexible(w.milestone()), Column.left(w.due()));
            milestones.forEach(m -> table.row(m));
            table.render(width, colour).forEach(lines::add);
            lines.add("");
        }

        heading(w.units() + " (" + plan.organisations().size() + ")");
        List<String> names = plan.organisations().stream().map(o -> Printable.of(w, o.name())).toList();
        DisplayWidth.wrap(String.join(w.zh() ? "、" : "; ", names), width).forEach(lines::add);
        return String.join("\n", lines) + "\n";
    }

    private String unitName(ActionPlan plan, String id) {
        return plan.organisation(id).map(o -> Printable.of(w, o.name())).orElse(id);
    }

    // ------------------------------------------------------------------ helpers

    /** The statuses from best to worst, as a reader scans a summary. */
    static List<Status> statusOrder() {
        return List.of(Status.ACHIEVED, Status.ON_TRACK, Status.ACCELERATION_NEEDED, Status.LIMITED_PROGRESS,
                Status.DETERIORATION, Status.MISSED, Status.INSUFFICIENT_DATA);
    }

    private void title(String text) {
        DisplayWidth.wrap(text, width).forEach(l -> lines.add(styled(l, Style.BOLD)));
    }

    private void heading(String text) {
        lines.add(styled(text, Style.BOLD));
    }

    /** Lays out styled pieces on lines of the width, separated by a middle dot; widths count the plain text. */
    private void wrapStyled(List<String> pieces) {
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String piece : pieces) {
            int pieceWidth = DisplayWidth.of(plain(piece));
            if (used > 0 && used + 3 + pieceWidth > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (used > 0) {
                line.append(" · ");
                used += 3;
            }
            line.append(piece);
            used += pieceWidth;
        }
        lines.add(line.toString());
    }

    private static String plain(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private String styled(String text, Style style) {
        return colour ? style.apply(text) : text;
    }

    private static String pad(String text, int width) {
        return DisplayWidth.pad(text, width, false);
    }
}
