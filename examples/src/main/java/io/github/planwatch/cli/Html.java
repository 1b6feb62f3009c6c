package io.github.planwatch.cli;

import java.util.Locale;

import io.github.planwatch.model.Status;

/** Escaping and the colours of the HTML report. */
final class Html {

    private Html() {
    }

    /**
     * Escapes a text for HTML content or a quoted attribute. Two slashes in a row and the colon of a
     * URL scheme are written as character references, which show the same: a report's text (a
     * source that names a web page, say) then never reads as a reference to anything outside it.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    static String escape(String text) {
        text = Printable.escape(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '/' -> sb.append(i > 0 && text.charAt(i - 1) == '/' ? "&#47;" : "/");
                case ':' -> sb.append(i > 0 && Character.isLetter(text.charAt(i - 1)) ? "&#58;" : ":");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Returns the CSS class of a status: {@code st-achieved}, {@code st-on-track} and so on.
     *
     * @param status  the status, not null
     * @return the class name, not null
     */
    static String cssClass(Status status) {
        return "st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the colour of a status, the same in the charts as in the page's styles.
     *
     * @param status  the status, not null
     * @return a CSS colour, not null
     */
    static String colour(Status status) {
        return switch (status) {
            case ACHIEVED -> "#116329";
            case ON_TRACK -> "#2da44e";
            case ACCELERATION_NEEDED -> "#bf8700";
            case LIMITED_PROGRESS -> "#e16f24";
            case DETERIORATION -> "#cf222e";
            case MISSED -> "#82071e";
            case INSUFFICIENT_DATA -> "#8c959f";
        };
    }
}
