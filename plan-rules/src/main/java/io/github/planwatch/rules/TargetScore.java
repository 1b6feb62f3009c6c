package io.github.planwatch.rules;

/**
 * A derived fact: the score of a target, null where its status is INSUFFICIENT_DATA.
 *
 * @param targetId  the target's id
 * @param score  the score in [-5, 5], or null
 */
record TargetScore(String targetId, Double score) {
}
