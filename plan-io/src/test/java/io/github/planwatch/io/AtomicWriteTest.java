package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.PlanwatchException;

/** Writing a file never leaves a half-written file or a temporary file behind. */
class AtomicWriteTest {

    private static final ActionPlan PLAN = PlanDocumentErrorsTest.readYaml(PlanDocumentErrorsTest.base());

    @TempDir
    Path directory;

    @Test
    void write_replacesAnExistingFileWhole() throws IOException {
        Path file = directory.resolve("plan.yaml");
        Files.writeString(file, "old content that is longer than nothing\n".repeat(1000));

        PlanDocuments.write(PLAN, file);

        assertThat(Files.readString(file)).isEqualTo(PlanDocuments.toYaml(PLAN));
        assertThat(names()).containsExactly("plan.yaml");
    }

    @Test
    void writeBytes_replacesAnExistingFileWholeAndLeavesNothingElse() throws IOException {
        Path file = directory.resolve("report.html");
        Files.writeString(file, "old report ".repeat(1000));

        AtomicFiles.write(file, "<p>新报告</p>\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(file)).isEqualTo("<p>新报告</p>\n");
        assertThat(names()).containsExactly("report.html");
    }

    @Test
    void writeFailingPartWay_leavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = directory.resolve("plan.json");
        Files.writeString(file, "the old plan");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"schemaVersion\": 1, \"id\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isExactlyInstanceOf(PlanwatchException.class).hasMessageContaining("disk full");

        assertThat(Files.readString(file)).isEqualTo("the old plan");
        assertThat(names()).containsExactly("plan.json");
    }

    @Test
    void writeFailingPartWay_leavesNoFileWhereThereWasNone() {
        Path file = directory.resolve("plan.yaml");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("schemaVersion: 1\n".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("serialiser broke");
        })).isExactlyInstanceOf(PlanwatchException.class).hasMessageContaining("serialiser broke");

        assertThat(names()).isEmpty();
    }

    @Test
    void writeIntoAMissingDirectory_failsAndCreatesNothing() {
        Path file = directory.resolve("absent").resolve("plan.yaml");

        assertThatThrownBy(() -> PlanDocuments.write(PLAN, file))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageContaining("does not exist");

        assertThat(names()).isEmpty();
    }

    @Test
    void writeOverADirectory_failsAndLeavesItAsItWas() throws IOException {
        Path target = Files.createDirectory(directory.resolve("plan.yaml"));
        Path empty = Files.createDirectory(directory.resolve("empty.json"));
        Files.writeString(target.resolve("inside.txt"), "kept");

        assertThatThrownBy(() -> PlanDocuments.write(PLAN, target))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageEndingWith("it is a directory");
        assertThatThrownBy(() -> PlanDocuments.write(PLAN, empty))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageEndingWith("it is a directory");

        assertThat(names()).containsExactlyInAnyOrder("plan.yaml", "empty.json");
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
        assertThat(Files.isDirectory(empty)).isTrue();
    }

    @Test
    void writeWithAnUnknownExtension_failsBeforeTouchingTheDisk() {
        assertThatThrownBy(() -> PlanDocuments.write(PLAN, directory.resolve("plan.txt")))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageEndingWith("expected a name ending .yaml, .yml or .json");

        assertThat(names()).isEmpty();
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }
}
