package io.github.planwatch.model;

/**
 * How a {@link JointTarget}, one target stated over several indicators, combines what its
 * indicators show: "both the employment rate and the participation rate above 70%" is ALL_OF,
 * "75% of enterprises use cloud, AI or big data" is ANY_OF.
 */
public enum Combination {
    /** Every indicator is to meet the target: the joint target is as good as its worst member. */
    ALL_OF,
    /** One indicator meeting the target is enough: the joint target is as good as its best member. */
    ANY_OF
}
