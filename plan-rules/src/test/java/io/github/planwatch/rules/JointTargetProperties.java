package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.CATEGORY;
import static io.github.planwatch.rules.Fixtures.UNIT;
import static io.github.planwatch.rules.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.rules.Scenarios.TargetSpec;

/**
 * The laws of a joint target: each member is judged as that target on that indicator would be;
 * ALL_OF is never better than its worst member and ANY_OF never worse than its best, each being
 * exactly that member's status; members of one status make the joint target's; the order the
 * indicators are named in changes nothing; and a summary counts the joint target once.
 */
class JointTargetProperties {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    /** What each indicator of a joint target is: its method, baseline and observations. */
    record Member(ProgressMethod method, BigDecimal baseline, List<Observation> observations) {
    }

    /** A joint target's terms over two to four indicators of one direction, as of a year. */
    record Joint(Combination combine, Direction direction, TargetSpec terms, List<Member> members, int asOf) {

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                ids.add("m" + i);
            }
            return ids;
        }

        Indicator indicator(int i, List<io.github.planwatch.model.Target> targets) {
            Member m = members.get(i);
            return new Indicator("m" + i, i + 1, CATEGORY, text("m" + i), UNIT, direction, m.method(),
                    m.baseline() == null ? null : Baseline.of(Scenarios.BASE_YEAR, m.baseline()), targets);
        }

        List<Observation> observations() {
            List<Observation> all = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                for (Observation o : members.get(i).observations()) {
                    all.add(new Observation("m" + i, o.year(), o.value(), o.provisional(), "", ""));
                }
            }
            return all;
        }

        /** The plan with the joint target over its indicators, named in the given order. */
        ActionPlan plan(List<String> order) {
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                indicators.add(indicator(i, List.of()));
            }
            return Fixtures.plan().indicators(indicators)
                    .jointTargets(List.of(new JointTarget(combine, order, terms.toTarget("j")))).build();
        }

        Evaluation evaluate(List<String> order) {
            return EVALUATOR.evaluate(EvaluationInput.of(plan(order), observations(), asOf));
        }

        /** The assessment of the terms stated as the one target of indicator i, under the member's id. */
        Assessment alone(int i) {
            ActionPlan single = Fixtures.plan().indicators(List.of(indicator(i, List.of(terms.toTarget("j.m" + i))))).build();
            return EVALUATOR.evaluate(EvaluationInput.of(single, observations().stream()
                    .filter(o -> o.subject().equals("m" + i)).toList(), asOf)).assessments().get(0);
        }
    }

    @Provide
    Arbitrary<Joint> joints() {
        Arbitrary<Member> member = Combinators.combine(Arbitraries.of(ProgressMethod.class),
                Scenarios.values().injectNull(0.3), Scenarios.observations("x"))
                .as(Member::new);
        return Arbitraries.of(Direction.class).flatMap(direction -> Combinators.combine(Arbitraries.of(Combination.class),
                Scenarios.targets(direction), member.list().ofMinSize(2).ofMaxSize(4),
                Arbitraries.integers().between(Scenarios.BASE_YEAR, Scenarios.LAST_YEAR))
                .as((combine, terms, members, asOf) -> new Joint(combine, direction, terms, members, asOf)));
    }

    private static Assessment joint(Evaluation evaluation) {
        return evaluation.assessment("j").orElseThrow();
    }

    @Property(tries = 150)
    void eachMember_isJudgedAsThatTargetOnThatIndicatorAlone(@ForAll("joints") Joint joint) {
        List<Assessment> members = joint(joint.evaluate(joint.ids())).members();

        for (int i = 0; i < members.size(); i++) {
            assertThat(members.get(i)).isEqualTo(joint.alone(i));
        }
    }

    @Property(tries = 300)
    void allOf_isItsWorstMember_andAnyOf_itsBest(@ForAll("joints") Joint joint) {
        Assessment a = joint(joint.evaluate(joint.ids()));
        List<Integer> ranks = a.members().stream().map(m -> m.status().rank()).toList();

        if (joint.combine() == Combination.ALL_OF) {
            assertThat(ranks).allSatisfy(r -> assertThat(a.status().rank()).isLessThanOrEqualTo(r));
        } else {
            assertThat(ranks).allSatisfy(r -> assertThat(a.status().rank()).isGreaterThanOrEqualTo(r));
        }
        Assessment decider = a.members().stream().filter(m -> m.subjectId().equals(a.decidedBy())).findFirst()
                .orElseThrow();
        assertThat(a.status()).isEqualTo(decider.status());
        assertThat(a.score()).isEqualTo(decider.score());
        assertThat(a.reason()).isEqualTo(decider.reason());
    }

    @Property(tries = 200)
    void membersOfOneStatus_makeThatStatus(@ForAll("joints") Joint joint) {
        Joint same = new Joint(joint.combine(), joint.direction(), joint.terms(),
                Collections.nCopies(joint.members().size(), joint.members().get(0)), joint.asOf());
        Assessment a = joint(same.evaluate(same.ids()));

        assertThat(a.members()).extracting(Assessment::status).containsOnly(a.status());
    }

    @Property(tries = 200)
    void theOrderOfTheIndicators_changesNothingButTheOrderOfTheMembers(@ForAll("joints") Joint joint) {
        List<String> reversed = new ArrayList<>(joint.ids());
        Collections.reverse(reversed);
        Assessment named = joint(joint.evaluate(joint.ids()));
        Assessment reverse = joint(joint.evaluate(reversed));

        assertThat(reverse.status()).isEqualTo(named.status());
        assertThat(reverse.decidedBy()).isEqualTo(named.decidedBy());
        assertThat(reverse.toBuilder().members(named.members()).build()).isEqualTo(named);
    }

    @Property(tries = 150)
    void summaries_countTheJointTargetOnce(@ForAll("joints") Joint joint) {
        Evaluation evaluation = joint.evaluate(joint.ids());

        assertThat(evaluation.assessments()).extracting(Assessment::targetId).containsExactly("j");
        assertThat(evaluation.planSummary().members()).isEqualTo(1);
        assertThat(evaluation.planSummary().count(joint(evaluation).status())).isEqualTo(1);
        assertThat(evaluation.group(io.github.planwatch.model.GroupKind.CATEGORY, CATEGORY).orElseThrow().members())
                .isEqualTo(1);
    }
}
