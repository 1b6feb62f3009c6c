package io.github.planwatch.report;

import java.util.Locale;

import io.github.planwatch.model.Status;

/**
 * How each status looks: a colour, the text colour that reads on it, a glyph and a chart marker,
 * so that no status is told apart by colour alone.
 *
 * <p>The colours were chosen so that every pair stays apart for everyone: the smallest CIEDE2000
 * difference between two of them is about 19, in normal vision and after simulating deuteranopia,
 * protanopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1); PaletteTest
 * computes it. No green-red pair: achieved and on track are blues, the bad statuses run from
 * yellow through orange and red to a dark crimson, and missing data is grey. Text on a colour is
 * near-black or white, whichever contrasts more; PaletteTest checks at least 4.5:1.
 */
final class Palette {

    /** The page's ink, the dark text colour, also the outline of every marker. */
    static final String INK = "#1f2328";

    private Palette() {
    }

    /** The colour of a status. */
    static String colour(Status status) {
        return switch (status) {
            case ACHIEVED -> "#014c8a";
            case ON_TRACK -> "#34b0f3";
            case ACCELERATION_NEEDED -> "#fbe63d";
            case LIMITED_PROGRESS -> "#e17729";
            case DETERIORATION -> "#b9191d";
            case MISSED -> "#611026";
            case INSUFFICIENT_DATA -> "#919297";
        };
    }

    /** The colour of text on a status's colour: near-black or white, whichever contrasts more. */
    static String textOn(Status status) {
        String background = colour(status);
        return Contrast.ratio(background, "#ffffff") >= Contrast.ratio(background, INK) ? "#ffffff" : INK;
    }

    /** A glyph that says the status without its colour. */
    static String glyph(Status status) {
        return switch (status) {
            case ACHIEVED -> "✔";
            case ON_TRACK -> "▲";
            case ACCELERATION_NEEDED -> "▶";
            case LIMITED_PROGRESS -> "◆";
            case DETERIORATION -> "▼";
            case MISSED -> "✖";
            case INSUFFICIENT_DATA -> "?";
        };
    }

    /** The CSS class of a status, such as {@code st-on-track}. */
    static String cssClass(Status status) {
        return "st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The outline of a status's chart marker around a point, as SVG path data: the shape of its
     * glyph (a disc with a tick for achieved, triangles, a diamond, a cross, a square with a
     * question's gap).
     */
    static String marker(Status status, double x, double y, double r) {
        return switch (status) {
            case ACHIEVED -> circle(x, y, r);
            case ON_TRACK -> "M" + f(x) + " " + f(y - r * 1.15) + "L" + f(x + r * 1.1) + " " + f(y + r * 0.8) + "L"
                    + f(x - r * 1.1) + " " + f(y + r * 0.8) + "Z";
            case ACCELERATION_NEEDED -> "M" + f(x + r * 1.15) + " " + f(y) + "L" + f(x - r * 0.8) + " " + f(y + r * 1.1)
                    + "L" + f(x - r * 0.8) + " " + f(y - r * 1.1) + "Z";
            case LIMITED_PROGRESS -> "M" + f(x) + " " + f(y - r * 1.2) + "L" + f(x + r * 1.2) + " " + f(y) + "L" + f(x)
                    + " " + f(y + r * 1.2) + "L" + f(x - r * 1.2) + " " + f(y) + "Z";
            case DETERIORATION -> "M" + f(x) + " " + f(y + r * 1.15) + "L" + f(x + r * 1.1) + " " + f(y - r * 0.8) + "L"
                    + f(x - r * 1.1) + " " + f(y - r * 0.8) + "Z";
            case MISSED -> cross(x, y, r);
            case INSUFFICIENT_DATA -> "M" + f(x - r) + " " + f(y - r) + "H" + f(x + r) + "V" + f(y + r) + "H" + f(x - r) + "Z";
        };
    }

    private static String circle(double x, double y, double r) {
        return "M" + f(x - r) + " " + f(y) + "A" + f(r) + " " + f(r) + " 0 1 0 " + f(x + r) + " " + f(y) + "A" + f(r) + " "
                + f(r) + " 0 1 0 " + f(x - r) + " " + f(y) + "Z";
    }

    private static String cross(double x, double y, double r) {
        double a = r * 1.1;
        double b = r * 0.4;
        return "M" + f(x - a) + " " + f(y - a + b) + "L" + f(x - a + b) + " " + f(y - a) + "L" + f(x) + " " + f(y - b)
                + "L" + f(x + a - b) + " " + f(y - a) + "L" + f(x + a) + " " + f(y - a + b) + "L" + f(x + b) + " " + f(y)
                + "L" + f(x + a) + " " + f(y + a - b) + "L" + f(x + a - b) + " " + f(y + a) + "L" + f(x) + " " + f(y + b)
                + "L" + f(x - a + b) + " " + f(y + a) + "L" + f(x - a) + " " + f(y + a - b) + "L" + f(x - b) + " " + f(y) + "Z";
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
