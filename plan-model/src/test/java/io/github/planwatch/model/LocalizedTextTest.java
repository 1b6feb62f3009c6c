package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void aTextInChineseAndEnglish_keepsBothAndChineseIsItsOwn() {
        LocalizedText text = LocalizedText.of("产业国际化", "Internationalisation of industry");

        assertThat(text.zh()).isEqualTo("产业国际化");
        assertThat(text.en()).isEqualTo("Internationalisation of industry");
        assertThat(text.language()).isEqualTo("zh");
        assertThat(text.languages()).containsExactly("zh", "en");
        assertThat(text).isEqualTo(new LocalizedText("产业国际化", "Internationalisation of industry"));
    }

    @Test
    void aTextInOneLanguage_answersEveryLookupInIt() {
        LocalizedText text = LocalizedText.only("en", "Smart growth");

        assertThat(text.zh()).isEqualTo("Smart growth");
        assertThat(text.en()).isEqualTo("Smart growth");
        assertThat(text.in("de")).isEqualTo("Smart growth");
        assertThat(text.exactly("zh")).isEmpty();
        assertThat(text.in(Language.ZH)).isEqualTo("Smart growth");
    }

    @Test
    void aLookup_fallsBackToTheNamedLanguageBeforeTheTextsOwn() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("de", "Intelligentes Wachstum");
        texts.put("fr", "Croissance intelligente");
        texts.put("en", "Smart growth");
        LocalizedText text = LocalizedText.of(texts);

        assertThat(text.in("it", "en")).isEqualTo("Smart growth");
        assertThat(text.in("it")).isEqualTo("Intelligentes Wachstum");
        assertThat(text.in("fr", "en")).isEqualTo("Croissance intelligente");
        assertThat(text.text(Locale.FRANCE)).isEqualTo("Croissance intelligente");
        assertThat(text.text(Locale.forLanguageTag("de-AT"))).isEqualTo("Intelligentes Wachstum");
    }

    @Test
    void aRegionalTag_isPreferredToItsLanguageWhereGiven() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("pt", "crescimento");
        texts.put("pt-BR", "crescimento (BR)");
        LocalizedText text = LocalizedText.of(texts);

        assertThat(text.in("pt-BR")).isEqualTo("crescimento (BR)");
        assertThat(text.in("pt-PT")).isEqualTo("crescimento");
    }

    @Test
    void noLanguage_aBlankText_orAKeyThatIsNoLanguageTag_isRefused() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of())).hasMessageContaining("at least one language");
        assertThatThrownBy(() -> LocalizedText.only("en", " ")).hasMessageContaining("en must not be blank");
        assertThatThrownBy(() -> LocalizedText.only("english", "x")).hasMessageContaining("'english' is not a BCP 47");
        assertThatThrownBy(() -> LocalizedText.only("und", "x")).hasMessageContaining("not a BCP 47");
        assertThatThrownBy(() -> LocalizedText.of("", "x")).hasMessageContaining("zh must not be blank");
    }

    @Test
    void aLanguageGivenTwiceInAnotherCase_isRefused() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("pt-BR", "a");
        texts.put("pt-br", "b");

        assertThatThrownBy(() -> LocalizedText.of(texts)).hasMessageContaining("pt-br is given twice");
    }

    /** Tags are case-insensitive: a text keeps each in its canonical case, so that {@code Zh} and {@code zh} are one language. */
    @Test
    void aTagInAnotherCase_isKeptInItsCanonicalCase() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("Zh-hant", "繁體");
        texts.put("EN-gb", "colour");
        texts.put("sr-latn-rs", "boja");
        texts.put("DE", "Farbe");
        LocalizedText text = LocalizedText.of(texts);

        assertThat(text.languages()).containsExactly("zh-Hant", "en-GB", "sr-Latn-RS", "de");
        assertThat(text.language()).isEqualTo("zh-Hant");
        assertThat(LocalizedText.only("Zh", "个")).isEqualTo(LocalizedText.only("zh", "个"));
        assertThat(LocalizedText.only("zh-Hant", "x").languages()).containsExactly("zh-Hant");
        assertThat(LocalizedText.only("en-GB", "x").languages()).containsExactly("en-GB");
        assertThat(LocalizedText.only("sr-Latn-RS", "x").languages()).containsExactly("sr-Latn-RS");
        assertThat(text.exactly("en-gb")).contains("colour");
        assertThat(text.in("de-at")).isEqualTo("Farbe");
    }

    /** A tag that BCP 47 refuses is still refused, in whatever case, and named as written. */
    @Test
    void aTagThatIsNoCaseOfAWellFormedTag_isRefused() {
        assertThatThrownBy(() -> LocalizedText.only("pt-BR2", "x")).hasMessageContaining("'pt-BR2' is not a BCP 47");
        assertThatThrownBy(() -> LocalizedText.only("EN_GB", "x")).hasMessageContaining("'EN_GB' is not a BCP 47");
        assertThatThrownBy(() -> LocalizedText.only("UND", "x")).hasMessageContaining("'UND' is not a BCP 47");
    }

    @Test
    void theTexts_cannotBeChangedFromOutside() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", "a");
        LocalizedText text = LocalizedText.of(texts);
        texts.put("de", "b");

        assertThat(text.languages()).containsExactly("en");
        assertThatThrownBy(() -> text.texts().put("fr", "c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
