/**
 * An action plan as immutable, typed values: its principles and goals, areas and tasks, quantified
 * indicators and targets, yearly key-work lists, safeguards and the units responsible for them;
 * and the observations, key-work updates and problems that the other planwatch modules exchange.
 *
 * <p>{@link io.github.planwatch.model.ActionPlan} is the entry point. Every type in this package is
 * immutable and thread-safe; every invariant is checked when an object is built, and a broken one
 * is reported with the offending field and value.
 */
package io.github.planwatch.model;
