package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.ProgressMethod;

/**
 * Anticipated progress: where a subject will be in a target year on present trends. A line is
 * fitted to all known values by weighted least squares, with weights that halve for every
 * {@code halfLife} years an observation lies before the latest one, and carried to the target year;
 * for CAGR the line is fitted to the logarithms of the values (a constant growth rate), for LINEAR
 * to the values themselves (a constant yearly change). Pure functions; the method is written up
 * in {@code docs/anticipated-progress.md}.
 *
 * <p>The weights are {@code w(t) = 2^(-(t_latest - t) / halfLife)}. The ratio of two observations'
 * weights depends only on how many years lie between them, so that a new observation, earlier or
 * later, rescales the others' weights by one common factor and leaves their relative say alone;
 * exponential weights are the only ones with that property.
 *
 * <p>The band is the 80% prediction interval (by default) for the target year's own figure: the
 * uncertainty of the fitted trend in that year plus the scatter of one observation about the
 * trend, both estimated from the weighted residuals, with Student's t for the few points a plan
 * has. 80% rather than 95%: with three values there is one degree of freedom, where t's 95% point
 * is 12.7 and the band mostly restates that three values say little; at 80% it is 3.08.
 * For CAGR the band is taken on the logarithms and carried back, so it is asymmetric and never
 * crosses zero. Two values fix the line and leave no residual: then there is no band. Values that
 * lie exactly on a trend give a band of zero width.
 *
 * <p>Where nothing can be anticipated, the result says why ({@link NotAnticipated}): values in
 * fewer than two years; a target year not after the latest value; under CAGR a value of 0 or
 * values of both signs (values that are all negative are fitted by their magnitudes, as the
 * progress ratio mirrors them); a trend that leaves the range of a double.
 */
final class AnticipatedProgress {

    /** The default half-life of an observation's weight, in years: one plan period of three years. */
    static final double DEFAULT_HALF_LIFE = 3.0;
    /** The default coverage of the band: one chance in ten that the figure falls below it, one above. */
    static final double DEFAULT_BAND_LEVEL = 0.80;
    /**
     * The significant digits of the anticipated value and its band: the fit runs in double
     * arithmetic, good to about 15 digits before cancellation; 12 keep an exact series exact and
     * exceed the precision of any published figure.
     */
    static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private AnticipatedProgress() {
    }

    /**
     * Anticipates the value of a target year with the default half-life and band.
     *
     * @param series  the known values by year (observations, and the baseline where no observation is of its year), not null
     * @param method  CAGR for a log-linear trend, LINEAR for a straight one, not null
     * @param yardstick  how values are held against the target, not null
     * @param targetYear  the year to anticipate
     * @return the anticipation, or why there is none
     */
    static Extrapolation anticipate(NavigableMap<Integer, BigDecimal> series, ProgressMethod method, Yardstick yardstick,
                                    int targetYear) {
        return anticipate(series, method, yardstick, targetYear, DEFAULT_HALF_LIFE, DEFAULT_BAND_LEVEL);
    }

