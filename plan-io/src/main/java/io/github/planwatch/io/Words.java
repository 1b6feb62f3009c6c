package io.github.planwatch.io;

import io.github.planwatch.model.Message;
import io.github.planwatch.model.Problem;

/**
 * How messages repeat what a document holds: quoted and shortened, with the closest known name
 * suggested for a misspelt one ("did you mean").
 */
final class Words {

    /** The most characters of input that a message repeats. */
    static final int MAX_QUOTED = 60;

    private Words() {
    }

    /**
     * A hint naming the known name closest to a written one, ignoring case, if one is close, such as
     * {@code " (did you mean 'gdp'?)"}; else the empty string.
     */
    static Object didYouMean(String written, Iterable<String> known) {
        return Problem.closest(written, known).<Object>map(best -> Messages.of("didYouMean", quote(best))).orElse("");
    }

    /** Quotes a text for a message, as the message's language quotes, shortened if long. */
    static Message quote(String text) {
        return Message.quoted(abbreviate(text));
    }

    /** Shortens a text for a message to about {@link #MAX_QUOTED} characters; makes line breaks visible. */
    static String abbreviate(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
