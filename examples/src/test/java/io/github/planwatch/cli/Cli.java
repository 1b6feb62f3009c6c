package io.github.planwatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;

/** Runs the planwatch command in-process over string buffers, as a test sees it. */
final class Cli {

    /**
     * What one run gave.
     *
     * @param status  the exit status
     * @param out  what it wrote to standard output
     * @param err  what it wrote to standard error
     */
    record Run(int status, String out, String err) {

        /** The lines of standard error, without empty ones. */
        List<String> errLines() {
            return Arrays.stream(err.split("\\R")).filter(l -> !l.isEmpty()).toList();
        }

        /** The lines of standard output. */
        List<String> outLines() {
            return Arrays.asList(out.split("\\R"));
        }
    }

    private Cli() {
    }

    /** Runs the command as a script would: no console, no environment. */
    static Run run(String... args) {
        return run(false, Map.of(), args);
    }

    /** Runs the command on a terminal that is or is not interactive, with an environment. */
    static Run run(boolean interactive, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), interactive, environment);
        int status = Planwatch.run(terminal, args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs a command line that a test has added to, such as a subcommand that fails on purpose. */
    static Run run(java.util.function.Consumer<CommandLine> setUp, String... args) {
        return run(false, setUp, args);
    }

    /** Runs a command line that a test has added to, its help and errors in Chinese or English. */
    static Run run(boolean chinese, java.util.function.Consumer<CommandLine> setUp, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), false, Map.of());
        CommandLine cl = Planwatch.commandLine(terminal, chinese, false);
        setUp.accept(cl);
        int status = cl.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return new Run(status, out.toString(), err.toString());
    }
}
