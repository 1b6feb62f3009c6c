package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of a text in several languages: a lookup never fails, and answers in a language the text
 * has; tags that differ only in case are one language.
 */
class LocalizedTextProperties {

    private static final List<String> TAGS = List.of("zh", "en", "de", "fr", "es", "pt-BR", "it", "nl");

    @Provide
    Arbitrary<LocalizedText> texts() {
        return Arbitraries.of(TAGS).list().uniqueElements().ofMinSize(1).ofMaxSize(TAGS.size()).flatMap(order -> {
            return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).list().ofSize(order.size()).map(words -> {
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    map.put(order.get(i), order.get(i) + ":" + words.get(i));
                }
                return LocalizedText.of(map);
            });
        });
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of(TAGS);
    }

    @Property
    void aLookup_answersInTheLanguageAskedIfGivenElseInTheFallbackElseInTheTextsOwn(
            @ForAll("texts") LocalizedText text, @ForAll("tags") String asked, @ForAll("tags") String fallback) {
        String found = text.in(asked, fallback);

        String expected = text.languages().contains(asked) ? asked
                : text.languages().contains(fallback) ? fallback : text.language();
        assertThat(found).isEqualTo(text.texts().get(expected));
    }

    @Property
    void aText_hasALanguageExactlyWhenItIsGivenInIt(@ForAll("texts") LocalizedText text, @ForAll("tags") String asked) {
        assertThat(text.exactly(asked).isPresent()).isEqualTo(text.languages().contains(asked));
    }

    @Provide
    Arbitrary<List<Boolean>> upperCases() {
        return Arbitraries.of(true, false).list().ofMinSize(TAGS.size() * 5).ofMaxSize(TAGS.size() * 5);
    }

    /** A tag with each letter in upper or lower case as the flags say, from the first flag given. */
    private static String recased(String tag, List<Boolean> upper, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tag.length(); i++) {
            String c = tag.substring(i, i + 1);
            out.append(upper.get((from + i) % upper.size()) ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @Property
    void textsGivenUnderTagsDifferingOnlyInCase_areEqual_andTheirLookupsAgree(
            @ForAll("texts") LocalizedText text, @ForAll("upperCases") List<Boolean> upper,
            @ForAll("tags") String asked, @ForAll("tags") String fallback) {
        Map<String, String> recased = new LinkedHashMap<>();
        int from = 0;
        for (Map.Entry<String, String> e : text.texts().entrySet()) {
            recased.put(recased(e.getKey(), upper, from), e.getValue());
            from += e.getKey().length();
        }

        LocalizedText other = LocalizedText.of(recased);

        assertThat(other).isEqualTo(text);
        assertThat(other.language()).isEqualTo(text.language());
        assertThat(other.in(recased(asked, upper, 1), recased(fallback, upper, 2))).isEqualTo(text.in(asked, fallback));
        assertThat(text.exactly(recased(asked, upper, 3))).isEqualTo(text.exactly(asked));
    }
}
