package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.baseline;
import static io.github.planwatch.rules.Fixtures.d;
import static io.github.planwatch.rules.Fixtures.indicator;
import static io.github.planwatch.rules.Fixtures.obs;
import static io.github.planwatch.rules.Fixtures.planWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;

/**
 * A target of zero is judged against zero itself: the replacement of 0 by 0.001 (the policy's
 * zeroReplacement) serves only the growth rates, never the test whether a value meets the target
 * (docs/methodology.md, "A target of zero", where this differs from Open SDG).
 */
class TargetOfZeroTest {

    /** At most 0 in 2022, lower is better, from 3 in 2019. */
    private static final Target NONE_BY_2022 = Target.level("x-2022", 2022, Comparison.AT_MOST, d("0"));

    private static Assessment judged(String value2022) {
        var plan = planWith(indicator("x", Direction.LOWER_IS_BETTER, baseline(2019, "3"), NONE_BY_2022));
        return PlanEvaluator.create().evaluate(plan, List.of(obs("x", 2022, value2022)), 2022).assessments().get(0);
    }

    @Test
    void valueBelowTheReplacementButAboveZero_missesAtMostZero() {
        assertThat(judged("0.0005").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void zero_meetsAtMostZero() {
        assertThat(judged("0").status()).isEqualTo(Status.ACHIEVED);
    }
}
