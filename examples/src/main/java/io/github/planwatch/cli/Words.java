package io.github.planwatch.cli;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;

/**
 * The words of the command's output and reports, in Chinese and English, and the language they are
 * written in. Immutable.
 *
 * @param language  the language, not null
 */
record Words(Language language) {

    static final LocalizedText PLAN_AT_A_GLANCE = LocalizedText.of("总体情况", "The plan at a glance");
    static final LocalizedText PLAN_SCORE = LocalizedText.of("规划得分", "Plan score");
    static final LocalizedText AS_OF = LocalizedText.of("评估年份", "As of");
    static final LocalizedText REFERENCE_DATE = LocalizedText.of("重点工作进展截至", "Key-work reports read up to");
    static final LocalizedText TARGETS = LocalizedText.of("目标", "Targets");
    static final LocalizedText TARGET = LocalizedText.of("目标值", "Target");
    static final LocalizedText JUDGED = LocalizedText.of("评估依据", "Judged on");
    static final LocalizedText YEAR = LocalizedText.of("年份", "Year");
    static final LocalizedText SCORE = LocalizedText.of("得分", "Score");
    static final LocalizedText RATIO = LocalizedText.of("进度比R", "Ratio R");
    static final LocalizedText STATUS = LocalizedText.of("状态", "Status");
    static final LocalizedText BASELINE = LocalizedText.of("基期", "Baseline");
    static final LocalizedText NO_BASELINE = LocalizedText.of("无基期值", "no baseline");
    static final LocalizedText CATEGORIES = LocalizedText.of("指标类别", "Indicator categories");
    static final LocalizedText CATEGORY = LocalizedText.of("类别", "Category");
    static final LocalizedText AREAS = LocalizedText.of("重点领域", "Areas of work");
    static final LocalizedText AREA = LocalizedText.of("领域", "Area");
    static final LocalizedText INDICATORS = LocalizedText.of("主要指标", "Indicators");
    static final LocalizedText INDICATOR = LocalizedText.of("指标", "Indicator");
    static final LocalizedText WORK_TARGETS = LocalizedText.of("任务和重点工作中的目标", "Targets in tasks and key work");
    static final LocalizedText FINDINGS = LocalizedText.of("风险提示", "Findings");
    static final LocalizedText NO_FINDINGS = LocalizedText.of("没有风险提示。", "No findings.");
    static final LocalizedText ACCOUNTABILITY = LocalizedText.of("责任单位视图", "Accountability by unit");
    static final LocalizedText UNIT = LocalizedText.of("单位", "Unit");
    static final LocalizedText LEADS = LocalizedText.of("牵头", "Leads");
    static final LocalizedText SHARES = LocalizedText.of("参与", "Shares");
    static final LocalizedText ROLE_LEAD = LocalizedText.of("牵头", "lead");
    static final LocalizedText ROLE_RESPONSIBLE = LocalizedText.of("责任", "responsible");
    static final LocalizedText TASK = LocalizedText.of("任务", "Task");
    static final LocalizedText KEY_WORK = LocalizedText.of("重点工作", "Key work");
    static final LocalizedText REPORTED = LocalizedText.of("最新进展", "Last report");
    static final LocalizedText NONE_REPORTED = LocalizedText.of("无进展报告", "no report");
    static final LocalizedText NO_TARGETS = LocalizedText.of("无量化目标", "no quantified target");
    static final LocalizedText WORST = LocalizedText.of("最差目标状态", "Worst target");
    static final LocalizedText MEMBERS = LocalizedText.of("目标数", "Targets");
    static final LocalizedText UNSCORED = LocalizedText.of("无法评分", "Unscored");
    static final LocalizedText PROVISIONAL_NOTE = LocalizedText.of("* 初步核算数", "* provisional figure");
    static final LocalizedText DATA = LocalizedText.of("数据", "Data");
    static final LocalizedText OBSERVATIONS = LocalizedText.of("条观测值", "observations");
    static final LocalizedText UPDATES = LocalizedText.of("条重点工作进展", "key-work reports");
    static final LocalizedText OBSERVED = LocalizedText.of("观测值", "observed");
    static final LocalizedText PATH = LocalizedText.of("目标路径", "path to target");
    static final LocalizedText GENERATED_BY = LocalizedText.of("由 planwatch 生成", "Made by planwatch");
    static final LocalizedText SUBJECT = LocalizedText.of("对象", "Subject");
    static final LocalizedText PERIOD = LocalizedText.of("实施期", "Period");
    static final LocalizedText ISSUED = LocalizedText.of("印发", "Issued");
    static final LocalizedText UNITS = LocalizedText.of("单位", "Units");

    /**
     * Returns a text in this language.
     *
     * @param text  the text, not null
     * @return the text in the language, not null
     */
    String of(LocalizedText text) {
        return Printable.escape(text.in(language));
    }

    /** Whether the language is Chinese. */
    boolean isChinese() {
        return language == Language.ZH;
    }

    /** The label of a status, such as {@code on track} or {@code 进展顺利}. */
    String status(Status status) {
        return status.label().in(language);
    }

    /** The label of a severity. */
    String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> isChinese() ? "严重" : "critical";
            case WARNING -> isChinese() ? "警告" : "warning";
            case INFO -> isChinese() ? "提示" : "info";
        };
    }

    /** The label of the kind of a finding's subject. */
    String subjectKind(SubjectKind kind) {
        return switch (kind) {
            case PLAN -> isChinese() ? "规划" : "plan";
            case INDICATOR -> isChinese() ? "指标" : "indicator";
            case TARGET -> isChinese() ? "目标" : "target";
            case TASK -> isChinese() ? "任务" : "task";
            case KEY_WORK_ITEM -> isChinese() ? "重点工作" : "key work";
            case UNIT -> isChinese() ? "单位" : "unit";
        };
    }

    /** The label of a kind of group. */
    String groupKind(GroupKind kind) {
        return switch (kind) {
            case PLAN -> isChinese() ? "规划" : "plan";
            case CATEGORY -> of(CATEGORY);
            case AREA -> of(AREA);
        };
    }

    /** Why a target could not be judged, in a few words. */
    String reason(InsufficientDataReason reason) {
        return switch (reason) {
            case NO_OBSERVATION -> isChinese() ? "无观测值" : "no observation";
            case TARGET_YEAR_NOT_REPORTED -> isChinese() ? "目标年无数据" : "target year unreported";
            case DUE_YEAR_NOT_REPORTED -> isChinese() ? "考核年无数据" : "a due year unreported";
            case SINGLE_DATA_POINT -> isChinese() ? "仅有基期值" : "only the base value";
            case MIXED_SIGNS -> isChinese() ? "数值正负不一" : "values of mixed sign";
            case NOT_YET_DUE -> isChinese() ? "尚未到期" : "not yet due";
        };
    }

    /** The label of a key-work item's reported state. */
    String keyWorkStatus(KeyWorkStatus status) {
        return switch (status) {
            case NOT_STARTED -> isChinese() ? "未开始" : "not started";
            case IN_PROGRESS -> isChinese() ? "推进中" : "in progress";
            case DONE -> isChinese() ? "已完成" : "done";
            case DELAYED -> isChinese() ? "滞后" : "delayed";
            case CANCELLED -> isChinese() ? "已取消" : "cancelled";
        };
    }

    /** The sign of a comparison: ≥, ≤, &lt;, &gt; or ≈. */
    static String sign(Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case BELOW -> "<";
            case ABOVE -> ">";
            case ABOUT -> "≈";
        };
    }
}
