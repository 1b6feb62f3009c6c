package io.github.planwatch.rules;

import java.util.Objects;

/**
 * A straight line fitted by weighted least squares to points (x, z): the line that minimises
 * {@code Σ w_i (z_i - a - b x_i)^2}, with what is needed for a prediction interval about it.
 *
 * <p>The weights are importance weights: only their ratios matter, and multiplying all of them by
 * one factor gives the same line. For the spread they are rescaled to average 1
 * ({@code v_i = n w_i / Σ w}), so that the residual variance is that of an observation of average
 * weight and, with equal weights, everything below is ordinary least squares:
 * <pre>
 *   x̄ = Σ w x / Σ w,  z̄ = Σ w z / Σ w,  Sxx = Σ v (x - x̄)^2,  b = Σ v (x - x̄)(z - z̄) / Sxx
 *   s^2 = Σ v (z - z̄ - b (x - x̄))^2 / (n - 2)
 *   prediction interval at x:  z̄ + b (x - x̄)  ±  q · s · sqrt(1 + 1/n + (x - x̄)^2 / Sxx)
 * </pre>
 * with q the two-sided critical value of Student's t with n - 2 degrees of freedom. This reads a
 * weight as a precision (a point of weight v scatters by s^2 / v), the usual model of weighted
 * least squares; the new observation is given the scatter of a point of average weight. Immutable.
 *
 * @param points  n, the number of points, at least 2
 * @param meanX  x̄, the weighted mean of x
 * @param meanZ  z̄, the weighted mean of z
 * @param slope  b
 * @param sxx  Sxx, the weighted sum of squares of x about x̄, with weights averaging 1; positive
 * @param residualVariance  s^2, or NaN where there are only two points
 */
record WeightedTrend(int points, double meanX, double meanZ, double slope, double sxx, double residualVariance) {

    /**
     * Fits the line.
     *
     * @param x  the abscissae, at least two of them distinct
     * @param z  the ordinates, as many
     * @param w  the weights, as many, each positive and finite
     * @return the fitted line
     * @throws IllegalArgumentException if the lengths differ, a weight is not positive, or all x are equal
     */
    static WeightedTrend fit(double[] x, double[] z, double[] w) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(w, "w");
        int n = x.length;
        if (z.length != n || w.length != n) {
            throw new IllegalArgumentException("x, z and w must be as long, got " + n + ", " + z.length + " and " + w.length);
        }
        double sumW = 0;
        double sumWx = 0;
        double sumWz = 0;
        for (int i = 0; i < n; i++) {
            if (!(w[i] > 0 && w[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weights must be positive and finite, got " + w[i] + " at " + i);
            }
            sumW += w[i];
            sumWx += w[i] * x[i];
            sumWz += w[i] * z[i];
        }
        double meanX = sumWx / sumW;
        double meanZ = sumWz / sumW;
        double sxx = 0;
        double sxz = 0;
        for (int i = 0; i < n; i++) {
            double v = n * w[i] / sumW;
            sxx += v * (x[i] - meanX) * (x[i] - meanX);
            sxz += v * (x[i] - meanX) * (z[i] - meanZ);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a line needs at least two distinct x, got " + n + " points at one x");
        }
        double slope = sxz / sxx;
        double residualVariance = Double.NaN;
        if (n > 2) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double residual = z[i] - meanZ - slope * (x[i] - meanX);
                sum += n * w[i] / sumW * residual * residual;
            }
            residualVariance = sum / (n - 2);
        }
        return new WeightedTrend(n, meanX, meanZ, slope, sxx, residualVariance);
    }

    /**
     * Returns the line's value at an abscissa.
     *
     * @param at  x
     * @return {@code z̄ + b (x - x̄)}
     */
    double at(double at) {
        return meanZ + slope * (at - meanX);
    }

    /** Checks whether the points leave anything to estimate the scatter about the line from (n > 2). */
    boolean hasSpread() {
        return points > 2;
    }

    /**
     * Returns the half-width of the prediction interval for one new observation of average weight
     * at an abscissa.
     *
     * @param at  x
     * @param level  the coverage, in (0, 1)
     * @return {@code q · s · sqrt(1 + 1/n + (x - x̄)^2 / Sxx)}, 0 where the points lie on the line
     * @throws IllegalStateException if there are only two points
     */
    double predictionHalfWidth(double at, double level) {
        if (!hasSpread()) {
            throw new IllegalStateException("two points fix a line and leave no scatter to estimate");
        }
        double q = StudentT.twoSidedCritical(level, points - 2);
        double spread = residualVariance * (1 + 1.0 / points + (at - meanX) * (at - meanX) / sxx);
        return q * Math.sqrt(spread);
    }
}
