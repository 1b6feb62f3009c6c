package io.github.planwatch.rules;

import java.time.Duration;
import java.util.Optional;

import io.github.planwatch.model.PlanwatchException;

/**
 * Thrown when an evaluation has not ended within its evaluator's time bound
 * ({@link PlanEvaluator.Builder#timeout(Duration)}): almost always a rule of one's own whose action or
 * condition never ends. The message names the rule that was running, or says that none was firing
 * and which code was running instead.
 */
public class EvaluationTimeoutException extends PlanwatchException {

    private static final long serialVersionUID = 1L;

    /** The name of the rule whose action was running, or null if none was. */
    private final String rule;
    /** Whether the code that was running belongs to rules of one's own. */
    private final boolean ruleOfOwn;

    /**
     * Creates the exception.
     *
     * @param message  what was running when the bound was reached, not null
     * @param rule  the name of the rule whose action was running, or null if none was
     * @param ruleOfOwn  whether the code that was running belongs to rules of one's own
     */
    public EvaluationTimeoutException(String message, String rule, boolean ruleOfOwn) {
        super(message);
        this.rule = rule;
        this.ruleOfOwn = ruleOfOwn;
    }

    /**
     * Returns the rule whose action was running when the bound was reached.
     *
     * @return its name, or empty if no action was running (a condition was being evaluated)
     */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * Tells whether what was running belongs to rules of one's own rather than the built-in ones.
     *
     * @return true for a rule of one's own
     */
    public boolean isRuleOfOwn() {
        return ruleOfOwn;
    }
}
