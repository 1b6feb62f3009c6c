package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Language;
import io.github.planwatch.report.Terms;
import io.github.planwatch.rules.EvaluationPolicy;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * The HTML report of the Shaoxing plan: self-contained (nothing it refers to lies outside the
 * file), one chart per indicator, in either language.
 */
class HtmlReportTest {

    private static ActionPlan plan;
    private static String english;
    private static String chinese;

    @BeforeAll
    static void render() {
        plan = PlanDocuments.shaoxing();
        var observations = ObservationDocuments.shaoxingSourced();
        Results results = new Results(plan, PlanEvaluator.create().evaluate(plan, observations, 2022), observations,
                List.of(), "sourced.csv", null, EvaluationPolicy.defaults());
        english = HtmlReport.render(results, new Terms(Language.EN));
        chinese = HtmlReport.render(results, new Terms(Language.ZH));
    }

    @Test
    void report_refersToNothingOutsideItself() {
        for (String html : List.of(english, chinese)) {
            assertThat(html).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(");
            Matcher src = Pattern.compile("(?i)src\\s*=\\s*[\"']?([^\"'\\s>]*)").matcher(html);
            while (src.find()) {
                assertThat(src.group(1)).startsWith("data:");
            }
            Matcher href = Pattern.compile("(?i)href\\s*=\\s*[\"']?([^\"'\\s>]*)").matcher(html);
            while (href.find()) {
                assertThat(href.group(1)).as("a link within the page").startsWith("#");
            }
        }
    }

    @Test
    void report_hasExactlyOneChartPerIndicator() {
        for (String html : List.of(english, chinese)) {
            List<String> charted = new ArrayList<>();
            Matcher chart = Pattern.compile("<svg class=\"chart\" data-indicator=\"([^\"]+)\"").matcher(html);
            while (chart.find()) {
                charted.add(chart.group(1));
            }
            assertThat(charted).containsExactlyElementsOf(plan.indicators().stream().map(Indicator::id).toList());
            assertThat(html.split("class=\"chart\"", -1)).hasSize(plan.indicators().size() + 1);
        }
    }

    @Test
    void report_isWrittenInItsLanguage() {
        assertThat(english).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("What is off track",
                "Task and key-work ledger", "International sister cities");
        assertThat(chinese).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").contains("需要关注的目标和事项", "督查台账",
                "国际友好城市数量");
    }

    @Test
    void chart_shapesAnObservedValueByTheStatusOfTheTargetItCountsToward() {
        // Sister cities: 54 in 2022 against at least 56 in 2022, missed.
        assertThat(chartOf(english, "sister-cities")).contains("class=\"obs st-missed\"").contains("<title>Observed 2022: 54");
        // GDP: 6795 in 2021 is provisional (hollow); the 2022 target is unjudged, so it takes the 2025 target's status.
        assertThat(chartOf(english, "gdp")).contains("class=\"obs st-on-track provisional\"");
    }

    private static String chartOf(String html, String indicator) {
        int start = html.indexOf("<svg class=\"chart\" data-indicator=\"" + indicator + "\"");
        return html.substring(start, html.indexOf("</svg>", start));
    }
}
