package io.github.planwatch.report;

import java.util.Locale;

import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;

/**
 * The report's words in one language: one term for each concept, the same in every section, and
 * a label for every constant of the model so that no constant's name reaches the reader.
 *
 * @param language  the language, not null
 */
record Terms(Language language) {

    /** Whether the report is in Chinese. */
    boolean zh() {
        return language == Language.ZH;
    }

    /** The text in this language. */
    String of(LocalizedText text) {
        return text.in(language);
    }

    private String t(String zh, String en) {
        return zh() ? zh : en;
    }

    /** The colon after a label. */
    String colon() {
        return t("：", ": ");
    }

    String htmlLang() {
        return t("zh-CN", "en");
    }

    String asOf() {
        return t("评估年份", "As of");
    }

    String referenceDate() {
        return t("重点工作进展截至", "Key-work reports read up to");
    }

    String data() {
        return t("数据", "Data");
    }

    String offTrack() {
        return t("需要关注的目标和事项", "What is off track");
    }

    String offTrackNone() {
        return t("没有未实现、倒退、预计无法实现或逾期的目标和事项。", "Nothing is missed, deteriorating, anticipated to miss or overdue.");
    }

    String what() {
        return t("目标或事项", "Target or item");
    }

    String leadUnit() {
        return t("牵头单位", "Lead unit");
    }

    String responsibleUnits() {
        return t("责任单位", "Responsible units");
    }

    String noLeadUnit() {
        return t("未明确", "not named");
    }

    String value() {
        return t("现值", "Value");
    }

    String target() {
        return t("目标值", "Target");
    }

    String gap() {
        return t("差距", "Gap");
    }

    String status() {
        return t("状态", "Status");
    }

    String why() {
        return t("原因", "Why");
    }

    String overview() {
        return t("总体情况", "The plan at a glance");
    }

    String planScore() {
        return t("规划得分", "Plan score");
    }

    String scored(int scored, int members) {
        return zh() ? members + "个目标中" + scored + "个可评分（得分区间−5至5）"
                : scored + " of " + members + " targets scored (scores run from −5 to 5)";
    }

    String ledger() {
        return t("督查台账", "Task and key-work ledger");
    }

    String ledgerNote() {
        return t("每项任务和重点工作：牵头单位、责任单位、最新进展、完成情况，以及相对序时进度是超前、同步还是滞后。",
                "Every task and key-work item: its lead and responsible units, its last report, how far it is done, "
                        + "and whether it is ahead of, on or behind the pace the calendar asks.");
    }

    String item() {
        return t("事项", "Item");
    }

    String lastReport() {
        return t("最新进展", "Last report");
    }

    String noReport() {
        return t("无进展报告", "no report");
    }

    String completion() {
        return t("完成情况", "Done so far");
    }

    String pace() {
        return t("序时进度", "Pace");
    }

    String task() {
        return t("任务", "Task");
    }

    String keyWork() {
        return t("重点工作", "Key work");
    }

    String indicators() {
        return t("主要指标", "Indicators");
    }

    String indicator() {
        return t("指标", "Indicator");
    }

    String baseline() {
        return t("基期值", "Baseline");
    }

    String noBaseline() {
        return t("无基期值", "no baseline");
    }

    String year() {
        return t("年份", "Year");
    }

    String judgedOn() {
        return t("评估依据", "Judged on");
    }

    String score() {
        return t("得分", "Score");
    }

    String observed() {
        return t("观测值", "Observed");
    }

    String provisional() {
        return t("初步核算数", "provisional figure");
    }

    String requiredPath() {
        return t("目标路径", "Required path");
    }

    String anticipated() {
        return t("预计值", "Anticipated");
    }

    String sources() {
        return t("来源", "Source");
    }

    String note() {
        return t("说明", "Note");
    }

    String lowerIsBetter() {
        return t("越低越好", "lower is better");
    }

    String higherIsBetter() {
        return t("越高越好", "higher is better");
    }

    String changes() {
        return t("状态变化", "Changes of status");
    }

    String changesSince(int asOf, String date) {
        return zh() ? "与" + asOf + "年评估（进展截至" + date + "）相比" : "Since the evaluation as of " + asOf + " (reports up to " + date + ")";
    }

    String noChanges() {
        return t("没有状态变化。", "No status changed.");
    }

    String from() {
        return t("原状态", "Was");
    }

    String to() {
        return t("现状态", "Now");
    }

    String timeline() {
        return t("各评估年份的状态", "Status in each evaluation");
    }

    String findings() {
        return t("风险提示", "Findings");
    }

    String noFindings() {
        return t("没有风险提示。", "No findings.");
    }

    String accountability() {
        return t("各单位职责", "Duties by unit");
    }

