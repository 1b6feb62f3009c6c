package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.Command;

/**
 * Under {@code --lang zh} every error of the command is said in Chinese at its place: a policy's
 * ranges, a value outside its unit's bounds, YAML and JSON that cannot be parsed, the rules of the
 * model that a plan's fields break, observations that do not fit the plan, output that cannot be
 * written and why, running out of memory, the misuse of the command line and every command's help;
 * no English sentence is left in what it prints. An unknown {@code --lang} is answered in the
 * environment's language where that is Chinese, else in English and in Chinese.
 */
class ChineseErrorsTest {

    /** Three or more English words in a row: an English sentence, or a part of one. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}(?:[\\s,;:.'-]+[A-Za-z]{2,}){2,}");

    /** A small plan of version 2; the tests edit it and expect problems at its line numbers. */
    private static final String PLAN = """
            # A small valid plan. The tests edit it and expect problems at its line numbers: keep them as they are.
            schemaVersion: 2
            id: test-plan
            title: {zh: 测试方案, en: Test plan}
            issuer: city-office
            documentNumber: 测政发〔2020〕1号
            issueDate: 2020-05-07
            period: 2020-2022
            horizonYear: 2025
            guidingIdeology: 以开放促发展。
            principles:
              - number: 1
                title: {zh: 开放, en: Openness}
                text: 坚持开放。
            goals:
              - year: 2022
                text: 国际化水平明显提升。
                summary: Clearly more international by 2022.
            areas:
              - id: industry
                number: 1
                name: {zh: 产业国际化, en: Industry}
                heading: {zh: 推进产业国际化, en: Internationalise industry}
            categories:
              - id: economy
                name: {zh: 经济实力, en: Economic strength}
            tasks:
              - number: 1
                area: industry
                title: {zh: 引进外资, en: Attract foreign capital}
                text: 实际利用外资每年保持10%以上增长。
                leadUnits: [commerce-bureau]
                responsibleUnits: [city-office]
                targets:
                  - measure: {zh: 实际利用外资, en: Utilised foreign capital}
                    unit: {zh: 亿美元, en: 100 million USD}
                    direction: HIGHER_IS_BETTER
                    method: CAGR
                    target:
                      id: fdi-growth
                      kind: YEARLY_GROWTH
                      years: 2020-2022
                      comparison: AT_LEAST
                      value: 10
                      wording: 每年保持10%以上增长
            indicators:
              - id: gdp
                number: 1
                category: economy
                name: {zh: 地区生产总值, en: GDP}
                unit: {zh: 亿元, en: 100 million yuan}
                direction: HIGHER_IS_BETTER
                method: CAGR
                baseline: {year: 2019, value: 5781}
                targets:
                  - {id: gdp-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 6800, wording: 6800以上}
                  - {id: gdp-2025, kind: LEVEL, years: 2025, comparison: ABOUT, value: 8000, tolerance: {kind: RELATIVE, value: 0.05}}
            keyWork:
              - year: 2020
                number: 1
                theme: {zh: 招商引资, en: Investment promotion}
                text: 开展招商活动。
                leadUnits: [commerce-bureau]
                responsibleUnits: []
                tasks: [1]
            safeguards:
              - number: 1
                title: {zh: 加强组织领导, en: Leadership}
                text: 成立领导小组。
            organisations:
              - id: city-office
                name: {zh: 市政府办公室, en: General Office of the Municipal Government}
                kind: GOVERNMENT_OFFICE
              - id: commerce-bureau
                name: {zh: 市商务局, en: Municipal Bureau of Commerce}
                kind: MUNICIPAL_DEPARTMENT
                aliases: [商务局]
            """;

    /** The target the tests of a plan's fields replace, on line 56. */
    private static final String GDP_2022 = "{id: gdp-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 6800,"
            + " wording: 6800以上}";

    @TempDir
    Path directory;

    /** The errors of a run, with the file names and the quoted text that repeat the input taken out. */
    private String words(Cli.Run run) {
        return run.err().replace(directory.toString(), "")
                .replaceAll("'[^'\\n]*'", "").replaceAll("“[^”\\n]*”", "");
    }

    private Cli.Run refused(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(words(run)).as(run.err()).doesNotContainPattern(ENGLISH).containsPattern("\\p{IsHan}");
        return run;
    }

