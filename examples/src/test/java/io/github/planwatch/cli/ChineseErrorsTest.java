package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code --lang zh} every error of the command is said in Chinese at its place: a policy's
 * ranges, a value outside its unit's bounds, YAML and JSON that cannot be parsed, and the misuse of
 * the command line; no English sentence is left in what it prints.
 */
class ChineseErrorsTest {

    /** Three or more English words in a row: an English sentence, or a part of one. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}(?:[\\s,;:.'-]+[A-Za-z]{2,}){2,}");

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
}
