package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.github.planwatch.model.Message;
import io.github.planwatch.model.Problem;

/**
 * The numbers that the rules judge by: thresholds, tolerances and limits, with the defaults of
 * the methodology.
 *
 * <p>The policy is data, not code: the evaluator inserts it into every rule session as a fact, so
 * changing it changes the judgement without recompiling anything. Obtain the defaults with
 * {@link #defaults()} and change some with {@link #builder()} (which starts from the defaults) or
 * {@link #toBuilder()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * EvaluationPolicy strict = EvaluationPolicy.builder().onTrackRatio(1.0).staleYears(1).build();
 * }</pre>
 *
 * @param onTrackRatio  the least progress ratio R for ON_TRACK; default 0.95
 * @param accelerationNeededRatio  the least R for ACCELERATION_NEEDED; default 0.60
 * @param limitedProgressRatio  the least R for LIMITED_PROGRESS, below which a target is DETERIORATION; default 0
 * @param defaultRelativeTolerance  the half-width of an ABOUT band, as a fraction of the target value, where
 *        the target states none; default 0.05, not negative
 * @param zeroReplacement  the value that replaces a base or target value of exactly 0 before a growth
 *        rate is taken; default 0.001, positive
 * @param staleYears  K: a subject with no value in the last K years up to the as-of year has stale data;
 *        default 2, at least 1
 * @param leadUnitOverloadLimit  the most tasks and key-work items that one unit may lead; default 10, not negative
 * @param keyWorkNoUpdateDays  the most days an open key-work item may go without a progress report; default 180,
 *        not negative
 * @param suspiciousJumpBound  the largest believable year-on-year change, as a fraction of the earlier value;
 *        default 0.5 (50%), positive
 * @param groupOnTrackScore  the least mean score for a group to be ON_TRACK; default 2.5
 * @param groupAccelerationNeededScore  the least mean score for ACCELERATION_NEEDED; default 0
 * @param groupLimitedProgressScore  the least mean score for LIMITED_PROGRESS, below which a group is
 *        DETERIORATION; default -2.5
 * @param suspiciousJumpPoints  the largest believable year-on-year change of a share (a subject measured in
 *        percent that cannot be negative), in percentage points; default 10, positive
 * @param minimumCoverage  the least share of a group's targets due or ahead that must be assessed for the
 *        group to have a verdict; default 0.5, in [0, 1]
 */
