package io.github.planwatch.io;

import java.util.Locale;

/**
 * How messages repeat what a document holds: quoted and shortened, with the closest known name
 * suggested for a misspelt one ("did you mean").
 */
final class Words {

    /** The most characters of input that a message repeats. */
    static final int MAX_QUOTED = 60;

    /** Names longer than this are not compared: no one misspells a paragraph, and comparing costs length squared. */
    private static final int MAX_COMPARED = 64;
    /** The largest edit distance, exclusive, at which a known name still counts as meant. */
    private static final int MAX_DISTANCE = 3;

    private Words() {
    }

    /**
     * Returns a hint naming the known name closest to a written one, ignoring case, if one is close.
     *
     * @param written  the name as written, not null
     * @param known  the names that would have been right, not null
     * @return a hint such as {@code " (did you mean 'gdp'?)"}, or the empty string, not null
     */
    static String didYouMean(String written, Iterable<String> known) {
        if (written.length() > MAX_COMPARED) {
            return "";
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
        return best == null ? "" : " (did you mean " + quote(best) + "?)";
    }

    /**
     * Quotes a text for a message, shortened if long.
     *
     * @param text  the text, not null
     * @return the text in single quotes, not null
     */
    static String quote(String text) {
        return "'" + abbreviate(text) + "'";
    }

    /**
     * Shortens a text for a message and makes line breaks visible.
     *
     * @param text  the text, not null
     * @return the text, at most about {@link #MAX_QUOTED} characters, not null
     */
    static String abbreviate(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
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
