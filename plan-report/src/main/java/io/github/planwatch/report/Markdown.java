package io.github.planwatch.report;

/** Text made safe for a Markdown table cell or list item. */
final class Markdown {

    private Markdown() {
    }

    /** A text on one line, with the characters that Markdown or a table would read escaped. */
    static String cell(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '#' -> sb.append('\\').append(c);
                // As entities, so that no reader of the Markdown, however lax, takes them for markup.
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
