package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Language;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * A text that lacks the language of the report is shown in the plan's main language where it has it,
 * not in its own first language: the illustrative plan with German as its main language and its title,
 * the name of GDP and its unit given in French first and then German.
 */
class PlanLanguageFallbackTest {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    /** The illustrative plan with these texts in French and German, French first, and this main language. */
    private static ReportInputs inputs(String mainLanguage) throws IOException {
        String yaml;
        try (InputStream in = PlanLanguageFallbackTest.class.getResourceAsStream("/plan-illustrative.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        yaml = yaml.replace("title: {zh: \"示例市行动方案（2019—2024年）\", en: \"Action plan of an illustrative city (2019-2024)\"}",
                        "title: {fr: \"Plan d'une ville exemplaire\", de: \"Plan einer Beispielstadt\"}")
                .replace("language: zh", "language: " + mainLanguage)
                .replace("name: {zh: \"地区生产总值\", en: \"Gross regional product\"}",
                        "name: {fr: \"Produit régional brut\", de: \"Bruttoregionalprodukt\"}")
                .replace("unit: {zh: \"亿元\", en: \"100 million yuan\", lowerBound: 0}",
                        "unit: {fr: \"centaines de millions de yuans\", de: \"Hundert Millionen Yuan\", lowerBound: 0}");
        ActionPlan plan = PlanDocuments.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "plan.yaml");
        return ReportInputs.of(plan, EVALUATOR.evaluate(EvaluationInput.of(plan, Illustrative.OBSERVATIONS, 2021)
                .withKeyWorkUpdates(Illustrative.UPDATES))).withObservations(Illustrative.OBSERVATIONS);
    }

    @Test
    void aTextInFrenchAndGerman_readInEnglish_isShownInThePlansMainLanguageGerman() throws IOException {
        ReportInputs german = inputs("de");

        String html = PlanReports.html(german, Locale.ENGLISH);
        String md = PlanReports.markdown(german, Locale.ENGLISH);

        assertThat(german.plan().title().language()).isEqualTo("fr");
        assertThat(html).contains("Plan einer Beispielstadt", "Bruttoregionalprodukt", "Hundert Millionen Yuan")
                .doesNotContain("Plan d&#39;une ville", "Plan d'une ville", "Produit régional brut", "centaines de millions");
        assertThat(md).contains("Plan einer Beispielstadt", "Bruttoregionalprodukt")
                .doesNotContain("Produit régional brut");
        assertThat(ReportView.of(german, Language.EN).title()).isEqualTo("Plan einer Beispielstadt");
        assertThat(PlanReports.html(german, Locale.CHINA)).contains("Bruttoregionalprodukt").doesNotContain("Produit régional brut");
    }

    @Test
    void withFrenchAsTheMainLanguage_theSameTextsAreShownInFrench() throws IOException {
        String html = PlanReports.html(inputs("fr"), Locale.ENGLISH);

        assertThat(html).contains("Produit régional brut", "centaines de millions de yuans")
                .doesNotContain("Bruttoregionalprodukt", "Hundert Millionen Yuan");
    }
}
