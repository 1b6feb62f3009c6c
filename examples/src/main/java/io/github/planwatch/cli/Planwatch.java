package io.github.planwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import io.github.planwatch.io.AtomicFiles;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;
import io.github.planwatch.rules.EvaluationTimeoutException;
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
 * error, with the stack trace only under {@code --verbose}, and for output that could not be
 * written (2 where it was refused before writing: a missing directory, a read-only file); 141 (as for a program ended by SIGPIPE), without a message, when the reader of standard
 * output went away, as {@code | head} does. Every text from an input is shown with its control
 * characters escaped.
 */
@Command(name = "planwatch", mixinStandardHelpOptions = true, versionProvider = Planwatch.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Judges whether a government action plan's targets are being met, and who answers for them.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  2  bad input or usage: each problem on its own line, FILE:LINE:COLUMN: message",
                "  1  internal error (the stack trace with --verbose), or the output could not be written",
                "  3  findings as severe as --fail-on asks (the output is written all the same)",
                "141  the reader of standard output went away (| head)",
                "%nExample: planwatch evaluate --as-of 2022 --lang zh"})
public final class Planwatch implements Callable<Integer> {

    /** Exit status of a run that succeeded. */
    static final int OK = 0;
    /** Exit status of an internal error. */
    static final int INTERNAL_ERROR = 1;
    /** Exit status of bad input or usage. */
    static final int BAD_INPUT = 2;
    /** Exit status of a run whose evaluation has findings as severe as {@code --fail-on} asks. */
    static final int FINDINGS = 3;
    /** Exit status when the reader of standard output went away: that of a program ended by SIGPIPE. */
    static final int BROKEN_PIPE = 128 + 13;

