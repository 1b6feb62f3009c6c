package io.github.planwatch.model;

/**
 * What kind of commitment a target is. Both are assessed by the same method; the nature says how a
 * shortfall reads: a broken commitment, or an expectation that was not met.
 */
public enum TargetNature {
    /** A binding target (约束性指标, 目标值): a value the plan commits to reach. */
    BINDING,
    /** An expected value (预期性指标, 预期值): a value the plan expects, without committing to it. */
    EXPECTED
}