    /**
     * Anticipates the value of a target year.
     *
     * @param series  the known values by year, not null
     * @param method  CAGR for a log-linear trend, LINEAR for a straight one, not null
     * @param yardstick  how values are held against the target, not null
     * @param targetYear  the year to anticipate
     * @param halfLife  the years after which an observation's weight has halved, positive
     * @param bandLevel  the coverage of the band, in (0, 1)
     * @return the anticipation, or why there is none
     * @throws IllegalArgumentException if the half-life is not positive and finite, or the level not in (0, 1)
     */
    static Extrapolation anticipate(NavigableMap<Integer, BigDecimal> series, ProgressMethod method, Yardstick yardstick,
                                    int targetYear, double halfLife, double bandLevel) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(yardstick, "yardstick");
        if (!(halfLife > 0 && halfLife < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("halfLife must be positive and finite, got " + halfLife);
        }
        if (!(bandLevel > 0 && bandLevel < 1)) {
            throw new IllegalArgumentException("bandLevel must lie in (0, 1), got " + bandLevel);
        }
        // Years are the keys of a map, so that "all values in one year" is one value.
        if (series.size() < 2) {
            return Extrapolation.none(NotAnticipated.TOO_FEW_YEARS);
        }
        int latest = series.lastKey();
        if (targetYear <= latest) {
            return Extrapolation.none(NotAnticipated.TARGET_YEAR_NOT_AHEAD);
        }
        int sign = 1;
        if (method == ProgressMethod.CAGR) {
            sign = commonSign(series);
            if (sign == 0) {
                return Extrapolation.none(NotAnticipated.NO_GROWTH_TREND);
            }
        }
        WeightedTrend trend = fit(series, method, sign, halfLife);
        double at = targetYear - latest;
        double centre = trend.at(at);
        double halfWidth = trend.hasSpread() ? trend.predictionHalfWidth(at, bandLevel) : Double.NaN;
        double value = back(centre, method, sign);
        double low = trend.hasSpread() ? back(sign > 0 ? centre - halfWidth : centre + halfWidth, method, sign) : 0;
        double high = trend.hasSpread() ? back(sign > 0 ? centre + halfWidth : centre - halfWidth, method, sign) : 0;
        if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
            return Extrapolation.none(NotAnticipated.OUT_OF_RANGE);
        }
        // Rounding is monotone, so the rounded band still holds the rounded value.
        BigDecimal anticipated = new BigDecimal(value).round(PRECISION);
        BigDecimal lowEnd = trend.hasSpread() ? new BigDecimal(low).round(PRECISION) : null;
        BigDecimal highEnd = trend.hasSpread() ? new BigDecimal(high).round(PRECISION) : null;
        return Extrapolation.of(new Anticipation(targetYear, anticipated, lowEnd, highEnd, shortfall(yardstick, anticipated),
                yardstick.meets(anticipated)));
    }

    /**
     * Returns the value of the fitted trend in a year, in the subject's unit: the line through all
     * the values, carried to any year, before or after them. What {@link #anticipate} reports for a
     * target year is this value, rounded.
     *
     * @param series  the known values by year, in at least two years, not null
     * @param method  CAGR or LINEAR, not null
     * @param year  the year
     * @param halfLife  the half-life of the weights in years, positive
     * @return the trend's value
     * @throws IllegalArgumentException if the values fall in fewer than two years, or, under CAGR, a value is 0 or the signs differ
     */
    static double trendValue(NavigableMap<Integer, BigDecimal> series, ProgressMethod method, int year, double halfLife) {
        if (series.size() < 2) {
            throw new IllegalArgumentException("a trend needs values in two years, got " + series.keySet());
        }
        int sign = method == ProgressMethod.CAGR ? commonSign(series) : 1;
        if (sign == 0) {
            throw new IllegalArgumentException("no growth trend runs through 0 or values of both signs, got " + series);
        }
        return back(fit(series, method, sign, halfLife).at(year - series.lastKey()), method, sign);
    }

    /**
     * Returns the weight of an observation: {@code 2^(-(latest - year) / halfLife)}, 1 for the latest.
     *
     * @param year  the observation's year
     * @param latest  the year of the latest value
     * @param halfLife  the half-life in years, positive
     * @return the weight, positive
     */
    static double weight(int year, int latest, double halfLife) {
        return Math.pow(2, -(latest - year) / halfLife);
    }

    /**
     * Returns how far a value falls short of meeting the target: {@code threshold - value} where
     * higher is closer, {@code value - threshold} where lower is, and for a band around a level
     * {@code |value - level| - halfWidth}. Positive where it falls short.
     *
     * @param yardstick  the target's yardstick, not null
     * @param value  the value, not null
     * @return the shortfall, in the subject's unit
     */
    static BigDecimal shortfall(Yardstick yardstick, BigDecimal value) {
        if (yardstick.isBand()) {
            return yardstick.distance(value).subtract(yardstick.halfWidth());
        }
        BigDecimal beyond = value.subtract(yardstick.threshold());
        return yardstick.sense() > 0 ? beyond.negate() : beyond;
    }

    /** +1 or -1 where every value has that sign, 0 where a value is 0 or the signs differ. */
    private static int commonSign(Map<Integer, BigDecimal> series) {
        int sign = 0;
        for (BigDecimal value : series.values()) {
            int s = value.signum();
            if (s == 0 || sign != 0 && s != sign) {
                return 0;
            }
            sign = s;
        }
        return sign;
    }

    /** Fits the weighted line in years counted from the latest value (so that x is small and the latest is 0). */
    private static WeightedTrend fit(NavigableMap<Integer, BigDecimal> series, ProgressMethod method, int sign,
                                     double halfLife) {
        int latest = series.lastKey();
        int n = series.size();
        double[] x = new double[n];
        double[] z = new double[n];
        double[] w = new double[n];
        int i = 0;
        for (Map.Entry<Integer, BigDecimal> point : series.entrySet()) {
            x[i] = point.getKey() - latest;
            double value = point.getValue().doubleValue();
            z[i] = method == ProgressMethod.CAGR ? Math.log(sign * value) : value;
            w[i] = weight(point.getKey(), latest, halfLife);
            i++;
        }
        return WeightedTrend.fit(x, z, w);
    }

    /** Carries a point of the fitted line back to the subject's unit. */
    private static double back(double z, ProgressMethod method, int sign) {
        return method == ProgressMethod.CAGR ? sign * Math.exp(z) : z;
    }
}
