package io.github.planwatch.model;

/** How an observed value is compared with a target value. */
public enum Comparison {
    /** At least the target (以上, and a bare number where higher is better): {@code y >= target}. */
    AT_LEAST,
    /** At most the target (a bare number where lower is better): {@code y <= target}. */
    AT_MOST,
    /** Strictly below the target (&lt;, 低于): {@code y < target}. */
    BELOW,
    /** Strictly above the target (&gt;, 高于, "more than"): {@code y > target}. */
    ABOVE,
    /** About the target (左右), within a tolerance. */
    ABOUT
}
