package io.github.planwatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Status;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/** The plain evaluator on the Shaoxing plan with its sourced observations, and on bad input. */
class PlainEvaluatorTest {

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2025, 2026})
    void agreesWithTheRulesOnTheShaoxingPlan(int asOf) {
        EvaluationInput input = EvaluationInput.of(PlanDocuments.shaoxing(), ShaoxingInputs.observations(), asOf);
        Agreement.assertAgree(PlainEvaluator.create().evaluate(input), PlanEvaluator.create().evaluate(input));
    }

    @Test
    void judgesTheSourcedShaoxingValues() {
        Evaluation evaluation = PlainEvaluator.create().evaluate(ShaoxingInputs.input());
        Assessment gdp = evaluation.assessments().stream().filter(a -> a.targetId().equals("gdp-2022")).findFirst().orElseThrow();
        // 2022 has passed and was not reported: the 2021 value is shown for information only.
        assertThat(gdp.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(gdp.latestYear()).isEqualTo(2021);
        Assessment pm25 = evaluation.assessments().stream().filter(a -> a.targetId().equals("pm25-2025")).findFirst().orElseThrow();
        // 27 in 2021 is already below the 2025 target of 32.
        assertThat(pm25.status()).isEqualTo(Status.ACHIEVED);
        assertThat(evaluation.groups().get(0).id()).isEqualTo(PlanDocuments.shaoxing().id());
    }

    @Test
    void refusesObservationsOfNothingInThePlanAndRepeatedYears() {
        EvaluationInput unknown = EvaluationInput.of(PlanDocuments.shaoxing(),
                List.of(Observation.of("gpd", 2021, BigDecimal.ONE)), 2022);
        assertThatThrownBy(() -> PlainEvaluator.create().evaluate(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gpd");
        EvaluationInput twice = EvaluationInput.of(PlanDocuments.shaoxing(),
                List.of(Observation.of("gdp", 2021, BigDecimal.ONE), Observation.of("gdp", 2021, BigDecimal.TEN)), 2022);
        assertThatThrownBy(() -> PlainEvaluator.create().evaluate(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two observations of gdp for 2021");
    }
}
