package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.YearResult;

/**
 * Writes the findings that the built-in risk rules raise: one method per kind of finding, each
 * fixing the code, the severity, the subject, the evidence and the message in Chinese and English.
 * The rules decide when; this class only says it.
 *
 * <p>A plan's texts (names, titles, themes) are named in Chinese and English where given in them, else
 * in the plan's main language ({@code language}, which the rules hold as the global
 * {@code planLanguage}), else in the text's own language: the one order of
 * {@link LocalizedText#in(String, String)}, which the reports follow too.
 */
final class Findings {

    private Findings() {
    }

    /** TASK_WITHOUT_LEAD_UNIT for a task. */
    public static Finding taskWithoutLeadUnit(Task task, String language) {
        return Finding.of(FindingCodes.TASK_WITHOUT_LEAD_UNIT, Severity.WARNING, SubjectKind.TASK,
                Integer.toString(task.number()),
                evidence("responsibleUnits", String.join(",", task.responsibleUnits())),
                text("任务" + task.number() + "“" + zh(task.title(), language) + "”列有责任单位，但没有牵头单位。",
                        "Task " + task.number() + " (" + en(task.title(), language) + ") names responsible units but no lead unit."));
    }

    /** TASK_WITHOUT_LEAD_UNIT for a key-work item. */
    public static Finding keyWorkWithoutLeadUnit(KeyWorkItem item, String language) {
        return Finding.of(FindingCodes.TASK_WITHOUT_LEAD_UNIT, Severity.WARNING, SubjectKind.KEY_WORK_ITEM, item.id(),
                evidence("responsibleUnits", String.join(",", item.responsibleUnits()), "year", item.year()),
                text(item.year() + "年重点工作第" + item.number() + "项“" + zh(item.theme(), language)
                                + "”列有责任单位，但没有牵头单位（△）。",
                        "Key-work item " + item.number() + " of " + item.year() + " (" + en(item.theme(), language)
                                + ") names responsible units but no lead unit (△)."));
    }

    /** LEAD_UNIT_OVERLOAD: a unit leads more tasks and key-work items than the limit. */
    public static Finding leadUnitOverload(Organisation unit, Collection<Task> tasks, Collection<KeyWorkItem> items, int limit,
                                            String language) {
        String taskList = tasks.stream().map(Task::number).sorted().map(String::valueOf).collect(Collectors.joining(","));
        String itemList = items.stream().sorted(Comparator.comparingInt(KeyWorkItem::year).thenComparingInt(KeyWorkItem::number))
                .map(KeyWorkItem::id).collect(Collectors.joining(","));
        int led = tasks.size() + items.size();
        return Finding.of(FindingCodes.LEAD_UNIT_OVERLOAD, Severity.WARNING, SubjectKind.UNIT, unit.id(),
                evidence("tasks", taskList, "keyWorkItems", itemList, "led", led, "limit", limit),
                text(zh(unit.name(), language) + "牵头" + tasks.size() + "项任务和" + items.size() + "项重点工作，共" + led
                                + "项，超过上限" + limit + "项。",
                        en(unit.name(), language) + " leads " + tasks.size() + " tasks and " + items.size() + " key-work items, "
                                + led + " in all, more than the limit of " + limit + "."));
    }

    /** INDICATOR_WITHOUT_OWNER. */
    public static Finding indicatorWithoutOwner(Indicator indicator, String language) {
        return Finding.of(FindingCodes.INDICATOR_WITHOUT_OWNER, Severity.WARNING, SubjectKind.INDICATOR, indicator.id(),
                evidence("number", indicator.number()),
                text("指标" + indicator.number() + "“" + zh(indicator.name(), language) + "”没有明确的责任单位。",
                        "No unit is accountable for indicator " + indicator.number() + " (" + en(indicator.name(), language) + ")."));
    }

