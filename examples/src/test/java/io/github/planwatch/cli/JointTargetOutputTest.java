package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text output shows a joint target with each of its members, the one that decided marked. */
class JointTargetOutputTest {

    @TempDir
    Path directory;

    private static final String PLAN = """
            schemaVersion: 2
            id: rates-plan
            title: {zh: 就业方案, en: Employment plan}
            issuer: office
            documentNumber: 测〔2020〕1号
            issueDate: 2020-05-07
            period: 2020-2022
            horizonYear: 2025
            guidingIdeology: 促进就业。
            categories:
              - id: labour
                name: {zh: 劳动, en: Labour}
            indicators:
              - id: employment
                number: 1
                category: labour
                name: {zh: 就业率, en: Employment rate}
                unit: {zh: '%', en: percent}
                direction: HIGHER_IS_BETTER
                method: LINEAR
                baseline: {year: 2019, value: 60}
                targets: []
              - id: participation
                number: 2
                category: labour
                name: {zh: 劳动参与率, en: Participation rate}
                unit: {zh: '%', en: percent}
                direction: HIGHER_IS_BETTER
                method: LINEAR
                baseline: {year: 2019, value: 60}
                targets: []
            organisations:
              - id: office
                name: {zh: 办公室, en: Office}
                kind: GOVERNMENT_OFFICE
            jointTargets:
              - combine: ALL_OF
                indicators: [employment, participation]
                target: {id: rates-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 70}
            """;

    @Test
    void evaluate_showsTheJointTargetWithItsMembers() throws IOException {
        Path plan = Files.writeString(directory.resolve("plan.yaml"), PLAN);
        Path csv = Files.writeString(directory.resolve("obs.csv"), """
                indicator,year,value
                employment,2021,66.7
                participation,2021,62
                """);

        Cli.Run run = Cli.run("evaluate", "--plan", plan.toString(), "--observations", csv.toString(), "--as-of", "2021");
        Cli.Run zh = Cli.run("evaluate", "--plan", plan.toString(), "--observations", csv.toString(), "--as-of", "2021",
                "--lang", "zh");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Targets over several indicators", "all of: Employment rate, Participation rate",
                "Participation rate (decides)", "from 1 of 1 targets");
        assertThat(run.outLines()).filteredOn(l -> l.contains("Employment rate") && l.contains("decides")).isEmpty();
        assertThat(zh.out()).contains("多指标联合目标", "全部达到：就业率、劳动参与率", "劳动参与率（决定状态）");
    }

    @Test
    void show_listsTheJointTargetWithItsIndicators() throws IOException {
        Path plan = Files.writeString(directory.resolve("plan.yaml"), PLAN);

        Cli.Run run = Cli.run("show", "--plan", plan.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Targets over several indicators", "2022 ≥ 70",
                "all of: Employment rate, Participation rate");
    }

    /** The HTML report failed on a joint target, which belongs to no indicator, task or key-work item. */
    @Test
    void report_namesTheJointTargetByItsIndicators() throws IOException {
        Path plan = Files.writeString(directory.resolve("plan.yaml"), PLAN);
        Path csv = Files.writeString(directory.resolve("obs.csv"), "indicator,year,value\nemployment,2022,69\n");
        Path html = directory.resolve("report.html");

        Cli.Run run = Cli.run("report", "--plan", plan.toString(), "--observations", csv.toString(), "--as-of", "2022",
                "--output", html.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(html)).contains("Employment rate, Participation rate");
    }
}
