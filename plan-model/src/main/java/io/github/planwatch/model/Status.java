package io.github.planwatch.model;

/**
 * The judgement on one target, or on a group of targets, as of a year.
 *
 * <p>The constants are declared in the order in which the methodology tries them for a target (a
 * target year that has passed is judged ACHIEVED or MISSED before any trend is looked at). Their
 * {@link #rank() rank} orders them from worst to best instead, so that two judgements can be
 * compared. MISSED ranks lowest: the target is lost. INSUFFICIENT_DATA ranks just above it: nothing
 * is known to be lost, but no progress is shown either (a yearly target whose one missed year is
 * corrected, while another due year is unreported, goes from MISSED to INSUFFICIENT_DATA, and that
 * is not a step back). Then DETERIORATION, LIMITED_PROGRESS, ACCELERATION_NEEDED, ON_TRACK and
 * ACHIEVED, the best.
 */
public enum Status {
    /** The target is met: in its year once that has passed, or already before it. */
    ACHIEVED(6, "已实现", "achieved"),
    /** The target year has passed and its value does not meet the target. */
    MISSED(0, "未实现", "missed"),
    /** Progress at 95% or more of the pace the target needs (Open SDG: substantial progress). */
    ON_TRACK(5, "进展顺利", "on track"),
    /** Progress at 60% to 95% of the pace the target needs (Open SDG: moderate progress). */
    ACCELERATION_NEEDED(4, "需加快", "acceleration needed"),
    /** Progress at 0% to 60% of the pace the target needs (Open SDG: limited progress). */
    LIMITED_PROGRESS(3, "进展有限", "limited progress"),
    /** The value moves away from the target (Open SDG: deterioration). */
    DETERIORATION(2, "倒退", "deterioration"),
    /** There is not enough data to judge; an assessment says why. */
    INSUFFICIENT_DATA(1, "数据不足", "insufficient data");

    private final int rank;
    private final LocalizedText label;

    Status(int rank, String zh, String en) {
        this.rank = rank;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * Returns how good the status is: 6 for ACHIEVED, then ON_TRACK 5, ACCELERATION_NEEDED 4,
     * LIMITED_PROGRESS 3, DETERIORATION 2, INSUFFICIENT_DATA 1, and 0 for MISSED.
     *
     * @return the rank, from 0 to 6
     */
    public int rank() {
        return rank;
    }

    /**
     * Returns a short name of the status in Chinese and English, for messages and reports.
     *
     * @return the label, not null
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Checks whether the status is a judgement, that is, anything but INSUFFICIENT_DATA.
     *
     * @return true if the status judges progress
     */
    public boolean isJudged() {
        return this != INSUFFICIENT_DATA;
    }
}
