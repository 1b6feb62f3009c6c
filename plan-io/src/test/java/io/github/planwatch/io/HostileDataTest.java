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
 * Observation and key-work update files built to exhaust or subvert a reader are refused quickly,
 * with located problems and the library's exception: the limits of plan documents hold for them,
 * and CSV has limits of its own on size, field length, fields per record and problems listed.
 */
class HostileDataTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @Test
    void csvLargerThanTheLimit_isRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                return served % 40 == 0 ? '\n' : 'x';
            }
        };

        DocumentException thrown = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(DocumentException.class,
                () -> DataDocuments.OBSERVATIONS.read(endless, DataFormat.CSV, "huge.csv", ObservationDocumentsTest.PLAN)));

        // The header of x's names no known column, which is said first; the rows are then not checked.
        assertThat(thrown.problems()).allSatisfy(p -> assertThat(p.isLocated()).isTrue());
        assertThat(thrown.problems().get(thrown.problems().size() - 1)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(CsvTable.MAX_BYTES / 40 + 1);
            assertThat(p.column()).isEqualTo(CsvTable.MAX_BYTES % 40 + 1);
            assertThat(p.message()).isEqualTo("the document is larger than the limit of " + CsvTable.MAX_BYTES + " bytes");
        });
    }

    @Test
    void fieldLongerThanTheLimit_isRefusedAtItsPlace_andTheRestIsRead() {
        String csv = "indicator,year,value,note\n"
                + "gdp,2021,1,\"" + "长".repeat(DocumentTree.MAX_TEXT_CHARS + 1) + "\"\n"
                + "gpd,2021,1,\n";

        assertThat(problems(csv)).containsExactly(
                new Problem("hostile.csv", 2, 12, "", "expected a field of at most 100000 characters, found a longer one"),
                new Problem("hostile.csv", 3, 1, "observations[1].indicator", "expected the id of one of the plan's"
                        + " indicators, or of a target stated in a task or key-work item, found 'gpd' (did you mean 'gdp'?)"));
    }

    @Test
    void recordWithTooManyFields_isReportedOnce() {
        String csv = "indicator,year,value\n" + "gdp,2021,1" + ",x".repeat(100_000) + "\n";

        List<Problem> problems = assertTimeoutPreemptively(QUICKLY, () -> problems(csv));

        assertThat(problems).containsExactly(
                new Problem("hostile.csv", 2, 11 + 1, "observations[0]", "expected 3 fields, one for each column of"
                        + " the header, found 64; a field with a comma in it is written in quotes"),
                new Problem("hostile.csv", 2, 1 + 10 + 2 * (Table.MAX_CELLS - 3) + 1, "",
                        "expected at most 64 fields in a record, found more; the fields from here on are not read"));
    }

    @Test
    void problemOnEveryLine_listsAThousandAndCountsTheRest() {
        String csv = "indicator,year,value\n" + "x\n".repeat(500_000);

        List<Problem> problems = assertTimeoutPreemptively(QUICKLY, () -> problems(csv));

        assertThat(problems).hasSize(ProblemList.MAX_LISTED + 1);
        assertThat(problems.get(0)).isEqualTo(new Problem("hostile.csv", 2, 1, "observations[0]",
                "expected 3 fields, one for each column of the header, found 1; a field with a comma in it is written"
                        + " in quotes"));
        assertThat(problems.get(ProblemList.MAX_LISTED)).isEqualTo(new Problem("hostile.csv", 1002, 1, "",
                "and 499000 more problems from here on, not listed; at most 1000 problems are listed for one document"));
    }

    @Test
    void utf16File_isRefusedWithAHint() {
        byte[] utf16 = "indicator,year,value\n".getBytes(StandardCharsets.UTF_16);

        assertThat(problems(utf16)).containsExactly(new Problem("hostile.csv", 1, 1, "",
                "this file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8"));
    }

    @Test
    void bytesThatAreNotUtf8_areReportedWhereTheyStand() {
        byte[] latin1 = "indicator,year,value,note\ngdp,2021,1,Stra\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems(latin1)).containsExactly(new Problem("hostile.csv", 2, 16, "",
                "byte 0xDF is not UTF-8; save the file as UTF-8"));
    }

    @Test
    void billionLaughs_inAnObservationsDocument_isRefusedAtItsAliases() {
        StringBuilder yaml = new StringBuilder("schemaVersion: 1\nlol: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + (c == 'b' ? 'a' : (char) (c - 1))))).append("]\n");
        }
        yaml.append("observations: *i\n");

        List<Problem> problems = assertTimeoutPreemptively(QUICKLY, () -> problems(yaml.toString(), DataFormat.YAML));

        assertThat(problems).filteredOn(p -> p.message().contains("aliases are not allowed")).hasSize(8 * 9 + 1);
        assertThat(problems).allSatisfy(p -> assertThat(p.isLocated()).isTrue());
    }

    @Test
    void deepNesting_inAnUpdatesDocument_isRefused() {
        String json = "{\"schemaVersion\": 1, \"updates\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";

        DocumentException thrown = assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(DocumentException.class,
                () -> DataDocuments.KEY_WORK_UPDATES.read(bytes(json), DataFormat.JSON, "hostile.json", PlanDocuments.shaoxing())));

        assertThat(thrown.problems()).singleElement().satisfies(p -> {
            assertThat(p.isLocated()).isTrue();
            assertThat(p.message()).isEqualTo("expected at most 32 levels of nesting, found more");
        });
    }

    @Test
    void numbersOutOfRange_areRefusedBeforeAnyArithmetic() {
        String csv = "indicator,year,value\ngdp,2019,1e999999999\ngdp,2020,1e99999999999\ngdp,2021,0.000000000000000000001\n"
                + "gdp,2022,Infinity\ngdp,99999999999999999999,1\n";

        List<Problem> problems = assertTimeoutPreemptively(QUICKLY, () -> problems(csv));

        assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "expected a number with at most 30 digits before the decimal point"
                        + " and 20 after it, found '1e999999999'"),
                org.assertj.core.groups.Tuple.tuple(3, "expected a number with at most 30 digits before the decimal point"
                        + " and 20 after it, found '1e99999999999'"),
                org.assertj.core.groups.Tuple.tuple(4, "expected a number with at most 30 digits before the decimal point"
                        + " and 20 after it, found '0.000000000000000000001'"),
                org.assertj.core.groups.Tuple.tuple(5, "expected a finite number, found 'Infinity'"),
                org.assertj.core.groups.Tuple.tuple(6, "expected a year from 1900 to 2200, found the number"
                        + " 99999999999999999999"));
    }

    @Test
    void numbersSpeltOtherThanInDecimalDigits_areRefusedWithTheWayToWriteThem() {
        String yaml = "schemaVersion: 1\nobservations:\n"
                + "  - {indicator: gdp, year: 2020, value: 0600}\n"
                + "  - {indicator: gdp, year: 2021, value: 0b11011}\n"
                + "  - {indicator: gdp, year: 2022, value: 5_781}\n"
                + "  - {indicator: gdp, year: 0x7e6, value: 1}\n"
                + "  - {indicator: gdp, year: 2019, value: 1:30}\n";

        assertThat(problems(yaml, DataFormat.YAML)).extracting(Problem::line, Problem::path, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "observations[0].value", "expected a number in decimal"
                                + " digits, found '0600', which YAML 1.1 reads as the octal number 384 and YAML 1.2 as"
                                + " 600; write 600 without the leading zero, or put it in quotes if it is a code rather"
                                + " than a number"),
                        org.assertj.core.groups.Tuple.tuple(4, "observations[1].value", "expected a number in decimal"
                                + " digits, found '0b11011', the binary spelling of 27; write 27"),
                        org.assertj.core.groups.Tuple.tuple(5, "observations[2].value", "expected a number in decimal"
                                + " digits, found '5_781'; write it without the underscores, '5781'"),
                        org.assertj.core.groups.Tuple.tuple(6, "observations[3].year", "expected a number in decimal"
                                + " digits, found '0x7e6', the hexadecimal spelling of 2022; write 2022"),
                        org.assertj.core.groups.Tuple.tuple(7, "observations[4].value", "expected a number in decimal"
                                + " digits, found '1:30', which YAML 1.1 reads as a number in base 60 (90); write the"
                                + " number in decimal digits, or put it in quotes if it is a time or a ratio"));
        assertThat(problems("indicator,year,value\ngdp,2021,0x10\n")).extracting(Problem::message).containsExactly(
                "expected a number in decimal digits, found '0x10', the hexadecimal spelling of 16;"
                        + " write 16");
    }

    @Test
    void encodingsOtherThanUtf8_areNamed() {
        byte[] utf32 = "indicator,year,value\n".getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        byte[] withMark = new byte[utf32.length + 4];
        withMark[2] = (byte) 0xFE;
        withMark[3] = (byte) 0xFF;
        System.arraycopy(utf32, 0, withMark, 4, utf32.length);

        assertThat(problems(withMark)).extracting(Problem::message).containsExactly(
                "this file is UTF-32 (it starts with a UTF-32 byte-order mark): save it as UTF-8");
        assertThat(problems(utf32)).extracting(Problem::message).containsExactly(
                "this file looks like UTF-32 (no byte-order mark, three zero bytes in four): save it as UTF-8");
        assertThat(problems("indicator,year,value\n".getBytes(StandardCharsets.UTF_16LE)))
                .extracting(Problem::message).containsExactly(
                        "this file looks like UTF-16 (no byte-order mark, every other byte zero): save it as UTF-8");
    }

    @Test
    void noMessageOfAHostileCase_namesTheParsersInternals() {
        List<String> documents = List.of("{\"schemaVersion\": 1, \"observations\": [{\"value\": NaN}]}",
                "{\"schemaVersion\": 1, \"observations\": [", "schemaVersion: 1\nobservations:\n  - ? [a, b]\n    : 1\n",
                "schemaVersion: 1\nobservations: [\u0000]\n");
        for (String document : documents) {
            DataFormat format = document.startsWith("{") ? DataFormat.JSON : DataFormat.YAML;
            assertThat(problems(document, format)).isNotEmpty().allSatisfy(p -> assertThat(p.message())
                    .doesNotContainPattern("java\\.|jackson|snakeyaml|Exception|Feature|Event\\(|\\[Source"));
        }
    }

    @Test
    void aDocumentThatCannotBeParsed_namesThePartTheParserGaveUpIn() {
        // A bad value is at its field; a bad key, or a document that ends between two fields, at the mapping.
        String nan = "{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"year\": 2021, \"value\": NaN}]}";
        String truncated = "{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"year\": 2021, \"val";
        String complexKey = "schemaVersion: 1\nobservations:\n  - {indicator: gdp, year: 2021, value: 1, ? [a, b] : c}\n";

        assertThat(problems(nan, DataFormat.JSON)).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("observations[0].value",
                        "not valid JSON: expected a finite number, found a value that is not one (NaN or an infinity)"));
        assertThat(problems(truncated, DataFormat.JSON)).extracting(Problem::path).containsExactly("observations[0]");
        assertThat(problems(complexKey, DataFormat.YAML)).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("observations[0]",
                        "not valid YAML: expected a field name, found a list or a mapping written as a key"));
    }

    @Test
    void binaryGarbage_isALocatedProblemInEveryFormat() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage); // a fixed seed so that a failure can be replayed

        for (DataFormat format : DataFormat.values()) {
            DocumentException thrown = catchThrowableOfType(DocumentException.class,
                    () -> DataDocuments.OBSERVATIONS.read(new ByteArrayInputStream(garbage), format, "garbage",
                            ObservationDocumentsTest.PLAN));
            assertThat(thrown).as(format.name()).isNotNull();
            if (format == DataFormat.XLSX) {
                // A workbook's places are its sheets' cells; bytes that are no workbook have none, and the file is named.
                assertThat(thrown.problems()).extracting(Problem::toString).containsExactly("garbage: this cannot be"
                        + " read as an .xlsx workbook; expected a workbook saved as Excel Workbook (.xlsx)");
            } else {
                assertThat(thrown.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.isLocated()).isTrue());
            }
        }
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(String csv) {
        return problems(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(byte[] csv) {
        return catchThrowableOfType(DocumentException.class, () -> DataDocuments.OBSERVATIONS.read(
                new ByteArrayInputStream(csv), DataFormat.CSV, "hostile.csv", ObservationDocumentsTest.PLAN)).problems();
    }

    private static List<Problem> problems(String text, DataFormat format) {
        return catchThrowableOfType(DocumentException.class, () -> DataDocuments.OBSERVATIONS.read(bytes(text), format,
                "hostile." + format.name().toLowerCase(), ObservationDocumentsTest.PLAN)).problems();
    }
}
