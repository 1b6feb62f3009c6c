package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Observations and key-work updates read from a sheet of an Excel workbook as from a CSV file: what
 * is written reads back equal, a workbook made by hand with mistakes has each one placed at its sheet
 * and cell, and a template of a plan reads back with nothing wrong but its empty values.
 */
class WorkbookTest {

    private static final ActionPlan PLAN = PlanDocuments.shaoxing();

    @TempDir
    Path directory;

    @Test
    void observationsWrittenAsAWorkbook_readBackEqual() {
        List<Observation> observed = DataDocuments.OBSERVATIONS.read(ObservationDocumentsTest.bytes("""
                indicator,year,value,provisional,source,note
                gdp,2019,5781,,"公报, 2019",
                gdp,2021,6795.1,true,公报,"初步核算, preliminary"
                gdp,2022,0.000001,false,,
                task-7-utilised-foreign-capital-growth,2020,3.25,,,
                task-7-utilised-foreign-capital-growth,2021,12345678901234.123456,,,more digits than a double holds
                """), DataFormat.CSV, "o.csv", PLAN);
        Path file = directory.resolve("observations.xlsx");

        DataDocuments.OBSERVATIONS.write(observed, file);

        assertThat(DataDocuments.OBSERVATIONS.read(file, PLAN)).isEqualTo(observed);
    }

    @Test
    void keyWorkUpdatesWrittenAsAWorkbook_readBackEqual() {
        List<KeyWorkUpdate> updates = DataDocuments.KEY_WORK_UPDATES.read(ObservationDocumentsTest.bytes("""
                item,date,status,note
                kw-2020-9,2020-06-30,IN_PROGRESS,"3 firms in the pool, 1 listed"
                kw-2020-9,2020-12-31,DONE,
                """), DataFormat.CSV, "u.csv", PLAN);
        Path file = directory.resolve("updates.xlsx");

        DataDocuments.KEY_WORK_UPDATES.write(updates, file);

        assertThat(DataDocuments.KEY_WORK_UPDATES.read(file, PLAN)).isEqualTo(updates);
    }

    @Test
    void cellsAsASpreadsheetKeepsThem_readAsTheirValues() throws IOException {
        // Numbers, a date cell formatted as a date, booleans, a year typed as text.
        Path file = workbook("typed.xlsx", ws -> {
            header(ws, "item", "date", "status", "note");
            ws.value(1, 0, "kw-2020-9");
            ws.value(1, 1, LocalDate.of(2020, 6, 30));
            ws.style(1, 1).format("yyyy-mm-dd").set();
            ws.value(1, 2, "DONE");
        });

        assertThat(DataDocuments.KEY_WORK_UPDATES.read(file, PLAN)).extracting(KeyWorkUpdate::date)
                .containsExactly(LocalDate.of(2020, 6, 30));
    }

    @Test
    void everyProblemOfAHandMadeWorkbook_isPlacedAtItsSheetAndCell() throws IOException {
        Path file = workbook("bad.xlsx", ws -> {
            header(ws, "indicator", "year", "value", "provisonal");
            row(ws, 1, "gdp", 2021, 6795);
            row(ws, 2, "gpd", 2021, 1);
            row(ws, 3, "gdp", "twenty", "a lot");
            row(ws, 4, "gdp", 2021, 6800);
            row(ws, 5, "gdp", 2022, -4);
        });

        assertThat(problems(() -> DataDocuments.OBSERVATIONS.read(file, PLAN))).extracting(Problem::toString).containsExactly(
                file + ":Sheet1!D1: provisonal: unknown column 'provisonal' (did you mean 'provisional'?); expected"
                        + " the columns indicator, year, value and optionally provisional, source, note, flags",
                file + ":Sheet1!A3: observations[1].indicator: expected the id of one of the plan's indicators, or of"
                        + " a target stated in a task or key-work item, found 'gpd' (did you mean 'gdp'?)",
                file + ":Sheet1!B4: observations[2].year: expected a year from 1900 to 2200, found the text 'twenty'",
                file + ":Sheet1!C4: observations[2].value: expected a number, found the text 'a lot'",
                file + ":Sheet1!A5: observations[3]: expected one value of 'gdp' for 2021, found a second; the first"
                        + " is at line 2",
                file + ":Sheet1!C6: observations[4].value: expected a value that is not negative, since indicator"
                        + " 'gdp' is measured in 亿元 (100 million yuan), which cannot be negative; found -4");
    }

    @Test
    void aShareOutsideItsUnitsBounds_isPlacedAtItsCell() throws IOException {
        Path file = workbook("shares.xlsx", ws -> {
            header(ws, "indicator", "year", "value");
            row(ws, 1, "rd-intensity", 2020, 2.8);
            row(ws, 2, "rd-intensity", 2021, 120);
        });

        assertThat(problems(() -> DataDocuments.OBSERVATIONS.read(file, PLAN))).extracting(Problem::toString).containsExactly(
                file + ":Sheet1!C3: observations[1].value: expected a value from 0 to 100, since indicator"
                        + " 'rd-intensity' is measured in % (percent), which admits no other; found 120");
    }

