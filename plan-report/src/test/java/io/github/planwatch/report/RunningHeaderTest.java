package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The running header of printed pages: the plan's short title, written safely into the page's style. */
class RunningHeaderTest {

    @Test
    void shortTitle_dropsThePeriodInBracketsAtTheEnd() {
        assertThat(ReportView.shortTitle("绍兴市加快推进城市国际化行动方案（2020—2022年）")).isEqualTo("绍兴市加快推进城市国际化行动方案");
        assertThat(ReportView.shortTitle("Action Plan of Shaoxing for Accelerating the City's Internationalisation (2020-2022)"))
                .isEqualTo("Action Plan of Shaoxing for Accelerating the City's Internationalisation");
    }

    @Test
    void shortTitle_keepsBracketsThatAreNoPeriod_andATitleThatIsOnlyAPeriod() {
        assertThat(ReportView.shortTitle("Plan (draft)")).isEqualTo("Plan (draft)");
        assertThat(ReportView.shortTitle("(2020-2022)")).isEqualTo("(2020-2022)");
    }

    /** A title is the plan's text: in the style element it must not end the string, the rule or the element. */
    @Test
    void cssString_escapesAllButLettersAndDigits() {
        String css = ReportView.cssString("a\"b\\c</style><script>x</script>;}");

        assertThat(css).startsWith("\"").endsWith("\"");
        assertThat(css.substring(1, css.length() - 1)).doesNotContain("\"", "<", ">", "}", ";", "/")
                .contains("a\\22 b\\5c c\\3c ");
        assertThat(ReportView.cssString("评估 2022")).isEqualTo("\"\\8bc4 \\4f30 \\20 2022\"");
    }
}
