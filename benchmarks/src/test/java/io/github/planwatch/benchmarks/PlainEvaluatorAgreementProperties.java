package io.github.planwatch.benchmarks;

import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.EvaluationPolicy;
import io.github.planwatch.rules.PlanEvaluator;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The plain evaluator and the rules, two implementations of the methodology written apart, agree
 * on every target and group of generated plans, at every as-of year from before the first
 * observation to after the last target, and under other policies.
 */
class PlainEvaluatorAgreementProperties {

    private static final PlanEvaluator RULES = PlanEvaluator.create();
    private static final PlainEvaluator PLAIN = PlainEvaluator.create();

    /** The same input as of another year: observations after it are left out by both. */
    private static EvaluationInput asOf(EvaluationInput input, int year) {
        return new EvaluationInput(input.plan(), input.observations(), input.keyWorkUpdates(), input.accountabilities(),
                year, null);
    }

    @Property(tries = 60)
    void agreeOnGeneratedPlans(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int indicators,
                               @ForAll @IntRange(min = 1, max = 8) int years) {
        EvaluationInput input = SyntheticPlans.input(seed, indicators, years);
        Agreement.assertAgree(PLAIN.evaluate(input), RULES.evaluate(input));
    }

    @Example
    void agreeOnALargePlanAtEveryAsOfYear() {
        EvaluationInput input = SyntheticPlans.input(42, 200, 6);
        for (int year = SyntheticPlans.BASE_YEAR; year <= SyntheticPlans.BASE_YEAR + 9; year++) {
            Agreement.assertAgree(PLAIN.evaluate(asOf(input, year)), RULES.evaluate(asOf(input, year)));
        }
    }

    @Property(tries = 40)
    void agreeAtEveryAsOfYear(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int indicators,
                              @ForAll @IntRange(min = 1, max = 6) int years,
                              @ForAll @IntRange(min = -1, max = 9) int yearsAfterBase) {
        EvaluationInput input = asOf(SyntheticPlans.input(seed, indicators, years), SyntheticPlans.BASE_YEAR + yearsAfterBase);
        Agreement.assertAgree(PLAIN.evaluate(input), RULES.evaluate(input));
    }

    /** Policies whose ratio thresholds decrease strictly, as a policy requires (on track > acceleration > limited). */
    @Property(tries = 30)
    void agreeUnderOtherPolicies(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int indicators,
                                 @ForAll @DoubleRange(min = 0.7, max = 1.5) double onTrack,
                                 @ForAll @DoubleRange(min = 0.1, max = 0.69) double acceleration,
                                 @ForAll @DoubleRange(min = -0.5, max = 0.09) double limited,
                                 @ForAll @DoubleRange(min = 0.5, max = 4.5) double groupOnTrack) {
        EvaluationPolicy policy = EvaluationPolicy.builder().onTrackRatio(onTrack).accelerationNeededRatio(acceleration)
                .limitedProgressRatio(limited).groupOnTrackScore(groupOnTrack).build();
        EvaluationInput input = SyntheticPlans.input(seed, indicators, 5);
        Agreement.assertAgree(PlainEvaluator.of(policy).evaluate(input), RULES.withPolicy(policy).evaluate(input));
    }
}
