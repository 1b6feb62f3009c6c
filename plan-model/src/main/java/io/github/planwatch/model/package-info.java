/**
 * An action plan as immutable, typed values: its principles and goals, areas and tasks, quantified
 * indicators and targets, yearly key-work lists, safeguards and the units responsible for them;
 * the observations and key-work updates judged against it; the results of a judgement
 * ({@link io.github.planwatch.model.Evaluation}: assessments, findings and group summaries); and
 * the problems that the other planwatch modules report.
 *
 * <p>{@link io.github.planwatch.model.ActionPlan} is the entry point. Every type in this package is
 * immutable and thread-safe; every invariant is checked when an object is built, and a broken one
 * is reported with the offending field and value.
 */
package io.github.planwatch.model;