    @Test
    void aSheetNamedAfterTheFile_isRead_andAnUnknownOneIsRefusedWithTheSheetsThereAre() throws IOException {
        Path file = directory.resolve("two.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet notes = wb.newWorksheet("notes");
            notes.value(0, 0, "figures are on the next sheet");
            Worksheet figures = wb.newWorksheet("2021");
            header(figures, "indicator", "year", "value");
            row(figures, 1, "gdp", 2021, 6795);
            wb.finish();
        }

        assertThat(DataDocuments.OBSERVATIONS.read(Path.of(file + "#2021"), PLAN)).extracting(Observation::value)
                .containsExactly(new BigDecimal("6795"));
        assertThat(problems(() -> DataDocuments.OBSERVATIONS.read(Path.of(file + "#2012"), PLAN))).extracting(Problem::toString)
                .containsExactly(file + ": the workbook has no sheet '2012' (did you mean '2021'?); its sheets are"
                        + " 'notes', '2021'");
        assertThat(problems(() -> DataDocuments.OBSERVATIONS.read(file, PLAN))).extracting(Problem::toString)
                .containsExactly(file + ":notes!A1: figures are on the next sheet: unknown column 'figures are on the next sheet'; expected the"
                        + " columns indicator, year, value and optionally provisional, source, note, flags",
                        file + ":notes!A1: indicator: missing required column 'indicator'; expected the columns"
                                + " indicator, year, value and optionally provisional, source, note, flags",
                        file + ":notes!A1: year: missing required column 'year'; expected the columns indicator,"
                                + " year, value and optionally provisional, source, note, flags",
                        file + ":notes!A1: value: missing required column 'value'; expected the columns indicator,"
                                + " year, value and optionally provisional, source, note, flags");
    }

    @Test
    void aFileThatIsNoWorkbook_isALocatedProblemInWords() throws IOException {
        Path file = directory.resolve("not.xlsx");
        Files.writeString(file, "indicator,year,value\ngdp,2021,6795\n", StandardCharsets.UTF_8);

        List<Problem> problems = problems(() -> DataDocuments.OBSERVATIONS.read(file, PLAN));

        assertThat(problems).extracting(Problem::toString).containsExactly(file + ": this cannot be read as an .xlsx"
                + " workbook; expected a workbook saved as Excel Workbook (.xlsx)");
    }

    @Test
    void templatesOfAPlan_readBackWithNothingWrongButTheirEmptyValues() {
        int subjects = ObservationReader.subjects(PLAN).size();
        int years = PLAN.horizonYear() - PLAN.period().first() + 1;
        for (String name : List.of("template.xlsx", "template.csv")) {
            Path file = directory.resolve(name);

            ObservationDocuments.writeTemplate(PLAN, file);

            List<Problem> problems = problems(() -> DataDocuments.OBSERVATIONS.read(file, PLAN));
            assertThat(problems).as(name).hasSize(subjects * years)
                    .allSatisfy(p -> assertThat(p.message()).isEqualTo("missing required field 'value': expected a number"))
                    .allSatisfy(p -> assertThat(p.path()).endsWith(".value"));
        }
        assertThat(problems(() -> DataDocuments.OBSERVATIONS.read(directory.resolve("template.xlsx"), PLAN)).get(0).source())
                .isEqualTo(directory.resolve("template.xlsx") + ":observations!C2");
    }

    @Test
    void aTemplateInAnotherFormat_isRefused() {
        assertThatThrownBy(() -> ObservationDocuments.writeTemplate(PLAN, directory.resolve("t.yaml")))
                .isExactlyInstanceOf(PlanwatchException.class).hasMessageContaining("expected a name ending .csv or .xlsx");
    }

    @Test
    void columnNames_areAsASpreadsheetShowsThem() {
        assertThat(List.of(1, 3, 26, 27, 52, 703).stream().map(WorkbookTable::columnName))
                .containsExactly("A", "C", "Z", "AA", "AZ", "AAA");
    }

    // ---------------------------------------------------------------- making workbooks

    private interface Sheet {
        void fill(Worksheet ws) throws IOException;
    }

    private Path workbook(String name, Sheet sheet) throws IOException {
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            sheet.fill(wb.newWorksheet("Sheet1"));
            wb.finish();
        }
        return file;
    }

    private static void header(Worksheet ws, String... names) {
        for (int c = 0; c < names.length; c++) {
            ws.value(0, c, names[c]);
        }
    }

    private static void row(Worksheet ws, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                ws.value(r, c, n);
            } else {
                ws.value(r, c, (String) values[c]);
            }
        }
    }

    private static List<Problem> problems(Runnable read) {
        DocumentException thrown = catchThrowableOfType(DocumentException.class, read::run);
        assertThat(thrown).as("reading should fail").isNotNull();
        return thrown.problems();
    }
}
