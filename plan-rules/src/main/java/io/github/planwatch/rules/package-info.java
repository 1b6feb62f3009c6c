/**
 * Judges whether an action plan's targets are being met, and flags what puts the plan at risk,
 * with Drools rules.
 *
 * <p>{@link io.github.planwatch.rules.PlanEvaluator} is the entry point: it evaluates a plan on
 * observed values as of a year ({@link io.github.planwatch.rules.EvaluationInput}) and returns an
 * {@link io.github.planwatch.model.Evaluation}: an assessment of every target, the findings of the
 * risk rules, and summaries per indicator category, per area and for the whole plan. The numbers
 * the rules judge by are an {@link io.github.planwatch.rules.EvaluationPolicy}; the codes of the
 * built-in findings are in {@link io.github.planwatch.rules.FindingCodes}.
 *
 * <p>The built-in rules are DRL files in this package, compiled when planwatch is built into an
 * executable model, so that loading them compiles nothing. They keep the methodology's decisions
 * (which status, which score, which risk); the arithmetic (growth rates, progress ratios, bands)
 * is in small pure functions beside them. Rule files of one's own may be added at run time; DRL
 * is code, so load them only from a place you trust.
 */
package io.github.planwatch.rules;