    /** BASELINE_MISSING: the assessment started from the first observation. */
    public static Finding baselineMissing(Subject subject, String language) {
        SeriesPoint first = subject.series().get(0);
        return Finding.of(FindingCodes.BASELINE_MISSING, Severity.INFO, subject.kind(), subject.id(),
                evidence("firstObservationYear", first.year(), "firstObservationValue", first.value()),
                text("“" + zh(subject.name(), language) + "”没有基期值，评估以" + first.year() + "年的首个观测值"
                                + plain(first.value()) + "为起点。",
                        en(subject.name(), language) + " has no baseline: the assessment starts from the first observation, "
                                + plain(first.value()) + " in " + first.year() + "."));
    }

    /** STALE_DATA for a subject whose last value is old. */
    public static Finding staleData(Subject subject, int asOf, int staleYears, String language) {
        SeriesPoint last = subject.last();
        return Finding.of(FindingCodes.STALE_DATA, Severity.WARNING, subject.kind(), subject.id(),
                evidence("lastYear", last.year(), "lastValue", last.value(), "asOf", asOf, "staleYears", staleYears),
                text("“" + zh(subject.name(), language) + "”最近的数据是" + last.year() + "年的，截至" + asOf + "年的近"
                                + staleYears
                                + "年没有新数据。",
                        en(subject.name(), language) + ": the latest value is from " + last.year() + "; there is none in the "
                                + staleYears + " years up to " + asOf + "."));
    }

    /** REGRESSION: the latest observation moved away from the target. */
    public static Finding regression(Subject subject, String language) {
        SeriesPoint before = subject.previous();
        SeriesPoint latest = subject.last();
        String target = subject.trendTarget();
        return Finding.of(FindingCodes.REGRESSION, Severity.WARNING, subject.kind(), subject.id(),
                evidence("target", target, "previousYear", before.year(), "previousValue", before.value(),
                        "latestYear", latest.year(), "latestValue", latest.value()),
                text("“" + zh(subject.name(), language) + "”从" + before.year() + "年的" + plain(before.value()) + "变为"
                                + latest.year() + "年的" + plain(latest.value()) + "，离目标" + target + "更远了。",
                        en(subject.name(), language) + " moved away from target " + target + ": " + plain(before.value())
                                + " in " + before.year() + ", then " + plain(latest.value()) + " in " + latest.year() + "."));
    }

    /** TARGET_INCONSISTENT: a later target asks for less than an earlier one. */
    public static Finding laterTargetLessAmbitious(TargetMeasures earlier, TargetMeasures later, String language) {
        Subject subject = later.subject();
        return Finding.of(FindingCodes.TARGET_INCONSISTENT, Severity.WARNING, SubjectKind.TARGET, later.targetId(),
                evidence("earlierTarget", earlier.targetId(), "earlierYear", earlier.targetYear(),
                        "earlierThreshold", earlier.yardstick().threshold(), "laterYear", later.targetYear(),
                        "laterThreshold", later.yardstick().threshold()),
                text("“" + zh(subject.name(), language) + "”" + later.targetYear() + "年的目标（" + describe(later) + "）不如"
                                + earlier.targetYear() + "年的目标（" + describe(earlier) + "）进取。",
                        en(subject.name(), language) + ": the " + later.targetYear() + " target (" + describe(later)
                                + ") asks for less than the " + earlier.targetYear() + " target (" + describe(earlier) + ")."));
    }

    /** TARGET_INCONSISTENT: the plan's baseline already meets a target. */
    public static Finding baselineMeetsTarget(TargetMeasures m, String language) {
        Subject subject = m.subject();
        SeriesPoint base = m.base();
        return Finding.of(FindingCodes.TARGET_INCONSISTENT, Severity.WARNING, SubjectKind.TARGET, m.targetId(),
                evidence("baselineYear", base.year(), "baselineValue", base.value(), "targetYear", m.targetYear(),
                        "target", describe(m)),
                text("“" + zh(subject.name(), language) + "”的基期值" + plain(base.value()) + "（" + base.year() + "年）已达到"
                                + m.targetYear() + "年的目标（" + describe(m) + "）。",
                        en(subject.name(), language) + ": the baseline " + plain(base.value()) + " (" + base.year()
                                + ") already meets the " + m.targetYear() + " target (" + describe(m) + ")."));
    }

