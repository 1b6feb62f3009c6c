package io.github.planwatch.report;

import static io.github.planwatch.report.PlanReportsTest.count;
import static io.github.planwatch.report.PlanReportsTest.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.Status;

/**
 * Milestones where a director looks: a missed one in the block of what is off track, each in the
 * ledger row of its task or key-work item with its day, last report, evidence, status and pace, in
 * both languages and in Markdown (on the illustrative plan as of 2021: the fair done with evidence,
 * the forum bid reported done without evidence after its day, the exhibition centre delayed).
 */
class MilestoneReportTest {

    private static final ReportInputs INPUTS = Illustrative.inputs();
    private static final String EN = PlanReports.html(INPUTS, Locale.ENGLISH);
    private static final String ZH = PlanReports.html(INPUTS, Locale.CHINA);
    private static final String MD = PlanReports.markdown(INPUTS, Locale.CHINA);

    /** Kept beside the build's output, to be looked at. */
    @BeforeAll
    static void keep() throws IOException {
        Path dir = Path.of(System.getProperty("planwatch.shots", "target/shots"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("illustrative-en.html"), EN);
        Files.writeString(dir.resolve("illustrative-zh.html"), ZH);
        Files.writeString(dir.resolve("illustrative-zh.md"), MD);
    }

    private static String section(String html, String id, String next) {
        return html.substring(html.indexOf("id=\"" + id + "\""), html.indexOf("id=\"" + next + "\""));
    }

    @Test
    void theIllustrativeStatuses_areThoseTheMethodGives() {
        Evaluation e = INPUTS.evaluation();
        assertThat(e.assessment("kw-2020-1-first-fair").orElseThrow().status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.assessment("kw-2020-1-forum-bid").orElseThrow().status()).isEqualTo(Status.MISSED);
        assertThat(e.assessment("task-1-exhibition-centre").orElseThrow().status()).isEqualTo(Status.ACCELERATION_NEEDED);
    }

    @Test
    void aMissedMilestone_isOffTrack_withItsLeadDayAndLastReport() {
        String block = section(EN, "offtrack", "glance");
        assertThat(count(block, "the milestone “")).isEqualTo(1);
        assertThat(block).contains("the milestone “Bid to host the forum”", "Commerce bureau of the illustrative city",
                "2021-03-01 done (no evidence)", "due 2020-12-31", ">overdue</span>", "reported done without evidence");
        assertThat(block).doesNotContain("first fair", "exhibition centre", "the value falls short");
        String zh = section(ZH, "offtrack", "glance");
        assertThat(zh).contains("里程碑“申办论坛”", "示例市商务局", "2021-03-01 已完成（无佐证）", "2020-12-31前完成", ">逾期</span>",
                "报告已完成但未提供佐证");
    }

    @Test
    void theLedger_listsEachMilestoneUnderItsTaskOrItem_withDayReportEvidenceStatusAndPace() {
        String ledger = section(EN, "ledger", "indicators");
        assertThat(count(ledger, "<tr class=\"milestone\">")).isEqualTo(3);
        String item = ledger.substring(ledger.indexOf("id=\"kw-kw-2020-1\""));
        item = item.substring(0, item.indexOf("</tbody>"));
        String fair = row(item, "the milestone “The first fair”");
        assertThat(fair).contains("due 2020-12-31", "2020-11-20 done", "evidence: the city's notice of the fair's opening",
                "st-achieved", "reported done, with evidence, by its day", "pace-on");
        String bid = row(item, "the milestone “Bid to host the forum”");
        assertThat(bid).contains("due 2020-12-31", "2021-03-01 done", "no evidence", "st-missed", "pace-behind");
        String task = ledger.substring(ledger.indexOf("id=\"task-1\""), ledger.indexOf("id=\"kw-kw-2020-1\""));
        String centre = row(task, "the milestone “The exhibition centre completed”");
        assertThat(centre).contains("due 2022-06-30", "2021-09-30 delayed", "st-acceleration-needed", "reported delayed",
                "pace-behind");
        String zh = section(ZH, "ledger", "indicators");
        assertThat(row(zh, "里程碑“首届博览会”")).contains("2020-12-31前完成", "2020-11-20 已完成", "佐证：", "已实现", "按期报告完成并提供佐证");
        assertThat(row(zh, "里程碑“会展中心建成”")).contains("2022-06-30前完成", "2021-09-30 滞后", "需加快", "进展报告为滞后", "pace-behind");
    }

    @Test
    void markdown_carriesTheMilestones_inTheOffTrackBlockAndTheLedger() {
        assertThat(MD).contains("| 里程碑“申办论坛” | 示例市商务局 | 2021-03-01 已完成（无佐证） | 2020-12-31前完成 | – | ✖ 逾期 |");
        assertThat(MD).contains("| ◇ 里程碑“首届博览会”（2020-12-31前完成） | | | 2020-11-20 已完成（佐证：");
        assertThat(MD).contains("| ◇ 里程碑“会展中心建成”（2022-06-30前完成） | | | 2021-09-30 滞后 |");
    }

    @Test
    void theTargetsOfTasksAndKeyWork_showAMilestonesDayAndReport_notAValue() {
        String work = section(EN, "work", "findings");
        assertThat(work).contains("The exhibition centre completed (due 2022-06-30)", "2021-09-30 delayed", "2020-11-20 done; evidence: ")
                .doesNotContain("done by");
    }

    @Test
    void noConstantOrIdReachesTheReader_andChineseHasChinesePunctuation() {
        for (String html : new String[] {EN, ZH}) {
            String text = visibleText(html);
            for (KeyWorkStatus s : KeyWorkStatus.values()) {
                assertThat(text).doesNotContain(s.name());
            }
            for (Status s : Status.values()) {
                assertThat(text).doesNotContain(s.name());
            }
            assertThat(text).doesNotContain("kw-2020-1-", "task-1-");
        }
        assertThat(visibleText(ZH)).doesNotContainPattern("\\p{IsHan}[,;:()]|[,;:()]\\p{IsHan}");
    }

    /**
     * A milestone's change of status is said by its report, not as a target year that passed: the
     * forum bid, in progress and on pace as of 2020, is missed as of 2021, reported done without evidence.
     */
    @Test
    void aMilestonesChangeOfStatus_isSaidByItsReport() {
        Evaluation earlier = io.github.planwatch.rules.PlanEvaluator.create().evaluate(io.github.planwatch.rules.EvaluationInput
                .of(Illustrative.PLAN, Illustrative.OBSERVATIONS, 2020).withKeyWorkUpdates(Illustrative.UPDATES));
        assertThat(earlier.assessment("kw-2020-1-forum-bid").orElseThrow().status()).isEqualTo(Status.ON_TRACK);
        String en = PlanReports.html(INPUTS.withEarlier(java.util.List.of(earlier)), Locale.ENGLISH);
        String changes = section(en, "changes", "findings");
        String bid = row(changes, "the milestone “Bid to host the forum”");
        assertThat(bid).contains("2021-03-01 done; reported done without evidence").doesNotContain("target year");
    }

    /** The table row of a ledger that names something, up to its end. */
    private static String row(String html, String name) {
        String from = html.substring(html.indexOf(name));
        return from.substring(0, from.indexOf("</tr>"));
    }
}
