package io.github.planwatch.rules;

import java.util.List;

import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.Problem;

/**
 * Thrown when a rule file of one's own cannot be read or does not compile; carries every problem
 * found in every file, each with the file and, where the compiler knows it, the line.
 */
public class RuleCompilationException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception carrying the given problems.
     *
     * @param summary  one line saying what was being compiled, not null
     * @param problems  the problems found, not null, not empty
     */
    public RuleCompilationException(String summary, List<Problem> problems) {
        super(summary, problems);
    }
}