    /** OFF_TRACK_AHEAD: a nearer target is missed or deteriorating while a later one is still ahead. */
    public static Finding offTrackAhead(Subject subject, Assessment nearer, Assessment later, String language) {
        return Finding.of(FindingCodes.OFF_TRACK_AHEAD, Severity.CRITICAL, SubjectKind.TARGET, later.targetId(),
                evidence("nearerTarget", nearer.targetId(), "nearerYear", nearer.targetYear(), "nearerStatus",
                        nearer.status(), "laterYear", later.targetYear()),
                text("“" + zh(subject.name(), language) + "”" + nearer.targetYear() + "年的目标" + nearer.status().label().zh()
                                + "，而" + later.targetYear() + "年的目标尚未到期。",
                        en(subject.name(), language) + ": the " + nearer.targetYear() + " target is "
                                + nearer.status().label().en() + " while the " + later.targetYear()
                                + " target is still ahead."));
    }

    /** KEY_WORK_OVERDUE: not done after its year; {@code last} is the last report, or null. */
    public static Finding keyWorkOverdue(KeyWorkItem item, KeyWorkUpdate last, LocalDate referenceDate,
                                         String language) {
        Map<String, String> evidence = evidence("year", item.year(), "referenceDate", referenceDate,
                "lastStatus", last == null ? "none" : last.status(), "lastReport", last == null ? "none" : last.date());
        String zhLast = last == null ? "没有任何进展报告" : "最近报告：" + label(last.status()) + "，" + last.date();
        String enLast = last == null ? "no progress report at all" : "last report: " + last.status() + " on " + last.date();
        return Finding.of(FindingCodes.KEY_WORK_OVERDUE, Severity.CRITICAL, SubjectKind.KEY_WORK_ITEM, item.id(), evidence,
                text(item.year() + "年重点工作第" + item.number() + "项“" + zh(item.theme(), language) + "”年度已过仍未完成（"
                                + zhLast + "）。",
                        "Key-work item " + item.number() + " of " + item.year() + " (" + en(item.theme(), language)
                                + ") is not done after its year (" + enLast + ")."));
    }

    /** KEY_WORK_NO_UPDATE: no report since {@code since} ({@code last} is the last report, or null). */
    public static Finding keyWorkNoUpdate(KeyWorkItem item, KeyWorkUpdate last, LocalDate since, LocalDate referenceDate,
                                   int limit, String language) {
        long days = Days.between(since, referenceDate);
        Map<String, String> evidence = evidence("since", since, "days", days, "limit", limit, "referenceDate",
                referenceDate, "lastStatus", last == null ? "none" : last.status());
        String zhSince = last == null ? "自" + since + "起没有任何进展报告" : "自" + since + "的报告（" + label(last.status()) + "）后没有新报告";
        String enSince = last == null ? "none since " + since : "none since the report of " + since + " (" + last.status() + ")";
        return Finding.of(FindingCodes.KEY_WORK_NO_UPDATE, Severity.WARNING, SubjectKind.KEY_WORK_ITEM, item.id(), evidence,
                text(item.year() + "年重点工作第" + item.number() + "项“" + zh(item.theme(), language) + "”已有" + days
                                + "天没有进展报告（" + zhSince + "，上限" + limit + "天）。",
                        "Key-work item " + item.number() + " of " + item.year() + " (" + en(item.theme(), language)
                                + ") has had no progress report for "
                                + days + " days (" + enSince + "; the limit is " + limit + ")."));
    }

