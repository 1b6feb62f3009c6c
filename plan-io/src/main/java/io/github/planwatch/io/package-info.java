/**
 * Reading and writing planwatch documents: plans as YAML or JSON; observations, key-work
 * progress updates and accountabilities as CSV, Excel workbooks, YAML or JSON; evaluations as JSON.
 *
 * <p>{@link io.github.planwatch.io.PlanDocuments} is the entry point for plans,
 * {@link io.github.planwatch.io.DataDocuments} for the figures, progress reports and
 * accountabilities read against a plan. Reading checks a document whole and reports every problem at once in a
 * {@link io.github.planwatch.io.DocumentException}, each with its file, line, column and field
 * path; no exception of the underlying parsers reaches the caller, and nothing is returned from a
 * document with a problem. Input is treated as untrusted: documents are limited in size, depth,
 * field and string length, YAML aliases and tags are refused, and no class name is ever taken from
 * input. Writing replaces a file atomically, so that a failed write never leaves a half-written
 * file behind. JSON Schema documents of every format are on the classpath under {@code schemas/}.
 */
package io.github.planwatch.io;
