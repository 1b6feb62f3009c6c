package io.github.planwatch.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.rules.EvaluationPolicy;

/**
 * The report people read: one self-contained HTML page, styles and charts inline, nothing fetched
 * from anywhere. The plan at a glance, its categories and areas, a card with a chart for every
 * indicator, the targets of tasks and key work, the findings, and what each unit leads and shares.
 * Reads on a wide screen and on a phone: the cards and tiles reflow, and the tables drop their
 * least needed columns on a narrow screen.
 */
final class HtmlReport {

    /** Groups of findings with more members than this start folded. */
    private static final int OPEN_UP_TO = 6;

    private final Results r;
    private final Words w;
    private final StringBuilder h = new StringBuilder(256 * 1024);

    private HtmlReport(Results r, Words w) {
        this.r = r;
        this.w = w;
    }

    /**
     * Writes the report of an evaluation.
     *
     * @param results  the evaluation and its inputs, not null
     * @param w  the language, not null
     * @return the page, not null
     */
    static String render(Results results, Words w) {
        return new HtmlReport(results, w).write();
    }

    private String write() {
        ActionPlan plan = r.plan();
        Evaluation e = r.evaluation();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(w.isChinese() ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(w.of(plan.title()))).append(" · ").append(esc(w.of(Words.AS_OF)))
                .append(' ').append(e.asOf()).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><div class=\"wrap\"><h1>").append(esc(w.of(plan.title()))).append("</h1>");
        h.append("<p class=\"meta\">").append(esc(plan.documentNumber())).append(" · ").append(esc(w.of(Words.AS_OF)))
                .append(" <strong>").append(e.asOf()).append("</strong> · ").append(esc(w.of(Words.REFERENCE_DATE)))
                .append(' ').append(e.referenceDate()).append("</p>");
        h.append("<p class=\"meta\">").append(esc(w.of(Words.DATA))).append(": ").append(esc(dataLine())).append("</p>");
        h.append("<nav>");
        link("glance", w.of(Words.PLAN_AT_A_GLANCE));
        link("groups", w.of(Words.CATEGORIES) + " · " + w.of(Words.AREAS));
        link("indicators", w.of(Words.INDICATORS));
        link("work", w.of(Words.WORK_TARGETS));
        link("findings", w.of(Words.FINDINGS));
        link("units", w.of(Words.ACCOUNTABILITY));
        h.append("</nav></div></header>\n<main class=\"wrap\">\n");
        glance(e);
        groups(plan, e);
        indicators(plan, e);
        work();
        findings(e);
        units();
        h.append("</main>\n<footer class=\"wrap\"><p>").append(esc(w.of(Words.GENERATED_BY))).append(" · ")
                .append(esc(plan.id())).append(" · ").append(esc(w.of(Words.PROVISIONAL_NOTE))).append("</p></footer>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void link(String id, String text) {
        h.append("<a href=\"#").append(id).append("\">").append(esc(text)).append("</a>");
    }

    private String dataLine() {
        String line = r.observationSource() == null ? (w.isChinese() ? "无观测值" : "no observations")
                : r.observations().size() + (w.isChinese() ? "" : " ") + w.of(Words.OBSERVATIONS) + " (" + r.observationSource() + ")";
        if (r.updateSource() != null) {
            line += "; " + r.updates().size() + (w.isChinese() ? "" : " ") + w.of(Words.UPDATES) + " (" + r.updateSource() + ")";
        }
        return line;
    }

    // ------------------------------------------------------------------ at a glance