    /** PROVISIONAL_BASIS for a LEVEL or CUMULATIVE target. */
    public static Finding provisionalBasis(Assessment assessment, TargetMeasures m, String language) {
        TreeSet<Integer> years = new TreeSet<>();
        if (m.judged() != null && m.judged().provisional()) {
            years.add(m.judged().year());
        }
        if (m.base() != null && m.base().provisional()) {
            years.add(m.base().year());
        }
        return provisionalBasis(m.subject(), assessment, years, language);
    }

    /** PROVISIONAL_BASIS for a yearly target. */
    public static Finding provisionalBasisOfYears(Assessment assessment, TargetMeasures m, String language) {
        TreeSet<Integer> years = new TreeSet<>();
        assessment.years().stream().filter(YearResult::provisional).forEach(y -> years.add(y.year()));
        return provisionalBasis(m.subject(), assessment, years, language);
    }

    private static Finding provisionalBasis(Subject subject, Assessment assessment, TreeSet<Integer> years,
                                            String language) {
        String list = years.stream().map(String::valueOf).collect(Collectors.joining(","));
        return Finding.of(FindingCodes.PROVISIONAL_BASIS, Severity.INFO, SubjectKind.TARGET, assessment.targetId(),
                evidence("status", assessment.status(), "provisionalYears", list),
                text("目标" + assessment.targetId() + "（“" + zh(subject.name(), language) + "”）的评估结论“"
                                + assessment.status().label().zh() + "”依据初步数据（" + list + "年）。",
                        "The status of target " + assessment.targetId() + " (" + en(subject.name(), language) + "), "
                                + assessment.status().label().en() + ", rests on provisional figures (" + list + ")."));
    }

    /** SUSPICIOUS_JUMP: every year-on-year step of a subject beyond the bounds, in one finding. */
    public static Finding suspiciousJump(Subject subject, Jumps jumps, String language) {
        List<String> years = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> stepsZh = new ArrayList<>();
        List<String> stepsEn = new ArrayList<>();
        String unitZh = jumps.share() ? "个百分点" : "%";
        String unitEn = jumps.share() ? " points" : "%";
        for (int i = 0; i < jumps.steps().size(); i++) {
            YearOnYear step = jumps.steps().get(i);
            String change = signed(jumps.changes().get(i).setScale(1, RoundingMode.HALF_UP));
            years.add(step.before().year() + "-" + step.after().year());
            changes.add(change);
            stepsZh.add(step.before().year() + "年" + plain(step.before().value()) + "→" + step.after().year() + "年"
                    + plain(step.after().value()) + "（" + change + unitZh + "）");
            stepsEn.add(plain(step.before().value()) + " in " + step.before().year() + " to " + plain(step.after().value())
                    + " in " + step.after().year() + " (" + change + unitEn + ")");
        }
        String bound = jumps.share() ? plain(jumps.bound()) : plain(jumps.bound().multiply(BigDecimal.valueOf(100)));
        Map<String, String> evidence = evidence("steps", String.join(",", years), "changes", String.join(",", changes),
                jumps.share() ? "boundPoints" : "boundPercent", bound);
        String judgedZh = jumps.share() ? "超过" + bound + "个百分点" : "超过其量级的" + bound + "%";
        String judgedEn = jumps.share() ? "beyond " + bound + " percentage points"
                : "beyond " + bound + "% of its scale (the larger of the earlier value and the target)";
        return Finding.of(FindingCodes.SUSPICIOUS_JUMP, Severity.WARNING, subject.kind(), subject.id(), evidence,
                text("“" + zh(subject.name(), language) + "”的年度变化" + judgedZh + "：" + String.join("；", stepsZh)
                                + "，可能是统计口径或单位发生了变化。",
                        en(subject.name(), language) + " changed from one year to the next " + judgedEn + ": " + String.join("; ", stepsEn)
                                + ". This usually means a change of unit or definition."));
    }

