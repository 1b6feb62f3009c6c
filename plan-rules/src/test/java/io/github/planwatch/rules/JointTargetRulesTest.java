package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.baseline;
import static io.github.planwatch.rules.Fixtures.d;
import static io.github.planwatch.rules.Fixtures.indicator;
import static io.github.planwatch.rules.Fixtures.obs;
import static io.github.planwatch.rules.Fixtures.provisional;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;

/**
 * A joint target over three rates with a baseline of 60 in 2019 and a target of 70 or more in 2022,
 * linearly: as of 2021, 66.7 is on pace (R 1), 62 is limited progress, 59 deteriorates; 2022's
 * 70 achieves it and 69 misses it.
 */
class JointTargetRulesTest {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    private static ActionPlan plan(Combination combine) {
        return Fixtures.plan()
                .indicators(List.of(rate("a", 1), rate("b", 2), rate("c", 3)))
                .jointTargets(List.of(new JointTarget(combine, List.of("a", "b", "c"),
                        Target.level("rates-2022", 2022, Comparison.AT_LEAST, d("70")))))
                .build();
    }

    private static io.github.planwatch.model.Indicator rate(String id, int number) {
        return indicator(id, number, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "60"));
    }

    private static Evaluation evaluate(Combination combine, int asOf, Observation... observations) {
        return EVALUATOR.evaluate(EvaluationInput.of(plan(combine), List.of(observations), asOf));
    }

    private static Assessment joint(Evaluation evaluation) {
        return evaluation.assessment("rates-2022").orElseThrow();
    }

    @Test
    void allOf_isItsWorstMember_andSaysWhichDecided() {
        Assessment a = joint(evaluate(Combination.ALL_OF, 2021, obs("a", 2021, "66.7"), obs("b", 2021, "62"),
                obs("c", 2021, "68")));

        assertThat(a.status()).isEqualTo(Status.LIMITED_PROGRESS);
        assertThat(a.decidedBy()).isEqualTo("b");
        assertThat(a.combine()).isEqualTo(Combination.ALL_OF);
        assertThat(a.ownerKind()).isEqualTo(SubjectKind.PLAN);
        assertThat(a.ownerId()).isEqualTo("test-plan");
        assertThat(a.latestValue()).isEqualByComparingTo("62");
        assertThat(a.members()).extracting(Assessment::targetId)
                .containsExactly("rates-2022.a", "rates-2022.b", "rates-2022.c");
        assertThat(a.members()).extracting(Assessment::status)
                .containsExactly(Status.ON_TRACK, Status.LIMITED_PROGRESS, Status.ON_TRACK);
    }

    @Test
    void allOf_isMissedAsSoonAsOneMemberIs_whateverTheOthersLack() {
        Assessment a = joint(evaluate(Combination.ALL_OF, 2022, obs("a", 2022, "69"), obs("b", 2022, "75")));

        assertThat(a.status()).isEqualTo(Status.MISSED);
        assertThat(a.decidedBy()).isEqualTo("a");
        assertThat(a.members().get(2).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void allOf_hasNotEnoughData_whileAMemberLacksIt_andNoneIsMissed() {
        Assessment a = joint(evaluate(Combination.ALL_OF, 2021, obs("a", 2021, "66.7"), obs("b", 2021, "59")));

        assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(a.reason()).isEqualTo(InsufficientDataReason.NO_OBSERVATION);
        assertThat(a.decidedBy()).isEqualTo("c");
    }

    @Test
    void anyOf_isAchievedAsSoonAsOneMemberIs_whateverTheOthersLack() {
        Assessment a = joint(evaluate(Combination.ANY_OF, 2022, obs("b", 2022, "70"), obs("c", 2022, "50")));

        assertThat(a.status()).isEqualTo(Status.ACHIEVED);
        assertThat(a.decidedBy()).isEqualTo("b");
        assertThat(a.members()).extracting(Assessment::status)
                .containsExactly(Status.INSUFFICIENT_DATA, Status.ACHIEVED, Status.MISSED);
    }

    @Test
    void anyOf_isItsBestMember_andAMissedOneDecidesNothingWhileAnotherMayStillMeetIt() {
        Assessment best = joint(evaluate(Combination.ANY_OF, 2021, obs("a", 2021, "59"), obs("b", 2021, "62"),
                obs("c", 2021, "58")));
        Assessment open = joint(evaluate(Combination.ANY_OF, 2022, obs("a", 2022, "69")));

        assertThat(best.status()).isEqualTo(Status.LIMITED_PROGRESS);
        assertThat(best.decidedBy()).isEqualTo("b");
        assertThat(open.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(open.members().get(0).status()).isEqualTo(Status.MISSED);
        // Among members of one status, the one whose indicator's id sorts first decides.
        assertThat(open.decidedBy()).isEqualTo("b");
        assertThat(open.reason()).isEqualTo(InsufficientDataReason.NO_OBSERVATION);
    }

    @Test
    void summaries_countTheJointTargetOnce_besideTheIndicatorsOwnTargets() {
        ActionPlan withOwn = plan(Combination.ANY_OF).toBuilder().indicators(List.of(
                indicator("a", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "60"),
                        Target.level("a-2021", 2021, Comparison.AT_LEAST, d("65"))),
                rate("b", 2), rate("c", 3))).build();
        Evaluation evaluation = EVALUATOR.evaluate(EvaluationInput.of(withOwn, List.of(obs("a", 2021, "66"),
                obs("b", 2021, "63")), 2021));

        assertThat(evaluation.assessments()).extracting(Assessment::targetId).containsExactly("a-2021", "rates-2022");
        assertThat(evaluation.planSummary().members()).isEqualTo(2);
        assertThat(evaluation.planSummary().count(Status.ACHIEVED)).isEqualTo(1);
        assertThat(evaluation.planSummary().count(Status.ACCELERATION_NEEDED)).isEqualTo(1);
        assertThat(evaluation.assessment("rates-2022").orElseThrow().status()).isEqualTo(Status.ACCELERATION_NEEDED);
    }

    @Test
    void aMembersFinding_isRaisedAsForATargetOfItsIndicator_namingTheMember() {
        Evaluation evaluation = evaluate(Combination.ALL_OF, 2021, provisional("a", 2021, "66.7"),
                obs("b", 2021, "66.7"), obs("c", 2021, "66.7"));

        assertThat(evaluation.findings("PROVISIONAL_BASIS")).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("rates-2022.a");
            assertThat(f.message().zh()).isNotBlank();
            assertThat(f.message().en()).contains("rates-2022.a");
        });
    }
}
