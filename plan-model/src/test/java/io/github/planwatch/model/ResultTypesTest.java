package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The result types of an evaluation keep their invariants. */
class ResultTypesTest {

    private static Assessment.AssessmentBuilder level() {
        return Assessment.builder().targetId("gdp-2022").subjectId("gdp").ownerKind(SubjectKind.INDICATOR).ownerId("gdp")
                .kind(TargetKind.LEVEL).targetYear(2022).status(Status.ON_TRACK).ratio(1.2).score(4.285)
                .method(ProgressMethod.CAGR).baseSource(BaseSource.BASELINE).baseYear(2019).baseValue(new BigDecimal("5781.0"))
                .latestYear(2021).latestValue(new BigDecimal("6795")).targetValue(new BigDecimal("6800"));
    }

    @Test
    void status_ranksFromLostToAchieved() {
        assertThat(Arrays.stream(Status.values()).sorted((a, b) -> a.rank() - b.rank()))
                .containsExactly(Status.MISSED, Status.INSUFFICIENT_DATA, Status.DETERIORATION, Status.LIMITED_PROGRESS,
                        Status.ACCELERATION_NEEDED, Status.ON_TRACK, Status.ACHIEVED);
        assertThat(Status.MISSED.label().zh()).isEqualTo("未实现");
        assertThat(Status.INSUFFICIENT_DATA.isJudged()).isFalse();
    }

    @Test
    void assessment_normalisesNumbers() {
        Assessment a = level().ratio(-0.0).build();
        assertThat(a.baseValue()).isEqualTo(new BigDecimal("5781"));
        assertThat(a.ratio()).isEqualTo(0.0);
        assertThat(a).isEqualTo(level().ratio(0.0).baseValue(new BigDecimal("5781")).build());
        assertThat(a.years()).isEmpty();
    }

    @Test
    void assessment_reasonAndScoreGoWithTheStatus() {
        assertThatThrownBy(() -> level().reason(InsufficientDataReason.NO_OBSERVATION).build())
                .hasMessageContaining("a reason goes with INSUFFICIENT_DATA and only with it");
        assertThatThrownBy(() -> level().status(Status.INSUFFICIENT_DATA).reason(InsufficientDataReason.NO_OBSERVATION).build())
                .hasMessageContaining("INSUFFICIENT_DATA has none");
        assertThatThrownBy(() -> level().score(null).build()).hasMessageContaining("every judged status has a score");
        assertThatThrownBy(() -> level().score(5.5).build()).hasMessageContaining("score must lie in [-5, 5], got 5.5");
        assertThatThrownBy(() -> level().ratio(Double.NaN).build()).hasMessage("ratio must be finite, got NaN");
    }

    @Test
    void assessment_partsThatGoTogether() {
        assertThatThrownBy(() -> level().baseYear(null).build()).hasMessageContaining("baseSource, baseYear and baseValue go together");
        assertThatThrownBy(() -> level().latestValue(null).build()).hasMessageContaining("latestYear and latestValue go together");
        assertThatThrownBy(() -> level().method(null).build()).hasMessageContaining("a LEVEL target needs a progress method");
        assertThatThrownBy(() -> level().ownerKind(SubjectKind.UNIT).build()).hasMessageContaining("INDICATOR, TASK or KEY_WORK_ITEM");
        assertThatThrownBy(() -> level().years(List.of(new YearResult(2020, BigDecimal.ONE, Status.ACHIEVED, false))).build())
                .hasMessageContaining("only a yearly target has per-year results");
    }

    @Test
    void assessment_yearsInOrder() {
        Assessment.AssessmentBuilder yearly = level().kind(TargetKind.YEARLY_COUNT).method(null).ratio(null)
                .baseSource(null).baseYear(null).baseValue(null).status(Status.MISSED).score(-5.0);
        YearResult y2020 = new YearResult(2020, new BigDecimal("3"), Status.ACHIEVED, false);
        YearResult y2021 = new YearResult(2021, new BigDecimal("1"), Status.MISSED, true);
        assertThat(yearly.years(List.of(y2020, y2021)).build().yearsWith(Status.MISSED)).isEqualTo(1);
        assertThatThrownBy(() -> yearly.years(List.of(y2021, y2020)).build()).hasMessageContaining("increasing year order");
    }

    @Test
    void yearResult_valueExactlyWhenJudged() {
        assertThatThrownBy(() -> new YearResult(2020, null, Status.ACHIEVED, false)).hasMessageContaining("a value goes with a judged year");
        assertThatThrownBy(() -> new YearResult(2020, BigDecimal.ONE, Status.ON_TRACK, false))
                .hasMessage("a year is ACHIEVED, MISSED or INSUFFICIENT_DATA, got ON_TRACK");
    }

