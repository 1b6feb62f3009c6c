package io.github.planwatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code planwatch} launcher's class-data archive: made on the first run, made again where it
 * is damaged or belongs to another JVM, never in the way of the command's output or exit status.
 * The launcher runs in a copy of the repository's layout whose jar is a small probe, so that
 * nothing is built and the real jar is not touched. Nothing here is timed.
 */
class LauncherArchiveTest {

    private static final Path LAUNCHER = Path.of("..", "planwatch");

    @TempDir
    Path root;

    private Path archive;
    private Path stamp;

    private record Run(int status, String out, String err) {
    }

    @BeforeEach
    void layout() throws IOException {
        Files.copy(LAUNCHER, root.resolve("planwatch"));
        Path target = Files.createDirectories(root.resolve("examples/target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(target.resolve("planwatch.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest);
             InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            in.transferTo(jar);
            jar.closeEntry();
        }
        // The jar older than anything the launcher writes, as after a build.
        Files.setLastModifiedTime(target.resolve("planwatch.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        archive = target.resolve("planwatch.jsa");
        stamp = target.resolve("planwatch.jsa.jvm");
    }

    private Run run(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", root.resolve("planwatch").toString(), "evaluate", "--as-of", "2021");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    private Run run() throws IOException, InterruptedException {
        return run(Map.of());
    }

    private static void assertClean(Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("probe evaluate --as-of 2021\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void firstRunMakesTheArchive_aLaterRunKeepsIt() throws Exception {
        assertClean(run());
        assertThat(archive).isNotEmptyFile();
        assertThat(Files.readString(stamp)).endsWith(" " + Files.size(archive) + "\n");
        FileTime made = Files.getLastModifiedTime(archive);

        assertClean(run());
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
        try (var files = Files.list(archive.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no half-written archive left behind")
                    .containsExactlyInAnyOrder("planwatch.jar", "planwatch.jsa", "planwatch.jsa.jvm");
        }
    }

    @Test
    void aDamagedArchive_isMadeAgain_andTheRunIsUnaffected() throws Exception {
        assertClean(run());
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));

        assertClean(run());
        assertThat(Files.size(archive)).isGreaterThan(1000);
        assertThat(Files.readString(stamp)).endsWith(" " + Files.size(archive) + "\n");
    }

    @Test
    void anArchiveOfAnotherJvm_isMadeAgain() throws Exception {
        assertClean(run());
        String ours = Files.readString(stamp);
        Files.writeString(stamp, "/elsewhere/bin/java " + Files.size(archive) + "\n");

        assertClean(run());
        assertThat(Files.readString(stamp)).isEqualTo(ours);
    }

    @Test
    void aJarNewerThanTheArchive_makesItAgain() throws Exception {
        assertClean(run());
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(3600)));

        assertClean(run());
        assertThat(Files.getLastModifiedTime(archive).toInstant()).isAfter(Instant.now().minusSeconds(600));
    }

    @Test
    void withoutTheArchive_nothingIsWritten() throws Exception {
        assertClean(run(Map.of("PLANWATCH_CDS", "off")));
        assertThat(archive).doesNotExist();
        assertThat(stamp).doesNotExist();
        assertThat(List.of(archive.getParent().toFile().list())).containsExactly("planwatch.jar");
    }
}
