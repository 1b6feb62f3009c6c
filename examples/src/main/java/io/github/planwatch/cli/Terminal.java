package io.github.planwatch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the command writes and what it knows about it: its output and error streams, whether a
 * person is watching (a console), and the environment (for {@code NO_COLOR}). Tests make one over
 * string buffers.
 *
 * @param out  the output, not null
 * @param err  the error stream, not null
 * @param interactive  whether the output is a terminal that a person reads
 * @param environment  the environment variables, not null
 * @param outFailure  the first failure of writing to {@code out}, or null while there is none (its
 *        PrintWriter says only that something failed), not null
 * @param ttyWidth  asks the terminal its width in columns, or null where it cannot say, not null
 */
record Terminal(PrintWriter out, PrintWriter err, boolean interactive, Map<String, String> environment,
                Supplier<IOException> outFailure, Supplier<Integer> ttyWidth) {

    Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(outFailure, "outFailure");
        Objects.requireNonNull(ttyWidth, "ttyWidth");
    }

    /** A terminal whose output keeps no failure of its own and has no width but COLUMNS, such as one over string buffers. */
    Terminal(PrintWriter out, PrintWriter err, boolean interactive, Map<String, String> environment) {
        this(out, err, interactive, environment, () -> null, () -> null);
    }

    /**
     * Returns the terminal of this process: standard output and error written as UTF-8 whatever the
     * platform's default, and interactive where {@link System#console()} is present.
     */
    static Terminal system() {
        WatchedOutput watched = new WatchedOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return new Terminal(out, err, System.console() != null, System.getenv(), watched::failure, Terminal::askTerminal);
    }

    /**
     * Checks whether output to the terminal may be coloured: a person reads it, and {@code NO_COLOR}
     * is not set to anything (see no-color.org).
     *
     * @return true to colour
     */
    boolean colour() {
        String noColour = environment.get("NO_COLOR");
        return interactive && (noColour == null || noColour.isEmpty());
    }

    /**
     * Returns how many columns the text output may take: {@code COLUMNS} where it is set to a number,
     * else the width of the terminal that a person reads, else {@value #DEFAULT_WIDTH}; never less
     * than {@value #NARROWEST}, below which no table can be read.
     *
     * @return the width in columns
     */
    int width() {
        Integer columns = columns(environment.get("COLUMNS"));
        if (columns == null && interactive) {
            columns = ttyWidth.get();
        }
        return columns == null ? DEFAULT_WIDTH : Math.max(NARROWEST, columns);
    }

    /** The width of text written where no person reads it, as to a file or a pipe: a classic terminal's. */
    static final int DEFAULT_WIDTH = 80;
    /** The narrowest that the text is laid out: its tables need about as much. */
    static final int NARROWEST = 60;

    private static Integer columns(String value) {
        if (value == null || !value.trim().matches("[0-9]{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(value.trim());
        return n > 0 ? n : null;
    }

    /**
     * Asks the terminal its width as {@code stty size} prints it, rows then columns: the JDK has no
     * call for it, and a shell does not export {@code COLUMNS}. Null where that fails.
     */
    private static Integer askTerminal() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!p.waitFor(1, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            String[] parts = out.split("\\s+");
            return parts.length == 2 ? columns(parts[1]) : null;
        } catch (IOException ex) {
            return null;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

}
