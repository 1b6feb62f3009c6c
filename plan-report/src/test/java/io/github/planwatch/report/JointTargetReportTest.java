package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Language;

/**
 * A joint target in the reports: with how it combines its indicators, its status and each member,
 * the member that decided marked in words; in the off-track block when off track; and in the card of
 * each indicator it is stated over. Read from the illustrative plan's reports in both languages.
 */
class JointTargetReportTest {

    static ReportView zhView;
    static ReportView enView;
    static String zh;
    static String en;
    static String md;

    @BeforeAll
    static void render() throws IOException {
        ReportInputs inputs = JointIllustrative.inputs();
        zhView = ReportView.of(inputs, Language.ZH);
        enView = ReportView.of(inputs, Language.EN);
        zh = PlanReports.html(inputs, Locale.CHINA);
        en = PlanReports.html(inputs, Locale.ENGLISH);
        md = PlanReports.markdown(inputs, Locale.CHINA);
        Path dir = Path.of(System.getProperty("planwatch.shots", "target/shots"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("joint-zh.html"), zh);
        Files.writeString(dir.resolve("joint-en.html"), en);
        Files.writeString(dir.resolve("joint-zh.md"), md);
    }

    @Test
    void view_showsEachJointTargetWithItsCombinationStatusAndMembers_theDecidingOneMarked() {
        assertThat(zhView.jointTargets()).hasSize(2);
        ReportView.JointRow rates = zhView.jointTargets().get(0);
        assertThat(rates.name()).isEqualTo("2021年联合目标（全部达到：就业率、劳动参与率）");
        assertThat(rates.combination()).isEqualTo("全部达到");
        assertThat(rates.status().label()).isEqualTo("未实现");
        assertThat(rates.members()).extracting(ReportView.MemberRow::indicator).containsExactly("就业率", "劳动参与率");
        assertThat(rates.members()).extracting(ReportView.MemberRow::decides).containsExactly(false, true);
        assertThat(rates.members()).extracting(m -> m.status().label()).containsExactly("已实现", "未实现");
        assertThat(rates.members().get(1).judged()).isEqualTo("62（2021年）");

        ReportView.JointRow digital = enView.jointTargets().get(1);
        assertThat(digital.name()).isEqualTo("The 2022 joint target (any of: Enterprises using cloud services, Enterprises using big data)");
        assertThat(digital.members()).extracting(ReportView.MemberRow::decides).containsExactly(true, false);
    }

    @Test
    void html_marksTheDecidingMemberInWords_notByColourAlone() {
        String section = en.substring(en.indexOf("id=\"joint\""), en.indexOf("</section>", en.indexOf("id=\"joint\"")));
        assertThat(section).contains("Targets over several indicators", "any of", "all of");
        String decides = section.substring(section.indexOf("<tr class=\"decides\">"));
        assertThat(decides.substring(0, decides.indexOf("</tr>"))).contains("Participation rate", "decides");
        assertThat(count(section, "class=\"decides-mark\"")).isEqualTo(2);
        String zhSection = zh.substring(zh.indexOf("id=\"joint\""), zh.indexOf("</section>", zh.indexOf("id=\"joint\"")));
        assertThat(zhSection).contains("多指标联合目标", "全部达到", "任一达到", "决定状态");
    }

    @Test
    void offTrackBlock_namesTheOffTrackJointTargets_andWhichIndicatorDecided() {
        String block = zh.substring(zh.indexOf("id=\"offtrack\""), zh.indexOf("id=\"glance\""));
        assertThat(block).contains("href=\"#joint-rates-2021\"", "2021年联合目标（全部达到：就业率、劳动参与率）", "由“劳动参与率”决定",
                "2022年联合目标（任一达到：企业上云率、企业大数据应用率）", "预计无法实现；由“企业上云率”决定");
    }

    @Test
    void cards_sayOfWhichJointTargetTheirIndicatorIsAMember_andWhetherItDecided() {
        assertThat(zhView.cards().get(1).joints())
                .containsExactly("本指标是2021年联合目标（全部达到：就业率、劳动参与率）的成员，决定了其状态。");
        assertThat(zhView.cards().get(0).joints())
                .containsExactly("本指标是2021年联合目标（全部达到：就业率、劳动参与率）的成员，其状态由另一成员决定。");
        assertThat(enView.cards().get(2).joints()).containsExactly("This indicator is a member of the 2022 joint target"
                + " (any of: Enterprises using cloud services, Enterprises using big data); it decided the joint target's status.");
    }

    @Test
    void markdown_showsTheJointTargetsAndTheMemberLines() {
        assertThat(md).contains("## 多指标联合目标", "### 2021年联合目标（全部达到：就业率、劳动参与率）",
                "| **劳动参与率** ▶ 决定状态 |", "- **2. 劳动参与率**：本指标是2021年联合目标");
    }

    /** No id of the plan and no constant's name reaches the prose of either report. */
    @Test
    void noIdOrConstantReachesTheReader() {
        for (String page : new String[] {zh, en, md}) {
            String text = page.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
            assertThat(text).doesNotContain("rates-2021", "digital-2022", "ALL_OF", "ANY_OF", "big-data");
        }
    }

    private static long count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
