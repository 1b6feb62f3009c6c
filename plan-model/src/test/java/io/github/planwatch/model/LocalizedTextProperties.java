package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of a text in several languages: a lookup never fails, and answers in a language the text has. */
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
}
