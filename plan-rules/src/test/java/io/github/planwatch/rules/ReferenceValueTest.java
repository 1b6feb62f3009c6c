package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;

/**
 * A value the plan states without a year ("from 10% to 20%"): the required path starts from it in
 * the plan's first year (2020 here) where nothing is observed by then; an observation in or before
 * that year is the base instead, as for a plan with no baseline at all.
 */
class ReferenceValueTest {

    private static ActionPlan plan(String reference) {
        return planWith(indicator("share", Direction.HIGHER_IS_BETTER, null,
                Target.level("share-2022", 2022, Comparison.AT_LEAST, d("20"))).withReferenceValue(d(reference)));
    }

    private static Assessment assessed(ActionPlan plan, int asOf, Observation... observations) {
        return PlanEvaluator.create().evaluate(plan, List.of(observations), asOf).assessment("share-2022").orElseThrow();
    }

    @Test
    void withNothingObservedByThePlansFirstYear_thePathStartsFromTheReferenceThen() {
        Assessment a = assessed(plan("10"), 2021, obs("share", 2021, "14.2"));

        assertThat(a.baseSource()).isEqualTo(BaseSource.REFERENCE_VALUE);
        assertThat(a.baseYear()).isEqualTo(2020);
        assertThat(a.baseValue()).isEqualByComparingTo("10");
        // CAGR from 10 (2020) to 14.2 (2021) is 42% a year against the 41.4% needed: on track.
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void theReferenceIsJudgedAsABaselineOfThePlansFirstYear() {
        Observation[] observed = {obs("share", 2021, "11"), obs("share", 2022, "16")};
        ActionPlan dated = planWith(indicator("share", Direction.HIGHER_IS_BETTER, baseline(2020, "10"),
                Target.level("share-2022", 2022, Comparison.AT_LEAST, d("20"))));

        Assessment fromReference = assessed(plan("10"), 2022, observed);
        Assessment fromBaseline = assessed(dated, 2022, observed);

        assertThat(fromReference.status()).isEqualTo(fromBaseline.status()).isEqualTo(Status.MISSED);
        assertThat(fromReference.ratio()).isEqualTo(fromBaseline.ratio());
    }

    @Test
    void anObservationInThePlansFirstYear_isTheBase_andTheReferenceIsNotUsed() {
        Assessment a = assessed(plan("10"), 2021, obs("share", 2020, "12"), obs("share", 2021, "14"));

        assertThat(a.baseSource()).isEqualTo(BaseSource.FIRST_OBSERVATION);
        assertThat(a.baseYear()).isEqualTo(2020);
        assertThat(a.baseValue()).isEqualByComparingTo("12");
    }

    @Test
    void aReference_isNotAMissingBaseline() {
        Evaluation withReference = PlanEvaluator.create().evaluate(plan("10"), List.of(obs("share", 2021, "12")), 2021);
        ActionPlan without = planWith(indicator("share", Direction.HIGHER_IS_BETTER, null,
                Target.level("share-2022", 2022, Comparison.AT_LEAST, d("20"))));
        Evaluation withNone = PlanEvaluator.create().evaluate(without, List.of(obs("share", 2021, "12")), 2021);

        assertThat(withReference.findings(FindingCodes.BASELINE_MISSING)).isEmpty();
        assertThat(withNone.findings(FindingCodes.BASELINE_MISSING)).hasSize(1);
    }

    @Test
    void withNothingObservedAtAll_theTargetHasABaseButNoData() {
        Assessment a = assessed(plan("10"), 2021);

        assertThat(a.baseSource()).isEqualTo(BaseSource.REFERENCE_VALUE);
        assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }
}
