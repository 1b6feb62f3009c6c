package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The model's message bundle: every key said in English and Chinese, with the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void bundle_everyKeyInBothLanguages_withTheSamePlaceholders() throws IOException {
        Properties en = load("io/github/planwatch/model/messages.properties");
        Properties zh = load("io/github/planwatch/model/messages_zh.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void in_listsAndNestedMessages_areSaidInTheLanguageAskedFor() {
        Message m = Message.ofModel("plan.idUsed", Message.quoted("gdp"), List.of("a", "b"));
        assertThat(m.in(Locale.ENGLISH)).isEqualTo("id 'gdp' is already used at a, b");
        assertThat(m.in(Locale.CHINESE)).isEqualTo("编号“gdp”已用于a、b");
        assertThat(m.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(m.in(Locale.CHINESE));
        assertThat(m.in(Locale.GERMAN)).as("a language with no file is said in English").isEqualTo(m.toString());
    }

    @Test
    void in_unknownKey_saysOtherwiseOrTheKey() {
        assertThat(new Message("io.github.planwatch.model.messages", "no.such.key", "fallback", List.of())
                .in(Locale.CHINESE)).isEqualTo("fallback");
        assertThat(Message.ofModel("no.such.key").in(Locale.ENGLISH)).isEqualTo("no.such.key");
        assertThat(Message.literal("as {0} written").in(Locale.CHINESE)).isEqualTo("as {0} written");
    }

    @Test
    void in_defaultLocaleChinese_stillSaysEnglishWhenEnglishIsAskedFor() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertThat(Message.quoted("x").in(Locale.ENGLISH)).isEqualTo("'x'");
        } finally {
            Locale.setDefault(before);
        }
    }
}
