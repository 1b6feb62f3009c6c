package io.github.planwatch.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The number of terminal columns a text takes: two for a wide character (Chinese, Japanese and
 * Korean characters, full-width forms), none for a combining mark or a format character, one for
 * any other. Ambiguous characters (such as △ or —) count as one, as terminals outside East Asian
 * locales draw them.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /**
     * Returns the columns a text takes.
     *
     * @param text  the text, not null
     * @return the width, not negative
     */
    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Returns the columns one character takes.
     *
     * @param cp  the code point
     * @return 0, 1 or 2
     */
    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** The East Asian Wide and Fullwidth ranges of Unicode's EastAsianWidth.txt, merged where they touch. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xA960 && cp <= 0xA97F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x2FFFD
                || cp >= 0x30000 && cp <= 0x3FFFD;
    }

    /**
     * Pads a text with spaces to a width, on the right or on the left.
     *
     * @param text  the text, not wider than the width, not null
     * @param width  the width to fill
     * @param right  true to align the text to the right
     * @return the padded text, not null
     */
    static String pad(String text, int width, boolean right) {
        int gap = Math.max(0, width - of(text));
        return right ? " ".repeat(gap) + text : text + " ".repeat(gap);
    }

    /**
     * Cuts a text to a width, ending it with … where anything was cut.
     *
     * @param text  the text, not null
     * @param width  the most columns, at least 1
     * @return the text or its cut form, not wider than the width, not null
     */
    static String truncate(String text, int width) {
        if (of(text) <= width) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > width - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /**
     * Breaks a text into lines no wider than a width, at spaces where there are any and between
     * wide characters (Chinese is written without spaces), never inside a word of narrow letters
     * unless the word alone is too wide.
     *
     * @param text  the text, not null
     * @param width  the most columns per line, at least 1
     * @return the lines, at least one, not null
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            // The next token: a run of narrow non-space characters, one wide character, or spaces.
            int start = i;
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                if (used > 0 && used < width) {
                    line.append(' ');
                    used++;
                }
                continue;
            }
            if (of(cp) == 2) {
                i += Character.charCount(cp);
            } else {
                while (i < text.length()) {
                    int c = text.codePointAt(i);
                    if (Character.isWhitespace(c) || of(c) == 2) {
                        break;
                    }
                    i += Character.charCount(c);
                }
            }
            String token = text.substring(start, i);
            int w = of(token);
            if (used + w > width && used > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
            }
            while (w > width) {
                String head = truncateHard(token, width);
                lines.add(head);
                token = token.substring(head.length());
                w = of(token);
            }
            line.append(token);
            used += w;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    private static String truncateHard(String text, int width) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (used + of(cp) > width) {
                break;
            }
            used += of(cp);
            i += Character.charCount(cp);
        }
        return text.substring(0, Math.max(i, Character.charCount(text.codePointAt(0))));
    }
}