    /** KEY_WORK_NOT_REPORTED: no progress report on any key-work item was given. */
    public static Finding keyWorkNotReported(KeyWorkReporting reporting, LocalDate referenceDate) {
        return Finding.of(FindingCodes.KEY_WORK_NOT_REPORTED, Severity.WARNING, SubjectKind.PLAN, reporting.planId(),
                evidence("items", reporting.items(), "itemsBegun", reporting.itemsBegun(), "itemsEnded",
                        reporting.itemsEnded(), "referenceDate", referenceDate),
                text("截至" + referenceDate + "，" + reporting.items() + "项重点工作均没有任何进展报告（其中" + reporting.itemsEnded()
                                + "项年度已过），无从判断其进展。",
                        "No progress report was given on any of the " + reporting.items() + " key-work items up to "
                                + referenceDate + " (" + reporting.itemsEnded() + " of them past their year):"
                                + " nothing is known of their progress."));
    }

    /**
     * SERIES_BREAK: a target's status is measured across a break in series, growth from values
     * that are not comparable.
     */
    public static Finding seriesBreak(TargetMeasures m, String language) {
        String years = m.breaksCrossed().stream().map(String::valueOf).collect(Collectors.joining(","));
        LocalizedText name = m.subject().name();
        if (m.yearly()) {
            return Finding.of(FindingCodes.SERIES_BREAK, Severity.WARNING, SubjectKind.TARGET, m.targetId(),
                    evidence("breakYears", years),
                    text("“" + zh(name, language) + "”目标" + m.targetId() + "的" + years.replace(",", "、")
                                    + "年增速是跨越序列断点（统计口径变化）同上年比较得出的，前后数值不可比。",
                            en(name, language) + ", target " + m.targetId() + ": the growth of " + years.replace(",", ", ")
                                    + " is measured over the year before across a break in series; the values"
                                    + " before and after a break are not comparable."));
        }
        return Finding.of(FindingCodes.SERIES_BREAK, Severity.WARNING, SubjectKind.TARGET, m.targetId(),
                evidence("baseYear", m.base().year(), "judgedYear", m.judged().year(), "breakYears", years),
                text("“" + zh(name, language) + "”目标" + m.targetId() + "的进展是从" + m.base().year() + "年到" + m.judged().year()
                                + "年衡量的，跨越了" + years.replace(",", "、") + "年的序列断点（统计口径变化），前后数值不可比，"
                                + "状态可能反映的是口径变化而非进展。",
                        en(name, language) + ", target " + m.targetId() + ": progress is measured from " + m.base().year() + " to "
                                + m.judged().year() + " across a break in series in " + years.replace(",", ", ")
                                + "; the values before and after it are not comparable, so the status may show the"
                                + " change of series rather than progress."));
    }

    private static String signed(BigDecimal value) {
        String plain = value.toPlainString();
        return value.signum() > 0 ? "+" + plain : plain;
    }

    private static String describe(TargetMeasures m) {
        String value = plain(m.yardstick().level());
        return switch (m.yardstick().comparison()) {
            case AT_LEAST -> "≥ " + value;
            case AT_MOST -> "≤ " + value;
            case BELOW -> "< " + value;
            case ABOVE -> "> " + value;
            case ABOUT -> "≈ " + value + " ± " + plain(m.yardstick().halfWidth());
        };
    }

    private static String label(KeyWorkStatus status) {
        return switch (status) {
            case NOT_STARTED -> "未启动";
            case IN_PROGRESS -> "推进中";
            case DONE -> "已完成";
            case DELAYED -> "滞后";
            case CANCELLED -> "已取消";
        };
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A plan's text in Chinese, else in the plan's main language, else in its own language. */
    private static String zh(LocalizedText text, String language) {
        return text.in("zh", language);
    }

    /** A plan's text in English, else in the plan's main language, else in its own language. */
    private static String en(LocalizedText text, String language) {
        return text.in("en", language);
    }

    private static LocalizedText text(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    /** Builds evidence from name-value pairs; numbers are written plainly. */
    private static Map<String, String> evidence(Object... pairs) {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            evidence.put((String) pairs[i], value instanceof BigDecimal d ? plain(d) : String.valueOf(value));
        }
        return evidence;
    }
}
