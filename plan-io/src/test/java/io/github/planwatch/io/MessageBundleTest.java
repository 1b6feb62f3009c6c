package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * plan-io's message bundle: each message in English and Chinese with the same placeholders, each
 * schema title translated, Chinese in full-width punctuation, and no message naming a Java class.
 */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** A Java class named in a message: a qualified name, or a name ending as exceptions and nodes do. */
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[a-zA-Z]|[A-Z][a-z]+(Exception|Node"
            + "|Event|Error|Parser)\\b|\\b(BigDecimal|Integer|String|Long|Double|Jackson|SnakeYAML)\\b");
    /** Half-width punctuation a Chinese sentence does not use; an example written as data keeps its own. */
    private static final Pattern HALF_WIDTH = Pattern.compile("[,;?()]|: ");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader()
                .getResourceAsStream("io/github/planwatch/io/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Set<String> titles() {
        Set<String> titles = new TreeSet<>();
        for (DocumentSchema schema : new DocumentSchema[] {DocumentSchema.PLAN, DocumentSchema.OBSERVATIONS,
                DocumentSchema.KEY_WORK_UPDATES, DocumentSchema.ACCOUNTABILITIES, DocumentSchema.EVALUATION,
                DocumentSchema.SETTINGS}) {
            collectTitles(schema.tree(), titles);
        }
        return titles;
    }

    private static void collectTitles(JsonNode node, Set<String> titles) {
        if (node.isObject() && node.path("title").isTextual()) {
            titles.add(node.get("title").asText());
        }
        node.forEach(child -> collectTitles(child, titles));
    }

    @Test
    void bundle_everyKeyInBothLanguages_withTheSamePlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        Set<String> zhMessages = new TreeSet<>(zh.stringPropertyNames());
        zhMessages.removeIf(k -> k.startsWith(Messages.TITLE));
        assertThat(zhMessages).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void bundle_everySchemaTitle_isTranslated_andNoTranslationIsOfATitleThatIsGone() throws IOException {
        Properties zh = load("messages_zh.properties");
        Set<String> keys = new TreeSet<>();
        titles().forEach(t -> keys.add(Messages.titleKey(t)));
        Set<String> translated = new TreeSet<>(zh.stringPropertyNames());
        translated.removeIf(k -> !k.startsWith(Messages.TITLE));
        assertThat(translated).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void bundle_chinese_usesFullWidthPunctuation() throws IOException {
        Properties zh = load("messages_zh.properties");
        for (String key : zh.stringPropertyNames()) {
            // Examples of what to write ({zh: ..., en: ...}, schemaVersion: 2) are data, not sentences.
            String prose = zh.getProperty(key).replaceAll("\\{[a-z][^}]*}|schemaVersion: \\{1}", "");
            assertThat(prose).as(key).doesNotContainPattern(HALF_WIDTH).doesNotContain("'").doesNotContain("\"\"");
        }
    }

    @Test
    void bundle_noMessage_namesAJavaClass() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(name + " " + key).doesNotContainPattern(JAVA_CLASS);
            }
        }
    }
}
