package io.github.planwatch.rules;

import java.util.Collection;
import java.util.Comparator;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.YearResult;

/** Builds the assessment of a target from what was measured of it and what the rules concluded. */
final class Assessments {

    private Assessments() {
    }

    /**
     * The assessment of a LEVEL or CUMULATIVE target. It rests on provisional figures where the point
     * judged is provisional, or, for a status read from the progress ratio, where a base taken from an
     * observation is.
     */
    public static Assessment ofLevel(Measurement m, TargetStatus status, TargetScore score) {
        SeriesPoint shown = m.judged() != null ? m.judged() : m.latest();
        SeriesPoint base = m.base();
        boolean byRatio = status.status() != Status.ACHIEVED && status.status() != Status.MISSED;
        boolean provisional = status.status().isJudged()
                && (m.judged() != null && m.judged().provisional() || byRatio && base != null && base.provisional());
        return Assessment.builder()
                .targetId(m.targetId()).subjectId(m.subjectId()).ownerKind(m.ownerKind()).ownerId(m.ownerId())
                .kind(m.kind()).targetYear(m.targetYear())
                .status(status.status()).reason(status.reason()).ratio(m.ratio()).score(score.score())
                .method(m.method())
                .baseSource(m.baseSource())
                .baseYear(base == null ? null : base.year()).baseValue(base == null ? null : base.value())
                .latestYear(shown == null ? null : shown.year()).latestValue(shown == null ? null : shown.value())
                .targetValue(m.targetValue()).tolerance(m.yardstick().halfWidth())
                .provisional(provisional)
                .build();
    }

    /** The assessment of a yearly target, with one result per due year. */
    public static Assessment ofYearly(YearlyFrame f, TargetStatus status, TargetScore score, Collection<YearOutcome> outcomes) {
        var years = outcomes.stream().sorted(Comparator.comparingInt(YearOutcome::year)).map(YearOutcome::toResult).toList();
        boolean provisional = status.status().isJudged() && years.stream().anyMatch(YearResult::provisional);
        SeriesPoint latest = f.latest();
        return Assessment.builder()
                .targetId(f.targetId()).subjectId(f.subjectId()).ownerKind(f.ownerKind()).ownerId(f.ownerId())
                .kind(f.kind()).targetYear(f.lastYear())
                .status(status.status()).reason(status.reason()).score(score.score())
                .latestYear(latest == null ? null : latest.year()).latestValue(latest == null ? null : latest.value())
                .targetValue(f.targetValue()).tolerance(f.yardstick().halfWidth())
                .provisional(provisional).years(years)
                .build();
    }
}