    @Test
    void finding_sortsItsEvidenceAndChecksItsCode() {
        Map<String, String> evidence = new HashMap<>();
        evidence.put("b", "2");
        evidence.put("a", "1");
        Finding f = Finding.of("STALE_DATA", Severity.WARNING, SubjectKind.INDICATOR, "gdp", evidence, LocalizedText.of("旧", "old"));
        assertThat(f.evidence().keySet()).containsExactly("a", "b");
        assertThat(f.evidence()).isEqualTo(Map.of("a", "1", "b", "2"));
        assertThat(f.isAbout(SubjectKind.INDICATOR, "gdp")).isTrue();
        assertThatThrownBy(() -> Finding.of("stale", Severity.INFO, SubjectKind.PLAN, "p", Map.of(), LocalizedText.of("x", "x")))
                .hasMessageContaining("got 'stale'");
    }

    @Test
    void groupSummary_fillsEveryStatusAndMatchesScoreToStatus() {
        GroupSummary g = new GroupSummary(GroupKind.CATEGORY, "economy", 3.0, Status.ON_TRACK,
                Map.of(Status.ON_TRACK, 2, Status.INSUFFICIENT_DATA, 1));
        assertThat(g.counts()).hasSize(Status.values().length).containsEntry(Status.MISSED, 0);
        assertThat(g.members()).isEqualTo(3);
        assertThat(g.unscored()).isEqualTo(1);
        assertThat(g.assessed()).isEqualTo(2);
        assertThat(g.dueOrAhead()).isEqualTo(3);
        assertThat(g.coverage()).isEqualTo(2.0 / 3);
        assertThatThrownBy(() -> new GroupSummary(GroupKind.AREA, "a", null, Status.ON_TRACK, Map.of(Status.INSUFFICIENT_DATA, 1)))
                .hasMessageContaining("a group without a scored member has INSUFFICIENT_DATA");
        assertThatThrownBy(() -> new GroupSummary(GroupKind.AREA, "a", -5.0, Status.INSUFFICIENT_DATA, Map.of(Status.MISSED, 1)))
                .hasMessageContaining("INSUFFICIENT_DATA goes with no score");
        assertThatThrownBy(() -> new GroupSummary(GroupKind.AREA, "a", -5.0, Status.MISSED, Map.of(Status.MISSED, 1)))
                .hasMessageContaining("never MISSED");
        assertThat(new GroupSummary(GroupKind.AREA, "a", null, Status.INSUFFICIENT_DATA, Map.of()).members()).isZero();
    }

    @Test
    void groupSummary_coverageAndVerdicts() {
        // One of four members scored, four due or ahead: a quarter assessed, too few for a verdict.
        GroupSummary few = new GroupSummary(GroupKind.PLAN, "p", null, Status.INSUFFICIENT_DATA,
                Map.of(Status.MISSED, 1, Status.INSUFFICIENT_DATA, 3), 1, 4);
        assertThat(few.coverage()).isEqualTo(0.25);
        assertThat(few.isNotEnoughAssessed()).isTrue();
        assertThat(new GroupSummary(GroupKind.AREA, "a", null, Status.INSUFFICIENT_DATA, Map.of()).isNotEnoughAssessed())
                .isFalse();
        // Every member achieved: the group is ACHIEVED; with one member not achieved it may not be.
        assertThat(new GroupSummary(GroupKind.AREA, "a", 5.0, Status.ACHIEVED, Map.of(Status.ACHIEVED, 2)).status())
                .isEqualTo(Status.ACHIEVED);
        assertThatThrownBy(() -> new GroupSummary(GroupKind.AREA, "a", 5.0, Status.ACHIEVED,
                Map.of(Status.ACHIEVED, 1, Status.ON_TRACK, 1))).hasMessageContaining("ACHIEVED exactly when every member is");
        assertThatThrownBy(() -> new GroupSummary(GroupKind.AREA, "a", 5.0, Status.ACHIEVED, Map.of(Status.ACHIEVED, 1), 1, 2))
                .hasMessageContaining("between the assessed 1 and all 1");
        assertThatThrownBy(() -> new GroupSummary(GroupKind.AREA, "a", 5.0, Status.ACHIEVED, Map.of(Status.ACHIEVED, 1), 0, 1))
                .hasMessageContaining("those with a score, 1, got 0");
    }

    @Test
    void evaluation_needsThePlansSummaryAndUniqueTargets() {
        GroupSummary plan = new GroupSummary(GroupKind.PLAN, "p", 4.285, Status.ON_TRACK, Map.of(Status.ON_TRACK, 1));
        Evaluation e = new Evaluation("p", 2021, LocalDate.of(2021, 12, 31), List.of(level().build()), List.of(), List.of(plan));
        assertThat(e.planSummary()).isEqualTo(plan);
        assertThat(e.assessment("gdp-2022")).isPresent();
        assertThat(e.assessmentsOf("gdp")).hasSize(1);
        assertThatThrownBy(() -> new Evaluation("p", 2021, LocalDate.of(2021, 12, 31), List.of(level().build(), level().build()),
                List.of(), List.of(plan))).hasMessage("target gdp-2022 is assessed more than once");
        assertThatThrownBy(() -> new Evaluation("q", 2021, LocalDate.of(2021, 12, 31), List.of(), List.of(), List.of(plan)))
                .hasMessage("the summary of plan q is missing");
        assertThatThrownBy(() -> new Evaluation("p", 2021, LocalDate.of(2020, 12, 31), List.of(), List.of(), List.of(plan)))
                .hasMessageContaining("must not be before the as-of year");
    }
}
