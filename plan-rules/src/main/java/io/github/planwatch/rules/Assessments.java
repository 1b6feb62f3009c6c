package io.github.planwatch.rules;

import java.math.BigDecimal;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.TargetKind;

/**
 * Builds the assessment of a target from what was measured of it and the status and score that the
 * rules decided. The rules call it from their actions; it decides nothing.
 */
final class Assessments {

    private Assessments() {
    }

    /** The assessment of a target with a status other than INSUFFICIENT_DATA, and its score. */
    public static Assessment of(TargetMeasures m, Status status, double score) {
        return build(m, status, null, score);
    }

    /** The assessment of a target without enough data to judge, and why; it has no score. */
    public static Assessment insufficient(TargetMeasures m, InsufficientDataReason reason) {
        return build(m, Status.INSUFFICIENT_DATA, reason, null);
    }

    /** The assessment of a milestone with a status, and its score, or null for INSUFFICIENT_DATA with a reason. */
    public static Assessment ofMilestone(MilestoneMeasures m, Status status, Double score, InsufficientDataReason reason) {
        return Assessment.builder()
                .targetId(m.targetId()).subjectId(m.targetId()).ownerKind(m.ownerKind()).ownerId(m.ownerId())
                .kind(TargetKind.MILESTONE).nature(m.nature()).targetYear(m.due().getYear())
                .status(status).reason(reason).score(score).targetValue(BigDecimal.ONE)
                .due(m.due()).report(m.shown()).build();
    }

    private static Assessment build(TargetMeasures m, Status status, InsufficientDataReason reason, Double score) {
        boolean byRatio = status != Status.ACHIEVED && status != Status.MISSED;
        Assessment.AssessmentBuilder a = Assessment.builder()
                .targetId(m.targetId()).subjectId(m.subjectId()).ownerKind(m.ownerKind()).ownerId(m.ownerId())
                .kind(m.kind()).nature(m.nature()).targetYear(m.targetYear())
                .status(status).reason(reason).score(score)
                .targetValue(m.targetValue()).targetLevel(m.targetLevel()).tolerance(m.yardstick().halfWidth())
                .provisional(status.isJudged() && m.restsOnProvisional(byRatio));
        if (m.yearly()) {
            SeriesPoint latest = m.latest();
            return a.latestYear(latest == null ? null : latest.year()).latestValue(latest == null ? null : latest.value())
                    .years(m.years()).build();
        }
        SeriesPoint shown = m.judged() != null ? m.judged() : m.latest();
        SeriesPoint base = m.base();
        return a.ratio(m.ratio()).method(m.method()).baseSource(m.baseSource())
                .baseYear(base == null ? null : base.year()).baseValue(base == null ? null : base.value())
                .latestYear(shown == null ? null : shown.year()).latestValue(shown == null ? null : shown.value())
                .anticipated(m.anticipated())
                .last(reason == InsufficientDataReason.TARGET_YEAR_NOT_REPORTED ? m.last() : null).build();
    }
}
