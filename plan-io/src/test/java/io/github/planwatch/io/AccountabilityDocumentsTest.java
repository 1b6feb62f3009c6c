package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.Problem;

/**
 * Accountabilities read from CSV, YAML, JSON and workbooks, checked against the Shaoxing plan: the
 * same data in every format gives the same accountabilities, and each kind of mistake is reported at
 * its line and column with the field, the bad value and what was expected, all of them at once.
 */
class AccountabilityDocumentsTest {

    private static final String SOURCE = "owners-file";

    @TempDir
    Path directory;

    @Test
    void csvYamlAndJson_ofTheSameData_giveTheSameAccountabilities() {
        String csv = """
                unit,indicator
                sx-development-reform-commission,gdp
                 sx-commerce-bureau ,gdp
                """;
        String yaml = """
                schemaVersion: 1
                accountabilities:
                  - {indicator: gdp, unit: sx-development-reform-commission}
                  - indicator: gdp
                    unit: sx-commerce-bureau
                """;
        String json = """
                {"schemaVersion": 1, "accountabilities": [
                  {"indicator": "gdp", "unit": "sx-development-reform-commission"},
                  {"indicator": "gdp", "unit": "sx-commerce-bureau"}
                ]}
                """;

        List<Accountability> fromCsv = read(csv, DataFormat.CSV);

        assertThat(fromCsv).containsExactly(Accountability.of("gdp", "sx-development-reform-commission"),
                Accountability.of("gdp", "sx-commerce-bureau"));
        assertThat(read(yaml, DataFormat.YAML)).isEqualTo(fromCsv);
        assertThat(read(json, DataFormat.JSON)).isEqualTo(fromCsv);
    }

    @Test
    void everyProblemOfACsvFile_isReportedAtItsLineAndColumn() {
        String csv = String.join("\n",
                "indicator,unit",
                "gdpp,sx-commerce-bureau",
                "gdp,sx-comerce-bureau",
                "gdp,sx-commerce-bureau",
                "gdp,sx-commerce-bureau",
                "gdp,",
                "GDP,sx-commerce-bureau",
                "");

        assertThat(problems(csv, DataFormat.CSV)).containsExactly(
                problem(2, 1, "accountabilities[0].indicator", "expected the id of one of the plan's indicators,"
                        + " such as gdp, found 'gdpp' (did you mean 'gdp'?)"),
                problem(3, 5, "accountabilities[1].unit", "expected the id of one of the plan's organisations,"
                        + " found 'sx-comerce-bureau' (did you mean 'sx-commerce-bureau'?)"),
                problem(5, 1, "accountabilities[3]", "expected one statement that 'sx-commerce-bureau' answers for"
                        + " 'gdp', found a second; the first is at line 4"),
                problem(6, 5, "accountabilities[4].unit", "missing required field 'unit': expected the id of one of"
                        + " the plan's organisations, such as sx-commerce-bureau"),
                problem(7, 1, "accountabilities[5].indicator", "expected the id of one of the plan's indicators,"
                        + " such as gdp, found the text 'GDP'"));
    }

    @Test
    void missingRequiredColumns_areReportedOnceAtTheHeader() {
        assertThat(problems("indicator\ngdp\n", DataFormat.CSV)).containsExactly(
                problem(1, 1, "unit", "missing required column 'unit'; expected the columns indicator, unit"));
    }

    @Test
    void everyProblemOfAYamlDocument_isReportedAtItsLineAndColumn() {
        String yaml = """
                schemaVersion: 1
                accountabilities:
                  - {indicator: gdp, unit: sx-commerce-bureau, role: LEAD}
                  - {indicator: pm25}
                  - {indicator: sister-cities, unit: 7}
                """;

        assertThat(problems(yaml, DataFormat.YAML)).containsExactly(
                problem(3, 48, "accountabilities[0].role", "unknown field 'role'; expected an accountability with the"
                        + " fields indicator, unit"),
                problem(4, 5, "accountabilities[1].unit", "missing required field 'unit': expected the id of one of"
                        + " the plan's organisations, such as sx-commerce-bureau"),
                problem(5, 38, "accountabilities[2].unit", "expected the id of one of the plan's organisations, such as"
                        + " sx-commerce-bureau, found the number 7; put it in quotes to make it text"));
    }

    @Test
    void files_roundTripInTheFormatTheirExtensionNames() throws IOException {
        List<Accountability> owners = List.of(Accountability.of("pm25", "sx-ecology-environment-bureau"),
                Accountability.of("gdp", "sx-development-reform-commission"));

        for (String name : List.of("a.csv", "a.json", "a.yaml", "a.yml", "a.xlsx")) {
            Path file = directory.resolve(name);
            DataDocuments.ACCOUNTABILITIES.write(owners, file);
            assertThat(DataDocuments.ACCOUNTABILITIES.read(file, PlanDocuments.shaoxing())).as(name).isEqualTo(owners);
        }
        assertThat(Files.readString(directory.resolve("a.csv"))).startsWith("indicator,unit\n");
    }

    private static List<Accountability> read(String text, DataFormat format) {
        return DataDocuments.ACCOUNTABILITIES.read(ObservationDocumentsTest.bytes(text), format, SOURCE, PlanDocuments.shaoxing());
    }

    private static List<Problem> problems(String text, DataFormat format) {
        DocumentException thrown = catchThrowableOfType(DocumentException.class, () -> read(text, format));
        assertThat(thrown).as("reading should fail").isNotNull();
        return thrown.problems();
    }

    private static Problem problem(int line, int column, String path, String message) {
        return new Problem(SOURCE, line, column, path, message);
    }
}
