package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.math.MathContext;

import io.github.planwatch.model.ProgressMethod;

/**
 * The arithmetic of the methodology: the progress ratio R by growth rate (CAGR) or by yearly
 * change (LINEAR), and the score of a ratio. Pure functions.
 *
 * <p>Quotients of values are taken in decimal arithmetic before any power, so that multiplying
 * every value by the same factor gives exactly the same ratio.
 */
final class Progress {

    /** The precision of the quotients. */
    static final MathContext PRECISION = MathContext.DECIMAL64;
    /** The score of an ACHIEVED target, and the largest score. */
    public static final double MAX_SCORE = 5.0;
    /** The score of a MISSED target, and the smallest score. */
    public static final double MIN_SCORE = -5.0;

    private Progress() {
    }

    /**
     * Computes R by the given method.
     *
     * @param method  CAGR or LINEAR
     * @param d  +1 where higher is better, -1 where lower is better
     * @param t0  the base year
     * @param y0  the base value
     * @param tl  the year of the point judged
     * @param yl  the value judged
     * @param targetYear  the target year T
     * @param yT  the target value
     * @param zeroReplacement  what replaces a base or target value of 0 for CAGR
     * @return R or why it is undefined
     */
    static Ratio ratio(ProgressMethod method, int d, int t0, BigDecimal y0, int tl, BigDecimal yl, int targetYear,
                       BigDecimal yT, BigDecimal zeroReplacement) {
        return switch (method) {
            case CAGR -> cagr(d, t0, y0, tl, yl, targetYear, yT, zeroReplacement);
            case LINEAR -> linear(d, t0, y0, tl, yl, targetYear, yT);
        };
    }

    /**
     * Computes R = d * CAGR_observed / |CAGR_required|.
     *
     * <p>A base or target of 0 is replaced first. Values that are all negative are mirrored (their
     * magnitudes taken and d reversed), so that moving toward the target still counts as progress;
     * values of mixed sign give no ratio. A latest value of 0 mixes with either sign.
     */
    static Ratio cagr(int d, int t0, BigDecimal y0, int tl, BigDecimal yl, int targetYear, BigDecimal yT,
                      BigDecimal zeroReplacement) {
        if (tl <= t0 || targetYear <= t0) {
            return Ratio.undefined(RatioGap.SINGLE_DATA_POINT);
        }
        BigDecimal base = y0.signum() == 0 ? zeroReplacement : y0;
        BigDecimal target = yT.signum() == 0 ? zeroReplacement : yT;
        BigDecimal latest = yl;
        if (base.signum() != target.signum() || latest.signum() != 0 && latest.signum() != base.signum()) {
            return Ratio.undefined(RatioGap.MIXED_SIGNS);
        }
        int sense = d;
        if (base.signum() < 0) {
            base = base.negate();
            target = target.negate();
            latest = latest.negate();
            sense = -sense;
        }
        if (target.compareTo(base) == 0) {
            return Ratio.undefined(RatioGap.BASE_ON_TARGET);
        }
        double observed = Math.pow(latest.divide(base, PRECISION).doubleValue(), 1.0 / (tl - t0)) - 1;
        double required = Math.pow(target.divide(base, PRECISION).doubleValue(), 1.0 / (targetYear - t0)) - 1;
        if (required == 0) {
            return Ratio.undefined(RatioGap.BASE_ON_TARGET);
        }
        return Ratio.of(sense * observed / Math.abs(required));
    }

    /** Computes R = d * slope_observed / |slope_required|, as one exact quotient. */
    static Ratio linear(int d, int t0, BigDecimal y0, int tl, BigDecimal yl, int targetYear, BigDecimal yT) {
        if (tl <= t0 || targetYear <= t0) {
            return Ratio.undefined(RatioGap.SINGLE_DATA_POINT);
        }
        if (yT.compareTo(y0) == 0) {
            return Ratio.undefined(RatioGap.BASE_ON_TARGET);
        }
        BigDecimal observed = yl.subtract(y0).multiply(BigDecimal.valueOf(targetYear - t0));
        BigDecimal required = yT.subtract(y0).multiply(BigDecimal.valueOf(tl - t0)).abs();
        return Ratio.of(d * observed.divide(required, PRECISION).doubleValue());
    }

    /**
     * Returns the score of a progress ratio: {@code min(7.1429 R - 4.2857, 5)} above 0.6,
     * {@code max(4.1667 R - 2.5, -5)} at or below it.
     *
     * @param ratio  R
     * @return the score in [-5, 5]
     */
    public static double score(double ratio) {
        return ratio > 0.6 ? Math.min(7.1429 * ratio - 4.2857, MAX_SCORE) : Math.max(4.1667 * ratio - 2.5, MIN_SCORE);
    }
}
