package io.github.planwatch.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A text in one or more languages, keyed by BCP 47 language tags such as {@code zh}, {@code en},
 * {@code de} or {@code pt-BR}.
 *
 * <p>Tags are case-insensitive, as BCP 47 has them: a text keeps each tag in its canonical case
 * ({@code Zh} is kept as {@code zh}, {@code zh-hant} as {@code zh-Hant}), so that texts given under
 * tags that differ only in case are equal, and a lookup ignores the case of the tag asked.
 *
 * <p>The first language given is the text's own: the one it was written in, to which every lookup
 * of a language the text lacks falls back, unless the caller names another fallback (a plan's main
 * language, {@link ActionPlan#language()}). A text needs at least one language. Immutable and
 * thread-safe.
 *
 * @param texts  the text by language tag, in the order given, the first the text's own; not empty,
 *               no text blank
 */
public record LocalizedText(Map<String, String> texts) {

    /**
     * Checks that there is at least one language, that every key is a well-formed language tag and
     * that no text is blank, and keeps the order given, each tag in its canonical case.
     *
     * @param texts  the text by language tag, not empty
     */
    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw Checks.refused("", "text.noLanguage");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            // Problems name the tag as written; the text keeps it in its canonical case.
            String tag = requireTag(e.getKey());
            Checks.requireText(e.getValue(), e.getKey());
            if (copy.containsKey(tag)) {
                throw Checks.refused("", "text.languageTwice", e.getKey());
            }
            copy.put(tag, e.getValue());
        }
        texts = Collections.unmodifiableMap(copy);
    }

    /**
     * Keeps the form of a text in Chinese and English, the languages of a version-1 document.
     *
     * @param zh  the Chinese text, not blank
     * @param en  the English text, not blank
     */
    public LocalizedText(String zh, String en) {
        this(pair(zh, en));
    }

    private static Map<String, String> pair(String zh, String en) {
        Checks.requireText(zh, "zh");
        Checks.requireText(en, "en");
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("zh", zh);
        texts.put("en", en);
        return texts;
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
     * Obtains a text in one language only.
     *
     * @param tag  the BCP 47 language tag, such as {@code en}, not null
     * @param text  the text, not blank
     * @return the text, not null
     */
    public static LocalizedText only(String tag, String text) {
        return new LocalizedText(Map.of(requireTag(tag), Checks.requireText(text, tag)));
    }

    /**
     * Obtains a text from its forms by language tag, the first the text's own.
     *
     * @param texts  the text by language tag, not empty
     * @return the text, not null
     */
    public static LocalizedText of(Map<String, String> texts) {
        return new LocalizedText(texts);
    }

    /**
     * Returns the text's own language: the first one given.
     *
     * @return the language tag, not null
     */
    public String language() {
        return texts.keySet().iterator().next();
    }

    /**
     * Returns the languages the text is given in, its own first.
     *
     * @return the language tags, not null
     */
    public Set<String> languages() {
        return texts.keySet();
    }

    /**
     * Returns the text in a language if it is given in it, matching a tag such as {@code zh-CN} with
     * {@code zh} where the exact tag is not given.
     *
     * @param tag  a BCP 47 language tag, not null
     * @return the text in that language, or empty
     */
    public Optional<String> exactly(String tag) {
        Objects.requireNonNull(tag, "tag");
        String given = texts.get(tag);
        if (given != null) {
            return Optional.of(given);
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (e.getKey().equalsIgnoreCase(tag)) {
                return Optional.of(e.getValue());
            }
        }
        String primary = primary(tag);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (primary(e.getKey()).equals(primary)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the text in a language, or in its own language where it lacks that one.
     *
     * @param tag  a BCP 47 language tag, such as {@code de}, not null
     * @return the text, not null
     */
    public String in(String tag) {
        return exactly(tag).orElse(texts.get(language()));
    }

    /**
     * Returns the text in a language, else in a fallback language (a plan's main language), else in
     * its own language.
     *
     * @param tag  a BCP 47 language tag, not null
     * @param fallback  the tag of the language to fall back to, not null
     * @return the text, not null
     */
    public String in(String tag, String fallback) {
        return exactly(tag).or(() -> exactly(fallback)).orElse(texts.get(language()));
    }

    /**
     * Returns the text in the language of a locale, or in its own language where it lacks that one.
     *
     * @param locale  the locale, not null
     * @return the text, not null
     */
    public String text(Locale locale) {
        return in(Objects.requireNonNull(locale, "locale").toLanguageTag());
    }

    /**
     * Returns the text in one of the languages planwatch writes, or in its own language where it
     * lacks that one.
     *
     * @param language  the language, not null
     * @return the text, not null
     */
    public String in(Language language) {
        return switch (language) {
            case ZH -> zh();
            case EN -> en();
        };
    }

    /**
     * Returns the Chinese text, or the text in its own language where there is no Chinese.
     *
     * @return the text, not null
     */
    public String zh() {
        return in("zh");
    }

    /**
     * Returns the English text, or the text in its own language where there is no English.
     *
     * @return the text, not null
     */
    public String en() {
        return in("en");
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** A two- or three-letter language (ISO 639) and any subtags, the form the schema describes. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /**
     * Tags already found well-formed, each with its canonical form. Every text of a plan and of an
     * evaluation's findings checks its tags, and parsing one into a locale costs more than the rest of
     * the text's checks; a plan uses a handful of tags, and the map stops growing at
     * {@link #MAX_ACCEPTED}.
     */
    private static final Map<String, String> ACCEPTED = new ConcurrentHashMap<>();
    private static final int MAX_ACCEPTED = 256;

    /**
     * Refuses what is not a well-formed BCP 47 tag, so that a misspelt key is not taken as a language,
     * and returns the tag in its canonical case: BCP 47 tags are case-insensitive, so {@code Zh},
     * {@code ZH} and {@code zh} are one language, written {@code zh}; a script is written in title
     * case and a region in capitals ({@code zh-Hant}, {@code sr-Latn-RS}, {@code en-GB}).
     */
    static String requireTag(String tag) {
        Objects.requireNonNull(tag, "language tag");
        String known = ACCEPTED.get(tag);
        if (known != null) {
            return known;
        }
        // Parsed in lower case, as Java reads some tags (und) in lower case only.
        Locale locale = Locale.forLanguageTag(tag.toLowerCase(Locale.ROOT));
        String canonical = locale.toLanguageTag();
        if (!TAG.matcher(tag).matches() || locale.getLanguage().isEmpty() || !canonical.equalsIgnoreCase(tag)) {
            throw Checks.refused("", "text.notATag", Message.quoted(tag));
        }
        if (ACCEPTED.size() < MAX_ACCEPTED) {
            ACCEPTED.put(tag, canonical);
        }
        return canonical;
    }
}