    String unit() {
        return t("单位", "Unit");
    }

    String leads() {
        return t("牵头", "Leads");
    }

    String shares() {
        return t("参与", "Shares");
    }

    String roleLead() {
        return t("牵头", "lead");
    }

    String roleResponsible() {
        return t("责任", "responsible");
    }

    String legend() {
        return t("图例", "Key");
    }

    String generatedBy() {
        return t("由planwatch生成", "Made by planwatch");
    }

    String noTargets() {
        return t("无量化目标", "no quantified target");
    }

    String targetsIn() {
        return t("任务和重点工作中的目标", "Targets in tasks and key work");
    }

    String contents() {
        return t("目录", "Contents");
    }

    String yAxisUnit(String unit) {
        return zh() ? "单位：" + unit : "Unit: " + unit;
    }

    String asOfLine(int year) {
        return zh() ? year + "年（评估）" : "as of " + year;
    }

    String gapShort(String gap) {
        return zh() ? "差" + gap : "short " + gap;
    }

    String status(Status s) {
        return s.label().in(language);
    }

    String severity(Severity s) {
        return switch (s) {
            case CRITICAL -> t("严重", "Critical");
            case WARNING -> t("警告", "Warning");
            case INFO -> t("提示", "Info");
        };
    }

    String reason(InsufficientDataReason reason) {
        return switch (reason) {
            case NO_OBSERVATION -> t("无观测值", "no observation");
            case TARGET_YEAR_NOT_REPORTED -> t("目标年份已过，数据尚未公布", "target year passed; figure not yet published");
            case DUE_YEAR_NOT_REPORTED -> t("考核年份数据尚未公布", "a due year's figure not yet published");
            case SINGLE_DATA_POINT -> t("仅有基期值", "only the base value");
            case MIXED_SIGNS -> t("数值正负不一", "values of mixed sign");
            case NOT_YET_DUE -> t("尚未到期", "not yet due");
        };
    }

    String keyWorkStatus(KeyWorkStatus s) {
        return switch (s) {
            case NOT_STARTED -> t("未启动", "not started");
            case IN_PROGRESS -> t("推进中", "in progress");
            case DONE -> t("已完成", "done");
            case DELAYED -> t("滞后", "delayed");
            case CANCELLED -> t("已取消", "cancelled");
        };
    }

    String paceLabel(Pace p) {
        return switch (p) {
            case AHEAD -> t("超前", "ahead");
            case ON_PACE -> t("同步", "on pace");
            case BEHIND -> t("滞后", "behind");
            case UNKNOWN -> t("无法判断", "not known");
        };
    }

    /** The title of a finding's code: a known code by its name, another one's words from its code. */
    String findingTitle(String code) {
        return switch (code) {
            case "TASK_WITHOUT_LEAD_UNIT" -> t("未明确牵头单位", "No lead unit");
            case "LEAD_UNIT_OVERLOAD" -> t("牵头事项过多", "Too much to lead");
            case "INDICATOR_WITHOUT_OWNER" -> t("指标无责任单位", "Indicator without an owner");
            case "BASELINE_MISSING" -> t("缺少基期值", "No baseline");
            case "STALE_DATA" -> t("数据陈旧", "Stale data");
            case "REGRESSION" -> t("最新数据偏离目标", "Latest figure moved away");
            case "TARGET_INCONSISTENT" -> t("目标前后不一致", "Targets inconsistent");
            case "OFF_TRACK_AHEAD" -> t("近期目标受挫，远期目标承压", "A nearer target is off track");
            case "KEY_WORK_OVERDUE" -> t("重点工作逾期", "Key work overdue");
            case "KEY_WORK_NO_UPDATE" -> t("重点工作久未报送进展", "No recent key-work report");
            case "PROVISIONAL_BASIS" -> t("依据初步核算数", "Rests on provisional figures");
            case "SUSPICIOUS_JUMP" -> t("数值异常跳变", "Suspicious jump");
            case "SERIES_BREAK" -> t("跨越序列断点", "Measured across a break in series");
            default -> {
                String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    String yearSuffix() {
        return t("年", "");
    }

    String total() {
        return t("（累计）", " in total");
    }

    String perYear() {
        return t("/年", "/yr");
    }

    String yearsMet(long met, long missed, int due) {
        return zh() ? "达标" + met + "年" + (missed > 0 ? "，未达标" + missed + "年" : "") + "，共" + due + "年"
                : met + " of " + due + " yrs met" + (missed > 0 ? ", " + missed + " missed" : "");
    }

    String anticipatedMiss() {
        return t("预计无法实现", "anticipated to miss");
    }

    String overdue() {
        return t("逾期", "overdue");
    }

    String skip() {
        return t("跳到需要关注的事项", "Skip to what is off track");
    }
}
