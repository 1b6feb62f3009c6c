package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.planwatch.model.Evaluation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The built-in rules join facts of one subject only, so that an evaluation split among sessions by
 * subject ({@link SessionParts}) is the evaluation of one session: assessments, findings and groups,
 * in the same order, whether the parts are judged side by side or one after another. A rule that
 * joined facts of two subjects would break this law.
 */
class SessionPartsProperties {

    private static final PlanEvaluator ONE_SESSION = PlanEvaluator.create().withSubjectsPerSession(Integer.MAX_VALUE);
    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    @Provide
    Arbitrary<Scenarios.Scenario> plans() {
        return Scenarios.plans();
    }

    @Provide
    Arbitrary<JointTargetProperties.Joint> joints() {
        return new JointTargetProperties().joints();
    }

    @Property(tries = 300)
    void aPlanEvaluatedInParts_isThePlanEvaluatedInOneSession(@ForAll("plans") Scenarios.Scenario scenario,
                                                               @ForAll @IntRange(min = 1, max = 3) int subjectsPerSession) {
        Evaluation whole = ONE_SESSION.evaluate(scenario.input());

        PlanEvaluator inPartsEvaluator = EVALUATOR.withSubjectsPerSession(subjectsPerSession);
        // Side by side on the common pool, as evaluate judges them, and one after another, as a batch does.
        Evaluation inParts = inPartsEvaluator.evaluate(scenario.input());
        List<Evaluation> inBatch = new ArrayList<>();
        inPartsEvaluator.evaluateAll(Stream.of(scenario.input()), inBatch::add);

        assertThat(inParts).isEqualTo(whole);
        assertThat(inParts.findings()).containsExactlyElementsOf(whole.findings());
        assertThat(inBatch).containsExactly(whole);
        assertThat(inBatch.get(0).findings()).containsExactlyElementsOf(whole.findings());
    }

    @Property(tries = 100)
    void jointTargets_areJudgedFromMembersAssessedInOtherParts(@ForAll("joints") JointTargetProperties.Joint joint) {
        EvaluationInput input = EvaluationInput.of(joint.plan(joint.ids()), joint.observations(), joint.asOf());

        Evaluation inParts = EVALUATOR.withSubjectsPerSession(1).evaluate(input);

        assertThat(inParts).isEqualTo(ONE_SESSION.evaluate(input));
        assertThat(inParts.assessment("j").orElseThrow().members()).hasSize(joint.members().size());
    }
}
