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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Observations read from CSV, YAML and JSON, checked against a plan: the same data in every format
 * gives the same observations, and each kind of mistake is reported at its line and column with
 * the field, the bad value and what was expected, all of them at once.
 */
class ObservationDocumentsTest {

    /** The small test plan, its task target's unit allowing negative values (a growth rate could be). */
    static final ActionPlan PLAN = PlanDocumentErrorsTest.readYaml(PlanDocumentErrorsTest.base()
            .replace("unit: {zh: 亿美元, en: 100 million USD}", "unit: {zh: 亿美元, en: 100 million USD, negativeAllowed: true}"));

    private static final Path SHARED_SOURCED = ShippedSources.SHAOXING_OBSERVATIONS;

    @TempDir
    Path directory;

    // ---------------------------------------------------------------- the sourced Shaoxing observations

    @Test
    void shaoxingSourced_readsEveryRowAgainstTheShaoxingPlan() {
        List<Observation> observed = ObservationDocuments.shaoxingSourced();

        assertThat(observed).extracting(Observation::subject, Observation::year, Observation::value,
                        Observation::provisional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gdp", 2019, new BigDecimal("5781"), false),
                        org.assertj.core.groups.Tuple.tuple("gdp", 2021, new BigDecimal("6795"), true),
                        org.assertj.core.groups.Tuple.tuple("pm25", 2018, new BigDecimal("37"), false),
                        org.assertj.core.groups.Tuple.tuple("pm25", 2021, new BigDecimal("27"), false),
                        org.assertj.core.groups.Tuple.tuple("sister-cities", 2022, new BigDecimal("54"), false));
        assertThat(observed).allSatisfy(o -> assertThat(o.source()).isNotBlank());
        assertThat(observed.get(1).note()).isEqualTo("初步核算 (preliminary)");
        assertThat(observed.get(0).source()).startsWith("绍兴市2019年国民经济和社会发展统计公报 (as repeated by");
    }

    @Test
    void sharedSourcedFile_readsFromItsPathAsTheBundledCopyDoes() {
        assertThat(DataDocuments.OBSERVATIONS.read(SHARED_SOURCED, PlanDocuments.shaoxing()))
                .isEqualTo(ObservationDocuments.shaoxingSourced());
    }

