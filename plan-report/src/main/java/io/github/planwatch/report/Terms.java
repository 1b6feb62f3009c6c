package io.github.planwatch.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.LastAssessed;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;

/**
 * The report's words in one language: one term for each concept, the same in every section, and
 * a label for every constant of the model so that no constant's name reaches the reader. The
 * {@code planwatch} command writes its text with the same words. Immutable and thread-safe.
 *
 * <p>A text of a plan is shown in this language where it is given in it, else in the plan's main
 * language ({@link ActionPlan#language()}), else in the text's own first language: the one rule of
 * {@link LocalizedText#in(String, String)}, the same in the reports and in the {@code planwatch}
 * command's text. Words made without a plan ({@link #Terms(Language)}) skip the plan's language.
 *
 * @param language  the language, not null
 * @param planLanguage  the BCP 47 tag of the plan's main language, to which a text lacking the language
 *                      falls back before its own; null for words made without a plan
 */
public record Terms(Language language, String planLanguage) {

    /**
     * Checks the language.
     *
     * @param language  the language, not null
     * @param planLanguage  the tag of the plan's main language, or null
     */
    public Terms {
        Objects.requireNonNull(language, "language");
    }

    /**
     * Obtains the words of a language, without a plan: a text lacking the language is shown in its
     * own first language.
     *
     * @param language  the language, not null
     */
    public Terms(Language language) {
        this(language, null);
    }

    /**
     * Returns these words for a plan: a text lacking the language is shown in the plan's main language
     * where it has it, before its own first language.
     *
     * @param plan  the plan whose texts are shown, not null
     * @return the words, not null
     */
    public Terms forPlan(ActionPlan plan) {
        return new Terms(language, Objects.requireNonNull(plan, "plan").language());
    }

