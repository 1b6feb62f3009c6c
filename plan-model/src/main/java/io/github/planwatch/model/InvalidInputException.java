package io.github.planwatch.model;

import java.util.List;
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

    /**
     * Creates an exception carrying the given problems.
     *
     * @param summary  one line saying what was being checked, not null
     * @param problems  the problems found, not null, not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(String summary, List<Problem> problems) {
        super(render(summary, problems));
        this.problems = List.copyOf(problems);
    }

    private static String render(String summary, List<Problem> problems) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        String noun = problems.size() == 1 ? " problem" : " problems";
        return summary + " (" + problems.size() + noun + "):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
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