    @Test
    void policyOutOfRange_isSaidInChinese_atEachSetting() throws IOException {
        Path policy = Files.writeString(directory.resolve("policy.yaml"),
                "schemaVersion: 1\nonTrackRatio: 0.5\nstaleYears: 0\nminimumCoverage: 2\n");

        Cli.Run run = refused("validate", "--lang", "zh", "--policy", policy.toString());

        assertThat(run.errLines()).containsExactly(
                policy + ":2:15: onTrackRatio: 进度比阈值应为有限数且严格递减，实为0.5、0.6、0.0",
                policy + ":3:13: staleYears: 应不小于1，实为0",
                policy + ":4:18: minimumCoverage: 应在[0, 1]之内，实为2.0");
    }

    @Test
    void valueOutsideItsUnitsBounds_isSaidInChinese_atTheValue() throws IOException {
        Path csv = Files.writeString(directory.resolve("observations.csv"),
                "indicator,year,value\nfdi-share-of-gdp,2021,120\n");

        Cli.Run run = refused("validate", "--lang", "zh", "--observations", csv.toString());

        assertThat(run.errLines()).containsExactly(csv + ":2:23: observations[0].value: "
                + "数值应在0至100之间：指标“fdi-share-of-gdp”以%（percent）计量，不能取其他值；实为120");
    }

    @Test
    void yamlThatCannotBeParsed_isSaidInChinese_whereTheParserStopped() throws IOException {
        Path tab = Files.writeString(directory.resolve("tab.yaml"), "schemaVersion: 1\n\tstaleYears: 3\n");
        Path quote = Files.writeString(directory.resolve("quote.yaml"), "schemaVersion: 1\nonTrackRatio: \"0.9\nstaleYears: 3\n");
        Path indent = Files.writeString(directory.resolve("indent.yaml"), "schemaVersion: 1\nonTrackRatio: 0.9\n  staleYears: 3\n");

        assertThat(refused("validate", "--lang", "zh", "--policy", tab.toString()).errLines())
                .containsExactly(tab + ":2:1: schemaVersion: 不是有效的YAML：制表符：YAML只能用空格缩进");
        assertThat(refused("validate", "--lang", "zh", "--policy", quote.toString()).errLines())
                .containsExactly(quote + ":4:1: schemaVersion: 不是有效的YAML：始于第2行第15列的带引号文本没有闭合；应有右引号");
        assertThat(refused("validate", "--lang", "zh", "--policy", indent.toString()).errLines())
                .containsExactly(indent + ":3:13: onTrackRatio: 不是有效的YAML："
                        + "此处不能开始字段的冒号：某行比其上方的字段缩进更多，或值中含有冒号加空格而未加引号");
    }

    @Test
    void truncatedJson_isSaidInChinese_whereItEnds() throws IOException {
        Path json = Files.writeString(directory.resolve("policy.json"), "{\"schemaVersion\": 1, \"staleYears\": 3");

        assertThat(refused("validate", "--lang", "zh", "--policy", json.toString()).errLines())
                .containsExactly(json + ":1:37: 不是有效的JSON：文件提前结束（括号、花括号或引号未闭合？）");
    }

    @Test
    void misuseOfTheCommandLine_isSaidInChinese() throws IOException {
        Path text = Files.writeString(directory.resolve("observations.txt"), "a");

        assertThat(refused("--lang", "zh", "bogus").errLines())
                .containsExactly("planwatch：多余的参数：'bogus'", "运行 'planwatch --help' 查看用法。");
        assertThat(refused("validate", "--lang", "zh", "--nope").errLines())
                .containsExactly("planwatch：未知选项：'--nope'", "运行 'planwatch validate --help' 查看用法。");
        assertThat(refused("validate", "--lang", "zh", "x").errLines()).first().isEqualTo("planwatch：多余的参数：'x'");
        assertThat(refused("validate", "--lang", "zh", "--plan", directory.resolve("absent.yaml").toString()).errLines())
                .containsExactly("planwatch：无法读取 " + directory.resolve("absent.yaml") + "：文件不存在");
        Path folder = Files.createDirectory(directory.resolve("plan.yaml"));
        assertThat(refused("validate", "--lang", "zh", "--plan", folder.toString()).errLines())
                .singleElement().asString().startsWith("planwatch：无法读取 " + folder + "：");
        assertThat(refused("validate", "--lang", "zh", "--observations", text.toString()).errLines())
                .containsExactly("planwatch：无法判断 " + text + " 的格式：文件名应以.csv、.xlsx、.json、.yaml或.yml结尾");
        assertThat(refused("evaluate", "--lang", "zh", "--as-of", "abc").errLines()).first()
                .isEqualTo("planwatch：选项 '--as-of' 的取值无效：'abc' 不是整数");
    }

