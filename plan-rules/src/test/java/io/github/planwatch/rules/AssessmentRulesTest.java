package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.YearResult;
import io.github.planwatch.model.YearSpan;

/** The status rules give one assessment per target, carrying the values it used. */
class AssessmentRulesTest {

    private static final String LEVEL = "Level status: in the methodology's order";
    private static final String YEARLY = "Yearly status: in the methodology's order";

    @Test
    void level_carriesTheValuesUsed() {
        var plan = planWith(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"))));
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(obs("x", 2020, "110"), obs("x", 2021, "150")), 2021));
        assertThat(run.fired().count(LEVEL)).isEqualTo(1);
        assertThat(run.evaluation().assessments()).containsExactly(Assessment.builder()
                .targetId("x-2022").subjectId("x").ownerKind(SubjectKind.INDICATOR).ownerId("x").kind(TargetKind.LEVEL)
                .targetYear(2022).status(Status.ACCELERATION_NEEDED).ratio(0.75).score(7.1429 * 0.75 - 4.2857)
                .method(ProgressMethod.LINEAR).baseSource(BaseSource.BASELINE).baseYear(2019).baseValue(d("100"))
                .latestYear(2021).latestValue(d("150")).targetValue(d("200")).provisional(false)
                // The weighted line through 100, 110, 150 (weights 0.630, 0.794, 1): x̄ = -0.8473,
                // z̄ = 123.905, b = 26.155 a year, so 123.905 + 26.155 × 1.8473 = 172.22 in 2022; s² = 146.06,
                // half-width 3.0777 × sqrt(146.06 × (1 + 1/3 + 1.8473² / Sxx)) = 65.34.
                .anticipated(new Anticipation(2022, d("172.221876573"), d("106.885591067"), d("237.558162079"),
                        d("27.778123427"), false))
                .build());
    }

    @Test
    void about_carriesTheHalfWidth() {
        var plan = planWith(indicator("g5", Direction.HIGHER_IS_BETTER, null, Target.about("g5-2021", 2021, d("55"), null)));
        Assessment a = Runs.run(EvaluationInput.of(plan, List.of(obs("g5", 2020, "30"), obs("g5", 2021, "53")), 2021))
                .evaluation().assessments().get(0);
        assertThat(a.tolerance()).isEqualByComparingTo("2.75");
        assertThat(a.status()).isEqualTo(Status.ACHIEVED);
        assertThat(a.baseSource()).isEqualTo(BaseSource.FIRST_OBSERVATION);
        assertThat(a.baseYear()).isEqualTo(2020);
    }

    @Test
    void cumulative_countsFromZeroBeforeTheSpan() {
        Target bases = Target.cumulative("bases", YearSpan.of(2020, 2022), d("20"));
        var plan = plan().tasks(List.of(task(11, List.of(SCIENCE), List.of(),
                new io.github.planwatch.model.QuantifiedTarget(text("bases"), UNIT, Direction.HIGHER_IS_BETTER,
                        ProgressMethod.LINEAR, null, bases)))).build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(obs("bases", 2021, "12")), 2021));
        assertThat(run.fired().count(LEVEL)).isEqualTo(1);
        Assessment a = run.evaluation().assessments().get(0);
        assertThat(a.ownerKind()).isEqualTo(SubjectKind.TASK);
        assertThat(a.ownerId()).isEqualTo("11");
        assertThat(a.baseSource()).isEqualTo(BaseSource.RUNNING_TOTAL_START);
        assertThat(a.baseYear()).isEqualTo(2019);
        assertThat(a.baseValue()).isEqualByComparingTo("0");
        // 12 in two years against 20 in three: R = 12 * 3 / (20 * 2) = 0.9
        assertThat(a.ratio()).isEqualTo(0.9);
        assertThat(a.status()).isEqualTo(Status.ACCELERATION_NEEDED);
    }

    @Test
    void yearly_assessedOnceWithEveryDueYear() {
        Target count = Target.yearlyCount("events", YearSpan.of(2020, 2022), d("2"));
        var plan = plan().keyWork(List.of(keyWork(2020, 22, List.of(COMMERCE), List.of(), List.of(),
                quantified(Direction.HIGHER_IS_BETTER, null, count)))).build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan,
                List.of(obs("events", 2020, "3"), provisional("events", 2021, "1"), obs("events", 2022, "5")), 2022));
                assertThat(run.fired().count(YEARLY)).isEqualTo(1);
        Assessment a = run.evaluation().assessments().get(0);
        assertThat(a.ownerKind()).isEqualTo(SubjectKind.KEY_WORK_ITEM);
        assertThat(a.ownerId()).isEqualTo("kw-2020-22");
        assertThat(a.years()).containsExactly(new YearResult(2020, d("3"), Status.ACHIEVED, false),
                new YearResult(2021, d("1"), Status.MISSED, true), new YearResult(2022, d("5"), Status.ACHIEVED, false));
        assertThat(a.status()).isEqualTo(Status.MISSED);
        assertThat(a.provisional()).isTrue();
        assertThat(a.method()).isNull();
        assertThat(a.ratio()).isNull();
        assertThat(a.latestYear()).isEqualTo(2022);
        assertThat(a.targetYear()).isEqualTo(2022);
    }

    @Test
    void everyTargetOfThePlanIsAssessedInOrder() {
        var plan = plan()
                .indicators(List.of(indicator("x", Direction.HIGHER_IS_BETTER, null,
                        Target.level("x-2021", 2021, Comparison.AT_LEAST, d("1")),
                        Target.level("x-2022", 2022, Comparison.AT_LEAST, d("2")))))
                .tasks(List.of(task(1, List.of(COMMERCE), List.of(), quantified(Direction.NONE, null,
                        Target.holdBand("share", YearSpan.of(2020, 2022), d("13"), Tolerance.absolute(d("1")))))))
                .keyWork(List.of(keyWork(2020, 1, List.of(COMMERCE), List.of(), List.of(1),
                        quantified(Direction.HIGHER_IS_BETTER, null, Target.level("teams", 2020, Comparison.AT_LEAST, d("10"))))))
                .build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(), 2021));
        assertThat(run.evaluation().assessments()).extracting(Assessment::targetId)
                .containsExactly("x-2021", "x-2022", "share", "teams");
        assertThat(run.fired().count(LEVEL) + run.fired().count(YEARLY)).isEqualTo(run.evaluation().assessments().size());
    }
}
