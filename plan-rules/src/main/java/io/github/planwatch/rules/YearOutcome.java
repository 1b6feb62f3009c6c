package io.github.planwatch.rules;

import java.math.BigDecimal;

import io.github.planwatch.model.Status;
import io.github.planwatch.model.YearResult;

/**
 * A derived fact: the status of one due year of a yearly target.
 *
 * @param targetId  the target's id
 * @param year  the year
 * @param value  the value compared, or null
 * @param status  ACHIEVED, MISSED or INSUFFICIENT_DATA
 * @param provisional  whether the value rests on a provisional figure
 */
record YearOutcome(String targetId, int year, BigDecimal value, Status status, boolean provisional) {

    public YearResult toResult() {
        return new YearResult(year, value, status, provisional);
    }
}
