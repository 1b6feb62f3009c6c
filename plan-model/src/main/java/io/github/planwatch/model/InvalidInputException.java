package io.github.planwatch.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when input (a plan being built, a document being read) breaks one or more rules; carries
 * every problem found, not only the first.
 *
 * <p>The message lists the problems one per line, each as {@link Problem#toString()} renders it, so
 * that a log line or a command-line error shows all of them.
 */
public class InvalidInputException extends PlanwatchException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final transient Message summary;

    /**
     * Creates an exception carrying the given problems.
     *
     * @param summary  one line saying what was being checked, not null
     * @param problems  the problems found, not null, not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(String summary, List<Problem> problems) {
        this(Message.literal(Objects.requireNonNull(summary, "summary")), problems);
    }

    /**
     * Creates an exception carrying the given problems, with a summary that can be said in more
     * than one language.
     *
     * @param summary  one line saying what was being checked, not null
     * @param problems  the problems found, not null, not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(Message summary, List<Problem> problems) {
        super(render(summary, problems, Locale.ENGLISH));
        this.problems = List.copyOf(problems);
        this.summary = summary;
    }

    private static String render(Message summary, List<Problem> problems, Locale locale) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        String head = Message.ofModel(problems.size() == 1 ? "problems.one" : "problems.other", summary,
                problems.size()).in(locale);
        return head + "\n" + problems.stream().map(p -> "  " + p.toString(locale)).collect(Collectors.joining("\n"));
    }

    /**
     * Returns the message with the summary and every problem said in a language, one problem a line,
     * as {@link #getMessage()} says them in English.
     *
     * @param locale  the language, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return render(summary, problems, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns every problem found, in the order they were found.
     *
     * @return the problems, not empty, unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }
}
