package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** plan-rules' message bundle: every key said in English and Chinese, with the same placeholders. */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void bundle_everyKeyInBothLanguages_withTheSamePlaceholders() throws IOException {
        Properties en = load("io/github/planwatch/rules/messages.properties");
        Properties zh = load("io/github/planwatch/rules/messages_zh.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    /** Every problem of a policy is listed at once, each at its setting, said in Chinese where asked. */
    @Test
    void policyProblems_allAtOnce_inBothLanguages() {
        var problems = EvaluationPolicy.builder().staleYears(0).minimumCoverage(2).problems();
        assertThat(problems).extracting(p -> p.path() + ": " + p.message(Locale.CHINESE))
                .containsExactly("staleYears: 应不小于1，实为0", "minimumCoverage: 应在[0, 1]之内，实为2.0");
        assertThat(problems).extracting(p -> p.message(Locale.ENGLISH))
                .containsExactly("must be at least 1, got 0", "must lie in [0, 1], got 2.0");
        assertThat(EvaluationPolicy.builder().problems()).isEmpty();
    }
}
