package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A rule of one's own that never ends: the command stops it at --timeout, names it, and exits. */
@EnabledOnOs(OS.LINUX)
class EndlessRuleTest {

    @TempDir
    Path directory;

    @Test
    void evaluateWithAnEndlessRule_endsAtTheTimeoutNamingTheRule_withExitTwo() throws Exception {
        Path drl = Files.writeString(directory.resolve("endless.drl"), """
                package org.example.hostile;

                import io.github.planwatch.rules.AsOf;

                rule "Hostile: spins for ever"
                when
                    AsOf()
                then
                    while (true) { }
                end
                """);
        File err = directory.resolve("err.txt").toFile();
        Process p = new ProcessBuilder("bash", "-c", OutputFailureTest.command("evaluate", "--rules", drl.toString(),
                "--timeout", "10")).redirectError(err).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
        } finally {
            p.destroyForcibly();
        }

        assertThat(Files.readString(err.toPath(), StandardCharsets.UTF_8).strip()).isEqualTo("planwatch: the evaluation"
                + " did not end within 10 s: the action of the rule of one's own \"Hostile: spins for ever\""
                + " (package org.example.hostile) was running");
        assertThat(p.exitValue()).isEqualTo(Planwatch.BAD_INPUT);
    }
}