    /**
     * The subcommands, in the order the help lists them. They are added when the command line is
     * built rather than named in the annotation, so that a run adds only the one it runs: building
     * each one's options from its annotations is a good part of a cold start.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ShowCommand.class, ValidateCommand.class,
            EvaluateCommand.class, ReportCommand.class, TemplateCommand.class, CompletionCommand.class);

    private final Terminal terminal;
    /** The language of the help, the errors and the warnings, as {@link #chinese} read it from the command line. */
    private final Locale locale;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "On an internal error, print its stack trace.")
    boolean verbose;

    /** Only so that {@code planwatch --lang zh --help} is understood: {@link #chinese} has already read it. */
    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "top-lang",
            description = "zh or en: the language of the help and the errors (default: en).")
    io.github.planwatch.model.Language lang;

    Planwatch(Terminal terminal, Locale locale) {
        this.terminal = terminal;
        this.locale = locale;
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
        String asked = lang(args);
        boolean known = asked == null || asked.equalsIgnoreCase("zh") || asked.equalsIgnoreCase("en");
        // A language planwatch does not speak: the environment's, where it is Chinese, else both.
        boolean chinese = known ? "zh".equalsIgnoreCase(asked) : environmentChinese(terminal);
        boolean both = !known && !chinese;
        int status = commandLine(terminal, chinese, both, subcommandsFor(args)).execute(args);
        terminal.out().flush();
        if (status == OK && terminal.out().checkError()) {
            // Output that no command checked, such as --help into a full disk.
            status = outputFailed(terminal, terminal.err(), chinese);
        }
        terminal.err().flush();
        return status;
    }

    /**
     * Checks whether the command line asks for Chinese ({@code --lang zh} anywhere in it): then the
     * help and the errors are in Chinese as well as the output, before any option is parsed.
     */
    static boolean chinese(String... args) {
        return "zh".equalsIgnoreCase(lang(args));
    }

    /** The value of the first {@code --lang} on the command line, before any {@code --}, or null where there is none. */
    static String lang(String... args) {
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                return null;
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
            if ("--lang".equals(args[i]) && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }

    /**
     * Checks whether the environment's language is Chinese: the first of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG} that is set, as POSIX orders them, names {@code zh}.
     */
    static boolean environmentChinese(Terminal terminal) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = terminal.environment().get(name);
            if (value != null && !value.isEmpty()) {
                return value.regionMatches(true, 0, "zh", 0, 2);
            }
        }
        return false;
    }

    /** Builds the command line over a terminal, with the exit statuses and error lines of this command, in English. */
    static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, false, false);
    }

    /**
     * Builds the command line over a terminal, its help and errors in Chinese or English; a misused
     * command line is said in both where the language asked for is one planwatch does not speak.
     */
    static CommandLine commandLine(Terminal terminal, boolean chinese, boolean both) {
        return commandLine(terminal, chinese, both, SUBCOMMANDS);
    }

    /**
     * The subcommands a command line needs: the one it names, where it names one as its first
     * word that is not an option of {@code planwatch} itself; otherwise all of them, for the help,
     * the "did you mean" of a misspelt one, and the completion script, which describes them all.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--lang".equals(arg)) {
                i++; // its value
            } else if (!arg.startsWith("-")) {
                for (Class<?> type : SUBCOMMANDS) {
                    if (type != CompletionCommand.class && type.getAnnotation(Command.class).name().equals(arg)) {
                        return List.of(type);
                    }
                }
                return SUBCOMMANDS;
            }
        }
        return SUBCOMMANDS;
    }

    /** Builds the command line with the given subcommands, as {@link #commandLine(Terminal, boolean, boolean)} does with all. */
    private static CommandLine commandLine(Terminal terminal, boolean chinese, boolean both, List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Planwatch(terminal, chinese ? Locale.CHINESE : Locale.ENGLISH));
        for (Class<?> type : subcommands) {
            cl.addSubcommand(type);
        }
        if (chinese) {
            cl.setResourceBundle(ResourceBundle.getBundle("io.github.planwatch.cli.Messages", Locale.CHINESE));
        }
        cl.setOut(terminal.out());
        cl.setErr(terminal.err());
        cl.setColorScheme(Help.defaultColorScheme(terminal.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine show = cl.getSubcommands().get("show");
        if (show != null) {
            onlyPlanFormats(show.getCommandSpec());
        }
        // Errors go to the terminal's error stream, also for subcommands added after this.
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, terminal.err(), parseResult, chinese));
        cl.setParameterExceptionHandler((ex, args) -> {
            if (both) {
                misused(ex, terminal.err(), false);
            }
            return misused(ex, terminal.err(), chinese || both);
        });
        // Out of memory is an Error, which picocli passes on rather than to the handler above.
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return runLast.execute(parseResult);
            } catch (OutOfMemoryError ex) {
                return outOfMemory(terminal.err(), chinese);
            }
        });
        return cl;
    }

    /**
     * {@code show} writes text, json or md: its help says so, rather than the formats of the
     * option it shares with the commands that also write HTML.
     */
    private static void onlyPlanFormats(CommandSpec show) {
        CommandLine.Model.OptionSpec format = show.findOption("--format");
        if (format != null) {
            show.remove(format);
            show.addOption(CommandLine.Model.OptionSpec.builder(format)
                    .description("text, json or md (default: text).").build());
        }
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
     * Writes warnings to standard error, each on a line of its own ({@code FILE:LINE:COLUMN: warning:
     * field: ...}); they change neither the output nor the exit status.
     *
     * @param warnings  the warnings, not null
     */
    void warn(java.util.List<Problem> warnings) {
        for (Problem p : warnings) {
            String at = p.source() + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "");
            terminal.err().println(Printable.escape((at.isEmpty() ? "planwatch" : at)
                    + (locale.equals(Locale.CHINESE) ? ": 警告: " : ": warning: ")
                    + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message(locale)));
        }
        terminal.err().flush();
    }

    /**
     * Writes a command's output to standard output, or replaces a file with it; a read-only file is
     * refused.
     *
     * @param text  the output, not null
     * @param output  the file, or null for standard output
     * @throws OutputFailed if the output cannot be written, saying why
     */
    void emit(String text, Path output) {
        emit(text, output, false);
    }

    /**
     * Writes a command's output to standard output, or replaces a file with it.
     *
     * @param text  the output, not null
     * @param output  the file, or null for standard output
     * @param replaceReadOnly  whether a read-only file is replaced (--force) or refused
     * @throws OutputFailed if the output cannot be written, saying why
     */
    void emit(String text, Path output, boolean replaceReadOnly) {
        if (output == null) {
            terminal.out().print(text);
            checkOut();
        } else {
            try {
                AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8),
                        replaceReadOnly ? AtomicFiles.ReadOnly.REPLACE : AtomicFiles.ReadOnly.REFUSE);
            } catch (PlanwatchException ex) {
                throw new OutputFailed(ex.getMessage(), ex);
            }
        }
    }

    /**
     * Flushes standard output and fails if anything written to it so far was lost.
     *
     * @throws OutputFailed if it was
     */
    void checkOut() {
        terminal.out().flush();
        if (terminal.out().checkError()) {
            IOException failure = terminal.outFailure().get();
            throw new OutputFailed("cannot write to standard output: "
                    + (failure == null || failure.getMessage() == null ? "the write failed" : failure.getMessage()), failure);
        }
    }

    /** Output that could not be written: exit status 1, or a quiet end where the reader went away. */
    static final class OutputFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OutputFailed(String message, Throwable cause) {
            super(message, cause);
        }

        /**
         * Whether the output was refused before anything was written (a missing directory, a directory,
         * a read-only file): bad usage, not a failed write.
         */
        boolean refused() {
            return getCause() instanceof PlanwatchException p && p.getCause() == null;
        }

        /** Whether the reader of a pipe went away: EPIPE, whose message the JDK takes from strerror. */
        boolean brokenPipe() {
            for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof IOException io && io.getMessage() != null && io.getMessage().contains("Broken pipe")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int outputFailed(Terminal terminal, PrintWriter err, boolean chinese) {
        IOException failure = terminal.outFailure().get();
        if (failure != null && failure.getMessage() != null && failure.getMessage().contains("Broken pipe")) {
            return BROKEN_PIPE;
        }
        err.println(said("cannot write to standard output: "
                + (failure == null || failure.getMessage() == null ? "the write failed" : failure.getMessage()), chinese));
        return INTERNAL_ERROR;
    }

    /** Out of memory, in one line saying how to give Java more. */
    static int outOfMemory(PrintWriter err, boolean chinese) {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println(chinese ? "planwatch：内存不足：输入所需的内存超过了JVM可用的" + mb + " MB；请给它更多内存，"
                + "如设置 JAVA_TOOL_OPTIONS=-Xmx4g（或运行 java -Xmx4g -jar planwatch.jar）"
                : "planwatch: out of memory: the input needs more than the " + mb + " MB the JVM may use;"
                + " give it more, as with JAVA_TOOL_OPTIONS=-Xmx4g (or java -Xmx4g -jar planwatch.jar)");
        return INTERNAL_ERROR;
    }

    private static int misused(CommandLine.ParameterException ex, PrintWriter err, boolean chinese) {
        String help = ex.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        if (chinese) {
            err.println("planwatch：" + Printable.escape(UsageErrors.chinese(ex.getMessage())));
            err.println("运行 '" + help + "' 查看用法。");
        } else {
            err.println("planwatch: " + Printable.escape(ex.getMessage()));
            err.println("Try '" + help + "' for more.");
        }
        return BAD_INPUT;
    }

    /** A line of the command's own about a failure: in Chinese where its shape is known and Chinese was asked for. */
    private static String said(String message, boolean chinese) {
        return chinese ? "planwatch：" + Printable.escape(UsageErrors.chinese(message)) : "planwatch: " + Printable.escape(message);
    }

    private static int failed(Exception ex, PrintWriter err, ParseResult parseResult, boolean chinese) {
        if (ex instanceof InvalidInputException invalid) {
            for (Problem p : invalid.problems()) {
                Locale locale = chinese ? Locale.CHINESE : Locale.ENGLISH;
                err.println(p.source().isEmpty() ? said(p.toString(locale), chinese) : Printable.escape(p.toString(locale)));
            }
            return BAD_INPUT;
        }
        if (ex instanceof OutputFailed output) {
            if (output.brokenPipe()) {
                return BROKEN_PIPE;
            }
            err.println(said(ex.getMessage(), chinese));
            return output.refused() ? BAD_INPUT : INTERNAL_ERROR;
        }
        if (ex instanceof EvaluationTimeoutException timeout) {
            // A rule of one's own is input; the built-in rules taking so long is planwatch's fault.
            err.println(said(ex.getMessage(), chinese));
            return timeout.isRuleOfOwn() ? BAD_INPUT : INTERNAL_ERROR;
        }
        if (ex instanceof PlanwatchException) {
            err.println(said(ex.getMessage(), chinese));
            return BAD_INPUT;
        }
        if (causedByOutOfMemory(ex)) {
            return outOfMemory(err, chinese);
        }
        err.println((chinese ? "planwatch：内部错误：" : "planwatch: internal error: ") + Printable.escape(ex.toString()));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        } else {
            err.println(chinese ? "planwatch：加 --verbose 再运行一次可看到堆栈" : "planwatch: run again with --verbose for the stack trace");
        }
        return INTERNAL_ERROR;
    }

    private static boolean causedByOutOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
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
