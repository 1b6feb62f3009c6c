package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.YearSpan;

/** The rules of risk-baseline-missing.drl. */
class BaselineMissingRulesTest {

    private static final String PREFIX = "Baseline missing: ";

    @Test
    void oncePerSubjectThatStartsFromItsFirstObservation() {
        var plan = plan()
                .indicators(List.of(
                        indicator("g5", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null,
                                Target.about("g5-2021", 2021, d("55"), null), Target.level("g5-2022", 2022, Comparison.AT_LEAST, d("80"))),
                        indicator("gdp", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                                Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800")))))
                .tasks(List.of(task(1, List.of(COMMERCE), List.of(), new io.github.planwatch.model.QuantifiedTarget(
                        text("bases"), UNIT, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null,
                        Target.cumulative("bases", YearSpan.of(2020, 2022), d("20"))))))
                .build();
        Runs.Run run = Runs.run(EvaluationInput.of(plan, List.of(obs("g5", 2020, "20"), obs("g5", 2021, "45"),
                obs("gdp", 2021, "6000"), obs("bases", 2021, "8")), 2021));
        assertThat(run.fired().of(PREFIX)).containsExactlyInAnyOrder(PREFIX + "an assessment starts from the first observation");
        List<Finding> findings = run.evaluation().findings(FindingCodes.BASELINE_MISSING);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.isAbout(SubjectKind.INDICATOR, "g5")).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.evidence()).isEqualTo(Map.of("firstObservationYear", "2020", "firstObservationValue", "20"));
        assertThat(f.message().zh()).isEqualTo("“测g5”没有基期值，评估以2020年的首个观测值20为起点。");
    }
}
