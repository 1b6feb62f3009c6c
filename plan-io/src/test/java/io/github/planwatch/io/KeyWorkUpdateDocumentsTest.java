package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Problem;

/**
 * Key-work progress updates read from CSV, YAML and JSON, checked against the Shaoxing plan: the
 * same data in every format gives the same updates, and each kind of mistake is reported at its
 * line and column with the field, the bad value and what was expected, all of them at once.
 */
class KeyWorkUpdateDocumentsTest {

    private static final String SOURCE = "updates-file";

    @TempDir
    Path directory;

    @Test
    void csvYamlAndJson_ofTheSameData_giveTheSameUpdates() {
        String csv = """
                status,item,date,note
                IN_PROGRESS,kw-2020-9,2020-06-30,"3 firms in the pool, 1 listed"
                DONE,kw-2020-9,2020-12-31,
                DELAYED, kw-2020-23 ,2021-01-15,"""
                + "\"two\r\nlines\"\n";
        String yaml = """
                schemaVersion: 1
                updates:
                  - {item: kw-2020-9, date: 2020-06-30, status: IN_PROGRESS, note: "3 firms in the pool, 1 listed"}
                  - {item: kw-2020-9, date: '2020-12-31', status: DONE}
                  - item: kw-2020-23
                    date: 2021-01-15
                    status: DELAYED
                    note: "two\\r\\nlines"
                """;
        String json = """
                {"schemaVersion": 1, "updates": [
                  {"item": "kw-2020-9", "date": "2020-06-30", "status": "IN_PROGRESS", "note": "3 firms in the pool, 1 listed"},
                  {"item": "kw-2020-9", "date": "2020-12-31", "status": "DONE", "note": null},
                  {"item": "kw-2020-23", "date": "2021-01-15", "status": "DELAYED", "note": "two\\r\\nlines"}
                ]}
                """;

        List<KeyWorkUpdate> fromCsv = read(csv, DataFormat.CSV);

        assertThat(fromCsv).containsExactly(
                new KeyWorkUpdate("kw-2020-9", LocalDate.of(2020, 6, 30), KeyWorkStatus.IN_PROGRESS,
                        "3 firms in the pool, 1 listed"),
                new KeyWorkUpdate("kw-2020-9", LocalDate.of(2020, 12, 31), KeyWorkStatus.DONE, ""),
                new KeyWorkUpdate("kw-2020-23", LocalDate.of(2021, 1, 15), KeyWorkStatus.DELAYED, "two\r\nlines"));
        assertThat(read(yaml, DataFormat.YAML)).isEqualTo(fromCsv);
        assertThat(read(json, DataFormat.JSON)).isEqualTo(fromCsv);
    }

    @Test
    void everyProblemOfACsvFile_isReportedAtItsLineAndColumn() {
        String csv = String.join("\n",
                "item,date,status,note",
                "kw-2020-99,2020-06-30,DONE,",
                "kw-2020-9,2020/6/30,DONE,",
                "kw-2020-9,2020-02-30,DONE,",
                "kw-2020-9,0999-01-01,DONE,",
                "kw-2020-9,2020-07-01,done,",
                "kw-2020-9,2020-07-02,FINISHED,",
                "kw-2020-9,2020-07-03,,",
                "kw-2020-9,2020-07-03,DONE,",
                "kw-2020-9,2020-07-03,IN_PROGRESS,again",
                "task-1,2020-07-04,DONE,note,extra",
                "");

        assertThat(problems(csv, DataFormat.CSV)).containsExactly(
                problem(2, 1, "updates[0].item", "expected the id of one of the plan's key-work items, such as"
                        + " kw-2020-9, or of one of its milestones, found 'kw-2020-99' (did you mean 'kw-2020-9'?)"),
                problem(3, 11, "updates[1].date", "expected an ISO date in the years 1900 to 2200, such as 2020-12-31, found the text '2020/6/30'"),
                problem(4, 11, "updates[2].date", "expected an ISO date in the years 1900 to 2200, such as 2020-12-31, found the text '2020-02-30'"),
                problem(5, 11, "updates[3].date", "expected an ISO date in the years 1900 to 2200, such as 2020-12-31, found the text '0999-01-01'"),
                problem(6, 22, "updates[4].status", "expected one of NOT_STARTED, IN_PROGRESS, DONE, DELAYED,"
                        + " CANCELLED, found the text 'done' (did you mean 'DONE'?)"),
                problem(7, 22, "updates[5].status", "expected one of NOT_STARTED, IN_PROGRESS, DONE, DELAYED,"
                        + " CANCELLED, found the text 'FINISHED'"),
                problem(8, 22, "updates[6].status", "missing required field 'status': expected one of NOT_STARTED, IN_PROGRESS, DONE, DELAYED, CANCELLED"),
                problem(9, 1, "updates[7]", "expected one update of 'kw-2020-9' on 2020-07-03, found a second; the"
                        + " first is at line 8"),
                problem(10, 1, "updates[8]", "expected one update of 'kw-2020-9' on 2020-07-03, found a second; the"
                        + " first is at line 8"),
                problem(11, 29, "updates[9]", "expected 4 fields, one for each column of the header, found 5; a field"
                        + " with a comma in it is written in quotes"));
    }

