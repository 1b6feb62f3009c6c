package io.github.planwatch.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.planwatch.model.PlanwatchException;

/**
 * Replaces files whole: the content goes to a temporary file in the same directory, which is
 * forced to disk and then moved over the target in one step. A reader of the target sees the old
 * content or the new, never a mixture, and a failure leaves the old file as it was and no temporary
 * file behind.
 *
 * <ul>
 *   <li>A file that is replaced keeps its permissions and, where the system allows, its group: a
 *       private report stays private.</li>
 *   <li>A read-only file is refused, unless {@link ReadOnly#REPLACE} asks for it to be replaced.</li>
 *   <li>A path that is not a regular file (a device such as {@code /dev/null}, a named pipe,
 *       {@code /dev/stdout}) is written to directly and never replaced; a symbolic link to a regular
 *       file stays a link, and the file it points to is replaced.</li>
 *   <li>The temporary file is named {@code .NAME.planwatch-PID-RANDOM.tmp}: whose it is, for which
 *       target, by which process. It is removed when the write fails, and when the JVM is ended by
 *       SIGTERM or SIGINT (Ctrl-C) during the write; one left by a process killed outright (kill -9)
 *       is removed by the next write to the same path.</li>
 * </ul>
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

    /** What to do with an existing file that its owner may not write. */
    public enum ReadOnly {
        /** Leave it as it is and fail, saying so. */
        REFUSE,
        /** Replace it, as for a writable file; the new file keeps the read-only permissions. */
        REPLACE
    }

    /** The part of a temporary file's name after the target's name: whose it is and which process made it. */
    private static final String TEMP_MARK = ".planwatch-";
    private static final Pattern TEMP_NAME = Pattern.compile("\\.planwatch-(\\d+)-[0-9a-z]+\\.tmp");
    /** How many symbolic links are followed before giving up, as the kernel does (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;
    /** Temporary files being written now, removed by a shutdown hook if the JVM is stopped meanwhile. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    /** Whether that hook is registered: on the first write, not for a program that never writes. */
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private AtomicFiles() {
    }

    /** Writes content to a stream, which the caller closes; may fail part-way. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces a file with the given bytes, atomically where the file system allows; a read-only file
     * is refused.
     *
     * @param file  the file, not null; its directory must exist
     * @param content  the bytes to write, not null
     * @throws PlanwatchException if the file cannot be written, saying why; the file is then unchanged
     */
    public static void write(Path file, byte[] content) {
        write(file, content, ReadOnly.REFUSE);
    }

    /**
     * Replaces a file with the given bytes, atomically where the file system allows.
     *
     * @param file  the file, not null; its directory must exist
     * @param content  the bytes to write, not null
     * @param readOnly  whether an existing read-only file is replaced or refused, not null
     * @throws PlanwatchException if the file cannot be written, saying why; the file is then unchanged
     */
    public static void write(Path file, byte[] content, ReadOnly readOnly) {
        Objects.requireNonNull(content, "content");
        write(file, out -> out.write(content), readOnly);
    }

    /** Replaces a file with content written to a stream, refusing a read-only one, as {@link #write(Path, byte[])} does. */
    static void write(Path file, Content content) {
        write(file, content, ReadOnly.REFUSE);
    }

    static void write(Path file, Content content, ReadOnly readOnly) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(readOnly, "readOnly");
        Path target;
        try {
            target = resolveLinks(file.toAbsolutePath());
        } catch (IOException ex) {
            throw new PlanwatchException("cannot write " + file + ": " + reason(ex), ex);
        }
        if (target == null || Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            writeInPlace(file, content);
            return;
        }
        if (Files.isDirectory(target)) {
            throw new PlanwatchException("cannot write " + file + ": it is a directory");
        }
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new PlanwatchException("cannot write " + file + ": the directory " + directory + " does not exist");
        }
        PosixFileAttributes existing = posixAttributes(target);
        if (readOnly == ReadOnly.REFUSE && isReadOnly(target, existing)) {
            throw new PlanwatchException("cannot write " + file + ": the file is read-only; make it writable to have it replaced");
        }
        removeStale(directory, target.getFileName().toString());
        Path temp = null;
        try {
            temp = createTemp(directory, target.getFileName().toString(), existing != null);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (existing != null) {
                keepAttributes(temp, existing);
            }
            move(temp, target);
            IN_PROGRESS.remove(temp);
            temp = null;
        } catch (AccessDeniedException ex) {
            throw new PlanwatchException("cannot write " + file + ": permission denied"
                    + (temp == null ? " to create a file in the directory " + directory : ""), ex);
        } catch (IOException | RuntimeException ex) {
            throw new PlanwatchException("cannot write " + file + ": " + reason(ex), ex);
        } finally {
            if (temp != null) {
                IN_PROGRESS.remove(temp);
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Says why an operation on a file failed, in words, such as {@code permission denied}: the JDK's
     * messages for some failures are only the file's name ({@code AccessDeniedException: noperm.yaml}).
     */
    static String reason(Exception ex) {
        for (Map.Entry<Class<? extends Exception>, String> known : REASONS) {
            if (known.getKey().isInstance(ex)) {
                return known.getValue();
            }
        }
        if (ex instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return ex.getMessage() == null ? "an unexpected failure" : ex.getMessage();
    }

    /** The failures whose message names only the file, and what each means. */
    private static final List<Map.Entry<Class<? extends Exception>, String>> REASONS = List.of(
            Map.entry(AccessDeniedException.class, "permission denied"),
            Map.entry(NoSuchFileException.class, "no such file or directory"),
            Map.entry(NotDirectoryException.class, "not a directory"),
            Map.entry(FileAlreadyExistsException.class, "a file of that name already exists"),
            Map.entry(FileSystemLoopException.class, "a loop of symbolic links"),
            Map.entry(DirectoryNotEmptyException.class, "directory not empty"),
            Map.entry(ReadOnlyFileSystemException.class, "read-only file system"));

    /**
     * Follows symbolic links to the file they end in, so that the link is kept and the file replaced.
     * Returns null where a link passes through {@code /proc}: a descriptor of this process
     * ({@code /dev/stdout}, {@code /dev/fd/1}), to be written to, not replaced.
     */
    private static Path resolveLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops >= MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path parent = current.getParent();
            current = (parent == null ? current : parent.resolve(Files.readSymbolicLink(current))).normalize();
            if (current.startsWith("/proc")) {
                return null;
            }
        }
        return current;
    }

    /** Writes to a device, pipe or descriptor as it is: such a path cannot be replaced, and must not be. */
    private static void writeInPlace(Path file, Content content) {
        // APPEND: a descriptor opened by the shell with >> is added to, as it asked; > has emptied it already.
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            content.writeTo(out);
            out.flush();
        } catch (IOException | RuntimeException ex) {
            throw new PlanwatchException("cannot write " + file + ": " + reason(ex), ex);
        }
    }

    /** The attributes of an existing file; null for a new one, or on a file system without POSIX permissions. */
    private static PosixFileAttributes posixAttributes(Path target) {
        try {
            return Files.readAttributes(target, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException ex) {
            return null;
        }
    }

    /** By the owner's write permission, not by access(2), which says yes to root for any file. */
    private static boolean isReadOnly(Path target, PosixFileAttributes attributes) {
        if (attributes != null) {
            return !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return Files.exists(target) && !Files.isWritable(target);
    }

    /**
     * Creates an empty temporary file beside the target. Where the target exists, the temporary file
     * is private until it takes the target's permissions; a new file gets the usual permissions (of
     * the umask), which Files.createTempFile would not give.
     */
    private static Path createTemp(Path directory, String name, boolean replacing) throws IOException {
        if (HOOKED.compareAndSet(false, true)) {
            // On SIGTERM or SIGINT the JVM runs its shutdown hooks: the temporary files of writes under way go.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(AtomicFiles::deleteQuietly),
                    "planwatch-temporary-files"));
        }
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve("." + name + TEMP_MARK + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Path created = replacing && supportsPosix(directory)
                        ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(
                                Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)))
                        : Files.createFile(temp);
                IN_PROGRESS.add(created);
                return created;
            } catch (FileAlreadyExistsException ex) {
                if (attempt >= 10) {
                    throw ex;
                }
            }
        }
    }

    private static boolean supportsPosix(Path directory) {
        return Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
    }

    /**
     * Gives the new file the old one's permissions and group (the old one has them, so the file
     * system knows them); a group the writer is not in is left as it falls.
     */
    private static void keepAttributes(Path temp, PosixFileAttributes existing) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            view.setGroup(existing.group());
        } catch (IOException ex) {
            // Only the owner's groups may be given (chown(2)); the permissions below still apply.
        }
        view.setPermissions(existing.permissions());
    }

    /**
     * Removes temporary files of earlier writes to the same target whose process has ended: those of
     * a process killed outright. Those of a process still running are its own business.
     */
    private static void removeStale(Path directory, String name) {
        String prefix = "." + name + TEMP_MARK;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(directory,
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path candidate : candidates) {
                Matcher m = TEMP_NAME.matcher(candidate.getFileName().toString().substring(prefix.length() - TEMP_MARK.length()));
                if (m.matches() && isGone(m.group(1)) && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(candidate);
                }
            }
        } catch (IOException | RuntimeException ex) {
            // Tidying is a courtesy: the write itself goes on, and a later one tries again.
        }
    }

    private static boolean isGone(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ex) {
            // The write has failed already and says so, or the JVM is stopping; a leftover temporary file
            // is named after the target and this process, and the next write to the target removes it.
        }
    }
}
