package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Milestones in the terminal's text: those overdue first after the overview, each with what it
 * belongs to, its lead unit, its day, last report and why; each under its task or key-work item
 * with its day, report, status and pace; and in the plan's outline with its day. In both languages,
 * on the Shaoxing plan as of 2022 with the illustrative key-work reports (none on a milestone).
 */
class MilestoneTextTest {

    private static final String UPDATES = "src/main/resources/demo/key-work-updates-illustrative.yaml";

    @Test
    void evaluate_listsTheOverdueMilestones_afterTheOverview() {
        Cli.Run run = Cli.run("evaluate", "--updates", UPDATES);

        assertThat(run.status()).isZero();
        String out = run.out();
        assertThat(out).contains("Milestones overdue or missed (13 of 17)",
                "  overdue The 3rd World Cloth Merchants Conference · due 2020-12-31",
                "    Key work 2020-1: Build a 'global capital of fashion textiles' · Lead unit:");
        assertThat(out.indexOf("Milestones overdue or missed")).isGreaterThan(out.indexOf("The plan at a glance"))
                .isLessThan(out.indexOf("Indicators"));
        List<String> lines = run.outLines();
        int start = lines.indexOf("Milestones overdue or missed (13 of 17)");
        List<String> block = lines.subList(start, lines.subList(start, lines.size()).indexOf("") + start);
        assertThat(block).hasSizeGreaterThan(13 * 2).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
    }

    @Test
    void evaluate_showsEachMilestoneUnderItsItem_withItsDayReportStatusAndPace() {
        List<String> lines = Cli.run("evaluate", "--updates", UPDATES).outLines();
        int at = lines.indexOf("   ◇ Milestone: The 3rd World Cloth Merchants Conference");
        assertThat(at).isPositive();
        assertThat(lines.get(at + 1)).matches("\\s+2020\\s+due 2020-12-31\\s+no report\\s+-5\\.00\\s+missed");
        assertThat(lines.get(at + 2)).isEqualTo("     its day passed with no report on it · Pace: behind");
    }

    @Test
    void evaluate_inChinese_saysTheMilestonesInChinese() {
        Cli.Run run = Cli.run("evaluate", "--lang", "zh", "--updates", UPDATES);

        assertThat(run.out()).contains("逾期或未实现的里程碑（17个中13个）", "  逾期 第三届世界布商大会 · 2020-12-31前完成",
                "   ◇ 里程碑：第三届世界布商大会", "     到期未见进展报告 · 序时进度：滞后");
        assertThat(run.out()).doesNotContain("MISSED", "MILESTONE", "NOT_REPORTED");
    }

    @Test
    void evaluate_withoutAnyReport_callsNoMilestoneOverdue() {
        Cli.Run run = Cli.run("evaluate");

        assertThat(run.out()).doesNotContain("Milestones overdue or missed").contains("   ◇ Milestone: 5G coverage of the whole city");
    }

    @Test
    void show_listsEveryMilestoneWithItsDay() {
        Cli.Run en = Cli.run("show");
        Cli.Run zh = Cli.run("show", "--lang", "zh");

        assertThat(en.out()).contains("Milestones (17)");
        assertThat(en.outLines()).anySatisfy(l -> assertThat(l).matches("Task 14\\s+5G coverage of the whole city\\s+2022-12-31"));
        assertThat(en.outLines()).anySatisfy(l -> assertThat(l).matches("Key work 2020-1\\s+The 3rd World Cloth Merchants Conference\\s+2020-12-31"));
        assertThat(zh.out()).contains("里程碑（17）", "完成时限");
    }
}
