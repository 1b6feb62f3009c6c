package io.github.planwatch.cli;

import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.report.Terms;

/**
 * Shows the control characters of a text as escapes, so that a text from an input file (a plan's
 * document number, a CSV field, a file name) can neither drive the terminal that shows it (ESC
 * sequences, BEL), nor end a line early, nor hide part of itself (NUL, bidirectional overrides).
 * Every text that comes from an input passes through here before it is written, in every format.
 */
final class Printable {

    private Printable() {
    }

    /**
     * Escapes the control characters of a text: C0 (including tab and line breaks), DEL, C1, and the
     * bidirectional embedding, override and isolate characters, each as {@code \}{@code uXXXX}.
     *
     * @param text  the text, not null
     * @return the text with every control character escaped; the same text where there is none
     */
    static String escape(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Returns a text of an input in the language of the words, with its control characters escaped.
     *
     * @param w  the words, not null
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    static String of(Terms w, LocalizedText text) {
        return escape(w.of(text));
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
