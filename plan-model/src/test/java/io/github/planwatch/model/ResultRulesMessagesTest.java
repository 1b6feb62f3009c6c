package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The rules of an evaluation's records (assessments, years, anticipations, last statuses, group
 * summaries, findings and the evaluation itself) are said in English to a Java caller and, at the
 * field they concern, in English and in Chinese, as a document read back reports them.
 */
class ResultRulesMessagesTest {

    private static Assessment.AssessmentBuilder level() {
        return Assessment.builder().targetId("gdp-2022").subjectId("gdp").ownerKind(SubjectKind.INDICATOR).ownerId("gdp")
                .kind(TargetKind.LEVEL).targetYear(2022).status(Status.ON_TRACK).ratio(1.2).score(4.285)
                .method(ProgressMethod.CAGR).baseSource(BaseSource.BASELINE).baseYear(2019).baseValue(new BigDecimal("5781"))
                .latestYear(2021).latestValue(new BigDecimal("6795")).targetValue(new BigDecimal("6800"));
    }

    /** The one problem a broken rule reports, checked in English, at its field, and in Chinese. */
    private static void refused(ThrowingCallable make, String english, String field, String chinese) {
        BrokenRuleException ex = catchThrowableOfType(BrokenRuleException.class, make);
        assertThat(ex).as("a broken rule").isNotNull();
        assertThat(ex.getMessage()).isEqualTo(english);
        assertThat(ex.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(field);
            assertThat(p.message(Locale.ENGLISH)).endsWith(english.substring(english.indexOf(' ') + 1));
            assertThat(p.message(Locale.CHINESE)).isEqualTo(chinese);
        });
    }

    @Test
    void assessment_rulesAreSaidAtTheirFields_inEnglishAndChinese() {
        refused(() -> level().score(9.0).build(), "target gdp-2022: score must lie in [-5, 5], got 9.0", "score",
                "目标gdp-2022：得分应在[-5, 5]之内，实为9.0");
        refused(() -> level().status(Status.ACHIEVED).reason(InsufficientDataReason.NO_OBSERVATION).build(),
                "target gdp-2022: a reason goes with INSUFFICIENT_DATA and only with it, got NO_OBSERVATION for ACHIEVED",
                "reason", "目标gdp-2022：原因只与INSUFFICIENT_DATA一同给出，且INSUFFICIENT_DATA必须有原因；实为ACHIEVED，原因为NO_OBSERVATION");
        refused(() -> level().score(null).build(),
                "target gdp-2022: every judged status has a score and INSUFFICIENT_DATA has none, got null for ON_TRACK",
                "status", "目标gdp-2022：每个已评判的状态都有得分，INSUFFICIENT_DATA没有得分；实为ON_TRACK，得分为无");
        refused(() -> level().baseYear(null).build(),
                "target gdp-2022: baseSource, baseYear and baseValue go together, got BASELINE, null, 5781", "baseSource",
                "目标gdp-2022：基期来源（baseSource）、基期年（baseYear）和基期值（baseValue）应同时给出或同时不给出，实为BASELINE、无、5781");
        refused(() -> level().latestYear(null).build(),
                "target gdp-2022: latestYear and latestValue go together, got null, 6795", "latestValue",
                "目标gdp-2022：最新年份（latestYear）和最新值（latestValue）应同时给出或同时不给出，实为无、6795");
        refused(() -> level().method(null).build(), "target gdp-2022: a LEVEL target needs a progress method, got null", "kind",
                "目标gdp-2022：LEVEL目标应有进度测算方法，实为无");
        refused(() -> level().due(LocalDate.of(2022, 6, 30)).build(),
                "target gdp-2022: a due day, and a report, go with a MILESTONE and only with one, got 2022-06-30 for LEVEL", "due",
                "目标gdp-2022：完成日期和进展报告只属于MILESTONE目标，且MILESTONE目标必须有完成日期；实为LEVEL目标，完成日期为2022-06-30");
        refused(() -> level().ownerKind(SubjectKind.UNIT).build(),
                "a target belongs to an INDICATOR, TASK or KEY_WORK_ITEM, and a joint target to the PLAN, got UNIT", "",
                "目标应属于指标（INDICATOR）、任务（TASK）或重点工作（KEY_WORK_ITEM），联合目标应属于方案（PLAN）；实为UNIT");
        refused(() -> level().last(new LastAssessed(2021, Status.ON_TRACK)).build(),
                "target gdp-2022: a last assessed status belongs to a target whose year 2022 has passed unreported,"
                        + " before that year, got ON_TRACK as of 2021 for ON_TRACK", "last",
                "目标gdp-2022：上次评估状态只属于目标年2022已过而未报告的目标，且应早于该年；实为2021年的ON_TRACK，现状态为ON_TRACK");
    }

    @Test
    void yearlyAndJointAssessment_rulesAreSaidAtTheirFields() {
        Assessment.AssessmentBuilder yearly = level().kind(TargetKind.YEARLY_COUNT).method(null).ratio(null)
                .baseSource(null).baseYear(null).baseValue(null).status(Status.MISSED).score(-5.0);
        YearResult y2020 = new YearResult(2020, new BigDecimal("3"), Status.ACHIEVED, false);
        YearResult y2021 = new YearResult(2021, new BigDecimal("1"), Status.MISSED, false);
        refused(() -> yearly.years(List.of(y2021, y2020)).build(),
                "target gdp-2022: per-year results must be in increasing year order, got 2021 before 2020", "years[1].year",
                "目标gdp-2022：逐年结果应按年份递增排列，实为2021之后是2020");
        refused(() -> level().years(List.of(y2020)).build(),
                "target gdp-2022: only a yearly target has per-year results, this one is LEVEL", "years",
                "目标gdp-2022：只有逐年目标才有逐年结果，此目标为LEVEL");
        refused(() -> level().decidedBy("gdp").build(),
                "target gdp-2022: members, and the indicator that decided, go with a joint target's combination and only with it",
                "decidedBy", "目标gdp-2022：成员（members）和决定状态的指标（decidedBy）只属于联合目标，应与其组合方式（combine）一同给出");
        refused(() -> level().ownerKind(SubjectKind.PLAN).ownerId("p").combine(Combination.ALL_OF).decidedBy("gdp")
                        .members(List.of(level().build())).build(),
                "target gdp-2022: a joint target has two or more members, got 1", "members",
                "目标gdp-2022：联合目标应有两个或以上成员，实为1个");
    }

    @Test
    void yearAnticipationAndLastStatus_rulesAreSaidAtTheirFields() {
        refused(() -> new YearResult(2020, BigDecimal.ONE, Status.ON_TRACK, false),
                "a year is ACHIEVED, MISSED or INSUFFICIENT_DATA, got ON_TRACK", "status",
                "某年的结果应为ACHIEVED、MISSED或INSUFFICIENT_DATA，实为ON_TRACK");
        refused(() -> new YearResult(2020, BigDecimal.ONE, Status.INSUFFICIENT_DATA, false),
                "year 2020: a value goes with a judged year and only with one, got 1 for INSUFFICIENT_DATA", "value",
                "2020年：已评判的年份有值，未评判的年份没有；实为INSUFFICIENT_DATA，值为1");
        refused(() -> new Anticipation(2025, new BigDecimal("22"), null, new BigDecimal("30"), BigDecimal.ONE, true),
                "a band has both ends or neither, got low null and high 30", "high", "区间要么两端都有，要么都没有；实为下限无、上限30");
        refused(() -> new Anticipation(2025, new BigDecimal("22"), new BigDecimal("23"), new BigDecimal("30"), BigDecimal.ONE, true),
                "the band [23, 30] must hold the anticipated value 22", "value", "区间[23, 30]应包含预计值22");
        refused(() -> new LastAssessed(2021, Status.INSUFFICIENT_DATA),
                "a last assessed status is a judgement, got INSUFFICIENT_DATA", "status", "上次评估状态应是已评判的状态，实为INSUFFICIENT_DATA");
    }

    @Test
    void findingAndGroup_rulesAreSaidAtTheirFields() {
        refused(() -> new Finding("off_track", Severity.WARNING, SubjectKind.TARGET, "gdp-2022", Map.of(),
                        LocalizedText.of("偏离", "off track")),
                "code must be upper-case letters, digits and '_', starting with a letter, got 'off_track'", "code",
                "应由大写字母、数字和“_”组成，以字母开头，实为“off_track”");
        refused(() -> new GroupSummary(GroupKind.AREA, "a", 1.0, Status.MISSED, Map.of(Status.MISSED, 1)),
                "group a: a group's status comes from its score and is never MISSED", "status", "分组a：分组的状态由其得分而来，不会是MISSED");
        refused(() -> new GroupSummary(GroupKind.AREA, "a", 5.0, Status.ACHIEVED, Map.of(Status.ACHIEVED, 1, Status.ON_TRACK, 1)),
                "group a: a group is ACHIEVED exactly when every member is, got 1 of 2", "status",
                "分组a：只有每个成员都是ACHIEVED时，分组才是ACHIEVED；实为2个中1个");
        refused(() -> new GroupSummary(GroupKind.AREA, "a", 7.0, Status.ON_TRACK, Map.of(Status.ON_TRACK, 1)),
                "group a: score must lie in [-5, 5], got 7.0", "score", "分组a：得分应在[-5, 5]之内，实为7.0");
        refused(() -> new GroupSummary(GroupKind.AREA, "a", 5.0, Status.ACHIEVED, Map.of(Status.ACHIEVED, 1), 0, 1),
                "group a: the assessed members are those with a score, 1, got 0", "assessed",
                "分组a：已评判的成员是有得分的成员，共1个，实为0");
        refused(() -> new GroupSummary(GroupKind.AREA, "a", null, Status.INSUFFICIENT_DATA, Map.of(Status.MISSED, -1)),
                "group a: counts must not be negative, got -1 for MISSED", "counts.MISSED", "分组a：计数不得为负数，MISSED实为-1");
    }

    /** An evaluation edited by hand may assess a target twice and summarise a group twice: both are said at once. */
    @Test
    void evaluation_saysEveryTargetAndGroupTwice_atOnce_atTheirFields() {
        GroupSummary plan = new GroupSummary(GroupKind.PLAN, "p", 4.285, Status.ON_TRACK, Map.of(Status.ON_TRACK, 1));
        BrokenRuleException ex = catchThrowableOfType(BrokenRuleException.class, () -> new Evaluation("p", 2021,
                LocalDate.of(2021, 12, 31), List.of(level().build(), level().build()), List.of(), List.of(plan, plan)));

        assertThat(ex.getMessage()).isEqualTo("target gdp-2022 is assessed more than once; group PLAN p is summarised more than once");
        assertThat(ex.problems()).extracting(Problem::path).containsExactly("assessments[1].targetId", "groups[1].id");
        assertThat(ex.problems()).extracting(p -> p.message(Locale.CHINESE))
                .containsExactly("目标gdp-2022被评估了不止一次", "分组PLAN p被汇总了不止一次");
        refused(() -> new Evaluation("q", 2021, LocalDate.of(2021, 12, 31), List.of(), List.of(), List.of(plan)),
                "the summary of plan q is missing", "groups", "缺少方案q的汇总");
        refused(() -> new Evaluation("p", 2021, LocalDate.of(2020, 12, 31), List.of(), List.of(), List.of(plan)),
                "referenceDate 2020-12-31 must not be before the as-of year 2021", "referenceDate", "参照日期2020-12-31不得早于评估年份2021");
    }
}
