package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planwatch template} writes an empty observations file of a plan that the office fills in
 * and {@code validate} reads back: before it is filled in, every row is reported missing its value
 * at its sheet and cell; once a row has its value, that row is no longer reported.
 */
class TemplateCommandTest {

    @TempDir
    Path directory;

    @Test
    void anXlsxTemplate_validatesWithEachRowMissingItsValue() {
        Path file = directory.resolve("to-fill.xlsx");

        Cli.Run written = Cli.run("template", "--format", "xlsx", "--output", file.toString());

        assertThat(written.status()).as(written.err()).isEqualTo(Planwatch.OK);
        Cli.Run checked = Cli.run("validate", "--observations", file.toString());
        assertThat(checked.status()).isEqualTo(Planwatch.BAD_INPUT);
        assertThat(checked.errLines()).anySatisfy(l -> assertThat(l).isEqualTo(file
                + ":observations!C2: observations[0].value: missing required field 'value': expected a number"));
        assertThat(checked.errLines()).allSatisfy(l -> assertThat(l).containsAnyOf("missing required field 'value'",
                "more problem", "cannot be read", "problems"));
    }

    @Test
    void aCsvTemplate_oneRowFilledIn_hasOneProblemLess() throws Exception {
        Path file = directory.resolve("to-fill.csv");
        assertThat(Cli.run("template", "--output", file.toString()).status()).isEqualTo(Planwatch.OK);
        long before = Cli.run("validate", "--observations", file.toString()).errLines().stream()
                .filter(l -> l.contains("missing required field 'value'")).count();

        String csv = Files.readString(file);
        int firstRowEnd = csv.indexOf('\n', csv.indexOf('\n') + 1);
        String firstRow = csv.substring(csv.indexOf('\n') + 1, firstRowEnd);
        String[] fields = firstRow.split(",", -1);
        fields[2] = "6795";
        Files.writeString(file, csv.substring(0, csv.indexOf('\n') + 1) + String.join(",", fields)
                + csv.substring(firstRowEnd));

        long after = Cli.run("validate", "--observations", file.toString()).errLines().stream()
                .filter(l -> l.contains("missing required field 'value'")).count();
        assertThat(before).isPositive();
        assertThat(after).isEqualTo(before - 1);
    }

    @Test
    void anOutputWhoseNameDoesNotFitTheFormat_isRefusedBeforeAnythingIsWritten() {
        Path file = directory.resolve("to-fill.csv");

        Cli.Run run = Cli.run("template", "--format", "xlsx", "--output", file.toString());

        assertThat(run.status()).isEqualTo(Planwatch.BAD_INPUT);
        assertThat(run.err()).contains("expected a name ending .xlsx for --format xlsx");
        assertThat(file).doesNotExist();
    }
}
