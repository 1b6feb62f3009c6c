package io.github.planwatch.model;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with some input: where it is and what is wrong.
 *
 * <p>{@code source} names the file or resource (empty when the input was built in memory);
 * {@code line} and {@code column} are 1-based, or 0 where the format or the caller does not know
 * them; {@code path} is the field path inside the document, such as {@code tasks[3].leadUnits[0]}
 * (empty for the document as a whole). Immutable and thread-safe.
 *
 * @param source  the file or resource the problem is in, not null, may be empty
 * @param line  the 1-based line, or 0 if unknown
 * @param column  the 1-based column, or 0 if unknown
 * @param path  the field path, not null, may be empty
 * @param message  what is wrong and what was expected, not null
 */
public record Problem(String source, int line, int column, String path, String message) {

    /**
     * Checks the parts.
     *
     * @param source  the file or resource the problem is in, not null, may be empty
     * @param line  the 1-based line, or 0 if unknown
     * @param column  the 1-based column, or 0 if unknown
     * @param path  the field path, not null, may be empty
     * @param message  what is wrong and what was expected, not null
     */
    public Problem {
        requireNonNull(source, "source");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /**
     * Obtains a problem at a field path, with no known source or position.
     *
     * @param path  the field path, not null
     * @param message  what is wrong, not null
     * @return the problem, not null
     */
    public static Problem at(String path, String message) {
        return new Problem("", 0, 0, path, message);
    }

    /**
     * Returns a copy of this problem placed in a source at a line and column.
     *
     * @param source  the file or resource, not null
     * @param line  the 1-based line, or 0 if unknown
     * @param column  the 1-based column, or 0 if unknown
     * @return the located problem, not null
     */
    public Problem withLocation(String source, int line, int column) {
        return new Problem(source, line, column, path, message);
    }

    /**
     * Checks whether the problem knows its line.
     *
     * @return true if {@code line > 0}
     */
    public boolean isLocated() {
        return line > 0;
    }

    /**
     * Renders the problem as {@code source:line:column: path: message}, leaving out the parts that
     * are not known.
     *
     * @return the problem as one line, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!source.isEmpty()) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
