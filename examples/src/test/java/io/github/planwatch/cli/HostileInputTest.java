package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.io.PlanDocuments;
import picocli.CommandLine.Command;

/**
 * Inputs and outputs that a hostile or careless user gives the command: control characters and
 * markup in input texts, special files and read-only files as outputs, a run out of memory.
 */
class HostileInputTest {

    private static final String ESC = "\u001B";

    @TempDir
    Path directory;

    @Test
    void controlCharactersOfACsvField_areShownEscapedOnStandardError() throws IOException {
        Path csv = Files.writeString(directory.resolve("obs.csv"),
                "indicator,year,value\ngdp,2021,5" + ESC + "[2J\u0007\u0000\n");

        Cli.Run run = Cli.run("validate", "--observations", csv.toString());

        assertThat(run.status()).isEqualTo(Planwatch.BAD_INPUT);
        assertThat(run.err()).doesNotContain(ESC, "\u0007", "\u0000");
    }

    @Test
    void controlCharactersOfAFileName_areShownEscapedOnStandardError() {
        String name = directory.resolve("obs" + ESC + "[2J\u0007.csv").toString();

        Cli.Run run = Cli.run("validate", "--observations", name);

        assertThat(run.status()).isEqualTo(Planwatch.BAD_INPUT);
        assertThat(run.err()).doesNotContain(ESC, "\u0007").contains("obs\\u001B[2J\\u0007.csv");
    }

    @Test
    void controlCharactersOfTheDocumentNumber_areEscapedInTextAndTheMarkupInMarkdown() throws IOException {
        Path plan = planWithDocumentNumber("15号" + ESC + "]0;owned\u0007<script>alert(1)</script>");

        Cli.Run text = Cli.run("show", "--plan", plan.toString());
        Cli.Run md = Cli.run("show", "--plan", plan.toString(), "--format", "md");

        assertThat(text.status()).isZero();
        assertThat(text.out()).doesNotContain(ESC, "\u0007").contains("15号\\u001B]0;owned\\u0007");
        assertThat(md.status()).isZero();
        assertThat(md.out()).doesNotContain(ESC, "\u0007", "<script>").contains("&lt;script&gt;");
    }

    @Test
    void theEvaluationOfAPlanWithMarkupInItsDocumentNumber_hasNoMarkupInMarkdown() throws IOException {
        Path plan = planWithDocumentNumber("<script>alert(1)</script>");
        Path md = directory.resolve("e.md");

        Cli.Run run = Cli.run("report", "--plan", plan.toString(), "--format", "md", "--output", md.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.readString(md)).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void outputToALinkToADevice_writesThroughItAndKeepsTheLink() throws IOException {
        Path link = Files.createSymbolicLink(directory.resolve("null"), Path.of("/dev/null"));

        Cli.Run run = Cli.run("evaluate", "--format", "json", "--output", link.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReadOnlyOutput_isRefusedAsBadUsage_andReplacedWithForce() throws IOException {
        Path out = Files.writeString(directory.resolve("e.json"), "kept");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));

        Cli.Run refused = Cli.run("evaluate", "--format", "json", "--output", out.toString());
        assertThat(refused.status()).isEqualTo(Planwatch.BAD_INPUT);
        assertThat(refused.errLines()).containsExactly("planwatch: cannot write " + out
                + ": the file is read-only; make it writable to have it replaced");
        assertThat(Files.readString(out)).isEqualTo("kept");

        Cli.Run forced = Cli.run("evaluate", "--format", "json", "--output", out.toString(), "--force");
        assertThat(forced.status()).isZero();
        assertThat(Files.readString(out)).startsWith("{");
    }

    @Test
    void outOfMemory_isOneLineThatSaysHowToGiveMore() {
        Cli.Run run = Cli.run(cl -> cl.addSubcommand("exhaust", new Exhaust()), "exhaust");

        assertThat(run.status()).isEqualTo(Planwatch.INTERNAL_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("planwatch: out of memory: ").contains("-Xmx");
    }

    /** A subcommand that runs out of memory, as a huge input would. */
    @Command(name = "exhaust")
    static final class Exhaust implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private Path planWithDocumentNumber(String number) throws IOException {
        String yaml;
        try (InputStream in = PlanDocuments.class.getClassLoader().getResourceAsStream(PlanDocuments.SHAOXING_RESOURCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String quoted = "\"" + number.replace("\\", "\\\\").replace("\"", "\\\"").replace(ESC, "\\e")
                .replace("\u0007", "\\a") + "\"";
        String changed = yaml.replace("documentNumber: \"绍政办发〔2020〕15号\"", "documentNumber: " + quoted);
        assertThat(changed).isNotEqualTo(yaml);
        return Files.writeString(directory.resolve("plan.yaml"), changed);
    }

}
