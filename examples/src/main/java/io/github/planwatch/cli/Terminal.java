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
 */
record Terminal(PrintWriter out, PrintWriter err, boolean interactive, Map<String, String> environment,
                Supplier<IOException> outFailure) {

    Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(outFailure, "outFailure");
    }

    /** A terminal whose output keeps no failure of its own, such as one over string buffers. */
    Terminal(PrintWriter out, PrintWriter err, boolean interactive, Map<String, String> environment) {
        this(out, err, interactive, environment, () -> null);
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
        return new Terminal(out, err, System.console() != null, System.getenv(), watched::failure);
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
}
