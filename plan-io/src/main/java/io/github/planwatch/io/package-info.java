/**
 * Reading and writing planwatch documents: plans as YAML or JSON.
 *
 * <p>{@link io.github.planwatch.io.PlanDocuments} is the entry point. Reading checks a document
 * whole and reports every problem at once in a {@link io.github.planwatch.io.DocumentException},
 * each with its file, line, column and field path; no exception of the underlying parsers reaches
 * the caller. Input is treated as untrusted: documents are limited in size, depth and string
 * length, YAML aliases and tags are refused, and no class name is ever taken from input. Writing
 * replaces a file atomically, so that a failed write never leaves a half-written file behind.
 */
package io.github.planwatch.io;
