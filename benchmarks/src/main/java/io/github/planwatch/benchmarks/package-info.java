/**
 * Measures how fast planwatch evaluates plans, and against what.
 *
 * <p>{@link io.github.planwatch.benchmarks.SyntheticPlans} makes plans of any size;
 * {@link io.github.planwatch.benchmarks.PlainEvaluator} judges them in plain Java, as the baseline
 * the rules engine is measured against and as a second implementation that checks it. The JMH
 * benchmarks ({@code *Benchmark}) and the cold-start harnesses ({@code ColdStart*}) run from the
 * jar this module builds; BENCHMARKS.md at the repository's root says how, and what they found.
 */
package io.github.planwatch.benchmarks;
