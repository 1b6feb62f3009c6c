package io.github.planwatch.rules;

import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.Status;

/**
 * A derived fact: the status of a target, with the reason where it is INSUFFICIENT_DATA.
 *
 * @param targetId  the target's id
 * @param status  the status
 * @param reason  why there is not enough data, or null
 */
record TargetStatus(String targetId, Status status, InsufficientDataReason reason) {

    public static TargetStatus of(String targetId, Status status) {
        return new TargetStatus(targetId, status, null);
    }

    public static TargetStatus insufficient(String targetId, InsufficientDataReason reason) {
        return new TargetStatus(targetId, Status.INSUFFICIENT_DATA, reason);
    }
}
