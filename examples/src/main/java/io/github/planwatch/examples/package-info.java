/**
 * The planwatch command-line tool and example programs that show how to embed the library.
 */
package io.github.planwatch.examples;