public record EvaluationPolicy(double onTrackRatio, double accelerationNeededRatio, double limitedProgressRatio,
                               BigDecimal defaultRelativeTolerance, BigDecimal zeroReplacement, int staleYears,
                               int leadUnitOverloadLimit, int keyWorkNoUpdateDays, BigDecimal suspiciousJumpBound,
                               double groupOnTrackScore, double groupAccelerationNeededScore,
                               double groupLimitedProgressScore, BigDecimal suspiciousJumpPoints,
                               double minimumCoverage) {

    /** The default bound of a share's year-on-year change, in percentage points. */
    private static final BigDecimal DEFAULT_JUMP_POINTS = BigDecimal.TEN;
    /** The default least coverage of a group with a verdict: half its targets. */
    private static final double DEFAULT_MINIMUM_COVERAGE = 0.5;

    private static final EvaluationPolicy DEFAULTS = new EvaluationPolicy(0.95, 0.60, 0.0, new BigDecimal("0.05"),
            new BigDecimal("0.001"), 2, 10, 180, new BigDecimal("0.5"), 2.5, 0.0, -2.5, DEFAULT_JUMP_POINTS,
            DEFAULT_MINIMUM_COVERAGE);

    /**
     * A policy with the default bound of a share's jump and the default least coverage.
     *
     * @param onTrackRatio  the least progress ratio R for ON_TRACK
     * @param accelerationNeededRatio  the least R for ACCELERATION_NEEDED
     * @param limitedProgressRatio  the least R for LIMITED_PROGRESS
     * @param defaultRelativeTolerance  the half-width of an ABOUT band, as a fraction of the target value
     * @param zeroReplacement  the value that replaces a base or target value of exactly 0 before a growth rate is taken
     * @param staleYears  K for stale data
     * @param leadUnitOverloadLimit  the most tasks and key-work items that one unit may lead
     * @param keyWorkNoUpdateDays  the most days an open key-work item may go without a progress report
     * @param suspiciousJumpBound  the largest believable year-on-year change, as a fraction
     * @param groupOnTrackScore  the least mean score for a group to be ON_TRACK
     * @param groupAccelerationNeededScore  the least mean score for ACCELERATION_NEEDED
     * @param groupLimitedProgressScore  the least mean score for LIMITED_PROGRESS
     */
    public EvaluationPolicy(double onTrackRatio, double accelerationNeededRatio, double limitedProgressRatio,
                            BigDecimal defaultRelativeTolerance, BigDecimal zeroReplacement, int staleYears,
                            int leadUnitOverloadLimit, int keyWorkNoUpdateDays, BigDecimal suspiciousJumpBound,
                            double groupOnTrackScore, double groupAccelerationNeededScore,
                            double groupLimitedProgressScore) {
        this(onTrackRatio, accelerationNeededRatio, limitedProgressRatio, defaultRelativeTolerance, zeroReplacement,
                staleYears, leadUnitOverloadLimit, keyWorkNoUpdateDays, suspiciousJumpBound, groupOnTrackScore,
                groupAccelerationNeededScore, groupLimitedProgressScore, DEFAULT_JUMP_POINTS, DEFAULT_MINIMUM_COVERAGE);
    }

    /**
     * Checks that every number is in range and the thresholds are in order.
     *
     * @param onTrackRatio  the least progress ratio R for ON_TRACK; default 0.95
     * @param accelerationNeededRatio  the least R for ACCELERATION_NEEDED; default 0.60
     * @param limitedProgressRatio  the least R for LIMITED_PROGRESS, below which a target is DETERIORATION; default 0
     * @param defaultRelativeTolerance  the half-width of an ABOUT band, as a fraction of the target value, where
     *        the target states none; default 0.05, not negative
     * @param zeroReplacement  the value that replaces a base or target value of exactly 0 before a growth
     *        rate is taken; default 0.001, positive
     * @param staleYears  K: a subject with no value in the last K years up to the as-of year has stale data;
     *        default 2, at least 1
     * @param leadUnitOverloadLimit  the most tasks and key-work items that one unit may lead; default 10, not negative
     * @param keyWorkNoUpdateDays  the most days an open key-work item may go without a progress report; default 180,
     *        not negative
     * @param suspiciousJumpBound  the largest believable year-on-year change, as a fraction of the earlier value;
     *        default 0.5 (50%), positive
     * @param groupOnTrackScore  the least mean score for a group to be ON_TRACK; default 2.5
     * @param groupAccelerationNeededScore  the least mean score for ACCELERATION_NEEDED; default 0
     * @param groupLimitedProgressScore  the least mean score for LIMITED_PROGRESS, below which a group is
     *        DETERIORATION; default -2.5
     * @param suspiciousJumpPoints  the largest believable year-on-year change of a share, in percentage points;
     *        default 10, positive
     * @param minimumCoverage  the least share of a group's targets due or ahead that must be assessed for the
     *        group to have a verdict; default 0.5, in [0, 1]
     */
    public EvaluationPolicy {
        Objects.requireNonNull(defaultRelativeTolerance, "defaultRelativeTolerance");
        Objects.requireNonNull(zeroReplacement, "zeroReplacement");
        Objects.requireNonNull(suspiciousJumpBound, "suspiciousJumpBound");
        Objects.requireNonNull(suspiciousJumpPoints, "suspiciousJumpPoints");
        List<Problem> problems = problems(onTrackRatio, accelerationNeededRatio, limitedProgressRatio,
                defaultRelativeTolerance, zeroReplacement, staleYears, leadUnitOverloadLimit, keyWorkNoUpdateDays,
                suspiciousJumpBound, groupOnTrackScore, groupAccelerationNeededScore, groupLimitedProgressScore,
                suspiciousJumpPoints, minimumCoverage);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(english(problems.get(0)));
        }
    }

    /** The bundle that says what each range of the policy is, in English and Chinese. */
    private static final String BUNDLE = "io.github.planwatch.rules.messages";
    /** The keys whose message names its own subject (a set of thresholds), not only the range. */
    private static final Set<String> NAMED = Set.of("policy.ratioOrder", "policy.groupOrder", "policy.groupRange");

    /**
     * The one statement of the policy's ranges and orders: every number out of its range and every set
     * of thresholds out of order, each a problem at the setting concerned (a set of thresholds at its
     * first), with a message in the policy's own bundle.
     */
    private static List<Problem> problems(double onTrackRatio, double accelerationNeededRatio,
            double limitedProgressRatio, BigDecimal defaultRelativeTolerance, BigDecimal zeroReplacement,
            int staleYears, int leadUnitOverloadLimit, int keyWorkNoUpdateDays, BigDecimal suspiciousJumpBound,
            double groupOnTrackScore, double groupAccelerationNeededScore, double groupLimitedProgressScore,
            BigDecimal suspiciousJumpPoints, double minimumCoverage) {
        List<Problem> problems = new ArrayList<>();
        if (!ordered(onTrackRatio, accelerationNeededRatio, limitedProgressRatio)) {
            problems.add(problem("onTrackRatio", "policy.ratioOrder", onTrackRatio, accelerationNeededRatio,
                    limitedProgressRatio));
        }
        if (!ordered(groupOnTrackScore, groupAccelerationNeededScore, groupLimitedProgressScore)) {
            problems.add(problem("groupOnTrackScore", "policy.groupOrder", groupOnTrackScore,
                    groupAccelerationNeededScore, groupLimitedProgressScore));
        } else if (groupOnTrackScore > 5 || groupLimitedProgressScore < -5) {
            problems.add(problem("groupOnTrackScore", "policy.groupRange", groupOnTrackScore, groupLimitedProgressScore));
        }
        if (defaultRelativeTolerance.signum() < 0) {
            problems.add(problem("defaultRelativeTolerance", "policy.notNegative", defaultRelativeTolerance.toPlainString()));
        }
        if (zeroReplacement.signum() <= 0) {
            problems.add(problem("zeroReplacement", "policy.positive", zeroReplacement.toPlainString()));
        }
        if (staleYears < 1) {
            problems.add(problem("staleYears", "policy.atLeastOne", staleYears));
        }
        if (leadUnitOverloadLimit < 0) {
            problems.add(problem("leadUnitOverloadLimit", "policy.notNegative", leadUnitOverloadLimit));
        }
        if (keyWorkNoUpdateDays < 0) {
            problems.add(problem("keyWorkNoUpdateDays", "policy.notNegative", keyWorkNoUpdateDays));
        }
        if (suspiciousJumpBound.signum() <= 0) {
            problems.add(problem("suspiciousJumpBound", "policy.positive", suspiciousJumpBound.toPlainString()));
        }
        if (suspiciousJumpPoints.signum() <= 0) {
            problems.add(problem("suspiciousJumpPoints", "policy.positive", suspiciousJumpPoints.toPlainString()));
        }
        if (!(minimumCoverage >= 0 && minimumCoverage <= 1)) {
            problems.add(problem("minimumCoverage", "policy.unitInterval", minimumCoverage));
        }
        return problems;
    }

    private static boolean ordered(double high, double middle, double low) {
        return Double.isFinite(high) && Double.isFinite(middle) && Double.isFinite(low) && high > middle && middle > low;
    }

    private static Problem problem(String setting, String key, Object... arguments) {
        return Problem.at(setting, Message.of(BUNDLE, key, arguments));
    }

    private static String english(Problem problem) {
        String said = problem.text().in(Locale.ENGLISH);
        return NAMED.contains(problem.text().key()) ? said : problem.path() + " " + said;
    }

    /**
     * Returns the policy with the methodology's defaults.
     *
     * @return the default policy, not null
     */
    public static EvaluationPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder that starts from the defaults, so that only the numbers to change need setting.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /**
     * Returns a builder that starts from this policy.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds an {@link EvaluationPolicy}; each setter replaces one number. Not thread-safe. */
    public static final class Builder {

        private double onTrackRatio;
        private double accelerationNeededRatio;
        private double limitedProgressRatio;
        private BigDecimal defaultRelativeTolerance;
        private BigDecimal zeroReplacement;
        private int staleYears;
        private int leadUnitOverloadLimit;
        private int keyWorkNoUpdateDays;
        private BigDecimal suspiciousJumpBound;
        private BigDecimal suspiciousJumpPoints;
        private double minimumCoverage;
        private double groupOnTrackScore;
        private double groupAccelerationNeededScore;
        private double groupLimitedProgressScore;

        private Builder(EvaluationPolicy from) {
            onTrackRatio = from.onTrackRatio;
            accelerationNeededRatio = from.accelerationNeededRatio;
            limitedProgressRatio = from.limitedProgressRatio;
            defaultRelativeTolerance = from.defaultRelativeTolerance;
            zeroReplacement = from.zeroReplacement;
            staleYears = from.staleYears;
            leadUnitOverloadLimit = from.leadUnitOverloadLimit;
            keyWorkNoUpdateDays = from.keyWorkNoUpdateDays;
            suspiciousJumpBound = from.suspiciousJumpBound;
            suspiciousJumpPoints = from.suspiciousJumpPoints;
            minimumCoverage = from.minimumCoverage;
            groupOnTrackScore = from.groupOnTrackScore;
            groupAccelerationNeededScore = from.groupAccelerationNeededScore;
            groupLimitedProgressScore = from.groupLimitedProgressScore;
        }

        /**
         * Sets the least progress ratio for ON_TRACK.
         *
         * @param value  the ratio
         * @return this builder, not null
         */
        public Builder onTrackRatio(double value) {
            onTrackRatio = value;
            return this;
        }

        /**
         * Sets the least progress ratio for ACCELERATION_NEEDED.
         *
         * @param value  the ratio
         * @return this builder, not null
         */
        public Builder accelerationNeededRatio(double value) {
            accelerationNeededRatio = value;
            return this;
        }

        /**
         * Sets the least progress ratio for LIMITED_PROGRESS.
         *
         * @param value  the ratio
         * @return this builder, not null
         */
        public Builder limitedProgressRatio(double value) {
            limitedProgressRatio = value;
            return this;
        }

        /**
         * Sets the relative half-width of an ABOUT band whose target states none.
         *
         * @param value  the fraction of the target value, not negative
         * @return this builder, not null
         */
        public Builder defaultRelativeTolerance(BigDecimal value) {
            defaultRelativeTolerance = value;
            return this;
        }

        /**
         * Sets the value that replaces a base or target of 0 before a growth rate is taken.
         *
         * @param value  the replacement, positive
         * @return this builder, not null
         */
        public Builder zeroReplacement(BigDecimal value) {
            zeroReplacement = value;
            return this;
        }

        /**
         * Sets K, the number of years without a value after which data are stale.
         *
         * @param value  the number of years, at least 1
         * @return this builder, not null
         */
        public Builder staleYears(int value) {
            staleYears = value;
            return this;
        }

        /**
         * Sets the most tasks and key-work items that one unit may lead.
         *
         * @param value  the limit, not negative
         * @return this builder, not null
         */
        public Builder leadUnitOverloadLimit(int value) {
            leadUnitOverloadLimit = value;
            return this;
        }

        /**
         * Sets the most days an open key-work item may go without a report.
         *
         * @param value  the number of days, not negative
         * @return this builder, not null
         */
        public Builder keyWorkNoUpdateDays(int value) {
            keyWorkNoUpdateDays = value;
            return this;
        }

        /**
         * Sets the largest believable year-on-year change, as a fraction of the earlier value.
         *
         * @param value  the bound, positive
         * @return this builder, not null
         */
        public Builder suspiciousJumpBound(BigDecimal value) {
            suspiciousJumpBound = value;
            return this;
        }

        /**
         * Sets the largest believable year-on-year change of a share, in percentage points.
         *
         * @param value  the bound, positive
         * @return this builder, not null
         */
        public Builder suspiciousJumpPoints(BigDecimal value) {
            suspiciousJumpPoints = value;
            return this;
        }

        /**
         * Sets the least share of a group's targets due or ahead that must be assessed for a verdict.
         *
         * @param value  the share, in [0, 1]
         * @return this builder, not null
         */
        public Builder minimumCoverage(double value) {
            minimumCoverage = value;
            return this;
        }

        /**
         * Sets the least mean score for a group to be ON_TRACK.
         *
         * @param value  the score
         * @return this builder, not null
         */
        public Builder groupOnTrackScore(double value) {
            groupOnTrackScore = value;
            return this;
        }

        /**
         * Sets the least mean score for a group to need acceleration.
         *
         * @param value  the score
         * @return this builder, not null
         */
        public Builder groupAccelerationNeededScore(double value) {
            groupAccelerationNeededScore = value;
            return this;
        }

        /**
         * Sets the least mean score for a group to make limited progress.
         *
         * @param value  the score
         * @return this builder, not null
         */
        public Builder groupLimitedProgressScore(double value) {
            groupLimitedProgressScore = value;
            return this;
        }

        /**
         * Returns every number of this builder out of its range and every set of thresholds out of
         * order, each a problem whose path is the setting concerned (a set of thresholds' first
         * setting) and whose message can be said in English and Chinese; empty where
         * {@link #build()} would succeed.
         *
         * @return the problems, not null, unmodifiable
         * @throws NullPointerException if a number that must be given is null
         */
        public List<Problem> problems() {
            Objects.requireNonNull(defaultRelativeTolerance, "defaultRelativeTolerance");
            Objects.requireNonNull(zeroReplacement, "zeroReplacement");
            Objects.requireNonNull(suspiciousJumpBound, "suspiciousJumpBound");
            Objects.requireNonNull(suspiciousJumpPoints, "suspiciousJumpPoints");
            return List.copyOf(EvaluationPolicy.problems(onTrackRatio, accelerationNeededRatio, limitedProgressRatio,
                    defaultRelativeTolerance, zeroReplacement, staleYears, leadUnitOverloadLimit, keyWorkNoUpdateDays,
                    suspiciousJumpBound, groupOnTrackScore, groupAccelerationNeededScore, groupLimitedProgressScore,
                    suspiciousJumpPoints, minimumCoverage));
        }

        /**
         * Builds the policy.
         *
         * @return the policy, not null
         * @throws IllegalArgumentException if a number is out of range or the thresholds are out of order
         */
        public EvaluationPolicy build() {
            return new EvaluationPolicy(onTrackRatio, accelerationNeededRatio, limitedProgressRatio,
                    defaultRelativeTolerance, zeroReplacement, staleYears, leadUnitOverloadLimit, keyWorkNoUpdateDays,
                    suspiciousJumpBound, groupOnTrackScore, groupAccelerationNeededScore, groupLimitedProgressScore,
                    suspiciousJumpPoints, minimumCoverage);
        }
    }
}
