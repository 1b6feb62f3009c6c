package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;

/**
 * The messages of findings name a plan's texts as the reports do: in the language of the message,
 * else in the plan's main language, else in the text's own first language.
 */
class PlanLanguageFindingsTest {

    private static final String FR_NAME = "Part des renouvelables";
    private static final String DE_NAME = "Anteil der Erneuerbaren";
    private static final String FR_TITLE = "Développer les renouvelables";
    private static final String DE_TITLE = "Erneuerbare ausbauen";

    /** A text given in French first, then in German: neither Chinese nor English. */
    private static LocalizedText frenchThenGerman(String fr, String de) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fr", fr);
        texts.put("de", de);
        return LocalizedText.of(texts);
    }

    /**
     * A plan whose indicator no unit answers for and moves away from its target, and whose task
     * names responsible units but no lead unit; the names are given in French first, then German.
     */
    private static Evaluation evaluate(String language) {
        Indicator share = new Indicator("x", 1, CATEGORY, frenchThenGerman(FR_NAME, DE_NAME), UNIT,
                Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "100"),
                List.of(Target.level("x-2022", 2022, Comparison.AT_LEAST, d("150"))));
        Task task = new Task(1, AREA, frenchThenGerman(FR_TITLE, DE_TITLE), "任务1", List.of(), List.of(SCIENCE),
                List.of());
        ActionPlan plan = plan().language(language).indicators(List.of(share)).tasks(List.of(task)).build();
        return Runs.run(EvaluationInput.of(plan, List.of(obs("x", 2020, "110"), obs("x", 2021, "105")), 2021))
                .evaluation();
    }

    private static LocalizedText message(Evaluation evaluation, String code) {
        List<Finding> findings = evaluation.findings(code);
        assertThat(findings).hasSize(1);
        return findings.get(0).message();
    }

    @Test
    void aGermanPlanNamesItsTextsInGermanWhereTheyLackChineseAndEnglish() {
        Evaluation evaluation = evaluate("de");

        LocalizedText owner = message(evaluation, FindingCodes.INDICATOR_WITHOUT_OWNER);
        assertThat(owner.en()).isEqualTo("No unit is accountable for indicator 1 (" + DE_NAME + ").");
        assertThat(owner.zh()).isEqualTo("指标1“" + DE_NAME + "”没有明确的责任单位。");

        LocalizedText regression = message(evaluation, FindingCodes.REGRESSION);
        assertThat(regression.en())
                .isEqualTo(DE_NAME + " moved away from target x-2022: 110 in 2020, then 105 in 2021.");
        assertThat(regression.zh()).isEqualTo("“" + DE_NAME + "”从2020年的110变为2021年的105，离目标x-2022更远了。");

        LocalizedText lead = message(evaluation, FindingCodes.TASK_WITHOUT_LEAD_UNIT);
        assertThat(lead.en()).isEqualTo("Task 1 (" + DE_TITLE + ") names responsible units but no lead unit.");
        assertThat(lead.zh()).isEqualTo("任务1“" + DE_TITLE + "”列有责任单位，但没有牵头单位。");
    }

    @Test
    void wherePlanLanguageIsNotGivenInTheText_theTextsOwnLanguage() {
        // The plan's main language is its title's, Chinese, which the names lack: they stay French.
        Evaluation evaluation = evaluate(null);

        assertThat(message(evaluation, FindingCodes.INDICATOR_WITHOUT_OWNER).en())
                .isEqualTo("No unit is accountable for indicator 1 (" + FR_NAME + ").");
        assertThat(message(evaluation, FindingCodes.REGRESSION).zh())
                .isEqualTo("“" + FR_NAME + "”从2020年的110变为2021年的105，离目标x-2022更远了。");
    }

    @Test
    void textsGivenInChineseAndEnglishAreNamedSoWhateverThePlansLanguage() {
        var plan = plan().language("de").indicators(List.of(indicator("rd", 2, Direction.HIGHER_IS_BETTER,
                ProgressMethod.CAGR, null, Target.level("rd-2022", 2022, Comparison.AT_LEAST, d("3"))))).build();
        LocalizedText owner = message(Runs.run(EvaluationInput.of(plan, List.of(), 2021)).evaluation(),
                FindingCodes.INDICATOR_WITHOUT_OWNER);
        assertThat(owner.zh()).isEqualTo("指标2“测rd”没有明确的责任单位。");
        assertThat(owner.en()).isEqualTo("No unit is accountable for indicator 2 (rd).");
    }
}
