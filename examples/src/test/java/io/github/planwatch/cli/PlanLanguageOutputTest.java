package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's text and Markdown show a text that lacks the language asked for in the plan's main
 * language where it has it, before the text's own first language, as the reports do: a plan in
 * German whose texts are given in French first. The findings' messages name the plan's texts in the
 * same order: no unit is accountable for the plan's indicator.
 */
class PlanLanguageOutputTest {

    @TempDir
    Path directory;

    private static String plan(String mainLanguage) {
        return """
                schemaVersion: 2
                id: climate-plan
                title: {fr: Plan climat, de: Klimaplan}
                language: %s
                issuer: office
                documentNumber: K-2020-1
                issueDate: 2020-05-07
                period: 2020-2022
                horizonYear: 2025
                guidingIdeology: Weniger Emissionen.
                categories:
                  - id: climate
                    name: {fr: Climat, de: Klima}
                indicators:
                  - id: renewables
                    number: 1
                    category: climate
                    name: {fr: Part des renouvelables, de: Anteil erneuerbarer Energien}
                    unit: {fr: pour cent, de: Prozent}
                    direction: HIGHER_IS_BETTER
                    method: LINEAR
                    baseline: {year: 2019, value: 40}
                    targets:
                      - {id: renewables-2022, kind: LEVEL, years: 2022, comparison: AT_LEAST, value: 50}
                organisations:
                  - id: office
                    name: {fr: Bureau, de: Amt}
                    kind: GOVERNMENT_OFFICE
                """.formatted(mainLanguage);
    }

    @Test
    void evaluateAndShow_inEnglish_showTheGermanTexts_ofAPlanInGermanWrittenInFrenchFirst() throws IOException {
        Path file = Files.writeString(directory.resolve("plan.yaml"), plan("de"));
        Path csv = Files.writeString(directory.resolve("obs.csv"), "indicator,year,value\nrenewables,2021,46\n");

        Cli.Run evaluate = Cli.run("evaluate", "--plan", file.toString(), "--observations", csv.toString(), "--as-of", "2021");
        Cli.Run show = Cli.run("show", "--plan", file.toString());
        Cli.Run markdown = Cli.run("show", "--plan", file.toString(), "--format", "md", "--lang", "zh");
        Cli.Run inChinese = Cli.run("evaluate", "--plan", file.toString(), "--observations", csv.toString(), "--as-of",
                "2021", "--lang", "zh");

        assertThat(evaluate.status()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("Klimaplan", "Anteil erneuerbarer Energien",
                        "No unit is accountable for indicator 1 (Anteil erneuerbarer Energien).")
                .doesNotContain("Plan climat", "Part des renouvelables", "pour cent");
        assertThat(inChinese.status()).as(inChinese.err()).isZero();
        assertThat(inChinese.out()).contains("指标1“Anteil erneuerbarer Energien”没有明确的责任单位。")
                .doesNotContain("Part des renouvelables");
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("Klimaplan", "Anteil erneuerbarer Energien", "Prozent")
                .doesNotContain("Plan climat", "Part des renouvelables", "pour cent");
        assertThat(markdown.out()).contains("Klimaplan", "Anteil erneuerbarer Energien").doesNotContain("Plan climat");
    }

    @Test
    void withFrenchAsTheMainLanguage_theSameTextsAreShownInFrench() throws IOException {
        Path file = Files.writeString(directory.resolve("plan.yaml"), plan("fr"));

        Cli.Run show = Cli.run("show", "--plan", file.toString());

        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("Plan climat", "Part des renouvelables").doesNotContain("Klimaplan");
    }
}
