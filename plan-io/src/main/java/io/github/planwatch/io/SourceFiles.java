package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.github.planwatch.model.PlanwatchException;

/** Opens the files and resources that the document readers read, turning a failure to open or read into one message. */
final class SourceFiles {

    /** Reads a document from an open stream; the stream is closed by the caller. */
    @FunctionalInterface
    interface StreamReader<T> {
        T read(InputStream in) throws IOException;
    }

    private SourceFiles() {
    }

    static <T> T read(Path file, StreamReader<T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (NoSuchFileException ex) {
            throw new PlanwatchException("cannot read " + file + ": no such file", ex);
        } catch (IOException ex) {
            throw new PlanwatchException("cannot read " + file + ": " + AtomicFiles.reason(ex), ex);
        }
    }

    /** Reads a resource of planwatch's own from the classpath, such as a schema or the Shaoxing plan. */
    static <T> T readResource(String resource, StreamReader<T> reader) {
        try (InputStream in = SourceFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PlanwatchException("the classpath resource " + resource + " is missing");
            }
            return reader.read(in);
        } catch (IOException ex) {
            throw new PlanwatchException("cannot read the classpath resource " + resource + ": " + ex.getMessage(), ex);
        }
    }
}
