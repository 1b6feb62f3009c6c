package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.ToleranceKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the domain that every evaluation obeys. */
class EvaluationProperties {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    @Provide
    Arbitrary<Scenarios.Scenario> singleTargets() {
        return Scenarios.singleTarget();
    }

    @Provide
    Arbitrary<Scenarios.Scenario> plans() {
        return Scenarios.plans();
    }

    @Provide
    Arbitrary<BigDecimal> steps() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3);
    }

    /**
     * Moving the latest observation toward the target never lowers the target's status rank or its
     * score: up for a target to reach or exceed, down for one to stay under, toward the level of a band.
     * Scores are compared where both statuses have one; the rank covers the moves from or to
     * INSUFFICIENT_DATA, which has no score.
     */
    @Property(tries = 500)
    void movingTheLatestObservationTowardTheTarget_neverLowersTheStatusOrTheScore(
            @ForAll("singleTargets") Scenarios.Scenario scenario, @ForAll("steps") BigDecimal step) {
        List<Observation> known = scenario.known();
        Assume.that(!known.isEmpty());
        Observation latest = known.get(known.size() - 1);
        Indicator indicator = scenario.plan().indicators().get(0);
        BigDecimal moved = toward(indicator.targets().get(0), indicator.direction(), latest.value(), step);
        List<Observation> changed = new ArrayList<>(scenario.observations());
        changed.set(changed.indexOf(latest), new Observation(latest.subject(), latest.year(), moved, latest.provisional(), "", ""));

        Assessment before = EVALUATOR.evaluate(scenario.input()).assessments().get(0);
        Assessment after = EVALUATOR.evaluate(scenario.input(changed)).assessments().get(0);
        assertThat(after.status().rank()).as("%s -> %s", before, after).isGreaterThanOrEqualTo(before.status().rank());
        if (before.score() != null && after.score() != null) {
            assertThat(after.score()).as("%s -> %s", before, after).isGreaterThanOrEqualTo(before.score());
        }
    }

    private static BigDecimal toward(Target target, Direction direction, BigDecimal value, BigDecimal step) {
        boolean band = target.kind() == TargetKind.HOLD_BAND
                || target.comparison() == Comparison.ABOUT && direction == Direction.NONE;
        if (band) {
            return value.add(target.value().subtract(value).multiply(step));
        }
        boolean down = target.comparison() == Comparison.AT_MOST || target.comparison() == Comparison.BELOW
                || target.comparison() == Comparison.ABOUT && direction == Direction.LOWER_IS_BETTER;
        BigDecimal factor = BigDecimal.ONE.add(step);
        return down ? value.divide(factor, Progress.PRECISION) : value.multiply(factor);
    }

    /** The same facts, given in any order, give an equal evaluation. */
    @Property(tries = 100)
    void theSameFactsInAnyOrder_giveAnEqualEvaluation(@ForAll("plans") Scenarios.Scenario scenario, @ForAll Random random) {
        List<Observation> observations = new ArrayList<>(scenario.observations());
        List<KeyWorkUpdate> updates = new ArrayList<>(scenario.updates());
        List<Accountability> accountabilities = new ArrayList<>(scenario.accountabilities());
        Collections.shuffle(observations, random);
        Collections.shuffle(updates, random);
        Collections.shuffle(accountabilities, random);
        EvaluationInput shuffled = new EvaluationInput(scenario.plan(), observations, updates, accountabilities,
                scenario.asOf(), null);
        assertThat(EVALUATOR.evaluate(shuffled)).isEqualTo(EVALUATOR.evaluate(scenario.input()));
    }

    /**
     * Multiplying an indicator's values, baseline and targets (levels, counts, absolute tolerances; not
     * growth rates, which are ratios already) by any k &gt; 0 changes no status. CAGR replaces a base or
     * target of exactly 0 by 0.001, a fixed amount that does not scale; so bands, ABOUT targets and
     * running totals, whose measured base or target can be 0, are measured linearly here.
     */
    @Property(tries = 300)
    void scalingAnIndicatorByAPositiveFactor_changesNoStatus(@ForAll("singleTargets") Scenarios.Scenario scenario,
                                                              @ForAll("factors") BigDecimal k) {
        Indicator indicator = awayFromZero(scenario.plan().indicators().get(0));
        ActionPlan plan = scenario.plan().toBuilder().indicators(List.of(indicator)).build();
        ActionPlan scaledPlan = plan.toBuilder().indicators(List.of(scale(indicator, k))).build();
        List<Observation> scaled = scenario.observations().stream()
                .map(o -> new Observation(o.subject(), o.year(), o.value().multiply(k), o.provisional(), "", "")).toList();
        Evaluation one = EVALUATOR.evaluate(EvaluationInput.of(plan, scenario.observations(), scenario.asOf()));
        Evaluation other = EVALUATOR.evaluate(EvaluationInput.of(scaledPlan, scaled, scenario.asOf()));
        assertThat(other.assessments()).extracting(Assessment::status, Assessment::reason)
                .isEqualTo(one.assessments().stream().map(a -> net.jqwik.api.Tuple.of(a.status(), a.reason()))
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.get1(), t.get2())).toList());
    }

    private static Indicator awayFromZero(Indicator i) {
        Target t = i.targets().get(0);
        boolean mayMeetZero = t.comparison() == Comparison.ABOUT || t.kind() == TargetKind.CUMULATIVE;
        ProgressMethod method = mayMeetZero ? ProgressMethod.LINEAR : i.method();
        return new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.direction(), method, i.baseline(), i.targets());
    }

    private static Indicator scale(Indicator i, BigDecimal k) {
        Baseline baseline = i.baseline() == null ? null : Baseline.of(i.baseline().year(), i.baseline().value().multiply(k));
        List<Target> targets = i.targets().stream().map(t -> {
            BigDecimal value = t.kind() == TargetKind.YEARLY_GROWTH ? t.value() : t.value().multiply(k);
            Tolerance tolerance = t.tolerance() == null || t.tolerance().kind() == ToleranceKind.RELATIVE ? t.tolerance()
                    : Tolerance.absolute(t.tolerance().value().multiply(k));
            return new Target(t.id(), t.kind(), t.years(), t.comparison(), value, tolerance, t.wording());
        }).toList();
        return new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.direction(), i.method(), baseline, targets);
    }

    /**
     * An expected value is judged as a binding target is: making every indicator's target EXPECTED
     * changes nothing in the evaluation but the nature its assessments carry and the summaries by
     * nature that a plan of two natures has.
     */
    @Property(tries = 100)
    void expectedTargets_areJudgedAsBindingOnes(@ForAll("plans") Scenarios.Scenario scenario) {
        ActionPlan plan = scenario.plan();
        ActionPlan expected = plan.toBuilder().indicators(plan.indicators().stream().map(i -> new Indicator(i.id(),
                i.number(), i.category(), i.name(), i.unit(), i.direction(), i.method(), i.baseline(),
                i.targets().stream().map(t -> t.withNature(TargetNature.EXPECTED)).toList())).toList()).build();
        Evaluation binding = EVALUATOR.evaluate(scenario.input());
        Evaluation asExpected = EVALUATOR.evaluate(new EvaluationInput(expected, scenario.observations(),
                scenario.updates(), scenario.accountabilities(), scenario.asOf(), null));

        assertThat(asExpected.assessments()).filteredOn(a -> a.ownerKind() == SubjectKind.INDICATOR)
                .extracting(Assessment::nature).containsOnly(TargetNature.EXPECTED);
        assertThat(asExpected.assessments().stream().map(a -> a.toBuilder().nature(TargetNature.BINDING).build()).toList())
                .isEqualTo(binding.assessments());
        assertThat(asExpected.findings()).isEqualTo(binding.findings());
        assertThat(asExpected.groups()).filteredOn(g -> g.kind() != GroupKind.NATURE)
                .isEqualTo(binding.groups().stream().filter(g -> g.kind() != GroupKind.NATURE).toList());
    }

    /**
     * Binding targets and expected values are summed up apart exactly where a plan states both: the
     * two summaries together hold every target of the plan's summary, each once.
     */
    @Property(tries = 100)
    void summariesByNature_partitionThePlansTargets(@ForAll("plans") Scenarios.Scenario scenario) {
        ActionPlan plan = scenario.plan();
        ActionPlan mixed = plan.toBuilder().indicators(plan.indicators().stream().map(i -> new Indicator(i.id(),
                i.number(), i.category(), i.name(), i.unit(), i.direction(), i.method(), i.baseline(),
                i.targets().stream().map(t -> i.number() % 2 == 0 ? t.withNature(TargetNature.EXPECTED) : t).toList()))
                .toList()).build();
        Evaluation evaluation = EVALUATOR.evaluate(new EvaluationInput(mixed, scenario.observations(),
                scenario.updates(), scenario.accountabilities(), scenario.asOf(), null));

        long natures = evaluation.assessments().stream().map(Assessment::nature).distinct().count();
        List<GroupSummary> byNature = evaluation.groups(GroupKind.NATURE);
        if (natures < 2) {
            assertThat(byNature).isEmpty();
        } else {
            assertThat(byNature).extracting(GroupSummary::id).containsExactly("binding", "expected");
            assertThat(byNature.stream().mapToInt(GroupSummary::members).sum())
                    .isEqualTo(evaluation.planSummary().members());
            for (GroupSummary g : byNature) {
                TargetNature nature = TargetNature.valueOf(g.id().toUpperCase(java.util.Locale.ROOT));
                assertThat(g.members()).isEqualTo((int) evaluation.assessments().stream()
                        .filter(a -> a.nature() == nature).count());
            }
        }
    }

    /** Observations after the as-of year change nothing: they are not yet known. */
    @Property(tries = 100)
    void observationsAfterTheAsOfYear_changeNothing(@ForAll("plans") Scenarios.Scenario scenario) {
        Assume.that(scenario.known().size() < scenario.observations().size());
        assertThat(EVALUATOR.evaluate(scenario.input())).isEqualTo(EVALUATOR.evaluate(scenario.input(scenario.known())));
    }

    /** Evaluating twice gives equal results, with the same evaluator or another. */
    @Property(tries = 50)
    void evaluatingTwice_givesEqualResults(@ForAll("plans") Scenarios.Scenario scenario) {
        Evaluation first = EVALUATOR.evaluate(scenario.input());
        assertThat(EVALUATOR.evaluate(scenario.input())).isEqualTo(first);
        assertThat(PlanEvaluator.builder().build().evaluate(scenario.input())).isEqualTo(first);
    }
}
