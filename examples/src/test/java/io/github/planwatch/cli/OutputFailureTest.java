package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails is never reported as success: the command runs as a process, its standard
 * output a full device, closed, or a pipe whose reader leaves early.
 */
@EnabledOnOs(OS.LINUX)
class OutputFailureTest {

    @TempDir
    Path directory;

    @Test
    void jsonIntoAFullDevice_endsWithAMessageAndExitOne() throws Exception {
        Result r = run("exec " + command("show", "--format", "json") + " > /dev/full");

        assertThat(r.status).isEqualTo(Planwatch.INTERNAL_ERROR);
        assertThat(r.err.lines()).singleElement().asString()
                .startsWith("planwatch: cannot write to standard output: ").contains("No space left on device");
    }

    @Test
    void outputIntoAFullDevice_namedAsTheOutputFile_endsWithAMessageAndExitOne() throws Exception {
        Result r = run("exec " + command("show", "--format", "json", "--output", "/dev/full"));

        assertThat(r.status).isEqualTo(Planwatch.INTERNAL_ERROR);
        assertThat(r.err).startsWith("planwatch: cannot write /dev/full: No space left on device");
    }

    @Test
    void aClosedStandardOutput_endsWithAMessageAndExitOne() throws Exception {
        Result r = run("exec " + command("show", "--format", "json") + " >&-");

        assertThat(r.status).isEqualTo(Planwatch.INTERNAL_ERROR);
        assertThat(r.err.lines()).singleElement().asString().startsWith("planwatch: cannot write to standard output: ");
    }

    @Test
    void aReaderThatLeavesEarly_fromTheOutputFileDevStdout_endsTheCommandQuietly() throws Exception {
        // The plan's JSON is longer than a pipe's buffer (64 KiB), so the command is still writing when the reader leaves.
        Result r = run(command("show", "--format", "json", "--output", "/dev/stdout") + " | head -c 1 > /dev/null;"
                + " exit ${PIPESTATUS[0]}");

        assertThat(r.err).isEmpty();
        assertThat(r.status).isEqualTo(Planwatch.BROKEN_PIPE);
    }

    @Test
    void aReaderThatLeavesEarlyFromALongText_endsTheCommandQuietlyWithTheStatusOfSigpipe() throws Exception {
        // The plan's JSON, not the evaluation's (about 60 KB), is longer than a pipe's buffer of 64 KiB.
        Result r = run(command("show", "--format", "json") + " | head -c 1 > /dev/null; exit ${PIPESTATUS[0]}");

        assertThat(r.err).isEmpty();
        assertThat(r.status).isEqualTo(Planwatch.BROKEN_PIPE);
    }

    private record Result(int status, String err) {
    }

    private Result run(String script) throws IOException, InterruptedException {
        File err = directory.resolve("err.txt").toFile();
        Process p = new ProcessBuilder("bash", "-c", script).redirectError(err)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not end in 120 s: " + script);
        }
        return new Result(p.exitValue(), Files.readString(err.toPath(), StandardCharsets.UTF_8).strip());
    }

    /** The command line that runs planwatch in a JVM of its own, with this test's class path. */
    static String command(String... args) {
        List<String> words = new ArrayList<>();
        words.add(ProcessHandle.current().info().command().orElse("java"));
        words.add("-cp");
        words.add(System.getProperty("java.class.path"));
        words.add(Planwatch.class.getName());
        words.addAll(List.of(args));
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.isEmpty() ? "" : " ").append('\'').append(w.replace("'", "'\\''")).append('\'');
        }
        return sb.toString();
    }
}