    private void glance(Evaluation e) {
        GroupSummary plan = e.planSummary();
        h.append("<section id=\"glance\"><h2>").append(esc(w.of(Words.PLAN_AT_A_GLANCE))).append("</h2>\n");
        h.append("<div class=\"glance\"><div class=\"scorecard\"><div class=\"label\">").append(esc(w.of(Words.PLAN_SCORE)))
                .append("</div><div class=\"big\">").append(Results.decimal(plan.score())).append("</div>");
        pill(plan.status());
        int scored = plan.members() - plan.unscored();
        h.append("<p class=\"note\">").append(esc(w.isChinese()
                ? plan.members() + "个目标中" + scored + "个可评分（得分区间 −5 至 5）"
                : scored + " of " + plan.members() + " targets scored (scores run from −5 to 5)")).append("</p>");
        gauge(plan.score());
        h.append("</div><div class=\"tiles\">");
        for (Status s : TextOutput.statusOrder()) {
            h.append("<div class=\"tile ").append(Html.cssClass(s)).append("\"><span class=\"n\">").append(plan.count(s))
                    .append("</span><span class=\"t\">").append(esc(w.status(s))).append("</span></div>");
        }
        h.append("</div></div>\n");
        h.append(statusBar(plan, "wide"));
        h.append("</section>\n");
    }

    /** A bar from −5 to 5 in the colours of the group statuses, with a mark at the score. */
    private void gauge(Double score) {
        EvaluationPolicy p = r.policy();
        double[] edges = {-5, p.groupLimitedProgressScore(), p.groupAccelerationNeededScore(), p.groupOnTrackScore(), 5};
        Status[] zones = {Status.DETERIORATION, Status.LIMITED_PROGRESS, Status.ACCELERATION_NEEDED, Status.ON_TRACK};
        h.append("<svg class=\"gauge\" viewBox=\"0 0 300 34\" role=\"img\" aria-label=\"")
                .append(esc(w.of(Words.PLAN_SCORE) + " " + Results.decimal(score))).append("\">");
        for (int i = 0; i < zones.length; i++) {
            double x0 = 10 + (edges[i] + 5) * 28;
            double x1 = 10 + (edges[i + 1] + 5) * 28;
            h.append("<rect x=\"").append(f(x0)).append("\" y=\"8\" width=\"").append(f(x1 - x0))
                    .append("\" height=\"10\" fill=\"").append(Html.colour(zones[i])).append("\" opacity=\"0.75\"/>");
        }
        for (int v = -5; v <= 5; v += 5) {
            h.append("<text class=\"tick\" x=\"").append(10 + (v + 5) * 28).append("\" y=\"32\" text-anchor=\"middle\">")
                    .append(v).append("</text>");
        }
        if (score != null) {
            double x = 10 + (score + 5) * 28;
            h.append("<path d=\"M").append(f(x)).append(" 20 L").append(f(x - 5)).append(" 27 L").append(f(x + 5))
                    .append(" 27 Z\" fill=\"#1f2328\"/><line x1=\"").append(f(x)).append("\" x2=\"").append(f(x))
                    .append("\" y1=\"4\" y2=\"20\" stroke=\"#1f2328\" stroke-width=\"2\"/>");
        }
        h.append("</svg>");
    }

    /** A bar of a group's members, one segment per status, as wide as its count. */
    private String statusBar(GroupSummary g, String extraClass) {
        StringBuilder sb = new StringBuilder();
        int total = g.members();
        sb.append("<div class=\"bar ").append(extraClass).append("\" role=\"img\" aria-label=\"");
        List<String> parts = new ArrayList<>();
        for (Status s : TextOutput.statusOrder()) {
            if (g.count(s) > 0) {
                parts.add(w.status(s) + " " + g.count(s));
            }
        }
        sb.append(esc(String.join(", ", parts))).append("\">");
        if (total == 0) {
            sb.append("<span class=\"empty\"></span>");
        }
        for (Status s : TextOutput.statusOrder()) {
            int n = g.count(s);
            if (n > 0) {
                sb.append("<span class=\"").append(Html.cssClass(s)).append("\" style=\"flex:").append(n)
                        .append("\" title=\"").append(esc(w.status(s) + ": " + n)).append("\"></span>");
            }
        }
        return sb.append("</div>").toString();
    }

    private void pill(Status s) {
        h.append("<span class=\"pill ").append(Html.cssClass(s)).append("\">").append(esc(w.status(s))).append("</span>");
    }

