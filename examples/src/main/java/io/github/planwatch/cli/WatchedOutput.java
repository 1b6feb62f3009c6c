package io.github.planwatch.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that keeps its first failure: a {@link java.io.PrintWriter} over it keeps only a flag,
 * and the command must tell a reader that went away (a broken pipe, as with {@code | head}) from a
 * write that failed ({@code /dev/full}, a closed standard output).
 */
final class WatchedOutput extends FilterOutputStream {

    private volatile IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException ex) {
            throw kept(ex);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException ex) {
            throw kept(ex);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException ex) {
            throw kept(ex);
        }
    }

    /** Returns the first failure of a write or flush, or null if there was none. */
    IOException failure() {
        return failure;
    }

    private IOException kept(IOException ex) {
        if (failure == null) {
            failure = ex;
        }
        return ex;
    }
}
