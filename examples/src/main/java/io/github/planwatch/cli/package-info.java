/**
 * The {@code planwatch} command: {@link io.github.planwatch.cli.Planwatch} and its subcommands
 * {@code show}, {@code validate}, {@code evaluate} and {@code report}, with the text, Markdown and
 * HTML outputs. Everything but the entry point is package-private; the JSON output is
 * {@code io.github.planwatch.io.EvaluationDocuments}'s, the documented contract.
 */
package io.github.planwatch.cli;