    // ------------------------------------------------------------------ groups

    private void groups(ActionPlan plan, Evaluation e) {
        h.append("<section id=\"groups\"><div class=\"two\">");
        groupTable(w.of(Words.CATEGORIES), w.of(Words.CATEGORY), e.groups(GroupKind.CATEGORY),
                id -> plan.categories().stream().filter(c -> c.id().equals(id)).map(c -> w.of(c.name())).findFirst().orElse(id));
        groupTable(w.of(Words.AREAS), w.of(Words.AREA), e.groups(GroupKind.AREA),
                id -> plan.areas().stream().filter(a -> a.id().equals(id)).map(a -> w.of(a.name())).findFirst().orElse(id));
        h.append("</div></section>\n");
    }

    private void groupTable(String heading, String kind, List<GroupSummary> groups,
                            Function<String, String> name) {
        h.append("<div><h2>").append(esc(heading)).append("</h2><table class=\"groups\"><thead><tr><th>").append(esc(kind))
                .append("</th><th class=\"num\">").append(esc(w.of(Words.MEMBERS))).append("</th><th class=\"barcol\"></th><th class=\"num\">")
                .append(esc(w.of(Words.SCORE))).append("</th><th>").append(esc(w.of(Words.STATUS))).append("</th></tr></thead><tbody>");
        for (GroupSummary g : groups) {
            h.append("<tr><td>").append(esc(name.apply(g.id()))).append("</td><td class=\"num\">").append(g.members())
                    .append("</td><td class=\"barcol\">").append(statusBar(g, "small")).append("</td><td class=\"num\">")
                    .append(Results.decimal(g.score())).append("</td><td>");
            pill(g.status());
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }

    // ------------------------------------------------------------------ indicators

    private void indicators(ActionPlan plan, Evaluation e) {
        h.append("<section id=\"indicators\"><h2>").append(esc(w.of(Words.INDICATORS))).append("</h2>\n");
        legend();
        h.append("<div class=\"cards\">\n");
        for (Indicator i : plan.indicators()) {
            List<Assessment> assessments = i.targets().stream().map(t -> e.assessment(t.id()).orElseThrow()).toList();
            List<Observation> observed = r.observationsOf(i.id()).stream().filter(o -> o.year() <= e.asOf()).toList();
            h.append("<article class=\"card\" id=\"ind-").append(esc(i.id())).append("\"><h3><span class=\"no\">")
                    .append(i.number()).append("</span>").append(esc(w.of(i.name()))).append(" <span class=\"unit\">")
                    .append(esc(Results.unit(i.unit(), w))).append("</span></h3>");
            h.append("<p class=\"sub\">").append(esc(categoryName(plan, i.category()))).append(" · ")
                    .append(esc(i.baseline() == null ? w.of(Words.NO_BASELINE)
                            : w.of(Words.BASELINE) + " " + Results.number(i.baseline().value()) + " (" + i.baseline().year() + ")"))
                    .append("</p>");
            h.append(IndicatorChart.svg(i, assessments, observed, e.asOf(), w));
            h.append("<table class=\"targets\"><thead><tr><th>").append(esc(w.of(Words.YEAR))).append("</th><th>")
                    .append(esc(w.of(Words.TARGET))).append("</th><th>").append(esc(w.of(Words.JUDGED)))
                    .append("</th><th class=\"num\">").append(esc(w.of(Words.SCORE)))
                    .append("</th><th>").append(esc(w.of(Words.STATUS))).append("</th></tr></thead><tbody>");
            for (int k = 0; k < assessments.size(); k++) {
                targetRow(i.targets().get(k), assessments.get(k));
            }
            h.append("</tbody></table>");
            findingList(r.findingsOfIndicator(i));
            h.append("</article>\n");
        }
        h.append("</div></section>\n");
    }

    private String categoryName(ActionPlan plan, String id) {
        return plan.categories().stream().filter(c -> c.id().equals(id)).map(c -> w.of(c.name())).findFirst().orElse(id);
    }

    private void targetRow(Target t, Assessment a) {
        h.append("<tr><td>").append(esc(Results.years(t))).append("</td><td>").append(esc(Results.describe(t, w)))
                .append("</td><td>").append(esc(judged(a))).append("</td><td class=\"num\">").append(Results.decimal(a.score()));
        if (a.ratio() != null) {
            h.append("<span class=\"why\">R ").append(Results.decimal(a.ratio())).append("</span>");
        }
        h.append("</td><td>");
        pill(a.status());
        if (a.reason() != null) {
            h.append("<span class=\"why\">").append(esc(w.reason(a.reason()))).append("</span>");
        }
        h.append("</td></tr>");
    }

    private String judged(Assessment a) {
        if (a.status() == Status.INSUFFICIENT_DATA && a.latestValue() == null) {
            return "–";
        }
        String judged = r.judged(a, w);
        return a.years().isEmpty() ? judged : judged + " · " + Results.yearMarks(a.years());
    }

    private void legend() {
        h.append("<div class=\"legend\">");
        for (Status s : TextOutput.statusOrder()) {
            h.append("<span><i class=\"dot ").append(Html.cssClass(s)).append("\"></i>").append(esc(w.status(s))).append("</span>");
        }
        h.append("<span class=\"keys\"><svg viewBox=\"0 0 16 16\" class=\"key\"><rect x=\"4\" y=\"4\" width=\"8\" height=\"8\" class=\"base\"/></svg>")
                .append(esc(w.of(Words.BASELINE)))
                .append("<svg viewBox=\"0 0 16 16\" class=\"key\"><path d=\"M8 2 L14 8 L8 14 L2 8 Z\" class=\"target\" stroke=\"#59636e\"/></svg>")
                .append(esc(w.of(Words.TARGET)))
                .append("<svg viewBox=\"0 0 24 16\" class=\"key wide\"><line x1=\"1\" y1=\"8\" x2=\"23\" y2=\"8\" class=\"path\" stroke=\"#59636e\"/></svg>")
                .append(esc(w.of(Words.PATH)))
                .append("<svg viewBox=\"0 0 16 16\" class=\"key\"><circle cx=\"8\" cy=\"8\" r=\"4.5\" fill=\"#59636e\" stroke=\"#59636e\"/></svg>")
                .append(esc(w.of(Words.OBSERVED)))
                .append("<svg viewBox=\"0 0 16 16\" class=\"key\"><circle cx=\"8\" cy=\"8\" r=\"4.5\" fill=\"#fff\" stroke=\"#59636e\"/></svg>")
                .append(esc(w.of(Words.PROVISIONAL_NOTE).replace("* ", "")))
                .append("</span></div>");
    }

    private void findingList(List<Finding> found) {
        if (found.isEmpty()) {
            return;
        }
        h.append("<ul class=\"flist\">");
        for (Finding f : found) {
            h.append("<li class=\"sev-").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><span class=\"sev\">")
                    .append(esc(w.severity(f.severity()))).append("</span> ").append(esc(f.message().in(w.language())))
                    .append("</li>");
        }
        h.append("</ul>");
    }