    @Test
    void missingRequiredColumns_areReportedOnceAtTheHeader() {
        String csv = "item,note\nkw-2020-9,x\nkw-2020-1,y\n";

        assertThat(problems(csv, DataFormat.CSV)).containsExactly(
                problem(1, 1, "date", "missing required column 'date'; expected the columns item, date, status and"
                        + " optionally note, evidence"),
                problem(1, 1, "status", "missing required column 'status'; expected the columns item, date, status and"
                        + " optionally note, evidence"));
    }

    @Test
    void everyProblemOfAJsonDocument_isReportedAtItsLineAndColumn() {
        String json = """
                {"schemaVersion": 1, "updates": [
                  {"item": "kw-2020-9", "date": 20200630, "status": "DONE"},
                  {"item": "kw-2020-9", "date": "2020-06-30", "status": "DONE", "Note": "x"},
                  {"item": "kw-2020-9", "status": "DONE"}
                ], "observations": []}
                """;

        assertThat(problems(json, DataFormat.JSON)).containsExactly(
                problem(2, 33, "updates[0].date", "expected an ISO date in the years 1900 to 2200, such as 2020-12-31, found the number 20200630"),
                problem(3, 65, "updates[1].Note", "unknown field 'Note' (did you mean 'note'?); expected a key-work"
                        + " update with the fields item, date, status, note, evidence"),
                problem(4, 3, "updates[2].date", "missing required field 'date': expected an ISO date in the years 1900 to 2200, such as 2020-12-31"),
                problem(5, 4, "observations", "unknown field 'observations'; expected a key-work updates document with"
                        + " the fields schemaVersion, updates"));
    }

    @Test
    void files_roundTripInTheFormatTheirExtensionNames() throws IOException {
        List<KeyWorkUpdate> updates = List.of(
                new KeyWorkUpdate("kw-2020-1", LocalDate.of(2020, 3, 1), KeyWorkStatus.NOT_STARTED, ""),
                new KeyWorkUpdate("kw-2020-1", LocalDate.of(2020, 9, 1), KeyWorkStatus.IN_PROGRESS, "“进展顺利”, on \"time\""),
                new KeyWorkUpdate("kw-2020-23", LocalDate.of(2021, 2, 1), KeyWorkStatus.CANCELLED, "line 1\nline 2"));

        for (String name : List.of("u.csv", "u.json", "u.yaml", "u.yml")) {
            Path file = directory.resolve(name);
            DataDocuments.KEY_WORK_UPDATES.write(updates, file);
            assertThat(DataDocuments.KEY_WORK_UPDATES.read(file, PlanDocuments.shaoxing())).isEqualTo(updates);
        }
        assertThat(Files.readString(directory.resolve("u.csv"))).isEqualTo("""
                item,date,status,note
                kw-2020-1,2020-03-01,NOT_STARTED,
                kw-2020-1,2020-09-01,IN_PROGRESS,"“进展顺利”, on ""time\"""
                kw-2020-23,2021-02-01,CANCELLED,"line 1
                line 2"
                """);
    }

    private static List<KeyWorkUpdate> read(String text, DataFormat format) {
        return DataDocuments.KEY_WORK_UPDATES.read(ObservationDocumentsTest.bytes(text), format, SOURCE, PlanDocuments.shaoxing());
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
