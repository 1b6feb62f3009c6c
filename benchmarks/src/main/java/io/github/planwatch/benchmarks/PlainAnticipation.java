package io.github.planwatch.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.NavigableMap;

import org.apache.commons.math3.distribution.TDistribution;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.ProgressMethod;

/**
 * The anticipated value of a target year, written from {@code docs/anticipated-progress.md}: a
 * weighted least-squares line through every known value (their logarithms under CAGR), weights
 * {@code 2^(-(t_L - t) / 3)}, carried to the target year, with the 80% prediction band from three
 * values on. Student's t comes from Commons Math, not from the rules' own quantile.
 */
final class PlainAnticipation {

    private static final double HALF_LIFE = 3.0;
    private static final double LEVEL = 0.80;
    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    private PlainAnticipation() {
    }

    /** The anticipation, or null where the values fall in fewer than two years, the year is not ahead, or no trend runs. */
    static Anticipation of(NavigableMap<Integer, BigDecimal> values, ProgressMethod method, Goal goal, int year) {
        int n = values.size();
        if (n < 2 || year <= values.lastKey()) {
            return null;
        }
        int sign = 1;
        if (method == ProgressMethod.CAGR) {
            sign = values.firstEntry().getValue().signum();
            for (BigDecimal v : values.values()) {
                if (v.signum() == 0 || v.signum() != sign) {
                    return null;
                }
            }
        }
        int latest = values.lastKey();
        double[] x = new double[n];
        double[] z = new double[n];
        double[] w = new double[n];
        double sw = 0;
        int i = 0;
        for (Map.Entry<Integer, BigDecimal> e : values.entrySet()) {
            x[i] = e.getKey() - latest;
            z[i] = method == ProgressMethod.CAGR ? Math.log(sign * e.getValue().doubleValue()) : e.getValue().doubleValue();
            w[i] = Math.pow(2, x[i] / HALF_LIFE);
            sw += w[i];
            i++;
        }
        double mx = 0;
        double mz = 0;
        for (i = 0; i < n; i++) {
            mx += w[i] * x[i] / sw;
            mz += w[i] * z[i] / sw;
        }
        double sxx = 0;
        double sxz = 0;
        for (i = 0; i < n; i++) {
            double v = n * w[i] / sw;
            sxx += v * (x[i] - mx) * (x[i] - mx);
            sxz += v * (x[i] - mx) * (z[i] - mz);
        }
        double b = sxz / sxx;
        double at = year - latest;
        double centre = mz + b * (at - mx);
        double value = back(centre, method, sign);
        Double low = null;
        Double high = null;
        if (n > 2) {
            double s2 = 0;
            for (i = 0; i < n; i++) {
                double r = z[i] - mz - b * (x[i] - mx);
                s2 += n * w[i] / sw * r * r;
            }
            s2 /= n - 2;
            double q = new TDistribution(null, n - 2).inverseCumulativeProbability(0.5 + LEVEL / 2);
            double half = q * Math.sqrt(s2 * (1 + 1.0 / n + (at - mx) * (at - mx) / sxx));
            double a = back(centre - half, method, sign);
            double c = back(centre + half, method, sign);
            low = Math.min(a, c);
            high = Math.max(a, c);
        }
        if (!Double.isFinite(value) || low != null && (!Double.isFinite(low) || !Double.isFinite(high))) {
            return null;
        }
        BigDecimal anticipated = new BigDecimal(value).round(DIGITS);
        BigDecimal gap;
        if (goal.isBand()) {
            gap = goal.distance(anticipated).subtract(goal.halfWidth());
        } else {
            BigDecimal beyond = anticipated.subtract(goal.threshold());
            gap = goal.sense() > 0 ? beyond.negate() : beyond;
        }
        return new Anticipation(year, anticipated, low == null ? null : new BigDecimal(low).round(DIGITS),
                high == null ? null : new BigDecimal(high).round(DIGITS), gap, goal.isMetBy(anticipated));
    }

    private static double back(double z, ProgressMethod method, int sign) {
        return method == ProgressMethod.CAGR ? sign * Math.exp(z) : z;
    }
}
