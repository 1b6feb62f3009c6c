package io.github.planwatch.rules;

import java.util.List;

import io.github.planwatch.model.Status;

/**
 * A fact: the status that a progress ratio R in {@code [from, to)} gives a target still ahead and
 * not yet met. The four bands are the policy's thresholds (on track, acceleration needed, limited
 * progress) laid end to end, so that the status rule reads its status off the band R lies in.
 *
 * @param status  ON_TRACK, ACCELERATION_NEEDED, LIMITED_PROGRESS or DETERIORATION
 * @param from  the least R of the band, inclusive
 * @param to  the R above the band, exclusive
 */
record RatioBand(Status status, double from, double to) {

    /** The bands of a policy, from the best status to the worst. */
    static List<RatioBand> of(EvaluationPolicy policy) {
        return List.of(
                new RatioBand(Status.ON_TRACK, policy.onTrackRatio(), Double.POSITIVE_INFINITY),
                new RatioBand(Status.ACCELERATION_NEEDED, policy.accelerationNeededRatio(), policy.onTrackRatio()),
                new RatioBand(Status.LIMITED_PROGRESS, policy.limitedProgressRatio(), policy.accelerationNeededRatio()),
                new RatioBand(Status.DETERIORATION, Double.NEGATIVE_INFINITY, policy.limitedProgressRatio()));
    }

    /** Checks whether R lies in this band. */
    public boolean covers(double ratio) {
        return ratio >= from && ratio < to;
    }
}
