package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.Problem;

/**
 * A bad file of every kind and format, read by a caller who wants Chinese: every problem is said in
 * Chinese at the same place and field path as in English.
 */
class ChineseProblemsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path directory;

    @Test
    void planYaml_problemsInChinese_atTheSamePlaces() {
        List<Problem> problems = PlanDocumentErrorsTest.problemsOf(PlanDocumentErrorsTest.base()
                .replaceFirst("schemaVersion: \\d+", "$0\nextra: 1"));
        assertSaidInChinese(problems);
        assertThat(problems.get(0).message(Locale.CHINESE)).startsWith("未知字段“extra”；应为规划，字段为schemaVersion、id、");
    }

    @Test
    void planJson_notWellFormed_inChinese() {
        DocumentException ex = catchThrowableOfType(DocumentException.class, () -> PlanDocuments.readJson(
                new ByteArrayInputStream("{\"schemaVersion\": 1, \"id\": ".getBytes(StandardCharsets.UTF_8)), "plan.json"));
        assertSaidInChinese(ex.problems());
        assertThat(ex.problems().get(0).toString(Locale.CHINESE))
                .isEqualTo("plan.json:1:28: 不是有效的JSON：文件提前结束（括号、花括号或引号未闭合？）");
        assertThat(ex.message(Locale.CHINESE)).startsWith("无法读取plan.json（1个问题）：\n  plan.json:1:28: ");
    }

    @Test
    void observationsCsv_problemsInChinese_atTheSamePlaces() {
        List<Problem> problems = observationProblems("indicator,year,value,provisonal\ngpd,2021,1,\ngdp,twenty,0600,\n",
                DataFormat.CSV);
        assertSaidInChinese(problems);
        assertThat(problems).extracting(p -> p.toString(Locale.CHINESE)).contains(
                "obs:1:22: provisonal: 未知列“provisonal”（是否应为“provisional”？）；列应为indicator、year、value，"
                        + "可选provisional、source、note、flags",
                "obs:2:1: observations[0].indicator: 应为规划中某个指标的编号，或任务、重点工作中所列目标的编号，"
                        + "实为“gpd”（是否应为“gdp”？）");
    }

    @Test
    void observationsYaml_problemsInChinese_atTheSamePlaces() {
        List<Problem> problems = observationProblems("schemaVersion: 1\nobservations:\n  - {indicator: gdp, year: 2021,"
                + " value: 0x10}\n  - {indicator: gdp, year: 2021, value: 5, nte: x}\n", DataFormat.YAML);
        assertSaidInChinese(problems);
        assertThat(problems.get(0).message(Locale.CHINESE))
                .isEqualTo("应为十进制数，实为“0x10”，即十六进制的16；请写作16");
    }

    @Test
    void observationsWorkbook_problemsInChinese_atTheSameCells() throws IOException {
        Path file = directory.resolve("bad.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "indicator");
            ws.value(0, 1, "year");
            ws.value(0, 2, "value");
            ws.value(1, 0, "gdp");
            ws.value(1, 1, 2021);
            ws.value(1, 2, -4);
            wb.finish();
        }
        List<Problem> problems = catchThrowableOfType(DocumentException.class,
                () -> DataDocuments.OBSERVATIONS.read(file, ObservationDocumentsTest.PLAN)).problems();
        assertSaidInChinese(problems);
        assertThat(problems.get(0).toString(Locale.CHINESE)).isEqualTo(file + ":Sheet1!C2: observations[0].value: "
                + "数值不应为负：指标“gdp”以亿元（100 million yuan）计量，不能为负；实为-4");
    }

    @Test
    void keyWorkUpdatesAndAccountabilities_problemsInChinese() {
        List<Problem> updates = catchThrowableOfType(DocumentException.class, () -> DataDocuments.KEY_WORK_UPDATES.read(
                ObservationDocumentsTest.bytes("item,date,status\nkw-2020-99,2020-06-30,DONE\n"), DataFormat.CSV,
                "updates", PlanDocuments.shaoxing())).problems();
        assertSaidInChinese(updates);
        List<Problem> owners = catchThrowableOfType(DocumentException.class, () -> DataDocuments.ACCOUNTABILITIES.read(
                ObservationDocumentsTest.bytes("{\"schemaVersion\": 1, \"accountabilities\": [{\"indicator\": \"gpd\","
                        + " \"unit\": \"nobody\"}]}"), DataFormat.JSON, "owners", PlanDocuments.shaoxing())).problems();
        assertSaidInChinese(owners);
        assertThat(owners.get(1).message(Locale.CHINESE)).isEqualTo("应为规划中某个单位的编号，实为“nobody”");
    }

    @Test
    void settings_problemsInChinese() {
        DocumentException ex = catchThrowableOfType(DocumentException.class, () -> SettingsDocuments.read(
                new ByteArrayInputStream("schemaVersion: 1\nratoi: 2\nyears: ten\n".getBytes(StandardCharsets.UTF_8)),
                DocumentFormat.YAML, "policy.yaml", 1, List.of("ratio", "years"),
                s -> s.wholeNumber("years").orElse(null)));
        assertSaidInChinese(ex.problems());
        assertThat(ex.problems()).extracting(p -> p.toString(Locale.CHINESE)).containsExactly(
                "policy.yaml:2:1: ratoi: 未知设置项“ratoi”（是否应为“ratio”？）",
                "policy.yaml:3:8: years: 应为整数，实为文本“ten”");
    }

    /** Each problem is said in Chinese, and its place and path are those of the English. */
    private static void assertSaidInChinese(List<Problem> problems) {
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            String en = p.toString(Locale.ENGLISH);
            String zh = p.toString(Locale.CHINESE);
            String place = en.substring(0, en.length() - p.message().length());
            assertThat(zh).startsWith(place);
            assertThat(p.message(Locale.CHINESE)).as(en).containsPattern(HAN).isNotEqualTo(p.message());
        });
    }

    private static List<Problem> observationProblems(String text, DataFormat format) {
        return catchThrowableOfType(DocumentException.class, () -> DataDocuments.OBSERVATIONS.read(
                ObservationDocumentsTest.bytes(text), format, "obs", ObservationDocumentsTest.PLAN)).problems();
    }
}
