package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.YearSpan;

/** The rules of risk-regression.drl. */
class RegressionRulesTest {

    private static final String PREFIX = "Regression: ";
    private static final String RULE = PREFIX + "the latest observation moved away from the target";

    private static Runs.Run higherIsBetter(Observation... observations) {
        var plan = planWith(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "100"),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("150"))));
        return Runs.run(EvaluationInput.of(plan, List.of(observations), 2021));
    }

    @Test
    void latestBelowTheOneBefore() {
        Runs.Run run = higherIsBetter(obs("x", 2020, "110"), obs("x", 2021, "105"));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(RULE);
        Finding f = run.evaluation().findings(FindingCodes.REGRESSION).get(0);
        assertThat(f.subjectId()).isEqualTo("x");
        assertThat(f.evidence()).isEqualTo(Map.of("target", "x-2022", "previousYear", "2020", "previousValue", "110",
                "latestYear", "2021", "latestValue", "105"));
        assertThat(f.message().zh()).isEqualTo("“测x”从2020年的110变为2021年的105，离目标x-2022更远了。");
    }

    @Test
    void latestBelowTheBaseline() {
        Runs.Run run = higherIsBetter(obs("x", 2021, "95"));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(RULE);
        assertThat(run.evaluation().findings(FindingCodes.REGRESSION).get(0).evidence()).containsEntry("previousYear", "2019");
    }

    @Test
    void notWhenTheLatestImproves() {
        assertThat(higherIsBetter(obs("x", 2020, "110"), obs("x", 2021, "111")).fired().of(PREFIX)).isEmpty();
        assertThat(higherIsBetter(obs("x", 2020, "90"), obs("x", 2021, "120")).fired().of(PREFIX)).isEmpty();
    }

    @Test
    void aBandWhoseDistanceGrows() {
        var plan = plan().tasks(List.of(task(1, List.of(COMMERCE), List.of(), quantified(Direction.NONE, null,
                Target.holdBand("share", YearSpan.of(2020, 2022), d("13"), Tolerance.relative(d("0.05"))))))).build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(obs("share", 2020, "13.2"), obs("share", 2021, "12.5")), 2021));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(RULE);
        assertThat(run.evaluation().findings(FindingCodes.REGRESSION).get(0).subjectId()).isEqualTo("share");
    }
}
