/**
 * Example programs that embed the library, each runnable from README.md: the library in twenty
 * lines ({@link io.github.planwatch.examples.EmbedLibrary}), what-if
 * ({@link io.github.planwatch.examples.WhatIf}), a rule of one's own
 * ({@link io.github.planwatch.examples.OwnRule}), changing the policy
 * ({@link io.github.planwatch.examples.PolicyThresholds}), and loading a plan
 * ({@link io.github.planwatch.examples.LoadPlan}). They use only the public API of the library.
 */
package io.github.planwatch.examples;