    @Test
    void bundledCopy_isByteForByteTheSharedFile() throws IOException {
        try (var in = ObservationDocuments.class.getClassLoader()
                .getResourceAsStream(ObservationDocuments.SHAOXING_SOURCED_RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SHARED_SOURCED));
        }
    }

    // ---------------------------------------------------------------- the same data in three formats

    @Test
    void csv_columnsInAnyOrder_bomBlankLinesQuotedCommasAndLineBreaks() {
        String csv = "\uFEFFnote,value,indicator,source,year\r\n"
                + "\r\n"
                + "\"first, with a comma\",6795.0,gdp,\"公报 \"\"2021\"\"\",2021\r\n"
                + ",,,,\r\n"
                + "\"two\nlines\",-1.5,fdi-growth,,2021\n"
                + "   \n";

        List<Observation> observed = read(csv, DataFormat.CSV);

        assertThat(observed).containsExactly(
                new Observation("gdp", 2021, new BigDecimal("6795"), false, "公报 \"2021\"", "first, with a comma"),
                new Observation("fdi-growth", 2021, new BigDecimal("-1.5"), false, "", "two\nlines"));
    }

    @Test
    void csvYamlAndJson_ofTheSameData_giveTheSameObservations() {
        String csv = """
                indicator,year,value,provisional,source,note
                gdp,2020,6001,false,公报,
                gdp,2021,6795,TRUE,公报,初步核算
                fdi-growth,2021,12.5,,,
                """;
        String yaml = """
                schemaVersion: 1
                observations:
                  - {indicator: gdp, year: 2020, value: 6001, provisional: false, source: 公报}
                  - indicator: gdp
                    year: 2021
                    value: 6795
                    provisional: true
                    source: 公报
                    note: 初步核算
                  - {indicator: fdi-growth, year: 2021, value: 12.5}
                """;
        String json = """
                {"schemaVersion": 1, "observations": [
                  {"indicator": "gdp", "year": 2020, "value": 6001, "provisional": false, "source": "公报", "note": ""},
                  {"indicator": "gdp", "year": 2021, "value": 6795, "provisional": true, "source": "公报", "note": "初步核算"},
                  {"indicator": "fdi-growth", "year": 2021, "value": 12.50, "source": null}
                ]}
                """;

        List<Observation> fromCsv = read(csv, DataFormat.CSV);

        assertThat(fromCsv).hasSize(3);
        assertThat(fromCsv.get(1)).isEqualTo(new Observation("gdp", 2021, new BigDecimal("6795"), true, "公报", "初步核算"));
        assertThat(read(yaml, DataFormat.YAML)).isEqualTo(fromCsv);
        assertThat(read(json, DataFormat.JSON)).isEqualTo(fromCsv);
    }

    @Test
    void targetsOfTasksAndKeyWork_areObservedByTheirIds() {
        String csv = """
                indicator,year,value
                task-7-utilised-foreign-capital-growth,2020,31.2
                kw-2020-9-star-market-pool,2020,45
                task-22-international-a-class-events,2021,3
                """;

        List<Observation> observed = DataDocuments.OBSERVATIONS.read(bytes(csv), DataFormat.CSV, "targets.csv",
                PlanDocuments.shaoxing());

        assertThat(observed).extracting(Observation::subject).containsExactly("task-7-utilised-foreign-capital-growth",
                "kw-2020-9-star-market-pool", "task-22-international-a-class-events");
    }

    @Test
    void headerOnly_givesNoObservations() {
        assertThat(read("indicator,year,value\n", DataFormat.CSV)).isEmpty();
        assertThat(read("schemaVersion: 1\nobservations: []\n", DataFormat.YAML)).isEmpty();
    }

    // ---------------------------------------------------------------- problems

    @Test
    void everyProblemOfACsvFile_isReportedAtItsLineAndColumn() {
        String csv = String.join("\n",
                "indicator,year,value,provisional",
                "gpd,2001,6795,false",
                "gdp,20x1,6795,false",
                "gdp,3021,6795,false",
                "gdp,2003,NaN,false",
                "gdp,2004,6 795,false",
                "gdp,2005,-3,yes",
                "gdp-2022,2022,6900,false",
                "gdp,2021,6795,false",
                "gdp,2021,6796,false",
                "fdi-growth,2021,-2.5,false",
                ",2006,1,false",
                "gdp,2007",
                "");

        List<Problem> problems = problems(csv, DataFormat.CSV);

        assertThat(problems).containsExactly(
                problem(2, 1, "observations[0].indicator", "expected the id of one of the plan's indicators, or of a"
                        + " target stated in a task or key-work item, found 'gpd' (did you mean 'gdp'?)"),
                problem(3, 5, "observations[1].year", "expected a year from 1900 to 2200, found the text '20x1'"),
                problem(4, 5, "observations[2].year", "expected a year from 1900 to 2200, found the number 3021"),
                problem(5, 10, "observations[3].value", "expected a finite number, found 'NaN'"),
                problem(6, 10, "observations[4].value", "expected a number, found the text '6 795'"),
                problem(7, 10, "observations[5].value", "expected a value that is not negative, since indicator 'gdp'"
                        + " is measured in 亿元 (100 million yuan), which cannot be negative; found -3"),
                problem(7, 13, "observations[5].provisional", "expected true or false, found the text 'yes'"),
                problem(8, 1, "observations[6].indicator", "expected the id of one of the plan's indicators, or of a"
                        + " target stated in a task or key-work item, found 'gdp-2022', a target of indicator 'gdp';"
                        + " observations of an indicator are keyed by the indicator's id, 'gdp'"),
                problem(10, 1, "observations[8]", "expected one value of 'gdp' for 2021, found a second; the first is"
                        + " at line 9"),
                problem(12, 1, "observations[10].indicator", "missing required field 'indicator':"
                        + " expected the id of one of the plan's indicators, or of a target stated in a task or key-work"
                        + " item"),
                problem(13, 1, "observations[11]", "expected 4 fields, one for each column of the header, found 2;"
                        + " a field with a comma in it is written in quotes"));
    }

    /** A record whose value is wrong still claims its indicator and year: a second one is a duplicate. */
    @Test
    void recordWithAWrongValue_stillCountsForDuplicates() {
        String csv = "indicator,year,value\ngdp,2021,n/a\ngdp,2021,6795\n";

        assertThat(problems(csv, DataFormat.CSV)).containsExactly(
                problem(2, 10, "observations[0].value", "expected a number, found the text 'n/a'"),
                problem(3, 1, "observations[1]", "expected one value of 'gdp' for 2021, found a second; the first is at"
                        + " line 2"));
    }

    @Test
    void headerProblems_areReportedOnceEach_andTheRecordsAreStillChecked() {
        String csv = String.join("\n",
                "Indicator,value,year,year,,comment",
                "gdp,-1,2021,2021,,",
                "");

        List<Problem> problems = problems(csv, DataFormat.CSV);

        assertThat(problems).containsExactly(
                problem(1, 1, "Indicator", "unknown column 'Indicator' (did you mean 'indicator'?); expected the columns"
                        + " indicator, year, value and optionally provisional, source, note, flags"),
                problem(1, 1, "indicator", "missing required column 'indicator'; expected the columns indicator, year,"
                        + " value and optionally provisional, source, note, flags"),
                problem(1, 22, "year", "expected each column once, found 'year' again (first at column 17)"),
                problem(1, 27, "", "expected a column name in the header, found an empty field; expected the columns"
                        + " indicator, year, value and optionally provisional, source, note, flags"),
                problem(1, 28, "comment", "unknown column 'comment'; expected the columns indicator, year, value and"
                        + " optionally provisional, source, note, flags"));
    }

    @Test
    void emptyFile_isALocatedProblem() {
        assertThat(problems("", DataFormat.CSV)).containsExactly(problem(1, 1, "", "the file is empty; expected a"
                + " header row with the columns indicator, year, value and optionally provisional, source, note, flags"));
        assertThat(problems("\n\n", DataFormat.CSV)).hasSize(1);
        assertThat(problems("", DataFormat.YAML)).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the document is empty; expected an observations document (a mapping with the fields"
                        + " schemaVersion, observations)"));
    }

    @Test
    void unclosedQuote_isReportedWithTheLineAfterWhichItOpens() {
        String csv = "indicator,year,value,note\ngdp,2021,6795,\"never closed\n\ngdp,2020,1,\n";

        assertThat(problems(csv, DataFormat.CSV)).containsExactly(problem(5, 1, "", "a quoted field is never closed:"
                + " it runs from after line 2 to the end of the file; expected a closing quote (\")"));
    }

    @Test
    void textAfterAClosingQuote_endsTheReadThere_withTheProblemsFoundBefore() {
        // Jackson's CSV parser cannot go on past a stray quote; what it read before is still checked.
        String csv = "indicator,year,value,note\ngpd,2020,1,\ngdp,2021,6795,\"a\"b\ngdp,2021,1,\n";

        assertThat(problems(csv, DataFormat.CSV)).containsExactly(
                problem(2, 1, "observations[0].indicator", "expected the id of one of the plan's indicators, or of a"
                        + " target stated in a task or key-work item, found 'gpd' (did you mean 'gdp'?)"),
                problem(3, 19, "", "expected a comma or the end of the line after the closing quote of a field; a field"
                        + " with a quote in it is written in quotes with the quote doubled"));
    }

    @Test
    void everyProblemOfAYamlDocument_isReportedAtItsLineAndColumn() {
        String yaml = """
                schemaVersion: 2
                observations:
                  - {indicator: gpd, year: 2021, value: 6795}
                  - {indicator: gdp, year: '2021', value: '6795', provisional: maybe}
                  - {indicator: gdp, year: 2020, value: .nan, colour: red}
                  - {indicator: gdp, year: 2019, value: -1}
                  - {indicator: gdp, year: 2019, value: 1}
                  - {indicator: gdp, year: 1899, value: 1}
                  - gdp,2021,1
                """;

        assertThat(problems(yaml, DataFormat.YAML)).containsExactly(
                problem(1, 16, "schemaVersion", "expected schema version 1, found 2"),
                problem(3, 17, "observations[0].indicator", "expected the id of one of the plan's indicators, or of a"
                        + " target stated in a task or key-work item, found 'gpd' (did you mean 'gdp'?)"),
                problem(4, 28, "observations[1].year", "expected a year from 1900 to 2200, found the text '2021'"),
                problem(4, 43, "observations[1].value", "expected a number, found the text '6795'"),
                problem(4, 64, "observations[1].provisional", "expected true or false, found the text 'maybe'"),
                problem(5, 41, "observations[2].value", "expected a finite number, found '.nan'"),
                problem(5, 47, "observations[2].colour", "unknown field 'colour'; expected an observation with the"
                        + " fields indicator, year, value, provisional, source, note, flags"),
                problem(6, 41, "observations[3].value", "expected a value that is not negative, since indicator 'gdp'"
                        + " is measured in 亿元 (100 million yuan), which cannot be negative; found -1"),
                problem(7, 5, "observations[4]", "expected one value of 'gdp' for 2019, found a second; the first is at"
                        + " line 6"),
                problem(8, 28, "observations[5].year", "expected a year from 1900 to 2200, found the number 1899"),
                problem(9, 5, "observations[6]", "expected an observation (a mapping with the fields indicator, year,"
                        + " value, provisional, source, note, flags), found the text 'gdp,2021,1'"));
    }

    @Test
    void jsonMissingFields_areReportedAtTheRecord() {
        String json = "{\"schemaVersion\": 1, \"observations\": [\n  {\"indicator\": \"gdp\"},\n  {\"year\": 2021, \"value\": 1}\n]}";

        assertThat(problems(json, DataFormat.JSON)).containsExactly(
                problem(2, 3, "observations[0].year", "missing required field 'year': expected a year from 1900 to 2200"),
                problem(2, 3, "observations[0].value", "missing required field 'value': expected a number"),
                problem(3, 3, "observations[1].indicator", "missing required field 'indicator': expected the id of one"
                        + " of the plan's indicators, or of a target stated in a task or key-work item"));
    }

    @Test
    void documentWithoutItsList_isReported() {
        assertThat(problems("schemaVersion: 1\n", DataFormat.YAML)).containsExactly(problem(1, 1, "observations",
                "missing required field 'observations': expected a list of an observation (a mapping with the fields"
                        + " indicator, year, value, provisional, source, note, flags)"));
    }

    // ---------------------------------------------------------------- files

    @Test
    void files_roundTripInTheFormatTheirExtensionNames() throws IOException {
        List<Observation> observed = ObservationDocuments.shaoxingSourced();

        for (String name : List.of("o.csv", "o.CSV", "o.json", "o.yaml", "o.yml")) {
            Path file = directory.resolve(name);
            Files.writeString(file, "old");
            DataDocuments.OBSERVATIONS.write(observed, file);
            assertThat(DataDocuments.OBSERVATIONS.read(file, PlanDocuments.shaoxing())).isEqualTo(observed);
        }
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("o.csv", "o.CSV", "o.json", "o.yaml", "o.yml");
        }
    }

    @Test
    void sourcedObservationsWrittenAsCsv_areTheSharedFileLessItsQuotesWhereNoneAreNeeded() throws IOException {
        String written = DataDocuments.OBSERVATIONS.toText(ObservationDocuments.shaoxingSourced(), DataFormat.CSV);

        // The format has gained the flags column since the shared file was written; its rows have none.
        assertThat(written.lines().toList().get(0)).isEqualTo(Files.readAllLines(SHARED_SOURCED).get(0) + ",flags");
        assertThat(written.lines().count()).isEqualTo(Files.readAllLines(SHARED_SOURCED).size());
    }

    @Test
    void unknownExtensionOrMissingFile_isAPlanwatchExceptionNotADocumentOne() {
        assertThatThrownBy(() -> DataDocuments.OBSERVATIONS.write(List.of(), directory.resolve("o.txt")))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageEndingWith("expected a name ending .csv, .xlsx, .json, .yaml or .yml");
        assertThatThrownBy(() -> DataDocuments.OBSERVATIONS.read(directory.resolve("absent.csv"), PLAN))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageEndingWith("no such file");
    }

    // ---------------------------------------------------------------- helpers

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One name for files of every format, so that expected problems need not say which. */
    private static final String SOURCE = "observations-file";

    static List<Observation> read(String text, DataFormat format) {
        return DataDocuments.OBSERVATIONS.read(bytes(text), format, SOURCE, PLAN);
    }

    static List<Problem> problems(String text, DataFormat format) {
        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> read(text, format));
        assertThat(thrown).as("reading should fail").isNotNull();
        assertThat(thrown.source()).isEqualTo(SOURCE);
        return thrown.problems();
    }

    /** A problem in a file named as {@link #problems} names it; the format is told by the test's own read. */
    private static Problem problem(int line, int column, String path, String message) {
        return new Problem(SOURCE, line, column, path, message);
    }
}
