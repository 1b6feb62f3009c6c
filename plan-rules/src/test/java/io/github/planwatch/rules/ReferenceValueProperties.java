package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law of a value stated without a year: where nothing is observed in or before the plan's first
 * year, every assessment is as if the plan had stated it as the baseline of that year.
 */
class ReferenceValueProperties {

    @Property(tries = 150)
    void aReference_isJudgedAsABaselineOfThePlansFirstYear(@ForAll("values") BigDecimal reference,
                                                            @ForAll("values") BigDecimal target,
                                                            @ForAll("series") List<BigDecimal> values,
                                                            @ForAll boolean linear, @ForAll boolean higherIsBetter) {
        ProgressMethod method = linear ? ProgressMethod.LINEAR : ProgressMethod.CAGR;
        Direction direction = higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        Target level = Target.level("s-2022", 2022, higherIsBetter ? Comparison.AT_LEAST : Comparison.AT_MOST, target);
        ActionPlan undated = planWith(indicator("s", 1, direction, method, null, level).withReferenceValue(reference));
        ActionPlan dated = planWith(indicator("s", 1, direction, method, baseline(2020, reference.toPlainString()), level));
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            observations.add(Observation.of("s", 2021 + i, values.get(i)));
        }

        for (int asOf = 2021; asOf <= 2023; asOf++) {
            Evaluation a = PlanEvaluator.create().evaluate(undated, observations, asOf);
            Evaluation b = PlanEvaluator.create().evaluate(dated, observations, asOf);
            Assessment x = a.assessment("s-2022").orElseThrow();
            Assessment y = b.assessment("s-2022").orElseThrow();
            assertThat(x.status()).as("as of " + asOf).isEqualTo(y.status());
            assertThat(x.ratio()).isEqualTo(y.ratio());
            assertThat(x.baseYear()).isEqualTo(y.baseYear());
        }
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("1000")).ofScale(1);
    }

    @Provide
    Arbitrary<List<BigDecimal>> series() {
        return values().list().ofMinSize(0).ofMaxSize(3);
    }
}