    // ------------------------------------------------------------------ work targets

    private void work() {
        List<Assessment> work = r.workAssessments();
        h.append("<section id=\"work\"><h2>").append(esc(w.of(Words.WORK_TARGETS))).append("</h2>");
        if (work.isEmpty()) {
            h.append("<p>").append(esc(w.of(Words.NO_TARGETS))).append("</p></section>\n");
            return;
        }
        h.append("<div class=\"scroll\"><table class=\"work\"><thead><tr><th>").append(esc(w.of(Words.SUBJECT)))
                .append("</th><th>").append(esc(w.of(Words.INDICATOR))).append("</th><th>").append(esc(w.of(Words.YEAR)))
                .append("</th><th>").append(esc(w.of(Words.TARGET))).append("</th><th class=\"opt\">").append(esc(w.of(Words.JUDGED)))
                .append("</th><th class=\"num opt\">").append(esc(w.of(Words.SCORE))).append("</th><th>")
                .append(esc(w.of(Words.STATUS))).append("</th></tr></thead><tbody>");
        String owner = null;
        for (Assessment a : work) {
            Results.TargetInfo info = r.target(a.targetId());
            String name = r.ownerName(a, w);
            boolean first = !name.equals(owner);
            owner = name;
            h.append("<tr").append(first ? "" : " class=\"cont\"").append("><td class=\"owner\">")
                    .append(first ? esc(name) : "").append("</td><td>").append(esc(w.of(info.measure())))
                    .append(" <span class=\"unit\">").append(esc(Results.unit(info.unit(), w))).append("</span></td><td data-label=\"")
                    .append(esc(w.of(Words.YEAR))).append("\">").append(esc(Results.years(info.target())))
                    .append("</td><td data-label=\"").append(esc(w.of(Words.TARGET))).append("\">")
                    .append(esc(Results.describe(info.target(), w))).append("</td><td class=\"opt\" data-label=\"")
                    .append(esc(w.of(Words.JUDGED))).append("\">").append(esc(judged(a)))
                    .append("</td><td class=\"num opt\" data-label=\"").append(esc(w.of(Words.SCORE))).append("\">")
                    .append(Results.decimal(a.score())).append("</td><td>");
            pill(a.status());
            if (a.reason() != null) {
                h.append("<span class=\"why\">").append(esc(w.reason(a.reason()))).append("</span>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div></section>\n");
    }

    // ------------------------------------------------------------------ findings

    private void findings(Evaluation e) {
        h.append("<section id=\"findings\"><h2>").append(esc(w.of(Words.FINDINGS))).append("</h2>");
        if (e.findings().isEmpty()) {
            h.append("<p>").append(esc(w.of(Words.NO_FINDINGS))).append("</p></section>\n");
            return;
        }
        h.append("<div class=\"sevcounts\">");
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
            long n = e.findings().stream().filter(f -> f.severity() == s).count();
            h.append("<span class=\"sev-").append(s.name().toLowerCase(Locale.ROOT)).append("\"><b>").append(n)
                    .append("</b> ").append(esc(w.severity(s))).append("</span>");
        }
        h.append("</div>");
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        e.findings().forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> group : byCode.entrySet()) {
            List<Finding> found = group.getValue();
            Severity s = found.get(0).severity();
            boolean open = s == Severity.CRITICAL && found.size() <= OPEN_UP_TO || found.size() <= 2;
            h.append("<details class=\"fgroup sev-").append(s.name().toLowerCase(Locale.ROOT)).append('"')
                    .append(open ? " open" : "").append("><summary><span class=\"sev\">").append(esc(w.severity(s)))
                    .append("</span> <code>").append(esc(group.getKey())).append("</code> <span class=\"count\">")
                    .append(found.size()).append("</span><span class=\"first\">").append(esc(found.get(0).message().in(w.language())))
                    .append("</span></summary><ul>");
            for (Finding f : found) {
                h.append("<li><span class=\"subj\">").append(esc(r.subjectName(f, w))).append("</span> ")
                        .append(esc(f.message().in(w.language()))).append("</li>");
            }
            h.append("</ul></details>");
        }
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------ units

    private void units() {
        List<Results.UnitDuties> units = new ArrayList<>(r.accountability());
        units.sort(Comparator.comparingLong((Results.UnitDuties u) -> -count(u, Severity.CRITICAL))
                .thenComparingLong(u -> -u.leads()));
        h.append("<section id=\"units\"><h2>").append(esc(w.of(Words.ACCOUNTABILITY))).append("</h2>");
        h.append("<div class=\"scroll\"><table class=\"units\"><thead><tr><th>").append(esc(w.of(Words.UNIT)))
                .append("</th><th class=\"num\">").append(esc(w.of(Words.LEADS))).append("</th><th class=\"num opt\">")
                .append(esc(w.of(Words.SHARES))).append("</th><th class=\"opt\">").append(esc(w.of(Words.WORST)))
                .append("</th><th class=\"num\">").append(esc(capital(w.severity(Severity.CRITICAL))))
                .append("</th><th class=\"num opt\">").append(esc(capital(w.severity(Severity.WARNING))))
                .append("</th></tr></thead><tbody>");
        for (Results.UnitDuties u : units) {
            h.append("<tr><td><a href=\"#unit-").append(esc(u.organisation().id())).append("\">")
                    .append(esc(w.of(u.organisation().name()))).append("</a></td><td class=\"num\">").append(u.leads())
                    .append("</td><td class=\"num opt\">").append(u.shares()).append("</td><td class=\"opt\">");
            worst(u).ifPresentOrElse(this::pill, () -> h.append("<span class=\"muted\">–</span>"));
            long critical = count(u, Severity.CRITICAL);
            h.append("</td><td class=\"num").append(critical > 0 ? " hot" : "").append("\">").append(critical)
                    .append("</td><td class=\"num opt\">").append(count(u, Severity.WARNING)).append("</td></tr>");
        }
        h.append("</tbody></table></div>");
        h.append("<div class=\"unitcards\">");
        for (Results.UnitDuties u : units) {
            unitCard(u);
        }
        h.append("</div></section>\n");
    }

    private void unitCard(Results.UnitDuties u) {
        long critical = count(u, Severity.CRITICAL);
        h.append("<details class=\"unit\" id=\"unit-").append(esc(u.organisation().id())).append("\"><summary><b>")
                .append(esc(w.of(u.organisation().name()))).append("</b> <span class=\"muted\">")
                .append(esc(w.of(Words.LEADS) + " " + u.leads() + " · " + w.of(Words.SHARES) + " " + u.shares()))
                .append("</span>");
        if (critical > 0) {
            h.append(" <span class=\"hot\">").append(critical).append(' ').append(esc(w.severity(Severity.CRITICAL))).append("</span>");
        }
        h.append("</summary>");
        findingList(u.findings());
        h.append("<ul class=\"duties\">");
        for (Results.Duty d : u.duties()) {
            String name = d.kind() == SubjectKind.TASK ? r.taskName(d.id(), w) : r.itemName(d.id(), w);
            h.append("<li><span class=\"role ").append(d.lead() ? "lead" : "resp").append("\">")
                    .append(esc(w.of(d.lead() ? Words.ROLE_LEAD : Words.ROLE_RESPONSIBLE))).append("</span> ")
                    .append(esc(name));
            d.worst().ifPresent(s -> {
                h.append(' ');
                pill(s);
            });
            if (d.kind() == SubjectKind.KEY_WORK_ITEM) {
                h.append(" <span class=\"muted\">").append(esc(d.lastReport() == null ? w.of(Words.NONE_REPORTED)
                        : w.of(Words.REPORTED) + " " + d.lastReport().date() + " " + w.keyWorkStatus(d.lastReport().status())))
                        .append("</span>");
            }
            for (Finding f : d.findings()) {
                h.append(" <code class=\"sev-").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\" title=\"")
                        .append(esc(f.message().in(w.language()))).append("\">").append(esc(f.code())).append("</code>");
            }
            h.append("</li>");
        }
        h.append("</ul></details>");
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static long count(Results.UnitDuties u, Severity s) {
        return u.allFindings().stream().filter(f -> f.severity() == s).count();
    }

    private static Optional<Status> worst(Results.UnitDuties u) {
        return u.duties().stream().map(Results.Duty::worst).flatMap(Optional::stream)
                .min(Comparator.comparingInt(Status::rank));
    }

    private static String esc(String text) {
        return Html.escape(text);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final String CSS = """
            :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0b5cad;
            --achieved:#116329;--on-track:#2da44e;--acceleration-needed:#bf8700;--limited-progress:#e16f24;
            --deterioration:#cf222e;--missed:#82071e;--insufficient-data:#8c959f}
            *{box-sizing:border-box}
            body{margin:0;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",
            "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
            .wrap{max-width:1240px;margin:0 auto;padding:0 20px}
            header{background:var(--soft);border-bottom:1px solid var(--line);padding:18px 0 10px}
            h1{font-size:1.45rem;line-height:1.3;margin:0 0 6px}
            h2{font-size:1.2rem;margin:28px 0 12px;padding-bottom:4px;border-bottom:2px solid var(--line)}
            h3{font-size:1rem;margin:0}
            .meta{margin:2px 0;color:var(--muted);font-size:.9rem}
            nav{display:flex;flex-wrap:wrap;gap:6px 14px;margin-top:10px;font-size:.9rem}
            nav a,td a{color:var(--accent);text-decoration:none}
            .glance{display:grid;grid-template-columns:minmax(260px,340px) 1fr;gap:16px;align-items:stretch}
            .scorecard{border:1px solid var(--line);border-radius:10px;padding:14px 16px}
            .scorecard .label{color:var(--muted);font-size:.9rem}
            .scorecard .big{font-size:2.6rem;font-weight:700;line-height:1.1;display:inline-block;margin-right:10px}
            .note{color:var(--muted);font-size:.85rem;margin:6px 0 0}
            .gauge{width:100%;max-width:320px;height:auto;display:block;margin-top:6px}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(96px,1fr));gap:10px}
            .tile{border-radius:10px;padding:10px 12px;color:#fff;display:flex;flex-direction:column;justify-content:center}
            .tile .n{font-size:1.9rem;font-weight:700;line-height:1.1}.tile .t{font-size:.85rem}
            .bar{display:flex;height:14px;border-radius:7px;overflow:hidden;background:var(--soft);min-width:60px}
            .bar.wide{height:18px;margin-top:14px}.bar .empty{flex:1}
            .st-achieved{background:var(--achieved);color:#fff}.st-on-track{background:var(--on-track);color:#fff}
            .st-acceleration-needed{background:var(--acceleration-needed);color:#fff}
            .st-limited-progress{background:var(--limited-progress);color:#fff}
            .st-deterioration{background:var(--deterioration);color:#fff}.st-missed{background:var(--missed);color:#fff}
            .st-insufficient-data{background:var(--insufficient-data);color:#fff}
            .pill{display:inline-block;border-radius:999px;padding:1px 9px;font-size:.8rem;white-space:nowrap;vertical-align:middle}
            .why{display:block;color:var(--muted);font-size:.75rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
            th{font-weight:600;color:var(--muted);font-size:.8rem;white-space:nowrap}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .two{display:grid;grid-template-columns:1fr 1fr;gap:24px}
            .groups .barcol{width:22%}
            .legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.8rem;color:var(--muted);margin-bottom:12px;align-items:center}
            .legend .dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
            .legend .keys{display:inline-flex;flex-wrap:wrap;align-items:center;gap:4px}
            .key{width:16px;height:16px;vertical-align:middle;margin-left:8px}.key.wide{width:24px}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,360px),1fr));gap:16px}
            .card{border:1px solid var(--line);border-radius:10px;padding:12px 14px;min-width:0}
            .card h3 .no{display:inline-block;min-width:1.6em;color:var(--muted);font-weight:400}
            .unit{color:var(--muted);font-weight:400;font-size:.85rem}
            .sub{margin:2px 0 6px;color:var(--muted);font-size:.8rem}
            .chart{width:100%;height:auto;display:block;margin:4px 0}
            .chart .grid{stroke:#eaeef2;stroke-width:1}.chart .axis{stroke:#8c959f;stroke-width:1}
            .chart .asof{stroke:#59636e;stroke-width:1;stroke-dasharray:2 3}
            .chart .tick,svg .tick{font-size:10px;fill:#59636e}
            .chart .path,.key .path{stroke-width:1.6;stroke-dasharray:5 4;fill:none}
            .chart .trend{fill:none;stroke:#59636e;stroke-width:1.2}
            .chart .band{opacity:.16}.chart .floor{stroke-width:2;stroke-dasharray:1 3}
            .base{fill:#1f2328}.target{fill:#fff;stroke-width:2.2}.chart .obs{stroke-width:2}
            .targets{font-size:.82rem}.targets td,.targets th{padding:4px 5px}
            .targets td:nth-child(-n+2),.work td:nth-child(4){white-space:nowrap}
            .flist{list-style:none;margin:8px 0 0;padding:0;font-size:.8rem}
            .flist li{padding:3px 0 3px 8px;border-left:3px solid var(--line);margin:3px 0}
            .flist .sev,.fgroup .sev{font-weight:600;text-transform:uppercase;font-size:.7rem;letter-spacing:.03em}
            .sev-critical{border-color:var(--deterioration)!important}.sev-critical .sev,code.sev-critical{color:var(--deterioration)}
            .sev-warning{border-color:var(--acceleration-needed)!important}.sev-warning .sev,code.sev-warning{color:#9a6700}
            .sev-info{border-color:#0969da!important}.sev-info .sev,code.sev-info{color:#0969da}
            .sevcounts{display:flex;gap:18px;margin-bottom:10px}.sevcounts b{font-size:1.3rem}
            .fgroup{border:1px solid var(--line);border-left-width:4px;border-radius:6px;margin:8px 0;padding:6px 12px}
            .fgroup summary{cursor:pointer}.fgroup .count{display:inline-block;background:var(--soft);border-radius:999px;
            padding:0 8px;margin-left:4px;font-size:.8rem}
            .fgroup .first{display:block;color:var(--muted);font-size:.85rem;margin:2px 0 0 0}
            .fgroup[open] .first{display:none}
            .fgroup ul{margin:6px 0 4px;padding-left:18px;font-size:.88rem}.fgroup li{margin:3px 0}
            .subj{font-weight:600}
            code{font:.8rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .scroll{overflow-x:auto}
            .units td:first-child{min-width:11em}
            .work td.owner{max-width:18em}
            .hot{color:var(--deterioration);font-weight:700}
            .muted{color:var(--muted)}
            .unitcards{margin-top:14px;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,520px),1fr));gap:8px}
            details.unit{border:1px solid var(--line);border-radius:8px;padding:6px 12px}
            details.unit summary{cursor:pointer}
            .duties{margin:6px 0 4px;padding-left:18px;font-size:.85rem}.duties li{margin:4px 0}
            .role{display:inline-block;font-size:.72rem;border-radius:4px;padding:0 5px;border:1px solid var(--line)}
            .role.lead{background:#ddf4ff;border-color:#54aeff}
            footer{color:var(--muted);font-size:.8rem;padding-top:12px;padding-bottom:24px}
            @media (max-width:760px){
            .wrap{padding:0 12px}h1{font-size:1.2rem}
            .glance,.two{grid-template-columns:1fr}
            .tiles{grid-template-columns:repeat(2,1fr)}
            .groups .barcol{display:none}
            .opt{display:none}
            th,td{padding:4px 5px}
            td .pill{white-space:normal;border-radius:8px}
            .units td:first-child{min-width:0}
            table.work thead{display:none}
            table.work,table.work tbody,table.work tr,table.work td{display:block;width:100%}
            table.work tr{border-top:1px solid var(--line);padding:8px 0 6px}
            table.work tr.cont{border-top:1px dashed var(--line)}
            table.work td{border:0;padding:1px 0}table.work td.opt{display:block}
            table.work td.owner{font-weight:600;max-width:none}table.work td.owner:empty{display:none}
            table.work td[data-label]{display:inline-block;width:auto;margin-right:14px}
            table.work td[data-label]::before{content:attr(data-label) " ";color:var(--muted);font-size:.78rem}
            }
            @media print{details{break-inside:avoid}.fgroup,.unit{border-color:#bbb}}
            """;
}