    /** Writes the small plan with one text replaced, under a name of its own. */
    private Path plan(String name, String text, String replacement) throws IOException {
        assertThat(PLAN).contains(text);
        return Files.writeString(directory.resolve(name + ".yaml"), PLAN.replace(text, replacement));
    }

    /** Asserts that validating a plan is refused with exactly these lines, each after the plan's name. */
    private void refusedWith(Path plan, String... lines) {
        List<String> expected = java.util.Arrays.stream(lines).map(l -> plan + l).toList();
        assertThat(refused("validate", "--lang", "zh", "--plan", plan.toString()).errLines())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void smallPlan_isValid() throws IOException {
        Path plan = Files.writeString(directory.resolve("plan.yaml"), PLAN);
        Cli.Run run = Cli.run("validate", "--lang", "zh", "--plan", plan.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void targetOfTheWrongShape_isSaidInChinese_atTheTarget() throws IOException {
        refusedWith(plan("level", GDP_2022, "{id: gdp-2022, kind: LEVEL, years: 2021-2022, comparison: AT_LEAST, value: 6800}"),
                ":56:9: indicators[0].targets[0]: 目标gdp-2022：LEVEL目标只涵盖一个年份，实为2021-2022");
        refusedWith(plan("rank", GDP_2022, "{id: gdp-2022, kind: RANK, years: 2022, comparison: AT_LEAST, value: 3, ranking: 全国城市}"),
                ":56:9: indicators[0].targets[0]: 目标gdp-2022：RANK目标的比较方式应为AT_MOST或BELOW（名次越小越好），实为AT_LEAST");
        refusedWith(plan("position", GDP_2022, "{id: gdp-2022, kind: RANK, years: 2022, comparison: AT_MOST, value: 2.5, ranking: 全国城市}"),
                ":56:9: indicators[0].targets[0]: 目标gdp-2022：RANK目标的值是名次，应为不小于1的整数，实为2.5");
        refusedWith(plan("band", GDP_2022, "{id: gdp-2022, kind: HOLD_BAND, years: 2020-2022, comparison: AT_LEAST, value: 6800}"),
                ":56:9: indicators[0].targets[0]: 目标gdp-2022：HOLD_BAND目标的比较方式应为ABOUT，实为AT_LEAST");
        refusedWith(plan("tolerance", GDP_2022, "{id: gdp-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 6800,"
                        + " tolerance: {kind: RELATIVE, value: 0.05}}"),
                ":56:9: indicators[0].targets[0]: 目标gdp-2022：只有ABOUT目标才有容差，此目标为AT_LEAST");
        refusedWith(plan("milestone", GDP_2022, "{id: gdp-2022, kind: MILESTONE, years: 2022, due: 2022-05-01}"),
                ":56:9: indicators[0].targets[0]: gdp：目标gdp-2022是MILESTONE目标，按进展报告评估，不按观测值评估：请写在任务或重点工作中");
        refusedWith(plan("baseyear", GDP_2022, "{id: gdp-2022, kind: LEVEL, years: 2019, comparison: AT_LEAST, value: 6800}"),
                ":47:5: indicators[0]: gdp：目标gdp-2022（2019）应晚于基期年2019");
    }

    @Test
    void fieldOfATargetThatBreaksARule_isSaidInChinese_atThatField() throws IOException {
        refusedWith(plan("due", GDP_2022, "{id: gdp-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 6800, due: 2022-05-01}"),
                ":56:90: indicators[0].targets[0].due: 目标gdp-2022：完成日期（due）只属于MILESTONE目标，且MILESTONE目标必须有；"
                        + "实为LEVEL目标，完成日期为2022-05-01");
        refusedWith(plan("basis", GDP_2022, "{id: gdp-2022, kind: YEARLY_GROWTH, years: 2020-2022, comparison: AT_LEAST, value: 5,"
                        + " basis: MULTIPLE_OF_BASELINE}"),
                ":56:102: indicators[0].targets[0].basis: 目标gdp-2022：只有LEVEL目标可以相对基期值表述，此目标为YEARLY_GROWTH");
        refusedWith(plan("multiple", GDP_2022, "{id: gdp-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 0,"
                        + " basis: MULTIPLE_OF_BASELINE}"),
                ":56:79: indicators[0].targets[0].value: 目标gdp-2022：基期值的倍数应大于0（2为翻一番，0.5为减半），实为0");
        refusedWith(plan("years", GDP_2022, "{id: gdp-2022, kind: LEVEL, years: 2022-2020, comparison: AT_LEAST, value: 6800}"),
                ":56:44: indicators[0].targets[0].years: 末年（2020）不得早于首年（2022）");
        refusedWith(plan("languages", "name: {zh: 地区生产总值, en: GDP}", "name: {zh: 地区生产总值, en: GDP, EN: G}"),
                ":50:11: indicators[0].name: 语言EN出现了两次（语言标签不区分大小写）");
        refusedWith(plan("lowerbound", "unit: {zh: 亿元, en: 100 million yuan}",
                        "unit: {zh: 亿元, en: 100 million yuan, lowerBound: -5}"),
                ":51:54: indicators[0].unit.lowerBound: 单位的值不能为负时，下限不得小于0，实为-5；如可为负，请写negativeAllowed: true");
        refusedWith(plan("bounds", "unit: {zh: 亿元, en: 100 million yuan}",
                        "unit: {zh: 亿元, en: 100 million yuan, lowerBound: 10, upperBound: 5}"),
                ":51:70: indicators[0].unit.upperBound: 上限不得小于下限10，实为5");
    }

    @Test
    void trajectoryOutOfPlace_isSaidInChinese_atEachPoint() throws IOException {
        refusedWith(plan("points", GDP_2022, "{id: gdp-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 6800,"
                        + " trajectory: [{year: 2021, value: 6000}, {year: 2020, value: 5900}, {year: 2023, value: 7000}]}"),
                ":56:132: indicators[0].targets[0].trajectory[1].year: 目标gdp-2022：规划路径各点应按年份排列，每年一个，实为2021之后是2020",
                ":56:159: indicators[0].targets[0].trajectory[2].year: 目标gdp-2022：规划路径的年份应早于目标年2022，实为2023");
        refusedWith(plan("yearly", GDP_2022, "{id: gdp-2022, kind: YEARLY_GROWTH, years: 2020-2022, comparison: AT_LEAST, value: 5,"
                        + " trajectory: [{year: 2021, value: 6000}]}"),
                ":56:107: indicators[0].targets[0].trajectory: 目标gdp-2022：只有LEVEL、CUMULATIVE或RANK目标可以有规划路径（trajectory），"
                        + "此目标为YEARLY_GROWTH");
    }

    /** A trajectory on a band (ABOUT where neither direction is better) changes nothing, and is refused at its field. */
    @Test
    void trajectoryOnABand_isRefused_inChineseAndEnglish_atTheTrajectory() throws IOException {
        Path band = Files.writeString(directory.resolve("band.yaml"), PLAN
                .replace("    direction: HIGHER_IS_BETTER\n    method: CAGR\n    baseline", "    direction: NONE\n    method: CAGR\n    baseline")
                .replace("tolerance: {kind: RELATIVE, value: 0.05}}", "tolerance: {kind: RELATIVE, value: 0.05},"
                        + " trajectory: [{year: 2021, value: 7000}]}"));

        refusedWith(band, ":57:136: indicators[0].targets[1].trajectory: 目标gdp-2025：区间目标（ABOUT且无优劣方向）"
                + "只按与目标水平的距离评估，规划路径不起作用；请删去规划路径，或为该指标指定优劣方向");
        assertThat(Cli.run("validate", "--plan", band.toString()).errLines()).containsExactly(band + ":57:136:"
                + " indicators[0].targets[1].trajectory: target gdp-2025: a band (ABOUT where neither direction is better)"
                + " is judged by its distance from the level alone, so a trajectory would change nothing; leave it out,"
                + " or give the indicator a better direction");
    }

    /** Replaces texts of a document, each of which must be in it once. */
    private static String edited(String document, String... pairs) {
        String result = document;
        for (int i = 0; i < pairs.length; i += 2) {
            assertThat(result.indexOf(pairs[i])).as(pairs[i]).isNotNegative().isEqualTo(result.lastIndexOf(pairs[i]));
            result = result.replace(pairs[i], pairs[i + 1]);
        }
        return result;
    }

    /**
     * An earlier evaluation given to {@code report --since}, edited by hand to break the rules of its
     * assessments, years, findings and groups, is refused in Chinese, every rule at its field.
     */
    @Test
    void earlierEvaluationThatBreaksTheModelsRules_isSaidInChinese_atEachField() throws IOException {
        Path plan = Files.writeString(directory.resolve("plan.yaml"), PLAN);
        Path written = directory.resolve("written.json");
        Cli.Run evaluated = Cli.run("evaluate", "--plan", plan.toString(), "--format", "json", "--output", written.toString());
        assertThat(evaluated.status()).as(evaluated.err()).isZero();
        String json = Files.readString(written);
        Path parts = Files.writeString(directory.resolve("parts.json"), edited(json,
                // A reason on an ACHIEVED target.
                "\"status\": \"INSUFFICIENT_DATA\",\n          \"reason\": \"NO_OBSERVATION\",\n          \"ratio\": null,\n"
                        + "          \"score\": null,\n          \"method\": \"CAGR\",\n          \"baseSource\": \"BASELINE\",\n"
                        + "          \"baseYear\": 2019,\n          \"baseValue\": 5781,\n          \"latestYear\": null,\n"
                        + "          \"latestValue\": null,\n          \"targetValue\": 6800",
                "\"status\": \"ACHIEVED\",\n          \"reason\": \"NO_OBSERVATION\",\n          \"ratio\": null,\n"
                        + "          \"score\": null,\n          \"method\": \"CAGR\",\n          \"baseSource\": \"BASELINE\",\n"
                        + "          \"baseYear\": 2019,\n          \"baseValue\": 5781,\n          \"latestYear\": null,\n"
                        + "          \"latestValue\": null,\n          \"targetValue\": 6800",
                // A band with one end.
                "\"tolerance\": 400,\n          \"provisional\": false,\n          \"years\": [ ],\n          \"anticipated\": null",
                "\"tolerance\": 400,\n          \"provisional\": false,\n          \"years\": [ ],\n          \"anticipated\":"
                        + " {\"year\": 2025, \"value\": 7000, \"low\": 6000, \"high\": null, \"gap\": 1000, \"met\": false}",
                // A value on a year not judged.
                "\"year\": 2020,\n              \"value\": null", "\"year\": 2020,\n              \"value\": 3",
                // A finding's code in lower case.
                "\"code\": \"INDICATOR_WITHOUT_OWNER\"", "\"code\": \"indicator_without_owner\"",
                // A group whose assessed members are not those with a score.
                "\"id\": \"economy\",\n      \"score\": null,", "\"id\": \"economy\",\n      \"score\": 2,"));
        Path twice = Files.writeString(directory.resolve("twice.json"), edited(json,
                // A target assessed twice, and a group summarised twice.
                "\"targetId\": \"gdp-2025\"", "\"targetId\": \"gdp-2022\"",
                "\"kind\": \"AREA\",\n      \"id\": \"industry\"", "\"kind\": \"CATEGORY\",\n      \"id\": \"economy\""));
        Path report = directory.resolve("report.html");

        assertThat(refused("report", "--lang", "zh", "--plan", plan.toString(), "--since", parts.toString(),
                "--output", report.toString()).errLines()).containsExactly(
                parts + ":17:21: indicators[0].assessments[0].reason: 目标gdp-2022：原因只与INSUFFICIENT_DATA一同给出，"
                        + "且INSUFFICIENT_DATA必须有原因；实为ACHIEVED，原因为NO_OBSERVATION",
                parts + ":52:63: indicators[0].assessments[1].anticipated.low: 区间要么两端都有，要么都没有；实为下限6000、上限无",
                parts + ":83:24: tasks[0].assessments[0].years[0].value: 2020年：已评判的年份有值，未评判的年份没有；"
                        + "实为INSUFFICIENT_DATA，值为3",
                parts + ":108:15: findings[0].code: 应为代码（大写字母、数字和“_”，以字母开头），实为文本“indicator_without_owner”",
                parts + ":162:16: groups[1].score: 分组economy：INSUFFICIENT_DATA没有得分，其他状态都有得分；实为INSUFFICIENT_DATA，得分为2.0");
        assertThat(refused("report", "--lang", "zh", "--plan", plan.toString(), "--since", twice.toString(),
                "--output", report.toString()).errLines()).containsExactly(
                twice + ":33:23: indicators[0].assessments[1].targetId: 目标gdp-2022被评估了不止一次",
                twice + ":178:13: groups[2].id: 分组CATEGORY economy被汇总了不止一次");
        assertThat(report).doesNotExist();
    }

    @Test
    void observationsThatDoNotFitThePlan_areSaidInChinese_atTheirLines() throws IOException {
        Path plan = Files.writeString(directory.resolve("plan.yaml"), PLAN);
        Path csv = Files.writeString(directory.resolve("obs.csv"),
                "indicator,year,value\ngdpp,2021,100\ngdp,2021,6000\ngdp,2021,6100\n");

        assertThat(refused("validate", "--lang", "zh", "--plan", plan.toString(), "--observations", csv.toString()).errLines())
                .containsExactly(csv + ":2:1: observations[0].indicator: 应为规划中某个指标的编号，或任务、重点工作中所列目标的编号，"
                                + "实为“gdpp”（是否应为“gdp”？）",
                        csv + ":4:1: observations[2]: 应只有“gdp”在2021年的一个观测值，实有第二条；第一条在第3行");
    }

    @Test
    void outputThatCannotBeWritten_isSaidInChinese_withTheReason() throws IOException {
        Path missing = directory.resolve("absent").resolve("out.txt");
        assertThat(refused("show", "--lang", "zh", "--output", missing.toString()).errLines())
                .containsExactly("planwatch：无法写入 " + missing + "：目录 " + missing.getParent() + " 不存在");
        assertThat(refused("show", "--lang", "zh", "--output", directory.toString()).errLines())
                .containsExactly("planwatch：无法写入 " + directory + "：这是一个目录，不是文件");
        Path long_ = directory.resolve("a".repeat(300) + ".txt");
        Cli.Run tooLong = Cli.run("show", "--lang", "zh", "--output", long_.toString());
        assertThat(tooLong.errLines()).containsExactly("planwatch：无法写入 " + long_ + "：文件名过长");
        assertThat(words(tooLong)).doesNotContainPattern(ENGLISH);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullDisk_andALoopOfLinks_areSaidInChinese() throws IOException {
        Cli.Run full = Cli.run("show", "--lang", "zh", "--output", "/dev/full");
        assertThat(full.status()).isEqualTo(Planwatch.INTERNAL_ERROR);
        assertThat(full.errLines()).containsExactly("planwatch：无法写入 /dev/full：磁盘空间已满");

        Path a = directory.resolve("a.yaml");
        Path b = directory.resolve("b.yaml");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(refused("show", "--lang", "zh", "--plan", a.toString()).errLines())
                .containsExactly("planwatch：无法读取 " + a + "：符号链接层数过多（链接可能构成了循环）");
        assertThat(Cli.run("show", "--lang", "zh", "--output", a.toString()).errLines())
                .containsExactly("planwatch：无法写入 " + a + "：符号链接层数过多（链接可能构成了循环）");
    }

    /** The reasons java.nio and the C library give, said in Chinese; one planwatch does not know is quoted in a Chinese sentence. */
    @Test
    void reasonsOfTheOperatingSystem_areSaidInChinese_andAnUnknownOneIsQuoted() {
        assertThat(UsageErrors.chinese("cannot write out.txt: Read-only file system")).isEqualTo("无法写入 out.txt：文件系统为只读");
        assertThat(UsageErrors.chinese("cannot write out.txt: Disk quota exceeded")).isEqualTo("无法写入 out.txt：超出磁盘配额");
        assertThat(UsageErrors.chinese("cannot write out.txt: directory not empty")).isEqualTo("无法写入 out.txt：目录不为空");
        assertThat(UsageErrors.chinese("cannot read in: x.csv: not a directory")).isEqualTo("无法读取 in: x.csv：路径中有一段不是目录");
        assertThat(UsageErrors.chinese("cannot write out.txt: permission denied to create a file in the directory /srv"))
                .isEqualTo("无法写入 out.txt：没有在目录 /srv 中创建文件的权限");
        assertThat(UsageErrors.chinese("cannot write out.txt: the file is read-only; make it writable to have it replaced"))
                .isEqualTo("无法写入 out.txt：文件为只读；请先将其设为可写，才能替换");
        assertThat(UsageErrors.chinese("cannot write to standard output: Input/output error")).isEqualTo("无法写入标准输出：输入输出错误");
        String unknown = UsageErrors.chinese("cannot write out.txt: Stale remote handle of some kind");
        assertThat(unknown).isEqualTo("无法写入 out.txt：系统给出的原因为“Stale remote handle of some kind”");
        assertThat(unknown.replaceAll("“[^”]*”", "")).doesNotContainPattern(ENGLISH);
    }

    @Test
    void outOfMemory_isSaidInChinese() {
        Cli.Run run = Cli.run(true, cl -> cl.addSubcommand("exhaust", new Exhaust()), "exhaust");

        assertThat(run.status()).isEqualTo(Planwatch.INTERNAL_ERROR);
        assertThat(run.errLines()).singleElement().asString().startsWith("planwatch：内存不足：输入所需的内存超过了JVM可用的")
                .endsWith(" MB；请给它更多内存，如设置 JAVA_TOOL_OPTIONS=-Xmx4g（或运行 java -Xmx4g -jar planwatch.jar）");
        assertThat(words(run).replaceAll("java -Xmx4g -jar planwatch.jar", "")).doesNotContainPattern(ENGLISH);
    }

    /** A subcommand that runs out of memory, as a huge input would. */
    @Command(name = "exhaust")
    static final class Exhaust implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void listsOfAllowedValues_areJoinedAsChineseJoinsAList() {
        assertThat(refused("show", "--lang", "zh", "--format", "pdf").errLines()).containsExactly(
                "planwatch：选项 '--format' 的取值无效：应为 TEXT、JSON、MD、HTML 之一（不区分大小写），实为 'pdf'",
                "运行 'planwatch show --help' 查看用法。");
    }

    /**
     * A language planwatch does not speak is answered in the environment's language where that is
     * Chinese (LC_ALL, else LC_MESSAGES, else LANG), and otherwise in English and then in Chinese.
     */
    @Test
    void anUnknownLanguage_isAnsweredInTheEnvironmentsLanguage_orInBoth() {
        Cli.Run both = Cli.run("show", "--lang", "xx");
        Cli.Run chinese = Cli.run(false, Map.of("LANG", "zh_CN.UTF-8"), "show", "--lang", "xx");
        Cli.Run overridden = Cli.run(false, Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "en_US.UTF-8"), "show", "--lang=xx");

        assertThat(both.status()).isEqualTo(2);
        assertThat(both.errLines()).containsExactly(
                "planwatch: Invalid value for option '--lang': expected one of [ZH, EN] (case-insensitive) but was 'xx'",
                "Try 'planwatch show --help' for more.",
                "planwatch：选项 '--lang' 的取值无效：应为 ZH、EN 之一（不区分大小写），实为 'xx'",
                "运行 'planwatch show --help' 查看用法。");
        assertThat(chinese.status()).isEqualTo(2);
        assertThat(chinese.errLines()).containsExactly("planwatch：选项 '--lang' 的取值无效：应为 ZH、EN 之一（不区分大小写），实为 'xx'",
                "运行 'planwatch show --help' 查看用法。");
        assertThat(words(chinese)).doesNotContainPattern(ENGLISH);
        assertThat(overridden.errLines()).hasSize(4);
    }

    /** Every command's help under {@code --lang zh}: options, commands, file names and examples aside, no English is left. */
    @Test
    void everyCommandsHelp_isInChinese() {
        for (String command : List.of("show", "validate", "evaluate", "report", "template", "completion")) {
            Cli.Run run = Cli.run("--lang", "zh", command, "--help");
            assertThat(run.status()).as(command).isZero();
            String prose = run.out().replaceAll("(?m)^用法：.*(\\R {10,}.*)*", "").replaceAll("--[\\w-]+(=[\\w.]+)?", "")
                    .replaceAll("planwatch(?: [a-z]+)*", "").replaceAll("[\\w-]+\\.(?:md|html|json|yaml|xlsx|csv)", "");
            assertThat(prose).as(command).doesNotContainPattern(ENGLISH).containsPattern("\\p{IsHan}");
        }
        Cli.Run top = Cli.run("--lang", "zh", "--help");
        assertThat(top.out().replaceAll("--[\\w-]+(=[\\w.]+)?", "").replaceAll("planwatch(?: [a-z]+)*", "")
                .replaceAll("[\\w-]+\\.(?:md|html|json|yaml)", "")).doesNotContainPattern(ENGLISH);
    }
}
