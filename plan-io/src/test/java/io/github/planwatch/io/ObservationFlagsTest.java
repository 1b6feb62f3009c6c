package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ObservationFlag;
import io.github.planwatch.model.Problem;

/**
 * An observation's quality flags in every format: a semicolon-separated field in CSV and a sheet, a
 * list in YAML and JSON, the same observations from each, and a wrong flag located like any field.
 */
class ObservationFlagsTest {

    @TempDir
    Path directory;

    private static final Observation CHANGED = new Observation("gdp", 2021, new BigDecimal("69"), false, "survey", "",
            List.of(ObservationFlag.DEFINITION_CHANGE, ObservationFlag.ESTIMATE));

    @Test
    void csvYamlAndJson_ofTheSameFlags_giveTheSameObservations() {
        String csv = """
                indicator,year,value,source,flags
                gdp,2020,55,survey,
                gdp,2021,69,survey, ESTIMATE ; DEFINITION_CHANGE
                """;
        String yaml = """
                schemaVersion: 1
                observations:
                  - {indicator: gdp, year: 2020, value: 55, source: survey, flags: []}
                  - {indicator: gdp, year: 2021, value: 69, source: survey, flags: [ESTIMATE, DEFINITION_CHANGE]}
                """;
        String json = """
                {"schemaVersion": 1, "observations": [
                  {"indicator": "gdp", "year": 2020, "value": 55, "source": "survey", "flags": null},
                  {"indicator": "gdp", "year": 2021, "value": 69, "source": "survey", "flags": ["DEFINITION_CHANGE", "ESTIMATE"]}
                ]}
                """;

        List<Observation> fromCsv = ObservationDocumentsTest.read(csv, DataFormat.CSV);

        assertThat(fromCsv.get(0).flags()).isEmpty();
        assertThat(fromCsv.get(1)).isEqualTo(CHANGED);
        assertThat(fromCsv.get(1).breaksSeries()).isTrue();
        assertThat(ObservationDocumentsTest.read(yaml, DataFormat.YAML)).isEqualTo(fromCsv);
        assertThat(ObservationDocumentsTest.read(json, DataFormat.JSON)).isEqualTo(fromCsv);
    }

    @Test
    void flagsAreWrittenAsTheyAreRead_andLeftOutOfDocumentsWhereThereAreNone() {
        List<Observation> observed = List.of(Observation.of("gdp", 2020, new BigDecimal("55")), CHANGED);

        String csv = DataDocuments.OBSERVATIONS.toText(observed, DataFormat.CSV);
        String yaml = DataDocuments.OBSERVATIONS.toText(observed, DataFormat.YAML);

        assertThat(csv.lines()).containsExactly("indicator,year,value,provisional,source,note,flags",
                "gdp,2020,55,false,,,", "gdp,2021,69,false,survey,,\"DEFINITION_CHANGE;ESTIMATE\""); // the CSV writer quotes a semicolon
        assertThat(yaml).containsOnlyOnce("flags");
        for (DataFormat format : List.of(DataFormat.CSV, DataFormat.YAML, DataFormat.JSON)) {
            assertThat(ObservationDocumentsTest.read(DataDocuments.OBSERVATIONS.toText(observed, format), format))
                    .as(format.name()).isEqualTo(observed);
        }
        Path workbook = directory.resolve("flags.xlsx");
        DataDocuments.OBSERVATIONS.write(observed, workbook);
        assertThat(DataDocuments.OBSERVATIONS.read(workbook, ObservationDocumentsTest.PLAN)).isEqualTo(observed);
    }

    @Test
    void anUnknownOrRepeatedFlag_isReportedAtItsField() {
        String csv = """
                indicator,year,value,flags
                gdp,2020,55,BREAK_IN_SERIE
                gdp,2021,69,PROXY;PROXY
                """;
        String yaml = """
                schemaVersion: 1
                observations:
                  - {indicator: gdp, year: 2020, value: 55, flags: [estimate]}
                """;

        List<Problem> fromCsv = ObservationDocumentsTest.problems(csv, DataFormat.CSV);
        List<Problem> fromYaml = ObservationDocumentsTest.problems(yaml, DataFormat.YAML);

        assertThat(fromCsv).hasSize(2);
        assertThat(fromCsv.get(0).line()).isEqualTo(2);
        assertThat(fromCsv.get(0).column()).isEqualTo(13);
        assertThat(fromCsv.get(0).path()).startsWith("observations[0].flags");
        assertThat(fromCsv.get(0).message()).contains("BREAK_IN_SERIE").contains("BREAK_IN_SERIES");
        assertThat(fromCsv.get(1).line()).isEqualTo(3);
        assertThat(fromCsv.get(1).path()).startsWith("observations[1].flags");
        assertThat(fromYaml).hasSize(1);
        assertThat(fromYaml.get(0).line()).isEqualTo(3);
        assertThat(fromYaml.get(0).path()).isEqualTo("observations[0].flags[0]");
        assertThat(fromYaml.get(0).message()).contains("'estimate'").contains("ESTIMATE");
    }
}
