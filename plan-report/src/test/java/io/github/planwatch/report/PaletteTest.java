package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Status;

/**
 * The statuses stay apart for everyone: every pair differs by a CIEDE2000 ΔE of at least 15 in
 * normal vision and after simulating deuteranopia, protanopia and tritanopia with the matrices of
 * Machado, Oliveira and Fernandes (2009) at severity 1, applied to linear RGB; text on each colour
 * contrasts by at least 4.5:1 (WCAG 2); each status has its own glyph and marker.
 */
class PaletteTest {

    /** ΔE2000 of about 10 and more reads as clearly different colours at a glance; 15 leaves room. */
    private static final double LEAST_DIFFERENCE = 15;

    static final Map<String, double[][]> VISION = Map.of(
            "normal", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                    {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                    {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                    {0.004733, 0.691367, 0.303900}});

    @Test
    void everyPairOfStatuses_staysApart_underEachColourVision() {
        StringBuilder figures = new StringBuilder();
        for (Map.Entry<String, double[][]> vision : VISION.entrySet()) {
            double least = Double.MAX_VALUE;
            String pair = "";
            List<Status> all = List.of(Status.values());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    double d = deltaE2000(lab(simulate(Palette.colour(all.get(i)), vision.getValue())),
                            lab(simulate(Palette.colour(all.get(j)), vision.getValue())));
                    if (d < least) {
                        least = d;
                        pair = all.get(i) + "/" + all.get(j);
                    }
                }
            }
            figures.append(String.format(java.util.Locale.ROOT, "%s: least ΔE2000 %.1f (%s)%n", vision.getKey(), least, pair));
            assertThat(least).as(vision.getKey() + " " + pair).isGreaterThanOrEqualTo(LEAST_DIFFERENCE);
        }
        System.out.print(figures);
    }

    @Test
    void textOnEveryStatus_contrastsAtLeast4point5() {
        for (Status s : Status.values()) {
            double ratio = Contrast.ratio(Palette.colour(s), Palette.textOn(s));
            System.out.printf(java.util.Locale.ROOT, "%s on %s: %.2f:1%n", Palette.textOn(s), Palette.colour(s), ratio);
            assertThat(ratio).as(s.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theTextColoursOfThePage_contrastAtLeast4point5OnWhite() {
        for (String ink : List.of(Palette.INK, "#57606a", "#0b5cad", "#a40e26", "#7d5300", "#0550ae", "#0b4f8a")) {
            assertThat(Contrast.ratio(ink, "#ffffff")).as(ink).isGreaterThanOrEqualTo(4.5);
            assertThat(Contrast.ratio(ink, "#f6f8fa")).as(ink + " on the header").isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void everyStatus_hasItsOwnGlyphAndMarker() {
        Set<String> glyphs = new HashSet<>();
        Set<String> markers = new HashSet<>();
        for (Status s : EnumSet.allOf(Status.class)) {
            glyphs.add(Palette.glyph(s));
            markers.add(Palette.marker(s, 10, 10, 4));
        }
        assertThat(glyphs).hasSize(Status.values().length);
        assertThat(markers).hasSize(Status.values().length);
    }

    static double[] simulate(String hex, double[][] m) {
        double[] c = Contrast.linear(hex);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.min(1, Math.max(0, m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2]));
        }
        return out;
    }

    /** CIE L*a*b* (D65) of linear sRGB. */
    static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005). */
    static double deltaE2000(double[] p, double[] q) {
        double c1 = Math.hypot(p[1], p[2]);
        double c2 = Math.hypot(q[1], q[2]);
        double cm = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cm, 7) / (Math.pow(cm, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * p[1];
        double a2 = (1 + g) * q[1];
        double c1p = Math.hypot(a1, p[2]);
        double c2p = Math.hypot(a2, q[2]);
        double h1 = hue(p[2], a1);
        double h2 = hue(q[2], a2);
        double dL = q[0] - p[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lm = (p[0] + q[0]) / 2;
        double cmp = (c1p + c2p) / 2;
        double hm = c1p * c2p == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hm - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hm))
                + 0.32 * Math.cos(Math.toRadians(3 * hm + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hm - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hm - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cmp, 7) / (Math.pow(cmp, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lm - 50, 2) / Math.sqrt(20 + Math.pow(lm - 50, 2));
        double sc = 1 + 0.045 * cmp;
        double sh = 1 + 0.015 * cmp * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double b, double a) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    @Test
    void deltaE2000_matchesSharmasTestData() {
        // Pairs 1 and 17 of Sharma, Wu and Dalal's table: 2.0425 and 27.1492.
        assertThat(deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485})).isCloseTo(2.0425, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18})).isCloseTo(27.1492, org.assertj.core.data.Offset.offset(1e-4));
    }
}
