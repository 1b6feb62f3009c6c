package io.github.planwatch.model;

import java.util.Objects;

/**
 * The status a target last had while its year was still ahead: for a target whose year has passed
 * and whose figure for that year is not yet reported, what the latest figure said as of its own
 * year ("pending; last on track as of 2021"). It says where the target stood, never what became
 * of it. Immutable and thread-safe.
 *
 * @param year  the year of the latest figure, before the target year
 * @param status  the status as of that year: judged, never INSUFFICIENT_DATA; not null
 */
public record LastAssessed(int year, Status status) {

    /**
     * Checks that the status is a judgement.
     *
     * @param year  the year of the latest figure, before the target year
     * @param status  the status as of that year, not null
     * @throws IllegalArgumentException if the status is INSUFFICIENT_DATA
     */
    public LastAssessed {
        Objects.requireNonNull(status, "status");
        if (!status.isJudged()) {
            throw Checks.refusedAt("status", "lastAssessed.judged", status);
        }
    }
}
