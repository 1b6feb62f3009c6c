package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.PlanwatchException;

/**
 * Replacing a file keeps what the file was: its kind (a device or pipe is written to, not replaced),
 * its permissions, and its owner's wish that it not be written; and leaves no temporary file behind,
 * even when the process is stopped part-way.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class AtomicFilesTest {

    private static final byte[] REPORT = "<p>report</p>\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void aLinkToADevice_isWrittenThroughAndStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(directory.resolve("out"), Path.of("/dev/null"));

        AtomicFiles.write(link, REPORT);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
        assertThat(names()).containsExactly("out");
    }

    @Test
    void aNamedPipe_isWrittenToAndStaysAPipe() throws Exception {
        Path fifo = directory.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException ex) {
                throw new AssertionError(ex);
            }
        });

        AtomicFiles.write(fifo, REPORT);

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(REPORT);
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS)).matches(m -> ((int) m & 0170000) == 0010000);
        assertThat(names()).containsExactly("pipe");
    }

    @Test
    void aLinkToARegularFile_staysALinkAndItsFileIsReplaced() throws IOException {
        Path real = Files.writeString(directory.resolve("real.html"), "old");
        Path link = Files.createSymbolicLink(directory.resolve("latest.html"), Path.of("real.html"));

        AtomicFiles.write(link, REPORT);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(REPORT);
        assertThat(names()).containsExactlyInAnyOrder("real.html", "latest.html");
    }

    @Test
    void aPrivateFile_staysPrivate() throws IOException {
        Path file = Files.writeString(directory.resolve("r.html"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        AtomicFiles.write(file, REPORT);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllBytes(file)).isEqualTo(REPORT);
    }

    @Test
    void aReadOnlyFile_isRefusedAndLeftAsItWas_unlessAskedToReplaceIt() throws IOException {
        Path file = Files.writeString(directory.resolve("r.html"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFiles.write(file, REPORT))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessage("cannot write " + file + ": the file is read-only; make it writable to have it replaced");
        assertThat(Files.readString(file)).isEqualTo("old");

        AtomicFiles.write(file, REPORT, AtomicFiles.ReadOnly.REPLACE);
        assertThat(Files.readAllBytes(file)).isEqualTo(REPORT);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
        assertThat(names()).containsExactly("r.html");
    }

    @Test
    void theTemporaryFile_isNamedForItsTargetAndProcess() throws IOException {
        Path file = directory.resolve("r.html");
        List<String> during = new java.util.ArrayList<>();

        AtomicFiles.write(file, out -> during.addAll(names()));

        assertThat(during).singleElement().asString()
                .matches("\\.r\\.html\\.planwatch-" + ProcessHandle.current().pid() + "-[0-9a-z]+\\.tmp");
    }

    @Test
    void staleTemporaryFilesOfEndedProcesses_areRemovedByTheNextWrite_andThoseOfLiveOnesKept() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(10, TimeUnit.SECONDS);
        Path stale = Files.writeString(directory.resolve(".r.html.planwatch-" + ended.pid() + "-abc.tmp"), "half");
        Path live = Files.writeString(directory.resolve(".r.html.planwatch-" + ProcessHandle.current().pid() + "-def.tmp"), "mine");
        Path other = Files.writeString(directory.resolve(".other.html.planwatch-" + ended.pid() + "-abc.tmp"), "not for r.html");

        AtomicFiles.write(directory.resolve("r.html"), REPORT);

        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
    }

    @Test
    void sigterm_duringAWrite_removesTheTemporaryFile() throws Exception {
        assertStoppedWriterLeaves(false, List.of("r.html"));
    }

    @Test
    void killMinus9_duringAWrite_leavesATemporaryFileThatTheNextWriteRemoves() throws Exception {
        assertStoppedWriterLeaves(true, List.of("r.html"));
    }

    private void assertStoppedWriterLeaves(boolean forcibly, List<String> expected) throws Exception {
        Path file = Files.writeString(directory.resolve("r.html"), "old");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (names().size() < 2) {
                assertThat(Instant.now()).as("the writer started its temporary file").isBefore(deadline);
                assertThat(writer.isAlive()).as("the writer is running").isTrue();
                Thread.sleep(20);
            }
            if (forcibly) {
                writer.destroyForcibly();
            } else {
                writer.destroy();
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (forcibly) {
                assertThat(names()).hasSize(2);
                AtomicFiles.write(file, REPORT);
            }
            assertThat(names()).containsExactlyElementsOf(expected);
            assertThat(Files.readAllBytes(file)).isEqualTo(forcibly ? REPORT : "old".getBytes(StandardCharsets.UTF_8));
        } finally {
            writer.destroyForcibly();
        }
    }

    @Test
    void aFailureThatTheJdkNamesOnlyByItsFile_isGivenAReason() {
        assertThat(AtomicFiles.reason(new AccessDeniedException("noperm.yaml"))).isEqualTo("permission denied");
        assertThat(AtomicFiles.reason(new FileSystemException("out.json", null, "No space left on device")))
                .isEqualTo("No space left on device");
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    /** Starts a write that never ends, for a test to stop: writes half a report and waits. */
    static final class SlowWriter {

        private SlowWriter() {
        }

        public static void main(String[] args) {
            AtomicFiles.write(Path.of(args[0]), out -> {
                out.write("<p>half a report".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
