package io.github.planwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Scores and ratios are written with two decimals, as {@code %.2f} writes them, whichever way they are made. */
class DecimalTest {

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Test
    void wholeQuartersAreWrittenAsTheFormatWritesThem() {
        for (long q = -400_000; q <= 400_000; q++) {
            double value = q / 4.0;
            assertEquals(format(value), Results.decimal(value), () -> "at " + value);
        }
        for (double value : new double[] {1e14, -1e14, 2.5e14 + 0.25, 0x1p50, -0x1p50 - 0.5}) {
            assertEquals(format(value), Results.decimal(value), () -> "at " + value);
        }
    }

    @Test
    void otherValuesAreWrittenByTheFormat() {
        for (double value : new double[] {0.0, -0.0, 0.125, -0.125, 1.005, -0.001, 0.1, 2.675, -1.96, 1e15, -1e16,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE}) {
            assertEquals(format(value), Results.decimal(value), () -> "at " + value);
        }
        assertEquals("–", Results.decimal(null));
    }
}
