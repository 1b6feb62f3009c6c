package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.planwatch.io.EvaluationDocuments;
import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.rules.PlanEvaluator;
import picocli.CommandLine.Command;

/**
 * The planwatch command run in-process on good and bad input: its exit status, what it prints and
 * what it reports on standard error, one located problem per line.
 */
class PlanwatchTest {

    /** A located problem line: FILE:LINE:COLUMN: message. */
    private static final String LOCATED = "^[^:\\s]+:\\d+:\\d+: .+";

    @TempDir
    Path directory;

    @Test
    void evaluate_withTheDefaults_printsTheShaoxingEvaluationInEightyColumns() {
        Cli.Run run = Cli.run("evaluate");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Action Plan of Shaoxing for Accelerating the City's Internationalisation",
                "As of 2022", "Plan score – (insufficient data), from 4 of 67 targets",
                "11 International sister cities", "KEY_WORK_NOT_REPORTED (1)");
        assertThat(run.out()).doesNotContain("\u001B[");
        assertThat(run.outLines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
        // The sister-city row: 54 in 2022 against at least 56, missed.
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("\\s+2022\\s+≥ 56\\s+54 \\(2022\\)\\s+-5\\.00\\s+missed"));
    }

    /** The text once kept to 80 columns whatever the terminal: it wrapped at 60 and did not widen at 140. */
    @Test
    void evaluate_fitsTheWidthThatColumnsGives() {
        for (int width : new int[] {60, 120, 140}) {
            for (String lang : new String[] {"en", "zh"}) {
                Cli.Run run = Cli.run(true, Map.of("COLUMNS", Integer.toString(width), "NO_COLOR", "1"),
                        "evaluate", "--lang", lang);

                assertThat(run.status()).isZero();
                assertThat(run.outLines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(width));
                // Wider than a classic terminal where it may be: the tables and findings use the width.
                if (width > 80) {
                    assertThat(run.outLines()).anySatisfy(line -> assertThat(DisplayWidth.of(line)).isGreaterThan(100));
                }
            }
        }
    }

    @Test
    void columns_thatIsNoNumber_orTooNarrow_fallsBackOrWidens() {
        Cli.Run nonsense = Cli.run(true, Map.of("COLUMNS", "wide", "NO_COLOR", "1"), "evaluate");
        Cli.Run narrow = Cli.run(true, Map.of("COLUMNS", "10", "NO_COLOR", "1"), "evaluate");

        assertThat(nonsense.outLines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
        assertThat(nonsense.outLines()).anySatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(80));
        assertThat(narrow.outLines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60));
    }

    /** The subjects of a finding were listed in lexical order: kw-2020-1, kw-2020-10, ..., kw-2020-3. */
    @Test
    void findings_listTheirSubjectsInThePlansOrder() throws IOException {
        Cli.Run run = Cli.run(true, Map.of("COLUMNS", "400", "NO_COLOR", "1"), "evaluate");
        // The bundled Shaoxing plan names an owner for every indicator; the Europe 2020 plan, whose
        // indicators are linked to no task, names none, so its owner finding lists all eight.
        Path europe = directory.resolve("europe-2020.yaml");
        try (var in = PlanwatchTest.class.getClassLoader().getResourceAsStream("plans/europe-2020.yaml")) {
            Files.write(europe, in.readAllBytes());
        }
        Cli.Run unowned = Cli.run(true, Map.of("COLUMNS", "400", "NO_COLOR", "1"), "evaluate", "--plan", europe.toString());

        String about = run.outLines().stream().filter(l -> l.contains("About: 17, 23, ")).findFirst().orElseThrow();
        assertThat(about).contains("kw-2020-3, kw-2020-5, kw-2020-6, kw-2020-7, kw-2020-11, kw-2020-12");
        assertThat(run.out()).doesNotContain("About: gdp, ");
        String owners = unowned.outLines().stream().filter(l -> l.contains("About: employment-rate, ")).findFirst()
                .orElseThrow();
        assertThat(owners).startsWith("    About: employment-rate, rd-intensity, ghg-emissions-index,");
    }

    @Test
    void validate_wrapsWhatItReadToTheWidth() {
        Cli.Run run = Cli.run(true, Map.of("COLUMNS", "60", "NO_COLOR", "1"), "validate");

        assertThat(run.status()).isZero();
        assertThat(run.outLines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60));
        assertThat(run.out()).contains("42 units");
    }

    @Test
    void evaluate_inChinese_alignsItsColumnsByDisplayWidth() {
        Cli.Run run = Cli.run("evaluate", "--lang", "zh");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("绍兴市加快推进城市国际化行动方案", "规划得分 –", "国际友好城市数量", "未实现");
        assertThat(run.outLines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
        List<String> categoryRows = run.outLines().stream()
                .filter(l -> l.startsWith("经济实力") || l.startsWith("投资贸易") || l.startsWith("宜居水平")).toList();
        assertThat(categoryRows).hasSize(3);
        // The score column ends at the same display column on every row, whatever the width of the names.
        assertThat(categoryRows.stream().map(PlanwatchTest::endOfScore).distinct()).hasSize(1);
    }

    private static int endOfScore(String row) {
        int at = row.indexOf("5.00") >= 0 ? row.indexOf("5.00") + 4 : row.indexOf("–") + 1;
        return DisplayWidth.of(row.substring(0, at));
    }

    /** The bundled plan, evaluated by the command, names an owner for every indicator and a target in every area. */
    @Test
    void evaluate_bundledPlan_leavesNoIndicatorWithoutOwnerAndNoAreaWithoutTargets() throws IOException {
        Cli.Run run = Cli.run("evaluate", "--format", "json");

        assertThat(run.status()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        List<String> codes = new java.util.ArrayList<>();
        doc.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        assertThat(codes).doesNotContain("INDICATOR_WITHOUT_OWNER").isNotEmpty();
        List<JsonNode> areas = new java.util.ArrayList<>();
        doc.get("groups").forEach(g -> {
            if (g.get("kind").asText().equals("AREA")) {
                areas.add(g);
            }
        });
        assertThat(areas).hasSize(PlanDocuments.shaoxing().areas().size())
                .allSatisfy(a -> assertThat(a.get("dueOrAhead").asInt()).as(a.get("id").asText()).isPositive());
    }

    @Test
    void evaluate_asJson_writesTheEvaluationDocumentOfTheContract() throws IOException {
        Cli.Run run = Cli.run("evaluate", "--format", "json");

        assertThat(run.status()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("asOf").asInt()).isEqualTo(2022);
        JsonNode sister = null;
        for (JsonNode indicator : doc.get("indicators")) {
            if (indicator.get("id").asText().equals("sister-cities")) {
                sister = indicator;
            }
        }
        assertThat(sister).isNotNull();
        JsonNode first = sister.get("assessments").get(0);
        assertThat(first.get("targetYear").asInt()).isEqualTo(2022);
        assertThat(first.get("status").asText()).isEqualTo("MISSED");
        assertThat(first.get("score").asDouble()).isEqualTo(-5.0);
        assertThat(first.has("ratio")).isTrue();
        JsonNode finding = doc.get("findings").get(0);
        assertThat(finding.get("code").asText()).isEqualTo("OFF_TRACK_AHEAD");
        assertThat(finding.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(finding.get("subject").get("kind").asText()).isEqualTo("TARGET");
        assertThat(doc.get("groups")).isNotEmpty();

        Evaluation direct = PlanEvaluator.create().evaluate(PlanDocuments.shaoxing(), ObservationDocuments.shaoxingSourced(), 2022);
        assertThat(EvaluationDocuments.read(new java.io.ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), "out"))
                .isEqualTo(direct);
    }

    @Test
    void evaluate_onObservationsWithAnUnknownIndicatorAndABadYear_exitsTwoWithTwoLocatedLines() throws IOException {
        Path csv = Files.writeString(directory.resolve("obs.csv"), """
                indicator,year,value
                gdpp,2021,6795
                gdp,20x1,6000
                """);

        Cli.Run run = Cli.run("evaluate", "--observations", csv.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2).allSatisfy(line -> assertThat(line).matches(LOCATED));
        assertThat(run.errLines().get(0)).startsWith(csv + ":2:1: ").contains("'gdpp'", "did you mean 'gdp'?");
        assertThat(run.errLines().get(1)).startsWith(csv + ":3:5: ").contains("'20x1'");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validate_listsTheProblemsOfEveryFileAtOnce() throws IOException {
        Path csv = Files.writeString(directory.resolve("obs.csv"), "indicator,year,value\ngdp,2021,-3\n");
        Path updates = Files.writeString(directory.resolve("updates.csv"), "item,date,status\nkw-2020-99,2020-06-30,DONE\n");
        Path policy = Files.writeString(directory.resolve("policy.yaml"), "schemaVersion: 1\nstaleYears: 0\n");

        Cli.Run run = Cli.run("validate", "--observations", csv.toString(), "--updates", updates.toString(),
                "--policy", policy.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(3).allSatisfy(line -> assertThat(line).matches(LOCATED));
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith(policy + ":2:13: staleYears: "));
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith(csv + ":2:"));
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith(updates + ":2:").contains("kw-2020-99"));
    }

    @Test
    void accountabilities_areReadWhereverObservationsAre_andTheirProblemsLocated() throws IOException {
        Path good = Files.writeString(directory.resolve("owners.csv"), "indicator,unit\ngdp,sx-commerce-bureau\n");
        Path bad = Files.writeString(directory.resolve("bad-owners.yaml"),
                "schemaVersion: 1\naccountabilities:\n  - {indicator: gdpp, unit: sx-commerce-bureau}\n");

        Cli.Run fine = Cli.run("evaluate", "--accountabilities", good.toString(), "--format", "json");
        Cli.Run wrong = Cli.run("validate", "--accountabilities", bad.toString());

        assertThat(fine.status()).isNotEqualTo(2);
        assertThat(fine.err()).isEmpty();
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.errLines()).singleElement().satisfies(line -> assertThat(line).matches(LOCATED)
                .startsWith(bad + ":3:").contains("accountabilities[0].indicator", "did you mean 'gdp'?"));
    }

    /** The report named owners from the plan alone: an accountabilities file given to the command never reached it. */
    @Test
    void report_namesTheOwnersAnAccountabilitiesFileAdds() throws IOException {
        Path owners = Files.writeString(directory.resolve("sports.csv"), "indicator,unit\nsister-cities,sx-sports-bureau\n");
        Path with = directory.resolve("with.md");
        Path without = directory.resolve("without.md");

        assertThat(Cli.run("report", "--format", "md", "--accountabilities", owners.toString(), "--output", with.toString())
                .status()).isZero();
        assertThat(Cli.run("report", "--format", "md", "--output", without.toString()).status()).isZero();

        assertThat(offTrackRow(with)).contains("Municipal Foreign Affairs Office", "Municipal Sports Bureau");
        assertThat(offTrackRow(without)).contains("Municipal Foreign Affairs Office").doesNotContain("Sports");
    }

    /** The off-track block's row for the 2022 sister-cities target, in a Markdown report. */
    private static String offTrackRow(Path report) throws IOException {
        return Files.readAllLines(report).stream().filter(l -> l.startsWith("| the 2022 target for International sister cities"))
                .findFirst().orElseThrow();
    }

    @Test
    void validate_onGoodInput_saysWhatItReadAndExitsZero() {
        Cli.Run run = Cli.run("validate");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("bundled:plans/shaoxing-2020-2022.yaml", "5 values, 2018-2022", "as of        2022",
                "No problems found.");
    }

    /** validate refused --lang, and the problems of a bad file stayed in English under --lang zh. */
    @Test
    void validate_langZh_saysTheProblemsAndTheSummaryInChinese_atTheSamePlaces() throws IOException {
        Path bad = Files.writeString(directory.resolve("bad-owners.yaml"),
                "schemaVersion: 1\naccountabilities:\n  - {indicator: gdpp, unit: sx-commerce-bureau}\n");

        Cli.Run wrong = Cli.run("validate", "--lang", "zh", "--accountabilities", bad.toString());
        Cli.Run fine = Cli.run("validate", "--lang", "zh");
        Cli.Run help = Cli.run("validate", "--lang", "zh", "--help");

        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.errLines()).singleElement().isEqualTo(bad + ":3:17: accountabilities[0].indicator: "
                + "应为规划中某个指标的编号，如gdp，实为“gdpp”（是否应为“gdp”？）");
        assertThat(fine.status()).isZero();
        assertThat(fine.out()).contains("规划", "5条观测值，2018-2022", "评估年份", "未发现问题。").doesNotContain("No problems");
        assertThat(help.out()).contains("摘要、问题和警告的语言");
    }

    @Test
    void missingFiles_areBadInput_eachOnItsOwnLine() {
        Cli.Run run = Cli.run("validate", "--plan", directory.resolve("absent.yaml").toString(),
                "--rules", directory.resolve("nowhere").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "planwatch: cannot read " + directory.resolve("absent.yaml") + ": no such file",
                "planwatch: --rules " + directory.resolve("nowhere") + ": no such file or directory");
    }

    /** A plan that cannot be read once hid a missing observations or updates file until the next run. */
    @Test
    void missingPlanAndMissingObservations_areBothReported() {
        Cli.Run run = Cli.run("evaluate", "--plan", directory.resolve("absent.yaml").toString(),
                "--observations", directory.resolve("absent.csv").toString(),
                "--updates", directory.resolve("absent-updates.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "planwatch: cannot read " + directory.resolve("absent.yaml") + ": no such file",
                "planwatch: cannot read " + directory.resolve("absent.csv") + ": no such file",
                "planwatch: cannot read " + directory.resolve("absent-updates.csv") + ": no such file");
    }

    @Test
    void badUsage_exitsTwoWithTheProblemAndAHint() {
        Cli.Run format = Cli.run("evaluate", "--format", "xml");
        Cli.Run year = Cli.run("evaluate", "--as-of", "99");
        Cli.Run nothing = Cli.run();
        Cli.Run unknown = Cli.run("judge");

        assertThat(format.status()).isEqualTo(2);
        assertThat(format.errLines().get(0)).startsWith("planwatch: Invalid value for option '--format'");
        assertThat(format.errLines().get(1)).isEqualTo("Try 'planwatch evaluate --help' for more.");
        assertThat(year.status()).isEqualTo(2);
        assertThat(year.errLines()).containsExactly("planwatch: --as-of: expected a year between 1900 and 2200, found 99");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("Usage: planwatch");
        assertThat(unknown.status()).isEqualTo(2);
    }

    @Test
    void helpAndVersion_exitZero() {
        Cli.Run help = Cli.run("--help");
        Cli.Run subHelp = Cli.run("report", "--help");
        Cli.Run version = Cli.run("--version");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: planwatch", "show", "validate", "evaluate", "report", "Exit status:");
        assertThat(subHelp.out()).contains("--plan=FILE", "--observations=FILE", "--updates=FILE", "--as-of=YEAR",
                "--format=FORMAT", "--lang=LANG", "--output=FILE", "--rules=DIR", "--policy=FILE", "--verbose");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("planwatch 0.1.0-SNAPSHOT");
    }

    @Test
    void anInternalError_exitsOne_withTheStackTraceOnlyUnderVerbose() {
        Cli.Run quiet = Cli.run(cl -> cl.addSubcommand("boom", new Boom()), "boom");
        Cli.Run verbose = Cli.run(cl -> cl.addSubcommand("boom", new Boom()), "boom", "--verbose");

        assertThat(quiet.status()).isEqualTo(1);
        assertThat(quiet.errLines()).containsExactly("planwatch: internal error: java.lang.IllegalStateException: a bug",
                "planwatch: run again with --verbose for the stack trace");
        assertThat(verbose.status()).isEqualTo(1);
        assertThat(verbose.err()).contains("java.lang.IllegalStateException: a bug", "\tat io.github.planwatch.cli.PlanwatchTest$Boom.call");
    }

    /** A subcommand with a bug, standing in for any failure that is not the input's fault. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void output_replacesTheFileAndPrintsNothing() throws IOException {
        Path file = Files.writeString(directory.resolve("evaluation.json"), "old");

        Cli.Run run = Cli.run("evaluate", "--format", "json", "--output", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("{").contains("\"asOf\": 2022");
        assertThat(Files.list(directory)).containsExactly(file);
    }

    @Test
    void outputIntoAMissingDirectory_isBadInput() {
        Cli.Run run = Cli.run("evaluate", "--output", directory.resolve("absent/out.txt").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("planwatch: cannot write ").contains("does not exist");
    }

    @Test
    void colour_onlyOnAConsole_withoutNoColorAndWithoutOutputFile() throws IOException {
        Cli.Run console = Cli.run(true, Map.of(), "evaluate");
        Cli.Run noColour = Cli.run(true, Map.of("NO_COLOR", "1"), "evaluate");
        Cli.Run emptyNoColour = Cli.run(true, Map.of("NO_COLOR", ""), "evaluate");
        Path file = directory.resolve("out.txt");
        Cli.Run toFile = Cli.run(true, Map.of(), "evaluate", "--output", file.toString());

        assertThat(console.out()).contains("\u001B[1;31mmissed\u001B[0m");
        assertThat(noColour.out()).doesNotContain("\u001B[");
        assertThat(emptyNoColour.out()).contains("\u001B[");
        assertThat(toFile.status()).isZero();
        assertThat(Files.readString(file)).doesNotContain("\u001B[");
        // Colour never moves a column: without the escapes the text is the same.
        assertThat(console.out().replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(noColour.out());
    }

    @Test
    void asOf_judgesAsOfThatYear() {
        Cli.Run run = Cli.run("evaluate", "--as-of", "2021", "--format", "md");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("As of 2021").doesNotContain("54 (2022)");
    }

    /** evaluate --format md once had a Markdown of its own that said less than the report's and drifted from it. */
    @Test
    void evaluateMarkdown_isTheReportsMarkdown() throws IOException {
        Path md = directory.resolve("report.md");
        Cli.Run evaluated = Cli.run("evaluate", "--format", "md", "--lang", "zh");
        Cli.Run reported = Cli.run("report", "--format", "md", "--lang", "zh", "--output", md.toString());

        assertThat(evaluated.status()).isZero();
        assertThat(reported.status()).isZero();
        assertThat(evaluated.out()).isEqualTo(Files.readString(md)).contains("## 需要关注的目标和事项", "## 督查台账");
    }

    /** A stray observation dated 2200 once moved the as-of year there and turned every target unjudged, silently. */
    @Test
    void observationBeyondTheHorizon_isALocatedWarning_andTheAsOfYearSaysWhereItCameFrom() throws IOException {
        Path observations = Files.writeString(directory.resolve("obs.csv"),
                "indicator,year,value\ngdp,2021,6795\ngdp,2200,9000\nsister-cities,2022,54\n");

        Cli.Run run = Cli.run("evaluate", "--observations", observations.toString());
        Cli.Run validate = Cli.run("validate", "--observations", observations.toString());
        Cli.Run given = Cli.run("evaluate", "--as-of", "2021", "--lang", "zh");

        assertThat(run.status()).isZero();
        assertThat(run.errLines()).containsExactly(observations + ":3:5: warning: observations[1].year: a value of 'gdp'"
                + " for 2200, after the plan's horizon year 2025, is read but judges no target; check the year");
        assertThat(run.out()).containsPattern("As of 2022 \\(the latest observed year no later than 20\\d\\d\\)");
        assertThat(validate.status()).isZero();
        assertThat(validate.errLines()).hasSize(1);
        assertThat(validate.out()).contains("No problems found; 1 warning on standard error.");
        assertThat(given.out()).contains("评估年份 2021（由 --as-of 指定）");
        // No brackets inside brackets in Chinese.
        assertThat(Cli.run("evaluate", "--lang", "zh").out()).containsPattern("评估年份 2022（不晚于20\\d\\d年的最近观测年份）");
    }

    /** GDP's 2022 target, as of 2022 with 2021's figure the latest, once read only "insufficient data". */
    @Test
    void targetYearPassedUnreported_isPending_withItsLastStatus() {
        Cli.Run run = Cli.run(true, Map.of("COLUMNS", "140", "NO_COLOR", "1"), "evaluate");
        Cli.Run zh = Cli.run(true, Map.of("COLUMNS", "140", "NO_COLOR", "1"), "evaluate", "--lang", "zh");

        // As of 2021: 6795 from a base of 5781 in 2019 toward 6800 in 2022 by CAGR: R = ((6795/5781)^(1/2) - 1)
        // / ((6800/5781)^(1/3) - 1) = 0.0842 / 0.0556 = 1.51 (the evaluation as of 2021 has it), on track;
        // PM2.5 27 in 2021 already below 34: achieved.
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches("\\s+2022\\s+≥ 6800\\s+6795 \\(2021\\)\\*\\s+–\\s+"
                + "pending; last on track as of 2021"));
        assertThat(run.out()).contains("pending; last achieved as of 2021");
        assertThat(zh.out()).contains("待公布，2021年时进展顺利");
    }

    @Test
    void help_inChinese_underLangZh_withTheSameExitStatus() {
        Cli.Run top = Cli.run("--lang", "zh", "--help");
        Cli.Run evaluate = Cli.run("evaluate", "--help", "--lang", "zh");
        Cli.Run show = Cli.run("show", "--lang=zh", "--help");
        Cli.Run english = Cli.run("evaluate", "--help");

        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("用法：planwatch", "评估政府行动方案的各项目标是否正在实现", "命令：", "退出状态：",
                "2  输入或用法有误");
        assertThat(evaluate.status()).isZero();
        assertThat(evaluate.out()).contains("选项：", "评估年份（默认：不晚于当前年份的最近观测年份", "显示本帮助并退出。")
                .doesNotContain("The year to judge as of");
        assertThat(show.out()).contains("text、json 或 md（默认：text）。");
        assertThat(english.out()).contains("Usage: planwatch evaluate", "The year to judge as of").doesNotContain("用法");
    }

    @Test
    void usageErrors_inChinese_underLangZh_withTheSameExitStatus() {
        Cli.Run badYear = Cli.run("evaluate", "--lang", "zh", "--as-of", "x");
        Cli.Run unknown = Cli.run("evaluate", "--lang", "zh", "--bogus");
        Cli.Run format = Cli.run("evaluate", "--lang", "zh", "--format", "pdf");
        Cli.Run english = Cli.run("evaluate", "--bogus");

        assertThat(badYear.status()).isEqualTo(2);
        assertThat(badYear.errLines()).containsExactly("planwatch：选项 '--as-of' 的取值无效：'x' 不是整数",
                "运行 'planwatch evaluate --help' 查看用法。");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.errLines().get(0)).isEqualTo("planwatch：未知选项：'--bogus'");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.errLines().get(0)).startsWith("planwatch：选项 '--format' 的取值无效：应为 TEXT、JSON、MD、HTML 之一");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.errLines().get(0)).isEqualTo("planwatch: Unknown option: '--bogus'");
    }

    @Test
    void theCommandsOwnErrors_inChinese_underLangZh_withTheSameExitStatus() {
        Path missing = directory.resolve("missing.csv");
        Cli.Run file = Cli.run("evaluate", "--lang", "zh", "--observations", missing.toString());
        Cli.Run year = Cli.run("evaluate", "--lang", "zh", "--as-of", "3000");

        assertThat(file.status()).isEqualTo(2);
        assertThat(file.errLines()).containsExactly("planwatch：无法读取 " + missing + "：文件不存在");
        assertThat(year.status()).isEqualTo(2);
        assertThat(year.errLines()).containsExactly("planwatch：--as-of：应为1900至2200之间的年份，实为 3000");
    }

    @Test
    void policy_changesTheJudgement() throws IOException {
        Path policy = Files.writeString(directory.resolve("policy.json"), "{\"schemaVersion\": 1, \"staleYears\": 1}");

        Cli.Run defaults = Cli.run("evaluate", "--format", "json");
        Cli.Run lenient = Cli.run("evaluate", "--format", "json", "--policy", policy.toString());

        assertThat(lenient.status()).isZero();
        // Two years allowed: every observed subject has a value of 2021 or 2022, none is stale in 2022 (and
        // one never observed is not stale data but INSUFFICIENT_DATA). One year allowed: GDP and PM2.5,
        // last observed in 2021, are.
        assertThat(count(defaults.out(), "STALE_DATA")).isZero();
        assertThat(count(lenient.out(), "STALE_DATA")).isEqualTo(2);
    }

    private static long count(String text, String word) {
        return text.split("\"" + word + "\"", -1).length - 1L;
    }

    @Test
    void rules_addTheFindingsOfARuleOfOnesOwn_andBrokenRulesAreLocated() throws IOException {
        Path dir = Path.of("src/main/resources/io/github/planwatch/examples/rules");
        Path broken = Files.writeString(directory.resolve("broken.drl"), """
                package org.example.mine;

                rule "Broken"
                when
                    NoSuchFact( )
                then
                end
                """);

        Cli.Run run = Cli.run("evaluate", "--rules", dir.toString(), "--format", "md");
        Cli.Run bad = Cli.run("validate", "--rules", broken.toString());

        assertThat(run.status()).isZero();
        // The report names a finding of one's own by its code in words, and its subject by name.
        assertThat(run.out()).contains("### Warning: Due unjudged",
                "The 2022 target for Gross domestic product (GDP) falls due and still cannot be judged");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(broken + ":"));
        assertThat(bad.errLines().get(0)).matches("^[^:]+:\\d+: .+");
    }

    @Test
    void show_writesThePlanAsTextJsonOrMarkdown_butNotHtml() {
        Cli.Run text = Cli.run("show");
        Cli.Run json = Cli.run("show", "--format", "json");
        Cli.Run md = Cli.run("show", "--format", "md", "--lang", "zh");
        Cli.Run html = Cli.run("show", "--format", "html");

        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("Internationalisation of markets", "Gross domestic product (GDP)", "2022 ≥ 6800");
        assertThat(text.outLines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
        assertThat(PlanDocuments.readJson(new java.io.ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), "shown"))
                .isEqualTo(PlanDocuments.shaoxing());
        assertThat(md.out()).startsWith("# 绍兴市加快推进城市国际化行动方案").contains("| 1 | 经济实力 | GDP总量");
        assertThat(html.status()).isEqualTo(2);
        assertThat(html.errLines().get(0)).isEqualTo("planwatch: show writes text, json or md; for an HTML report use: planwatch report");
    }

    @Test
    void report_writesOneHtmlFileAndSaysWhere() throws IOException {
        Path file = directory.resolve("report.html");

        Cli.Run run = Cli.run("report", "--output", file.toString(), "--lang", "zh");

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo("已写入 " + file);
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "各单位职责");
    }

    @Test
    void report_since_listsTheChangesOfStatusSinceAnEarlierEvaluation() throws IOException {
        Path earlier = directory.resolve("2021.json");
        assertThat(Cli.run("evaluate", "--as-of", "2021", "--format", "json", "--output", earlier.toString()).status()).isZero();
        Path file = directory.resolve("report.html");

        Cli.Run run = Cli.run("report", "--since", earlier.toString(), "--output", file.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readString(file)).contains("id=\"changes\"", "Since the evaluation as of 2021", "Status in each evaluation");
    }

    @Test
    void failOn_exitsWith3WhenSuchFindingsArePresent_andWritesTheOutputAllTheSame() {
        Cli.Run critical = Cli.run("evaluate", "--fail-on", "critical");
        Cli.Run none = Cli.run("evaluate");

        assertThat(critical.status()).isEqualTo(3);
        assertThat(critical.out()).isEqualTo(none.out());
        assertThat(none.status()).isZero();
    }

    @Test
    void completion_printsAScriptThatCompletesEveryCommand() {
        Cli.Run bash = Cli.run("completion", "bash");
        Cli.Run zsh = Cli.run("completion", "zsh");

        assertThat(bash.status()).isZero();
        assertThat(bash.out()).contains("complete -F", "show", "validate", "evaluate", "report", "--fail-on");
        assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
    }

    @Test
    void showHelp_offersOnlyTheFormatsShowWrites() {
        Cli.Run help = Cli.run("show", "--help");

        assertThat(help.out()).contains("text, json or md").doesNotContain("html");
    }
}
