package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Documents of named settings: values of each type come back as given, and every kind of mistake,
 * the document's and the mapping's, is reported at once at its line and column.
 */
class SettingsDocumentsTest {

    private static final List<String> NAMES = List.of("ratio", "years", "label", "strict");

    /** What the tests map settings to: each one as read, empty where not given. */
    record Read(Optional<BigDecimal> ratio, Optional<Integer> years, Optional<String> label, Optional<Boolean> strict,
                List<String> names) {
    }

    @TempDir
    Path directory;

    @Test
    void yamlAndJson_ofTheSameSettings_readTheSame() {
        Read yaml = read("""
                schemaVersion: 1
                ratio: 0.90
                years: 3
                label: strict review
                strict: true
                """, DocumentFormat.YAML);
        Read json = read("""
                {"schemaVersion": 1, "ratio": 0.90, "years": 3, "label": "strict review", "strict": true}
                """, DocumentFormat.JSON);

        assertThat(yaml).isEqualTo(json);
        assertThat(yaml.ratio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.9"));
        assertThat(yaml.years()).contains(3);
        assertThat(yaml.label()).contains("strict review");
        assertThat(yaml.strict()).contains(true);
        assertThat(yaml.names()).containsExactly("ratio", "years", "label", "strict");
    }

    @Test
    void settingsLeftOutOrNull_areNotGiven() {
        Read read = read("""
                schemaVersion: 1
                ratio:
                label: null
                """, DocumentFormat.YAML);

        assertThat(read).isEqualTo(new Read(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void everyMistake_isReportedAtOnceAtItsLineAndColumn() {
        String yaml = """
                schemaVersion: 2
                ratoi: 0.9
                years: 2.5
                label: [a, b]
                strict: yes please
                """;

        List<Problem> problems = problems(yaml, DocumentFormat.YAML, settings -> {
            settings.number("ratio");
            settings.wholeNumber("years");
            settings.bool("strict");
            return settings;
        });

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "policy.yaml:1:16: schemaVersion: expected schema version 1, found 2",
                "policy.yaml:2:1: ratoi: unknown setting 'ratoi' (did you mean 'ratio'?)",
                "policy.yaml:3:8: years: expected a whole number, found the number 2.5",
                "policy.yaml:4:8: label: expected a number, a text or true or false, found a list",
                "policy.yaml:5:9: strict: expected true or false, found the text 'yes please'");
    }

    @Test
    void problemsTheMappingRecords_comeWithTheDocumentsOwn() {
        String json = "{\"schemaVersion\": 1,\n \"years\": -1,\n \"bogus\": 1}";

        List<Problem> problems = problems(json, DocumentFormat.JSON, settings -> {
            settings.wholeNumber("years").filter(y -> y < 0).ifPresent(y -> settings.reject("years", "must not be negative"));
            settings.reject("ratio", "is required");
            return settings;
        });

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "policy.json:1:1: is required",
                "policy.json:2:11: years: must not be negative",
                "policy.json:3:2: bogus: unknown setting 'bogus'");
    }

    @Test
    void aDocumentWithoutVersion_orNotAMapping_isRefused() {
        assertThat(problems("ratio: 1\n", DocumentFormat.YAML, s -> s)).extracting(Problem::toString)
                .containsExactly("policy.yaml:1:1: missing required field 'schemaVersion': expected 1");
        assertThat(problems("[1, 2]", DocumentFormat.JSON, s -> s)).extracting(Problem::toString)
                .containsExactly("policy.json:1:1: expected a mapping of setting names to values, found a list");
    }

    @Test
    void aMappingThatGivesNothing_withoutAProblem_doesNotPassForValid() {
        assertThat(problems("schemaVersion: 1\n", DocumentFormat.YAML, s -> null)).extracting(Problem::message)
                .containsExactly("the settings could not be read");
    }

    @Test
    void aFile_isReadInTheFormatOfItsExtension() throws IOException {
        Path file = Files.writeString(directory.resolve("p.yml"), "schemaVersion: 1\nyears: 4\n");

        Integer years = SettingsDocuments.read(file, 1, NAMES, s -> s.wholeNumber("years").orElse(0));

        assertThat(years).isEqualTo(4);
        assertThatThrownBy(() -> SettingsDocuments.read(directory.resolve("absent.yaml"), 1, NAMES, s -> s))
                .isExactlyInstanceOf(PlanwatchException.class).hasMessageContaining("no such file");
    }

    @Test
    void aYamlAlias_isRefused() {
        assertThat(problems("schemaVersion: 1\nlabel: &a x\nratio: *a\n", DocumentFormat.YAML, s -> s))
                .isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    private static Read read(String text, DocumentFormat format) {
        return SettingsDocuments.read(stream(text), format, "policy", 1, NAMES, s -> new Read(s.number("ratio"),
                s.wholeNumber("years"), s.text("label"), s.bool("strict"), List.copyOf(s.names())));
    }

    private static <T> List<Problem> problems(String text, DocumentFormat format, Function<Settings, T> mapping) {
        String name = "policy" + (format == DocumentFormat.YAML ? ".yaml" : ".json");
        DocumentException ex = catchThrowableOfType(DocumentException.class,
                () -> SettingsDocuments.read(stream(text), format, name, 1, NAMES, mapping));
        assertThat(ex).as("a DocumentException").isNotNull();
        assertThat(ex.source()).isEqualTo(name);
        return ex.problems();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
