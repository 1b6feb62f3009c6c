package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.util.List;

import io.github.planwatch.model.LastAssessed;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;

/**
 * The status that a LEVEL or CUMULATIVE target whose year has passed unreported last had: the
 * status rule's order (status-level.drl) as of the latest figure's own year, when the target was
 * still ahead. The latest figure meets the target: ACHIEVED; the base sat on the target and the
 * figure has left it: DETERIORATION; otherwise the band that R from base to that figure lies in.
 * Nothing where R says nothing (a single point, values of mixed sign).
 */
final class LastStatus {

    private LastStatus() {
    }

    /**
     * Finds the last status, or null where there is none: no base or latest figure, a latest figure
     * of the target year or later (then it is judged itself), or R undefined for want of data.
     */
    static LastAssessed of(Yardstick yardstick, ProgressMethod method, SeriesPoint base, SeriesPoint latest, int targetYear,
                           BigDecimal zeroReplacement, List<RatioBand> bands) {
        if (base == null || latest == null || latest.year() >= targetYear) {
            return null;
        }
        if (yardstick.meets(latest.value())) {
            return new LastAssessed(latest.year(), Status.ACHIEVED);
        }
        Ratio r = yardstick.ratio(method, base.year(), base.value(), latest.year(), latest.value(), targetYear, zeroReplacement);
        if (r.gap() == RatioGap.BASE_ON_TARGET) {
            return new LastAssessed(latest.year(), Status.DETERIORATION);
        }
        if (r.value() == null) {
            return null;
        }
        return bands.stream().filter(b -> b.covers(r.value())).findFirst()
                .map(b -> new LastAssessed(latest.year(), b.status())).orElse(null);
    }
}
