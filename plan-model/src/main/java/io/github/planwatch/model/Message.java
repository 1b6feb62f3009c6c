package io.github.planwatch.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a problem says, in whichever language the caller asks for: a key in a module's message
 * bundle and the arguments put into it, said when it is rendered ({@link #in(Locale)}).
 *
 * <p>A bundle is a family of UTF-8 properties files on the class path, such as
 * {@code io/github/planwatch/io/messages.properties} (English, the default) and
 * {@code messages_zh.properties} (Chinese); adding a language is adding one file per module. A
 * pattern holds its arguments as {@code {0}}, {@code {1}}, ...; nothing else in it is special, so an
 * apostrophe is written as itself. An argument that is a message is said in the same language, a
 * {@link LocalizedText} in that language (or its own where it lacks it), a
 * collection is said item by item joined as the language joins a list, anything else as
 * {@link String#valueOf(Object)}. Where the bundle has no pattern for the key, the message says
 * {@code otherwise}, or its key where that is empty. Immutable and thread-safe where its arguments are.
 *
 * @param bundle  the bundle's base name, such as {@code io.github.planwatch.io.messages}, not null;
 *     empty for a message written out in one language
 * @param key  the key in the bundle, not null
 * @param otherwise  what the message says where the bundle has no pattern for the key, not null, may be empty
 * @param arguments  the arguments, not null, no element null
 */
public record Message(String bundle, String key, String otherwise, List<Object> arguments) {

    /** The bundle of the words that every message shares: quotes and the joining of lists. */
    private static final String MODEL_BUNDLE = "io.github.planwatch.model.messages";
    /** Only the bundles of the language asked for and the default: never the platform's own locale's. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Checks the parts and copies the arguments.
     *
     * @param bundle  the bundle's base name, not null, may be empty
     * @param key  the key, not null
     * @param otherwise  the text where the bundle has no pattern, not null
     * @param arguments  the arguments, not null, no element null
     */
    public Message {
        requireNonNull(bundle, "bundle");
        requireNonNull(key, "key");
        requireNonNull(otherwise, "otherwise");
        arguments = List.copyOf(requireNonNull(arguments, "arguments"));
    }

    /**
     * Obtains a message from a key in a bundle and its arguments.
     *
     * @param bundle  the bundle's base name, not null
     * @param key  the key, not null
     * @param arguments  the arguments for {@code {0}}, {@code {1}}, ..., not null
     * @return the message, not null
     */
    public static Message of(String bundle, String key, Object... arguments) {
        return new Message(bundle, key, "", List.of(arguments));
    }

    /**
     * Obtains a message written out in one language, said the same in every language: a message
     * that comes from elsewhere, such as a rule of one's own.
     *
     * @param text  the text, not null
     * @return the message, not null
     */
    public static Message literal(String text) {
        return new Message("", "", requireNonNull(text, "text"), List.of());
    }

    /**
     * Obtains a message from the model's own bundle.
     *
     * @param key  the key, not null
     * @param arguments  the arguments, not null
     * @return the message, not null
     */
    static Message ofModel(String key, Object... arguments) {
        return of(MODEL_BUNDLE, key, arguments);
    }

    /**
     * Obtains a text quoted as a language quotes a value repeated from the input: {@code 'gdp'} in
     * English, {@code “gdp”} in Chinese.
     *
     * @param text  the text, not null
     * @return the message, not null
     */
    public static Message quoted(String text) {
        return ofModel("quoted", requireNonNull(text, "text"));
    }

    /**
     * Says the message in a language, or in English where the bundle has no file for the language.
     *
     * @param locale  the language, not null
     * @return the message, not null
     */
    public String in(Locale locale) {
        requireNonNull(locale, "locale");
        if (bundle.isEmpty()) {
            return otherwise;
        }
        String pattern = pattern(bundle, key, locale);
        if (pattern == null) {
            pattern = otherwise.isEmpty() ? key : otherwise;
        }
        return fill(pattern, locale);
    }

    /**
     * Says the message in English.
     *
     * @return the message in English, not null
     */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    private String fill(String pattern, Locale locale) {
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                sb.append(n < arguments.size() ? say(arguments.get(n), locale) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static String say(Object argument, Locale locale) {
        if (argument instanceof Message message) {
            return message.in(locale);
        }
        if (argument instanceof LocalizedText text) {
            return text.text(locale);
        }
        if (argument instanceof Collection<?> items) {
            String separator = ofModel("separator").in(locale);
            return items.stream().map(item -> say(item, locale)).collect(Collectors.joining(separator));
        }
        return String.valueOf(argument);
    }

    /** The pattern of a key in a language, or null; bundles are cached by {@link ResourceBundle}. */
    private static String pattern(String bundle, String key, Locale locale) {
        for (ClassLoader loader : new ClassLoader[] {Message.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                ResourceBundle found = ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK);
                return found.containsKey(key) ? found.getString(key) : null;
            } catch (MissingResourceException ex) {
                // not on this loader's class path; try the next
            }
        }
        return null;
    }
}
