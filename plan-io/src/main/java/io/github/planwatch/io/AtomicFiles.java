package io.github.planwatch.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import io.github.planwatch.model.PlanwatchException;

/**
 * Replaces files whole: the content goes to a temporary file in the same directory, which is
 * forced to disk and then moved over the target in one step. A reader of the target sees the old
 * content or the new, never a mixture, and a failure leaves the old file as it was and no temporary
 * file behind.
 *
 * <p>Public for programs that write their own documents next to planwatch's, such as a report;
 * planwatch's own writers use it for every file they write. All methods are static and
 * thread-safe; two writers of one file at once each replace it whole, and the last move wins.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("report.html"), html.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes content to a stream; may fail part-way. */
    @FunctionalInterface
    interface Content {
        /**
         * Writes the content.
         *
         * @param out  the stream, not null, closed by the caller
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces a file with the given bytes, atomically where the file system allows.
     *
     * @param file  the file, not null; its directory must exist
     * @param content  the bytes to write, not null
     * @throws PlanwatchException if the file cannot be written; the file is then unchanged
     */
    public static void write(Path file, byte[] content) {
        Objects.requireNonNull(content, "content");
        write(file, out -> out.write(content));
    }

    /**
     * Replaces a file with the given content, atomically where the file system allows.
     *
     * @param file  the file, not null; its directory must exist
     * @param content  what to write, not null
     * @throws PlanwatchException if the file cannot be written; the file is then unchanged
     */
    static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (Files.isDirectory(target)) {
            throw new PlanwatchException("cannot write " + file + ": it is a directory");
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw new PlanwatchException("cannot write " + file + ": the directory " + directory + " does not exist");
        }
        Path temp = null;
        try {
            temp = createTemp(directory, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            temp = null;
        } catch (IOException | RuntimeException ex) {
            throw new PlanwatchException("cannot write " + file + ": " + describe(ex), ex);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write has failed already and says so; a leftover temporary file is named after
                    // the target and starts with a dot.
                }
            }
        }
    }

    /**
     * Creates an empty temporary file beside the target. Files.createTempFile would make it readable by
     * the owner only, and the move would carry that over; a plain new file gets the usual permissions.
     */
    private static Path createTemp(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve("." + name + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException ex) {
                if (attempt >= 10) {
                    throw ex;
                }
            }
        }
    }

    private static String describe(Exception ex) {
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