    /**
     * Obtains the words of a locale: Chinese for a locale whose language is {@code zh}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the words, not null
     */
    public static Terms of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Terms("zh".equals(locale.getLanguage()) ? Language.ZH : Language.EN);
    }

    /**
     * The locale of these words, for {@link PlanReports}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return zh() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** {@return whether the words are Chinese} */
    public boolean zh() {
        return language == Language.ZH;
    }

    /**
     * Returns a text of the plan in this language, else in the plan's main language, else in the
     * text's own.
     *
     * @param text  the text, not null
     * @return the text in the language, not null
     */
    public String of(LocalizedText text) {
        return planLanguage == null ? text.in(language) : text.in(zh() ? "zh" : "en", planLanguage);
    }

    private String t(String zh, String en) {
        return zh() ? zh : en;
    }

    /** {@return the colon after a label: full-width in Chinese} */
    public String colon() {
        return t("：", ": ");
    }

    String htmlLang() {
        return t("zh-CN", "en");
    }

    /** {@return the label of the as-of year} */
    public String asOf() {
        return t("评估年份", "As of");
    }

    /** {@return the label of the date up to which key-work reports are read} */
    public String referenceDate() {
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

    /** {@return the label of the units that lead a task or key-work item} */
    public String leadUnit() {
        return t("牵头单位", "Lead unit");
    }

    String responsibleUnits() {
        return t("责任单位", "Responsible units");
    }

    /** {@return the words for a task or key-work item whose lead unit the plan does not name} */
    public String noLeadUnit() {
        return t("未明确", "not named");
    }

    String value() {
        return t("现值", "Value");
    }

    /** {@return the heading of a target's value} */
    public String target() {
        return t("目标值", "Target");
    }

    String gap() {
        return t("差距", "Gap");
    }

    /** {@return the heading of a status column} */
    public String status() {
        return t("状态", "Status");
    }

    String why() {
        return t("原因", "Why");
    }

    /** {@return the heading of the plan at a glance} */
    public String overview() {
        return t("总体情况", "The plan at a glance");
    }

    /** {@return the label of the plan's score} */
    public String planScore() {
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

    /** {@return the heading of an item column} */
    public String item() {
        return t("事项", "Item");
    }

    /** {@return the heading of the last report of a key-work item} */
    public String lastReport() {
        return t("最新进展", "Last report");
    }

    /** {@return what is said where a key-work item has no report} */
    public String noReport() {
        return t("无进展报告", "no report");
    }

    String completion() {
        return t("完成情况", "Done so far");
    }

    /** {@return the label of whether something is ahead of, on or behind its pace (序时进度)} */
    public String pace() {
        return t("序时进度", "Pace");
    }

    /** {@return the word for a task} */
    public String task() {
        return t("任务", "Task");
    }

    /** {@return the word for key work} */
    public String keyWork() {
        return t("重点工作", "Key work");
    }

    /** {@return the heading of the indicators} */
    public String indicators() {
        return t("主要指标", "Indicators");
    }

    /** {@return the word for an indicator} */
    public String indicator() {
        return t("指标", "Indicator");
    }

    /** {@return the word for a baseline} */
    public String baseline() {
        return t("基期值", "Baseline");
    }

    /** {@return what is said where an indicator has no baseline} */
    public String noBaseline() {
        return t("无基期值", "no baseline");
    }

    /** {@return the heading of a year column} */
    public String year() {
        return t("年份", "Year");
    }

    /** {@return the heading of what a target was judged on} */
    public String judgedOn() {
        return t("评估依据", "Judged on");
    }

    /** {@return the heading of a score column} */
    public String score() {
        return t("得分", "Score");
    }

    String observed() {
        return t("观测值", "Observed");
    }

    /** {@return the note for a provisional figure} */
    public String provisional() {
        return t("初步核算数", "provisional figure");
    }

    String requiredPath() {
        return t("目标路径", "Required path");
    }

    String anticipated() {
        return t("预计值", "Anticipated");
    }

    /** {@return the name of the values a plan states itself for years before a target's year} */
    public String planPath() {
        return t("方案分年度目标", "Plan's own path");
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

    /** {@return the heading of the findings} */
    public String findings() {
        return t("风险提示", "Findings");
    }

    /** {@return what is said where there are no findings} */
    public String noFindings() {
        return t("没有风险提示。", "No findings.");
    }

    String accountability() {
        return t("各单位职责", "Duties by unit");
    }

    String unit() {
        return t("单位", "Unit");
    }

    /** {@return the heading of what a unit leads} */
    public String leads() {
        return t("牵头", "Leads");
    }

    /** {@return the heading of what a unit shares} */
    public String shares() {
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

    /** {@return what is said where a task has no quantified target} */
    public String noTargets() {
        return t("无量化目标", "no quantified target");
    }

    /** {@return the heading of the targets in tasks and key work} */
    public String targetsIn() {
        return t("任务和重点工作中的目标", "Targets in tasks and key work");
    }

    /** {@return the heading of the targets stated over several indicators at once} */
    public String jointTargets() {
        return t("多指标联合目标", "Targets over several indicators");
    }

    /** {@return what the joint targets' section says of how such a target is judged} */
    public String jointNote() {
        return t("联合目标按各指标分别评估；“全部达到”取状态最差的指标，“任一达到”取状态最好的指标，由该指标决定联合目标的状态。",
                "Each indicator is judged on the target alone; “all of” takes the indicator with the worst status, “any of”"
                        + " the one with the best, and that indicator decides the joint target's status.");
    }

    /**
     * Returns how a joint target combines its indicators, in words.
     *
     * @param combine  ALL_OF or ANY_OF, not null
     * @return 全部达到 or 任一达到, "all of" or "any of", not null
     */
    public String combination(Combination combine) {
        return combine == Combination.ALL_OF ? t("全部达到", "all of") : t("任一达到", "any of");
    }

    /** {@return the column of a joint target's members, each an indicator} */
    public String member() {
        return t("成员指标", "Member indicator");
    }

    /** {@return the mark of the member that decided a joint target's status} */
    public String decides() {
        return t("决定状态", "decides");
    }

    /**
     * Returns what an indicator's card says of a joint target it is a member of.
     *
     * @param joint  the joint target's name, not null
     * @param decided  whether this indicator's member decided the joint target's status
     * @return the line, not null
     */
    public String memberOf(String joint, boolean decided) {
        return zh() ? "本指标是" + joint + "的成员" + (decided ? "，决定了其状态。" : "，其状态由另一成员决定。")
                : "This indicator is a member of " + joint + (decided ? "; it decided the joint target's status."
                : "; another member decided its status.");
    }

    /**
     * Returns why a joint target has its status: which indicator decided it.
     *
     * @param indicator  the name of the indicator that decided, not null
     * @return the words, not null
     */
    public String decidedBy(String indicator) {
        return zh() ? Texts.nestQuotes("由“" + indicator + "”决定") : "decided by " + indicator;
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

    /**
     * The label of a status.
     *
     * @param s  the status, not null
     * @return the label, not null
     */
    public String status(Status s) {
        return s.label().in(language);
    }

    /**
     * The label of a severity.
     *
     * @param s  the severity, not null
     * @return the label, not null
     */
    public String severity(Severity s) {
        return switch (s) {
            case CRITICAL -> t("严重", "Critical");
            case WARNING -> t("警告", "Warning");
            case INFO -> t("提示", "Info");
        };
    }

    /**
     * Why a target could not be judged, in a few words.
     *
     * @param reason  the reason, not null
     * @return the words, not null
     */
    public String reason(InsufficientDataReason reason) {
        return switch (reason) {
            case NO_OBSERVATION -> t("无观测值", "no observation");
            case TARGET_YEAR_NOT_REPORTED -> t("目标年份已过，数据尚未公布", "target year passed; figure not yet published");
            case DUE_YEAR_NOT_REPORTED -> t("考核年份数据尚未公布", "a due year's figure not yet published");
            case SINGLE_DATA_POINT -> t("仅有基期值", "only the base value");
            case MIXED_SIGNS -> t("数值正负不一", "values of mixed sign");
            case NOT_YET_DUE -> t("尚未到期", "not yet due");
            case NOT_REPORTED -> t("尚无进展报告", "no progress report");
        };
    }

    /**
     * The label of a key-work item's reported state.
     *
     * @param s  the state, not null
     * @return the label, not null
     */
    public String keyWorkStatus(KeyWorkStatus s) {
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

    /**
     * How many due years of a yearly target were met.
     *
     * @param met  the years met
     * @param missed  the years missed
     * @param due  the years due
     * @return the words, not null
     */
    public String yearsMet(long met, long missed, int due) {
        return zh() ? "达标" + met + "年" + (missed > 0 ? "，未达标" + missed + "年" : "") + "，共" + due + "年"
                : met + " of " + due + " yrs met" + (missed > 0 ? ", " + missed + " missed" : "");
    }

    String anticipatedMiss() {
        return t("预计无法实现", "anticipated to miss");
    }

    /** {@return the name of a dated commitment to be reported done, a MILESTONE} */
    public String milestone() {
        return t("里程碑", "Milestone");
    }

    /** {@return the heading of a plan's milestones} */
    public String milestones() {
        return t("里程碑", "Milestones");
    }

    /** {@return the label of the day a milestone is due by} */
    public String due() {
        return t("完成时限", "Due by");
    }

    /** {@return the heading of the milestones whose day has passed without their being done, or that are dropped} */
    public String milestonesOff() {
        return t("逾期或未实现的里程碑", "Milestones overdue or missed");
    }

    /**
     * Whether a target of a task or key-work item is ahead of, on or behind the pace the calendar
     * asks (序时进度), as the ledger says it: "behind", 滞后.
     *
     * @param a  the target's assessment, not null
     * @param asOf  the as-of year
     * @return the words, not null
     */
    public String pace(Assessment a, int asOf) {
        return paceLabel(Pace.ofTargets(List.of(a), asOf));
    }

    /**
     * The day a milestone is due by: "due 2021-06-30", 2021-06-30前完成.
     *
     * @param due  the day, not null
     * @return the words, not null
     */
    public String dueBy(LocalDate due) {
        return zh() ? due + "前完成" : "due " + due;
    }

    /**
     * A progress report on a milestone in a few words, its date and the state reported: "2021-03-31
     * in progress", 2021-03-31 推进中; "no report" where there is none.
     *
     * @param report  the report, or null
     * @return the words, not null
     */
    public String report(KeyWorkUpdate report) {
        return report == null ? noReport() : report.date() + " " + keyWorkStatus(report.status());
    }

    /**
     * Where a report says its result can be seen: "evidence: the notice of 2020-11-20", 佐证：……;
     * for a report of done without it, "no evidence"; empty for another report without it, or none.
     *
     * @param report  the report, or null
     * @return the words, not null, may be empty
     */
    public String evidence(KeyWorkUpdate report) {
        if (report == null) {
            return "";
        }
        if (report.evidence() != null) {
            return t("佐证：", "evidence: ") + report.evidence();
        }
        return report.status() == KeyWorkStatus.DONE ? t("无佐证", "no evidence") : "";
    }

    /**
     * What a milestone that is off track is, in a word: dropped where its last report cancels it,
     * done late where it was done with evidence after its day, else overdue.
     *
     * @param a  the milestone's assessment, not null
     * @return the words, not null
     */
    public String milestoneOff(Assessment a) {
        KeyWorkUpdate r = a.report();
        if (r != null && r.status() == KeyWorkStatus.CANCELLED) {
            return t("已取消", "dropped");
        }
        if (r != null && r.isDoneWithEvidence() && r.date().isAfter(a.due())) {
            return t("逾期完成", "done late");
        }
        return overdue();
    }

    /**
     * Why a milestone has its status, from the report it rests on, in the methodology's words:
     * "reported done without evidence", 报告已完成但未提供佐证; empty where the status says it all.
     *
     * @param a  the milestone's assessment, not null
     * @return the words, not null, may be empty
     */
    public String milestoneWhy(Assessment a) {
        KeyWorkUpdate r = a.report();
        return switch (a.status()) {
            case ACHIEVED -> t("按期报告完成并提供佐证", "reported done, with evidence, by its day");
            case MISSED -> r == null ? t("到期未见进展报告", "its day passed with no report on it")
                    : r.status() == KeyWorkStatus.CANCELLED ? t("进展报告为已取消", "its last report cancels it")
                    : r.isDoneWithEvidence() ? t("到期后才报告完成", "reported done only after its day")
                    : r.status() == KeyWorkStatus.DONE ? t("报告已完成但未提供佐证", "reported done without evidence")
                    : t("到期未完成", "not done by its day");
            case ACCELERATION_NEEDED -> r != null && r.status() == KeyWorkStatus.DELAYED ? t("进展报告为滞后", "reported delayed")
                    : t("时间已过四分之一仍未启动", "not started with a quarter of its time gone");
            case ON_TRACK -> r != null && r.status() == KeyWorkStatus.DONE ? t("已报告完成，尚缺佐证", "reported done; evidence still to come")
                    : t("按序时推进，尚未完成", "on pace; not yet done");
            case INSUFFICIENT_DATA -> a.reason() == null ? "" : reason(a.reason());
            default -> "";
        };
    }

    String overdue() {
        return t("逾期", "overdue");
    }

    String skip() {
        return t("跳到需要关注的事项", "Skip to what is off track");
    }

    /** {@return the heading of the indicator categories} */
    public String categories() {
        return t("指标类别", "Indicator categories");
    }

    /** {@return the word for an indicator category} */
    public String category() {
        return t("类别", "Category");
    }

    /** {@return the heading of the summaries of binding targets and of expected values, apart} */
    public String natures() {
        return t("约束性目标与预期性目标", "Binding targets and expected values");
    }

    /** {@return the word for a target's nature} */
    public String nature() {
        return t("性质", "Nature");
    }

    /**
     * Names the targets of one nature.
     *
     * @param id  the nature's group id, {@code binding} or {@code expected}, not null
     * @return the name, such as "Expected values", not null
     */
    public String natureName(String id) {
        return switch (id) {
            case "binding" -> t("目标值（约束性）", "Binding targets");
            case "expected" -> t("预期值（预期性）", "Expected values");
            default -> id;
        };
    }

    /** {@return the heading of the areas of work} */
    public String areas() {
        return t("重点领域", "Areas of work");
    }

    /** {@return the word for an area of work} */
    public String area() {
        return t("领域", "Area");
    }

    /** {@return the heading of a count of targets} */
    public String targets() {
        return t("目标", "Targets");
    }

    /** {@return the heading of a group's count of targets} */
    public String members() {
        return t("目标数", "Targets");
    }

    /** {@return the heading of a group's count of targets that could not be scored} */
    public String unscored() {
        return t("无法评分", "Unscored");
    }

    /** {@return the label of a plan's period} */
    public String period() {
        return t("实施期", "Period");
    }

    /** {@return the label of a plan's date of issue} */
    public String issued() {
        return t("印发", "Issued");
    }

    /** {@return the heading of the units} */
    public String units() {
        return t("单位", "Units");
    }

    /**
     * A count of observations, such as {@code 120 observations}.
     *
     * @param count  the count
     * @return the words, not null
     */
    public String observations(int count) {
        return zh() ? count + "条观测值" : count + " observations";
    }

    /**
     * A count of key-work reports, such as {@code 3 key-work reports}.
     *
     * @param count  the count
     * @return the words, not null
     */
    public String updates(int count) {
        return zh() ? count + "条重点工作进展" : count + " key-work reports";
    }

    /** {@return what is said where there are no observations} */
    public String noObservations() {
        return t("无观测值", "no observations");
    }

    /**
     * Puts words in parentheses: full-width after Chinese.
     *
     * @param text  the words, not null
     * @return the words in parentheses, not null
     */
    public String parenthesised(String text) {
        return zh() ? "（" + text + "）" : " (" + text + ")";
    }

    /**
     * A target whose year has passed unreported, with the status its latest figure gave: "pending;
     * last on track as of 2021", 待公布，2021年时进展顺利.
     *
     * @param last  the last status, not null
     * @return the words, not null
     */
    public String pending(LastAssessed last) {
        return zh() ? "待公布，" + lastStatus(last) : "pending; " + lastStatus(last);
    }

    /**
     * The status a target last had while its year was ahead: "last on track as of 2021", 2021年时进展顺利.
     *
     * @param last  the last status, not null
     * @return the words, not null
     */
    public String lastStatus(LastAssessed last) {
        return zh() ? last.year() + "年时" + status(last.status()) : "last " + status(last.status()) + " as of " + last.year();
    }

    /**
     * The sign of a comparison: ≥, ≤, &lt;, &gt; or ≈.
     *
     * @param comparison  the comparison, not null
     * @return the sign, not null
     */
    public static String sign(Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case BELOW -> "<";
            case ABOVE -> ">";
            case ABOUT -> "≈";
        };
    }

    /**
     * A target in a few words: the plan's own in Chinese where it has them and they are wanted, else a
     * sign and a value, such as {@code ≥ 6800} or {@code growth ≥ 10%/yr}.
     *
     * @param target  the target, not null
     * @param ownWords  whether the plan's own words may be used
     * @return the words, not null
     */
    public String describe(Target target, boolean ownWords) {
        if (ownWords && zh() && target.wording() != null && !target.wording().isBlank()) {
            return target.wording();
        }
        String value = Texts.number(target.value());
        String band = target.tolerance() == null ? "" : " ± " + switch (target.tolerance().kind()) {
            case RELATIVE -> Texts.number(target.tolerance().value().movePointRight(2)) + "%";
            case ABSOLUTE -> Texts.number(target.tolerance().value());
        };
        String sign = sign(target.comparison());
        String relative = switch (target.basis()) {
            case ABSOLUTE -> value;
            case MULTIPLE_OF_BASELINE -> zh() ? "基期值×" + value : value + " × baseline";
            case PERCENT_CHANGE_FROM_BASELINE -> (zh() ? "基期值" : "baseline ")
                    + (target.value().signum() > 0 ? "+" : "") + value + "%";
        };
        return switch (target.kind()) {
            case LEVEL -> sign + " " + relative + band;
            case CUMULATIVE -> sign + " " + value + total();
            case YEARLY_GROWTH -> (zh() ? "年均增长" : "growth ") + sign + " " + value + "%" + (zh() ? "" : "/yr");
            case YEARLY_COUNT -> (zh() ? "每年" : "") + sign + " " + value + (zh() ? "" : "/yr");
            case HOLD_BAND -> (zh() ? "每年" : "") + sign + " " + value + band + (zh() ? "" : " each yr");
            case RANK -> (zh() ? "排名" : "rank ") + sign + " " + value;
            case MILESTONE -> zh() ? target.due() + "前完成" : "done by " + target.due();
            default -> sign + " " + value;
        };
    }
}
