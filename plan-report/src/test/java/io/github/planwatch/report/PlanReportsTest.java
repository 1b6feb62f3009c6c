package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Task;

/** What the reports say, read from the Shaoxing plan's reports in both languages. */
class PlanReportsTest {

    static ReportInputs inputs;
    static String zh;
    static String en;
    static String md;

    @BeforeAll
    static void render() throws IOException {
        inputs = Shaoxing.withHistory();
        zh = PlanReports.html(inputs, Locale.CHINA);
        en = PlanReports.html(inputs, Locale.ENGLISH);
        md = PlanReports.markdown(inputs, Locale.CHINA);
        // Kept beside the build's output, to be looked at.
        Path dir = Path.of(System.getProperty("planwatch.shots", "target/shots"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report-zh.html"), zh);
        Files.writeString(dir.resolve("report-en.html"), en);
        Files.writeString(dir.resolve("report-zh.md"), md);
    }

    @Test
    void offTrackBlock_comesFirst_andNamesEveryMissedOrDeterioratingTargetWithItsLead() {
        Evaluation e = inputs.evaluation();
        String block = en.substring(en.indexOf("id=\"offtrack\""), en.indexOf("id=\"glance\""));
        long lost = e.assessments().stream().filter(a -> a.status() == Status.MISSED || a.status() == Status.DETERIORATION).count();
        long anticipatedMiss = e.assessments().stream().filter(a -> a.status() != Status.MISSED && a.status() != Status.DETERIORATION
                && a.status() != Status.ACHIEVED && a.anticipated() != null && !a.anticipated().met()).count();
        long overdue = e.findings("KEY_WORK_OVERDUE").size();
        assertThat(lost + overdue).isPositive();
        assertThat(count(block, "<tr><td data-label")).isEqualTo(lost + anticipatedMiss + overdue);
        assertThat(en.indexOf("id=\"offtrack\"")).isLessThan(en.indexOf("id=\"ledger\"")).isLessThan(en.indexOf("id=\"indicators\""));
        assertThat(block).contains("Lead unit", "Gap");
    }

    /** An indicator's target in the off-track block had "not named" as its lead, though the tasks it measures name one. */
    @Test
    void offTrackBlock_namesAnIndicatorsLeadFromTheTasksItMeasures() {
        String block = en.substring(en.indexOf("id=\"offtrack\""), en.indexOf("id=\"glance\""));
        String row = block.substring(block.indexOf("International sister cities"));
        row = row.substring(0, row.indexOf("</tr>"));
        Indicator cities = Shaoxing.PLAN.indicator("sister-cities").orElseThrow();
        assertThat(Shaoxing.PLAN.ownersOf(cities)).isNotEmpty();
        assertThat(row).doesNotContain("not named")
                .contains(Shaoxing.PLAN.organisation(Shaoxing.PLAN.ownersOf(cities).get(0)).orElseThrow().name().en());
    }

    /** Expected values (预期值) are summed up apart from binding targets, so that neither is read as the other. */
    @Test
    void glance_summarisesBindingTargetsApartFromExpectedValues() {
        Evaluation e = inputs.evaluation();
        String glance = en.substring(en.indexOf("id=\"glance\""), en.indexOf("id=\"ledger\""));
        for (GroupSummary g : e.groups(GroupKind.NATURE)) {
            String line = (g.id().equals("binding") ? "Binding targets: " : "Expected values: ")
                    + Texts.decimal(g.score());
            assertThat(glance).contains(line);
            assertThat(md).contains("- " + (g.id().equals("binding") ? "目标值（约束性）：" : "预期值（预期性）："));
        }
        assertThat(e.groups(GroupKind.NATURE)).hasSize(2);
        assertThat(glance).contains(Texts.decimal(null) + " (insufficient data) · 3 of 20 targets scored");
    }

    @Test
    void ledger_listsEveryTaskAndKeyWorkItem_withItsUnitsAndPace() {
        for (Task t : Shaoxing.PLAN.tasks()) {
            assertThat(zh).contains("id=\"task-" + t.number() + "\"");
        }
        for (KeyWorkItem k : Shaoxing.PLAN.keyWork()) {
            assertThat(zh).contains("id=\"kw-" + k.id() + "\"");
        }
        String ledger = zh.substring(zh.indexOf("id=\"ledger\""), zh.indexOf("id=\"indicators\""));
        assertThat(ledger).contains("牵头单位", "责任单位", "最新进展", "完成情况", "序时进度");
        long milestones = Shaoxing.PLAN.quantifiedTargets().stream().filter(q -> q.target().isMilestone()).count();
        assertThat(milestones).isEqualTo(17);
        assertThat(count(ledger, "<tr class=\"milestone\">")).isEqualTo(milestones);
        assertThat(count(ledger, "class=\"pace pace-")).isEqualTo(Shaoxing.PLAN.tasks().size() + Shaoxing.PLAN.keyWork().size() + milestones);
    }

    /**
     * As of 2022 with reports on key work but none on the milestones of the 2020 list, each of those
     * is overdue in the off-track block, by its name and day, never as a value that falls short.
     */
    @Test
    void offTrackBlock_namesEachMilestoneOverdue_byItsDay() {
        String block = en.substring(en.indexOf("id=\"offtrack\""), en.indexOf("id=\"glance\""));
        long missed = inputs.evaluation().assessments().stream().filter(a -> a.due() != null && a.status() == Status.MISSED).count();
        assertThat(missed).isEqualTo(13);
        assertThat(count(block, "the milestone “")).isEqualTo(missed);
        assertThat(count(block, "its day passed with no report on it")).isEqualTo(missed);
        assertThat(block).contains("the milestone “The 3rd World Cloth Merchants Conference”", "due 2020-12-31");
        String zhBlock = zh.substring(zh.indexOf("id=\"offtrack\""), zh.indexOf("id=\"glance\""));
        assertThat(zhBlock).contains("里程碑“第三届世界布商大会”", "2020-12-31前完成", "到期未见进展报告");
    }

    @Test
    void everyChart_labelsItsAsOfLineAndUnit_andPrintsItsSources() {
        int charts = count(zh, "<svg class=\"chart\" data-indicator=");
        assertThat(charts).isEqualTo(Shaoxing.PLAN.indicators().size());
        assertThat(count(zh, "class=\"asoflabel\"")).isEqualTo(charts);
        assertThat(count(zh, "class=\"unitlabel\"")).isEqualTo(charts);
        long sourced = Shaoxing.PLAN.indicators().stream().map(Indicator::id)
                .filter(id -> Shaoxing.OBSERVATIONS.stream().anyMatch(o -> o.subject().equals(id) && !o.source().isBlank()
                        && o.year() <= 2022))
                .count();
        assertThat(count(zh, "<ul class=\"notes\">")).isEqualTo(sourced);
    }

    @Test
    void countsGetWholeTicks() {
        assertThat(Chart.ticks(0, 9.5, true)).allMatch(t -> t == Math.rint(t));
        assertThat(Chart.ticks(0, 9.5, false)).contains(2.5);
    }

    @Test
    void history_showsEveryChangeOfStatus_withAReason() {
        Evaluation previous = inputs.earlier().get(inputs.earlier().size() - 1);
        long changed = inputs.evaluation().assessments().stream()
                .filter(a -> previous.assessment(a.targetId()).map(p -> p.status() != a.status()).orElse(false)).count();
        String section = en.substring(en.indexOf("id=\"changes\""), en.indexOf("id=\"findings\""));
        assertThat(count(section.substring(0, section.indexOf("</table>")), "<tr><td data-label")).isEqualTo(changed);
        assertThat(section).doesNotContain("data-label=\"Why\"></td>");
        assertThat(section).contains("Status in each evaluation", "2020", "2021", "2022");
    }

    @Test
    void chineseReport_speaksChinese_withNoIdsOrConstantNamesInItsProse() {
        String text = visibleText(zh);
        for (Status s : Status.values()) {
            assertThat(text).doesNotContain(s.name());
        }
        assertThat(text).doesNotContainPattern("[A-Z]{3,}_[A-Z_]+");
        assertThat(text).doesNotContainPattern("\\b[a-z]+(-[a-z0-9]+)*-20\\d\\d\\b");
        assertThat(text).doesNotContainPattern("“[^”‘]*“");
        assertThat(text).doesNotContainPattern("\\p{IsHan}[,;:]|[,;:]\\p{IsHan}");
        assertThat(visibleText(en)).doesNotContainPattern("[A-Z]{3,}_[A-Z_]+");
    }

    @Test
    void chineseTypography_nestsQuotesAndWidensPunctuation() {
        assertThat(Texts.chinese("打造“全球“时尚纺织之都””,完成")).isEqualTo("打造“全球‘时尚纺织之都’”，完成");
    }

    @Test
    void markdown_carriesTheSameBlocks() {
        assertThat(md).startsWith("# 绍兴市").contains("## 需要关注的目标和事项", "## 督查台账", "## 状态变化");
    }

    @Test
    void page_refersToNothingOutsideItself() {
        assertThat(zh).doesNotContain("<script", "src=\"http", "href=\"http", "url(", "@import");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The page's own text: outside tags, without the style sheet and the sources' notes (their words, not ours). */
    static String visibleText(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<ul class=\"notes\">.*?</ul>", "")
                .replaceAll("(?s)<span class=\"why\">说明.*?</span>", "").replaceAll("(?s)<[^>]*>", " ");
        return body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
