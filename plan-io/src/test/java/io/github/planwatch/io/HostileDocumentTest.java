package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Problem;

/**
 * Documents built to exhaust or subvert a parser are refused quickly, with located problems and
 * the library's exception, and never expand, instantiate or allocate what they ask for.
 */
class HostileDocumentTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    /** The classic "billion laughs": nine levels of nine aliases would expand to 9^9 strings. */
    @Test
    void billionLaughs_isRefusedQuicklyAtItsFirstAlias() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }

        List<Problem> problems = assertTimeoutPreemptively(QUICKLY, () -> yamlProblems(yaml.toString()));

        assertThat(problems).contains(new Problem("hostile.yaml", 2, 8, "b[0]",
                "expected a value written out, found the YAML alias *a; aliases are not allowed in planwatch documents"));
        assertThat(problems).filteredOn(p -> p.message().contains("alias")).hasSize(8 * 9);
        assertThat(problems).allSatisfy(p -> assertThat(p.isLocated()).isTrue());
    }

    @Test
    void aliasInsideAPlan_isRefusedWhereItIsUsed() {
        String yaml = PlanDocumentErrorsTest.edit("title: {zh: 测试方案, en: Test plan}", "title: &t {zh: 测试方案, en: Test plan}")
                .replace("    title: {zh: 开放, en: Openness}", "    title: *t");

        assertThat(yamlProblems(yaml)).containsExactly(new Problem("hostile.yaml", 13, 12, "principles[0].title",
                "expected a value written out, found the YAML alias *t; aliases are not allowed in planwatch documents"));
    }

    @Test
    void tagNamingAClass_isRefusedAndNothingIsCreated() {
        String yaml = PlanDocumentErrorsTest.edit("id: test-plan", "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]")
                .replace("issuer: city-office", "issuer: !<tag:yaml.org,2002:java.lang.Runtime> city-office");

        assertThat(yamlProblems(yaml)).containsExactly(
                new Problem("hostile.yaml", 3, 5, "id", "expected a plain value, found the YAML tag"
                        + " 'tag:yaml.org,2002:javax.script.ScriptEngineManager'; only the standard tags !!str, !!int,"
                        + " !!float, !!bool, !!null, !!map and !!seq are allowed"),
                new Problem("hostile.yaml", 5, 9, "issuer", "expected a plain value, found the YAML tag"
                        + " 'tag:yaml.org,2002:java.lang.Runtime'; only the standard tags !!str, !!int,"
                        + " !!float, !!bool, !!null, !!map and !!seq are allowed"));
    }

    @Test
    void standardTag_isAllowed() {
        String yaml = PlanDocumentErrorsTest.edit("documentNumber: 测政发〔2020〕1号", "documentNumber: !!str 2020");

        assertThat(PlanDocumentErrorsTest.readYaml(yaml).documentNumber()).isEqualTo("2020");
    }

    @Test
    void deepNesting_isRefusedAtTheLevelPastTheLimit() {
        String yaml = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        String json = "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        List<Problem> yamlProblems = assertTimeoutPreemptively(QUICKLY, () -> yamlProblems(yaml));
        List<Problem> jsonProblems = assertTimeoutPreemptively(QUICKLY, () -> jsonProblems(json));

        String path = "a" + "[0]".repeat(DocumentTree.MAX_DEPTH - 1);
        assertThat(yamlProblems).containsExactly(new Problem("hostile.yaml", 1, 4 + DocumentTree.MAX_DEPTH - 1, path,
                "expected at most 32 levels of nesting, found more"));
        assertThat(jsonProblems).containsExactly(new Problem("hostile.json", 1, 7 + DocumentTree.MAX_DEPTH - 1, path,
                "expected at most 32 levels of nesting, found more"));
    }

    @Test
    void documentLargerThanTheLimit_isRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                return served % 80 == 0 ? '\n' : '#';
            }
        };

        DocumentException thrown = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchThrowableOfType(DocumentException.class, () -> PlanDocuments.readYaml(endless, "huge.yaml")));

        assertThat(thrown.problems()).singleElement().satisfies(p -> {
            assertThat(p.isLocated()).isTrue();
            assertThat(p.message()).isEqualTo("the document is larger than the limit of 2097152 bytes; a larger limit"
                    + " can be set with -Dplanwatch.maxDocumentBytes=BYTES");
        });
    }

    @Test
    void hugeScalarJustInsideTheSizeLimit_isRefusedQuickly() {
        String yaml = "a: " + "x".repeat(DocumentTree.MAX_DOCUMENT_BYTES - 10) + "\n";

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> yamlProblems(yaml));

        assertThat(problems).containsExactly(new Problem("hostile.yaml", 1, DocumentTree.MAX_YAML_LINE_CHARS + 1, "",
                "expected lines of at most " + DocumentTree.MAX_YAML_LINE_CHARS + " characters, found a longer one"));
    }

    @Test
    void textLongerThanTheLimit_isRefusedAtItsField() {
        String yaml = PlanDocumentErrorsTest.edit("guidingIdeology: 以开放促发展。",
                "guidingIdeology: " + "长".repeat(DocumentTree.MAX_TEXT_CHARS + 1));

        assertThat(yamlProblems(yaml)).containsExactly(new Problem("hostile.yaml", 10, 18, "guidingIdeology",
                "expected a text of at most 100000 characters, found one of 100001"));
    }

    @Test
    void numbersOutOfRange_areRefusedBeforeAnyArithmetic() {
        String yaml = PlanDocumentErrorsTest.edit("value: 5781}", "value: 1e999999999}")
                .replace("value: 6800,", "value: .inf,")
                .replace("value: 8000,", "value: 0.0000000000000000000001,");

        List<Problem> problems = assertTimeoutPreemptively(QUICKLY, () -> yamlProblems(yaml));

        assertThat(problems).containsExactly(
                new Problem("hostile.yaml", 54, 35, "indicators[0].baseline.value", "expected a number with at most 30"
                        + " digits before the decimal point and 20 after it, found '1e999999999'"),
                new Problem("hostile.yaml", 56, 79, "indicators[0].targets[0].value",
                        "expected a finite number, found '.inf'"),
                new Problem("hostile.yaml", 57, 76, "indicators[0].targets[1].value", "expected a number with at most"
                        + " 30 digits before the decimal point and 20 after it, found '0.0000000000000000000001'"));
    }

    @Test
    void numberWithTooManyDigits_isRefused() {
        String json = "{\"schemaVersion\": " + "9".repeat(5_000) + "}";

        assertThat(jsonProblems(json)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("not valid JSON: a number with too many digits");
        });
    }

    @Test
    void bytesThatAreNotUtf8_areALocatedProblem() {
        byte[] yaml = PlanDocumentErrorsTest.base().getBytes(StandardCharsets.UTF_8);
        yaml[200] = (byte) 0xff;
        yaml[201] = (byte) 0xfe;

        DocumentException thrown = catchThrowableOfType(DocumentException.class,
                () -> PlanDocuments.readYaml(new ByteArrayInputStream(yaml), "hostile.yaml"));

        assertThat(thrown.problems()).containsExactly(new Problem("hostile.yaml", lineOf(yaml, 200), columnOf(yaml, 200), "",
                "byte 0xFF is not UTF-8; save the file as UTF-8"));
    }

    @Test
    void binaryGarbage_isALocatedProblem() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage); // a fixed seed so that a failure can be replayed

        for (DocumentFormat format : DocumentFormat.values()) {
            DocumentException thrown = catchThrowableOfType(DocumentException.class,
                    () -> PlanDocuments.read(new ByteArrayInputStream(garbage), format, "garbage"));
            assertThat(thrown.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.isLocated()).isTrue());
        }
    }

    /** The 1-based line of a byte of UTF-8 text. */
    private static int lineOf(byte[] text, int index) {
        return (int) new String(text, 0, index, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column, in characters, of a byte of UTF-8 text. */
    private static int columnOf(byte[] text, int index) {
        String before = new String(text, 0, index, StandardCharsets.UTF_8);
        return before.length() - before.lastIndexOf('\n');
    }

    private static List<Problem> yamlProblems(String yaml) {
        return catchThrowableOfType(DocumentException.class, () -> PlanDocuments.readYaml(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "hostile.yaml")).problems();
    }

    private static List<Problem> jsonProblems(String json) {
        return catchThrowableOfType(DocumentException.class, () -> PlanDocuments.readJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hostile.json")).problems();
    }
}
