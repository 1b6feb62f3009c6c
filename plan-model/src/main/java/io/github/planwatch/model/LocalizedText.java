package io.github.planwatch.model;

/**
 * A text in Chinese, as the plan states it, and in English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zh  the Chinese text, not blank
 * @param en  the English text, not blank
 */
public record LocalizedText(String zh, String en) {

    /**
     * Checks that both texts are present.
     *
     * @param zh  the Chinese text, not blank
     * @param en  the English text, not blank
     */
    public LocalizedText {
        Checks.requireText(zh, "zh");
        Checks.requireText(en, "en");
    }

    /**
     * Obtains a text from its Chinese and English forms.
     *
     * @param zh  the Chinese text, not blank
     * @param en  the English text, not blank
     * @return the text, not null
     */
    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /**
     * Returns the text in a language.
     *
     * @param language  the language, not null
     * @return the text in that language, not null
     */
    public String in(Language language) {
        return switch (language) {
            case ZH -> zh;
            case EN -> en;
        };
    }
}
