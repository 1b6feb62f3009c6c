package io.github.planwatch.io;

import java.util.List;

import io.github.planwatch.model.Message;

/**
 * The messages of plan-io, each described once in {@code messages.properties} beside this class
 * (English) and its translations ({@code messages_zh.properties}); a problem says one of them in
 * the language its reader asks for ({@link io.github.planwatch.model.Problem#message(java.util.Locale)}).
 */
final class Messages {

    /** The base name of plan-io's bundle. */
    static final String BUNDLE = "io.github.planwatch.io.messages";
    /** The prefix of the keys that translate a schema's {@code title}s, which say the English themselves. */
    static final String TITLE = "title.";

    private Messages() {
    }

    /** One of plan-io's messages. */
    static Message of(String key, Object... arguments) {
        return Message.of(BUNDLE, key, arguments);
    }

    /**
     * The words of a schema's {@code title}, in English as the schema writes them and in another
     * language as the bundle translates them, under {@link #titleKey}.
     */
    static Message title(String title) {
        return new Message(BUNDLE, titleKey(title), title, List.of());
    }

    /**
     * The key that translates a schema's title: its letters and digits, lower case, the rest turned
     * into single hyphens, such as {@code title.a-plan}.
     */
    static String titleKey(String title) {
        return TITLE + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Joins alternatives, at least one, as a language says "a or b or c". */
    static Message or(List<?> alternatives) {
        Object joined = alternatives.get(0);
        for (int i = 1; i < alternatives.size(); i++) {
            joined = of("or", joined, alternatives.get(i));
        }
        return joined instanceof Message message ? message : Message.literal(String.valueOf(joined));
    }
}
