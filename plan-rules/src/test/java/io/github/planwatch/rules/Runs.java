package io.github.planwatch.rules;

import io.github.planwatch.model.Evaluation;

/**
 * Runs evaluations with the built-in rules, recording which rules fire. The rule base is built
 * once and shared; every run has a fresh session.
 */
final class Runs {

    static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    /** The result of one run: the evaluation and the rules that fired. */
    record Run(Evaluation evaluation, FiredRules fired) {
    }

    private Runs() {
    }

    static Run run(EvaluationInput input) {
        return run(EVALUATOR, input);
    }

    static Run run(PlanEvaluator evaluator, EvaluationInput input) {
        FiredRules fired = new FiredRules();
        Evaluation evaluation = evaluator.evaluate(input, fired);
        return new Run(evaluation, fired);
    }
}
