package io.github.planwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;

import io.github.planwatch.io.AtomicFiles;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code planwatch} command: shows a plan, checks its input files, evaluates it and writes
 * reports.
 *
 * <p>Exit status 0 on success; 2 for bad input or usage, with each problem on a line of its own on
 * standard error ({@code FILE:LINE:COLUMN: message} where the place is known); 1 for an internal
 * error, with the stack trace only under {@code --verbose}.
 */
@Command(name = "planwatch", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Judges whether a government action plan's targets are being met, and who answers for them.",
        subcommands = {ShowCommand.class, ValidateCommand.class, EvaluateCommand.class, ReportCommand.class},
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  2  bad input or usage: each problem on its own line, FILE:LINE:COLUMN: message",
                "  1  internal error (the stack trace with --verbose)",
                "%nExample: planwatch evaluate --as-of 2022 --lang zh"})
public final class Planwatch implements Callable<Integer> {

    /** Exit status of a run that succeeded. */
    static final int OK = 0;
    /** Exit status of an internal error. */
    static final int INTERNAL_ERROR = 1;
    /** Exit status of bad input or usage. */
    static final int BAD_INPUT = 2;

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "On an internal error, print its stack trace.")
    boolean verbose;

    Planwatch(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * Runs the command with the process's streams and exits with its status.
     *
     * @param args  the command line, not null
     */
    public static void main(String[] args) {
        System.exit(run(Terminal.system(), args));
    }

    /** Runs the command on a terminal and returns its exit status. */
    static int run(Terminal terminal, String... args) {
        int status = commandLine(terminal).execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return status;
    }

    /** Builds the command line over a terminal, with the exit statuses and error lines of this command. */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine cl = new CommandLine(new Planwatch(terminal));
        cl.setOut(terminal.out());
        cl.setErr(terminal.err());
        cl.setColorScheme(Help.defaultColorScheme(terminal.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Errors go to the terminal's error stream, also for subcommands added after this.
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, terminal.err(), parseResult));
        cl.setParameterExceptionHandler((ex, args) -> misused(ex, terminal.err()));
        return cl;
    }

    /** With no subcommand: the usage, on standard error, as for any other misuse. */
    @Override
    public Integer call() {
        spec.commandLine().usage(terminal.err());
        return BAD_INPUT;
    }

    Terminal terminal() {
        return terminal;
    }

    /**
     * Writes a command's output to standard output, or replaces a file with it.
     *
     * @param text  the output, not null
     * @param output  the file, or null for standard output
     */
    void emit(String text, Path output) {
        if (output == null) {
            terminal.out().print(text);
            terminal.out().flush();
        } else {
            AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int misused(CommandLine.ParameterException ex, PrintWriter err) {
        err.println("planwatch: " + ex.getMessage());
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
        return BAD_INPUT;
    }

    private static int failed(Exception ex, PrintWriter err, ParseResult parseResult) {
        if (ex instanceof InvalidInputException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(p.source().isEmpty() ? "planwatch: " + p : p.toString());
            }
            return BAD_INPUT;
        }
        if (ex instanceof PlanwatchException) {
            err.println("planwatch: " + ex.getMessage());
            return BAD_INPUT;
        }
        err.println("planwatch: internal error: " + ex);
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        } else {
            err.println("planwatch: run again with --verbose for the stack trace");
        }
        return INTERNAL_ERROR;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The version, from the resource that the build fills in. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Planwatch.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"planwatch " + p.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
