package io.github.planwatch.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

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
 * @param text  what is wrong and what was expected, in any language its bundle has, not null
 */
public record Problem(String source, int line, int column, String path, Message text) {

    /** Names longer than this are not compared: no one misspells a paragraph, and comparing costs length squared. */
    private static final int MAX_COMPARED = 64;
    /** The largest edit distance, exclusive, at which a known name still counts as meant. */
    private static final int MAX_DISTANCE = 3;

    /**
     * Checks the parts.
     *
     * @param source  the file or resource the problem is in, not null, may be empty
     * @param line  the 1-based line, or 0 if unknown
     * @param column  the 1-based column, or 0 if unknown
     * @param path  the field path, not null, may be empty
     * @param text  what is wrong and what was expected, not null
     */
    public Problem {
        requireNonNull(source, "source");
        requireNonNull(path, "path");
        requireNonNull(text, "text");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /**
     * Creates a problem whose message is written out in one language.
     *
     * @param source  the file or resource the problem is in, not null, may be empty
     * @param line  the 1-based line, or 0 if unknown
     * @param column  the 1-based column, or 0 if unknown
     * @param path  the field path, not null, may be empty
     * @param message  what is wrong and what was expected, not null
     */
    public Problem(String source, int line, int column, String path, String message) {
        this(source, line, column, path, Message.literal(message));
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
     * Obtains a problem at a field path, with no known source or position, saying a message.
     *
     * @param path  the field path, not null
     * @param text  what is wrong, not null
     * @return the problem, not null
     */
    public static Problem at(String path, Message text) {
        return new Problem("", 0, 0, path, text);
    }

    /**
     * Returns what is wrong, in English.
     *
     * @return the message, not null
     */
    public String message() {
        return text.toString();
    }

    /**
     * Returns what is wrong in a language, or in English where there is no translation.
     *
     * @param locale  the language, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /**
     * Checks whether another problem is at the same place and path and says the same in English,
     * however its message was made: a message from a bundle equals the same words written out.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal problem
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Problem p && line == p.line && column == p.column && source.equals(p.source)
                && path.equals(p.path) && message().equals(p.message());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, line, column, path, message());
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
        return new Problem(source, line, column, path, text);
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
     * are not known, in English.
     *
     * @return the problem as one line, not null
     */
    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }

    /**
     * Renders the problem as {@code source:line:column: path: message} with the message in a
     * language; the place and the path are the same in every language.
     *
     * @param locale  the language of the message, not null
     * @return the problem as one line, not null
     */
    public String toString(Locale locale) {
        String message = text.in(locale);
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

    /**
     * Returns the known name closest to a written one, ignoring case, if one is close enough to be
     * what was meant: the "did you mean" of a message about an unknown name.
     *
     * @param written  the name as written, not null
     * @param known  the names that would have been right, not null
     * @return the closest known name, or empty where none is close
     */
    public static Optional<String> closest(String written, Iterable<String> known) {
        if (written.length() > MAX_COMPARED) {
            return Optional.empty();
        }
        String lower = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_DISTANCE;
        for (String candidate : known) {
            if (candidate.length() > MAX_COMPARED + MAX_DISTANCE) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The Levenshtein distance between two short strings. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
