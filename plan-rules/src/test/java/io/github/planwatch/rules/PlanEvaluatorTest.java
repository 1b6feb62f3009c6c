package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Problem;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Unit;

class PlanEvaluatorTest {

    private static final Path RULES = Path.of("src/test/resources/user-rules");

    private static final ActionPlan PLAN = plan()
            .indicators(List.of(
                    indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                            Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800"))),
                    new io.github.planwatch.model.Indicator("fx", 2, CATEGORY, text("fx"), Unit.of("%", "percent"),
                            Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "1"),
                            List.of(Target.level("fx-2022", 2022, Comparison.AT_LEAST, d("2"))))))
            .keyWork(List.of(keyWork(2020, 1, List.of(COMMERCE), List.of(), List.of())))
            .build();

    @Test
    void evaluate_ignoresObservationsAfterTheAsOfYear() {
        List<Observation> known = List.of(obs("gdp", 2020, "5900"));
        List<Observation> withLater = List.of(obs("gdp", 2020, "5900"), obs("gdp", 2022, "5000"), obs("gdp", 2021, "7000"));
        Evaluation evaluation = PlanEvaluator.create().evaluate(PLAN, withLater, 2020);
        assertThat(evaluation).isEqualTo(PlanEvaluator.create().evaluate(PLAN, known, 2020));
        assertThat(evaluation.assessment("gdp-2022").orElseThrow().latestYear()).isEqualTo(2020);
    }

    @Test
    void evaluate_reportsEveryProblemOfTheInput() {
        EvaluationInput input = EvaluationInput.of(PLAN, List.of(obs("gdp", 2020, "1"), obs("gpd", 2020, "1"),
                obs("gdp", 2020, "2"), obs("fx", 2021, "-1")), 2021)
                .withKeyWorkUpdates(List.of(update("kw-2020-9", LocalDate.of(2020, 5, 1), KeyWorkStatus.DONE),
                        update("kw-2020-1", LocalDate.of(2020, 5, 1), KeyWorkStatus.DONE),
                        update("kw-2020-1", LocalDate.of(2020, 5, 1), KeyWorkStatus.DELAYED)))
                .withAccountabilities(List.of(Accountability.of("gross", COMMERCE), Accountability.of("gdp", "nobody")));
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> PlanEvaluator.create().evaluate(input));
        assertThat(ex.problems()).extracting(Problem::path).containsExactly("observations[1].subject", "observations[2]",
                "observations[3].value", "keyWorkUpdates[0].item", "keyWorkUpdates[2]", "accountabilities[0].indicator",
                "accountabilities[1].unit");
        assertThat(ex.getMessage()).contains("names no indicator or target of the plan: 'gpd'")
                .contains("a second value of 'gdp' for 2020 (the first is observations[0])")
                .contains("must not be negative in percent, got -1");
    }

    /** Every problem of an evaluation's input is said in Chinese too, at the same paths, with no English sentence left. */
    @Test
    void evaluate_saysEveryProblemOfTheInputInChinese() {
        EvaluationInput input = EvaluationInput.of(PLAN, List.of(obs("gdp", 2020, "1"), obs("gpd", 2020, "1"),
                obs("gdp", 2020, "2"), obs("fx", 2021, "-1")), 2021)
                .withKeyWorkUpdates(List.of(update("kw-2020-9", LocalDate.of(2020, 5, 1), KeyWorkStatus.DONE),
                        update("kw-2020-1", LocalDate.of(2020, 5, 1), KeyWorkStatus.DONE),
                        update("kw-2020-1", LocalDate.of(2020, 5, 1), KeyWorkStatus.DELAYED)))
                .withAccountabilities(List.of(Accountability.of("gross", COMMERCE), Accountability.of("gdp", "nobody")));
        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> PlanEvaluator.create().evaluate(input));
        assertThat(ex.problems()).extracting(p -> p.toString(java.util.Locale.CHINESE)).containsExactly(
                "observations[1].subject: 规划中没有这个指标或目标：“gpd”",
                "observations[2]: “gdp”在2020年的第二个数值（第一个是observations[0]）",
                "observations[3].value: 不得为负数：%不能取负值，实为-1",
                "keyWorkUpdates[0].item: 规划中没有这个重点工作或里程碑：“kw-2020-9”",
                "keyWorkUpdates[2]: “kw-2020-1”在2020-05-01的第二份报告（第一份是keyWorkUpdates[1]）",
                "accountabilities[0].indicator: 规划中没有这个指标：“gross”",
                "accountabilities[1].unit: 规划中没有这个单位：“nobody”");
        assertThat(ex.message(java.util.Locale.CHINESE)).startsWith("评估规划" + PLAN.id() + "的输入与规划不符（7个问题）：")
                .doesNotContainPattern("[A-Za-z]{2,}(?:[\\s,;:.'-]+[A-Za-z]{2,}){2,}");
    }

    @Test
    void evaluate_refusesAnObservationOutsideItsUnitsBounds_andTakesOneOnABound() {
        ActionPlan bounded = plan()
                .indicators(List.of(new io.github.planwatch.model.Indicator("share", 1, CATEGORY, text("share"),
                        Unit.of("%", "percent").withBounds(d("0"), d("100")), Direction.HIGHER_IS_BETTER,
                        ProgressMethod.CAGR, baseline(2019, "40"),
                        List.of(Target.level("share-2022", 2022, Comparison.AT_LEAST, d("60"))))))
                .build();
        EvaluationInput input = EvaluationInput.of(bounded, List.of(obs("share", 2020, "100"), obs("share", 2021, "120")),
                2021);

        InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, () -> PlanEvaluator.create().evaluate(input));
        assertThat(ex.problems()).extracting(Problem::path, Problem::message).containsExactly(org.assertj.core.groups.Tuple
                .tuple("observations[1].value", "expected a value from 0 to 100, since % (percent) admits no other, found 120"));
        assertThat(PlanEvaluator.create().evaluate(bounded, List.of(obs("share", 2020, "100")), 2020)
                .assessment("share-2022")).isPresent();
    }

    @Test
    void withPolicy_sharesTheRulesAndChangesTheJudgement() {
        PlanEvaluator evaluator = PlanEvaluator.create();
        List<Observation> observations = List.of(obs("gdp", 2021, "6200"));
        // CAGR 3.56% a year against 5.56% needed: R = 0.64.
        assertThat(evaluator.evaluate(PLAN, observations, 2021).assessment("gdp-2022").orElseThrow().status())
                .isEqualTo(Status.ACCELERATION_NEEDED);
        PlanEvaluator lenient = evaluator.withPolicy(EvaluationPolicy.builder().onTrackRatio(0.6).accelerationNeededRatio(0.5).build());
        assertThat(lenient.evaluate(PLAN, observations, 2021).assessment("gdp-2022").orElseThrow().status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(lenient.ruleFiles()).isEmpty();
    }

    @Test
    void evaluate_ofPlansInTurn_isWhatAFreshEvaluatorGivesEachPlan() {
        PlanEvaluator evaluator = PlanEvaluator.create();
        // Another plan, with other ids and targets, an equal copy of the first, and the first again.
        ActionPlan other = planWith(indicator("exports", Direction.HIGHER_IS_BETTER, baseline(2019, "100"),
                Target.level("exports-2021", 2021, Comparison.AT_LEAST, d("120"))));
        ActionPlan copy = PLAN.toBuilder().build();
        EvaluationInput first = EvaluationInput.of(PLAN, List.of(obs("gdp", 2021, "6200"), obs("fx", 2021, "1.5")), 2021);
        EvaluationInput second = EvaluationInput.of(other, List.of(obs("exports", 2021, "130")), 2021);
        EvaluationInput ofCopy = EvaluationInput.of(copy, first.observations(), 2021);
        List<Evaluation> inTurn = List.of(evaluator.evaluate(first), evaluator.evaluate(second), evaluator.evaluate(ofCopy),
                evaluator.evaluate(first), evaluator.evaluate(EvaluationInput.of(PLAN, first.observations(), 2020)));
        List<Evaluation> fresh = List.of(PlanEvaluator.create().evaluate(first), PlanEvaluator.create().evaluate(second),
                PlanEvaluator.create().evaluate(ofCopy), PlanEvaluator.create().evaluate(first),
                PlanEvaluator.create().evaluate(EvaluationInput.of(PLAN, first.observations(), 2020)));
        assertThat(inTurn).isEqualTo(fresh);
        assertThat(inTurn.get(1).assessment("exports-2021").orElseThrow().status()).isEqualTo(Status.ACHIEVED);
        // An input that does not fit the plan is refused though the evaluator knows the plan.
        assertThatThrownBy(() -> evaluator.evaluate(EvaluationInput.of(PLAN, List.of(obs("exports", 2021, "1")), 2021)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void evaluate_isThreadSafe() throws Exception {
        PlanEvaluator evaluator = PlanEvaluator.create();
        EvaluationInput input = EvaluationInput.of(PLAN, List.of(obs("gdp", 2020, "5900"), provisional("gdp", 2021, "6795")), 2021);
        Evaluation expected = evaluator.evaluate(input);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Evaluation>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> evaluator.evaluate(input)));
            }
            for (Future<Evaluation> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void rules_ofOnesOwnRaiseFindingsBesideTheBuiltInOnes() {
        PlanEvaluator evaluator = PlanEvaluator.builder().rules(RULES.resolve("gdp-missed.drl")).build();
        Evaluation evaluation = evaluator.evaluate(PLAN, List.of(obs("gdp", 2021, "5700")), 2021);
        assertThat(evaluation.findings("GDP_AT_RISK")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subjectId()).isEqualTo("gdp-2022");
            assertThat(f.evidence()).containsEntry("status", "DETERIORATION").containsEntry("asOf", "2021");
        });
        assertThat(evaluation.findings(FindingCodes.INDICATOR_WITHOUT_OWNER)).hasSize(2);
        assertThat(evaluator.ruleFiles()).containsExactly(RULES.resolve("gdp-missed.drl"));
        assertThat(PlanEvaluator.create().evaluate(PLAN, List.of(obs("gdp", 2021, "5700")), 2021).findings("GDP_AT_RISK"))
                .as("the shared built-in rule base is left alone").isEmpty();
    }

    @Test
    void rules_thatDoNotCompileAreReportedWithFileAndLine() {
        Path type = RULES.resolve("broken-type.drl");
        Path syntax = RULES.resolve("broken-syntax.drl");
        Path missing = RULES.resolve("no-such-file.drl");
        RuleCompilationException ex = catchThrowableOfType(RuleCompilationException.class,
                () -> PlanEvaluator.builder().rules(type, syntax, missing).build());
        assertThat(ex.problems()).extracting(Problem::source).contains(type.toString(), syntax.toString(), missing.toString());
        assertThat(ex.problems()).filteredOn(p -> p.source().equals(type.toString()))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(7));
        assertThat(ex.problems()).filteredOn(p -> p.source().equals(syntax.toString()))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(5));
        assertThat(ex.problems()).filteredOn(p -> p.source().equals(missing.toString()))
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("cannot be read: there is no such file"));
        assertThat(ex).isInstanceOf(io.github.planwatch.model.PlanwatchException.class);
    }

    @Test
    void rules_thatFailAtRunTimeAreReportedByName() {
        PlanEvaluator evaluator = PlanEvaluator.builder().rules(RULES.resolve("failing.drl")).build();
        assertThatThrownBy(() -> evaluator.evaluate(PLAN, List.of(), 2021))
                .isInstanceOf(io.github.planwatch.model.PlanwatchException.class)
                .hasMessageStartingWith("the rule \"Failing: divides by zero\" failed: java.lang.ArithmeticException");
    }

    @Test
    void rules_thatNeverComeToRestEndInAnError() {
        PlanEvaluator evaluator = PlanEvaluator.builder().rules(RULES.resolve("restless.drl")).build();
        assertThatThrownBy(() -> evaluator.evaluate(PLAN, List.of(), 2021))
                .isInstanceOf(io.github.planwatch.model.PlanwatchException.class)
                .hasMessageContaining("without coming to rest");
    }

    @Test
    void rules_mayNotJoinTheBuiltInPackage() {
        Path file = RULES.resolve("built-in-package.drl");
        assertThatThrownBy(() -> PlanEvaluator.builder().rules(file).build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining(file + ":1: must not declare the built-in rules' package io.github.planwatch.rules");
    }
}
