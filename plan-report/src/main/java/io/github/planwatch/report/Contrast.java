package io.github.planwatch.report;

/** The WCAG 2 contrast ratio of two sRGB colours, to pick text colours that read (at least 4.5:1). */
final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio of two colours written {@code #rrggbb}, from 1 to 21. */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The relative luminance of a colour written {@code #rrggbb}. */
    static double luminance(String hex) {
        double[] rgb = linear(hex);
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** A colour written {@code #rrggbb} as linear-light red, green and blue in [0, 1]. */
    static double[] linear(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return c;
    }
}
