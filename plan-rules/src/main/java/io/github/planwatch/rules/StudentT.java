package io.github.planwatch.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Critical values of Student's t distribution, for the band of an anticipated value. Pure
 * functions; the cache makes repeated look-ups of the same degrees of freedom free.
 *
 * <p>Kept here rather than taken from a numerical library: plan-rules needs one quantile, and a
 * library for it would be the module's largest dependency after Drools.
 *
 * <p>The two-sided critical value q at level L with k degrees of freedom satisfies
 * {@code P(|T| > q) = 1 - L}. Since {@code P(|T| > q) = I_x(k/2, 1/2)} with {@code x = k / (k + q^2)}
 * (the regularised incomplete beta function), q is found by bisecting that equation in x, which
 * the function is increasing in, to double precision.
 */
final class StudentT {

    private static final int MAX_TERMS = 300;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;

    private record Key(double level, int degreesOfFreedom) {
    }

    private static final Map<Key, Double> CRITICAL = new ConcurrentHashMap<>();

    private StudentT() {
    }

    /**
     * Returns the two-sided critical value: the q with {@code P(|T| > q) = 1 - level}.
     *
     * @param level  the coverage, in (0, 1), such as 0.95
     * @param degreesOfFreedom  at least 1
     * @return q, positive
     * @throws IllegalArgumentException if the level is not in (0, 1) or there is no degree of freedom
     */
    static double twoSidedCritical(double level, int degreesOfFreedom) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must lie in (0, 1), got " + level);
        }
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + degreesOfFreedom);
        }
        return CRITICAL.computeIfAbsent(new Key(level, degreesOfFreedom), StudentT::solve);
    }

    private static double solve(Key key) {
        double tail = 1 - key.level();
        double a = key.degreesOfFreedom() / 2.0;
        // I_x(a, 1/2) rises from 0 at x = 0 to 1 at x = 1; the tail probability is reached in between.
        double lowX = 0;
        double highX = 1;
        for (int i = 0; i < 200 && highX - lowX > EPSILON * highX; i++) {
            double mid = (lowX + highX) / 2;
            if (regularisedBeta(mid, a, 0.5) < tail) {
                lowX = mid;
            } else {
                highX = mid;
            }
        }
        double x = (lowX + highX) / 2;
        return Math.sqrt(key.degreesOfFreedom() * (1 - x) / x);
    }

    /**
     * The regularised incomplete beta function {@code I_x(a, b)} by its continued fraction, taken
     * directly where it converges fast ({@code x < (a + 1) / (a + b + 2)}) and through
     * {@code 1 - I_(1-x)(b, a)} elsewhere.
     */
    static double regularisedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /** The continued fraction of the incomplete beta function, evaluated by the modified Lentz method. */
    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            result *= step;
            if (Math.abs(step - 1) < EPSILON) {
                break;
            }
        }
        return result;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    /**
     * ln Γ(z) for z a positive multiple of 1/2, the only arguments the t distribution needs: from
     * Γ(1) = 1 and Γ(1/2) = √π by Γ(z + 1) = z Γ(z), exact but for rounding.
     */
    static double logGamma(double z) {
        double twice = 2 * z;
        if (twice < 1 || twice != Math.rint(twice)) {
            throw new IllegalArgumentException("z must be a positive multiple of 1/2, got " + z);
        }
        double start = twice % 2 == 0 ? 1 : 0.5;
        double sum = start == 1 ? 0 : 0.5 * Math.log(Math.PI);
        for (double k = start; k < z; k++) {
            sum += Math.log(k);
        }
        return sum;
    }
}
