package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.YearSpan;

/** The rules of summary.drl: group scores and statuses for the plan, each category and each area. */
class SummaryRulesTest {

    private static final String PREFIX = "Summary: ";
    private static final String ON_TRACK = PREFIX + "a group scoring at or above the on-track threshold is on track";
    private static final String ACCELERATION = PREFIX + "a group scoring between the acceleration and on-track thresholds needs acceleration";
    private static final String LIMITED = PREFIX + "a group scoring between the limited-progress and acceleration thresholds makes limited progress";
    private static final String DETERIORATION = PREFIX + "a group scoring below the limited-progress threshold deteriorates";
    private static final String NONE = PREFIX + "a group without a scored target has insufficient data";
    private static final String ACHIEVED = PREFIX + "a group whose members are all achieved is achieved";
    private static final String TOO_FEW = PREFIX + "a group with too few targets assessed has no verdict";

    /** R = 0.75 gives this score. */
    private static final double ACCELERATING = 7.1429 * 0.75 - 4.2857;

    /**
     * Indicators x (score 1.07), y (ACHIEVED, 5) and z (no data); task 1 of area "industry" (MISSED, -5);
     * key-work item 2020-1 carrying out task 1 (ACHIEVED, 5); key-work item 2020-2 carrying out no task (MISSED, -5);
     * area "opening" with nothing in it.
     */
    private static ActionPlan plan() {
        return Fixtures.plan()
                .areas(List.of(new Area(AREA, 1, text("industry"), text("industry heading")),
                        new Area("opening", 2, text("opening"), text("opening heading"))))
                .indicators(List.of(
                        indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"),
                                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"))),
                        indicator("y", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "1"),
                                Target.level("y-2021", 2021, Comparison.AT_LEAST, d("10"))),
                        indicator("z", 3, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null,
                                Target.level("z-2022", 2022, Comparison.AT_LEAST, d("10")))))
                .tasks(List.of(task(1, List.of(COMMERCE), List.of(), quantified(Direction.HIGHER_IS_BETTER, null,
                        Target.level("t1", 2021, Comparison.AT_LEAST, d("10"))))))
                .keyWork(List.of(
                        keyWork(2020, 1, List.of(COMMERCE), List.of(), List.of(1), quantified(Direction.HIGHER_IS_BETTER,
                                null, Target.level("k1", 2020, Comparison.AT_LEAST, d("5")))),
                        keyWork(2020, 2, List.of(COMMERCE), List.of(), List.of(), quantified(Direction.HIGHER_IS_BETTER,
                                null, Target.level("k2", 2020, Comparison.AT_LEAST, d("5"))))))
                .build();
    }

    private static Runs.Run run(PlanEvaluator evaluator) {
        return Runs.run(evaluator, EvaluationInput.of(plan(), List.of(obs("x", 2021, "150"), obs("y", 2021, "12"),
                obs("t1", 2021, "8"), obs("k1", 2020, "5"), obs("k2", 2020, "4")), 2021));
    }

    @Test
    void summaries_ofThePlanEachCategoryAndEachArea() {
        Runs.Run run = run(Runs.EVALUATOR);
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(ON_TRACK, ACCELERATION, NONE);
        Evaluation e = run.evaluation();
        assertThat(e.groups()).extracting(GroupSummary::kind, GroupSummary::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GroupKind.PLAN, "test-plan"),
                org.assertj.core.groups.Tuple.tuple(GroupKind.CATEGORY, CATEGORY),
                org.assertj.core.groups.Tuple.tuple(GroupKind.AREA, AREA),
                org.assertj.core.groups.Tuple.tuple(GroupKind.AREA, "opening"));

        GroupSummary category = e.group(GroupKind.CATEGORY, CATEGORY).orElseThrow();
        assertThat(category.score()).isCloseTo((ACCELERATING + 5) / 2, within(1e-12));
        assertThat(category.status()).isEqualTo(Status.ON_TRACK);
        assertThat(category.members()).isEqualTo(3);
        assertThat(category.unscored()).isEqualTo(1);
        assertThat(category.counts()).containsAllEntriesOf(Map.of(Status.ACHIEVED, 1, Status.ACCELERATION_NEEDED, 1,
                Status.INSUFFICIENT_DATA, 1, Status.MISSED, 0));

        GroupSummary industry = e.group(GroupKind.AREA, AREA).orElseThrow();
        assertThat(industry.members()).as("task 1 and key-work item 2020-1, not 2020-2").isEqualTo(2);
        assertThat(industry.score()).isEqualTo(0.0);
        assertThat(industry.status()).isEqualTo(Status.ACCELERATION_NEEDED);

        GroupSummary opening = e.group(GroupKind.AREA, "opening").orElseThrow();
        assertThat(opening.members()).isZero();
        assertThat(opening.score()).isNull();
        assertThat(opening.status()).isEqualTo(Status.INSUFFICIENT_DATA);

        GroupSummary whole = e.planSummary();
        assertThat(whole.members()).isEqualTo(6);
        assertThat(whole.unscored()).isEqualTo(1);
        assertThat(whole.score()).isCloseTo((ACCELERATING + 5 - 5 + 5 - 5) / 5, within(1e-12));
        assertThat(whole.status()).isEqualTo(Status.ACCELERATION_NEEDED);
    }

    @Test
    void anArea_includesTheTargetsOfTheIndicatorsThatMeasureItsTasks_eachOnce() {
        ActionPlan linked = plan().toBuilder()
                .tasks(List.of(task(1, List.of(COMMERCE), List.of()),
                        new Task(2, "opening", text("task 2"), "任务2", List.of(COMMERCE), List.of(), List.of()),
                        new Task(3, "opening", text("task 3"), "任务3", List.of(COMMERCE), List.of(), List.of())))
                .keyWork(List.of())
                .indicators(plan().indicators().stream().map(i -> switch (i.id()) {
                    case "x" -> i.withOwners(List.of(1, 2, 3), List.of(), List.of());
                    case "y" -> i.withOwners(List.of(2), List.of(), List.of());
                    default -> i;
                }).toList())
                .build();

        Evaluation e = Runs.run(EvaluationInput.of(linked, List.of(obs("x", 2021, "150"), obs("y", 2021, "12")), 2021))
                .evaluation();

        GroupSummary industry = e.group(GroupKind.AREA, AREA).orElseThrow();
        assertThat(industry.members()).as("x-2022 through task 1").isEqualTo(1);
        assertThat(industry.score()).isCloseTo(ACCELERATING, within(1e-12));
        GroupSummary opening = e.group(GroupKind.AREA, "opening").orElseThrow();
        assertThat(opening.members()).as("x-2022 once though it measures tasks 2 and 3, and y-2021").isEqualTo(2);
        assertThat(opening.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.planSummary().members()).as("no target counts twice in the plan").isEqualTo(3);
    }

    @Test
    void summaries_thresholdsComeFromThePolicy() {
        PlanEvaluator lenient = Runs.EVALUATOR.withPolicy(EvaluationPolicy.builder().groupOnTrackScore(0.1).build());
        Runs.Run run = run(lenient);
        assertThat(run.evaluation().planSummary().status()).isEqualTo(Status.ON_TRACK);
        assertThat(run.evaluation().group(GroupKind.AREA, AREA).orElseThrow().status()).isEqualTo(Status.ACCELERATION_NEEDED);
    }

    @Test
    void summaries_limitedProgressAndDeterioration() {
        // x: R = 0.3, score 4.1667 * 0.3 - 2.5 = -1.25; y missed, -5.
        ActionPlan limited = planWith(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR,
                baseline(2019, "100"), Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200"))));
        Runs.Run first = Runs.run(EvaluationInput.of(limited, List.of(obs("x", 2021, "120")), 2021));
        assertThat(first.fired().of(PREFIX)).containsExactlyInAnyOrder(LIMITED, NONE);
        assertThat(first.evaluation().planSummary().status()).isEqualTo(Status.LIMITED_PROGRESS);

        Runs.Run second = Runs.run(EvaluationInput.of(limited, List.of(obs("x", 2021, "90")), 2021));
        assertThat(second.fired().of(PREFIX)).containsExactlyInAnyOrder(DETERIORATION, NONE);
        assertThat(second.evaluation().planSummary().score()).isCloseTo(4.1667 * -0.15 - 2.5, within(1e-12));
    }

    /** Indicators a, b, c, d, higher is better, linear from 100 in 2019 toward at least 200 in 2022. */
    private static ActionPlan four() {
        List<Indicator> indicators = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            indicators.add(indicator(id, indicators.size() + 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR,
                    baseline(2019, "100"), Target.level(id + "-2022", 2022, Comparison.AT_LEAST, d("200"))));
        }
        return Fixtures.plan().indicators(indicators).build();
    }

    @Test
    void summaries_notEnoughAssessed() {
        // Only a is observed (missed as of 2022): 1 of 4 assessed, a quarter, below one half: no verdict,
        // where the mean alone (-5) would have called the plan DETERIORATION.
        Runs.Run run = Runs.run(EvaluationInput.of(four(), List.of(obs("a", 2022, "150")), 2022));
        assertThat(run.fired().of(PREFIX)).contains(TOO_FEW).doesNotContain(DETERIORATION);
        GroupSummary plan = run.evaluation().planSummary();
        assertThat(plan.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(plan.score()).isNull();
        assertThat(List.of(plan.assessed(), plan.dueOrAhead())).containsExactly(1, 4);
        assertThat(plan.isNotEnoughAssessed()).isTrue();

        // Two of four, exactly one half: a verdict.
        Runs.Run half = Runs.run(EvaluationInput.of(four(), List.of(obs("a", 2022, "150"), obs("b", 2022, "150")), 2022));
        assertThat(half.evaluation().planSummary().status()).isEqualTo(Status.DETERIORATION);
    }

    @Test
    void summaries_theLeastCoverageComesFromThePolicy() {
        PlanEvaluator any = Runs.EVALUATOR.withPolicy(EvaluationPolicy.builder().minimumCoverage(0.25).build());
        Runs.Run run = Runs.run(any, EvaluationInput.of(four(), List.of(obs("a", 2022, "150")), 2022));
        assertThat(run.evaluation().planSummary().status()).isEqualTo(Status.DETERIORATION);
        assertThat(run.evaluation().planSummary().coverage()).isEqualTo(0.25);
    }

    @Test
    void summaries_allAchieved() {
        Runs.Run run = Runs.run(EvaluationInput.of(four(), List.of(obs("a", 2022, "200"), obs("b", 2022, "210"),
                obs("c", 2022, "250"), obs("d", 2022, "201")), 2022));
        assertThat(run.fired().of(PREFIX)).as("the empty area has no scored member").containsOnly(ACHIEVED, NONE);
        assertThat(run.fired().count(ACHIEVED)).as("the plan and its category").isEqualTo(2);
        assertThat(run.evaluation().planSummary().status()).isEqualTo(Status.ACHIEVED);
        assertThat(run.evaluation().planSummary().score()).isEqualTo(5.0);
    }

    @Test
    void summaries_yearlyTargetsNotYetDueAreNotCounted() {
        // A yearly count from 2023 has no year due as of 2022 (NOT_YET_DUE): of the two members only a
        // is due or ahead, and with a missed, 1 of 1 is assessed.
        Target yearly = new Target("y-yearly", TargetKind.YEARLY_COUNT,
                YearSpan.of(2023, 2025), Comparison.AT_LEAST, d("10"), null, null);
        ActionPlan plan = Fixtures.plan().indicators(List.of(
                indicator("a", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"),
                        Target.level("a-2022", 2022, Comparison.AT_LEAST, d("200"))),
                indicator("y", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null, yearly))).build();
        GroupSummary summary = Runs.run(EvaluationInput.of(plan, List.of(obs("a", 2022, "150")), 2022)).evaluation()
                .planSummary();
        assertThat(List.of(summary.assessed(), summary.dueOrAhead(), summary.members())).containsExactly(1, 1, 2);
        assertThat(summary.status()).isEqualTo(Status.DETERIORATION);
    }
}
