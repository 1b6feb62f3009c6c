package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.baseline;
import static io.github.planwatch.rules.Fixtures.d;
import static io.github.planwatch.rules.Fixtures.indicator;
import static io.github.planwatch.rules.Fixtures.obs;
import static io.github.planwatch.rules.Fixtures.planWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.data.Offset;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetBasis;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A target relative to the baseline ("double", "halve", "+20% over 2019") is judged as the level it resolves to. */
class RelativeTargetProperties {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    private static Indicator measured(Direction direction, ProgressMethod method, String base, Target target) {
        return indicator("x", 1, direction, method, baseline(2019, base), target);
    }

    private static Assessment assess(Indicator indicator, List<Observation> observations, int asOf) {
        return EVALUATOR.evaluate(EvaluationInput.of(planWith(indicator), observations, asOf)).assessments().get(0);
    }

    /**
     * The methodology's worked example: double 100 (2019) by 2022 is a level of 200; 180 in 2021 is
     * 80% of the way after two of three years, R = 0.8 / (2/3) = 1.2, on track; 200 in 2022 achieves
     * it and 199 misses it, as for a target of 200 stated as a level.
     */
    @Example
    void double_isJudgedAsTheLevelTwiceTheBaseline() {
        Target doubled = Target.relative("x-2022", 2022, Comparison.AT_LEAST, TargetBasis.MULTIPLE_OF_BASELINE, d("2"));
        Indicator relative = measured(Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, "100", doubled);
        Indicator level = measured(Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, "100",
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("200")));

        Assessment ahead = assess(relative, List.of(obs("x", 2021, "180")), 2021);
        assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
        assertThat(ahead.ratio()).isCloseTo(1.2, Offset.offset(1e-9));
        assertThat(ahead.targetValue()).isEqualByComparingTo("2");
        assertThat(ahead.targetLevel()).isEqualByComparingTo("200");
        assertThat(ahead.toBuilder().targetLevel(null).targetValue(d("200")).build())
                .isEqualTo(assess(level, List.of(obs("x", 2021, "180")), 2021));
        assertThat(assess(relative, List.of(obs("x", 2022, "200")), 2022).status()).isEqualTo(Status.ACHIEVED);
        assertThat(assess(relative, List.of(obs("x", 2022, "199")), 2022).status()).isEqualTo(Status.MISSED);
        assertThat(assess(level, List.of(obs("x", 2022, "200")), 2022).targetLevel()).isNull();
    }

    /**
     * "Halve by 2022" as a change of -50% from 80 (2019) is at most 40, and "+20% over 2019" from 80 is
     * at least 96: 40 and 96 in 2022 achieve them, 41 and 95 miss them.
     */
    @Example
    void percentChange_isJudgedAsTheLevelItResolvesTo() {
        Target halved = Target.relative("x-2022", 2022, Comparison.AT_MOST, TargetBasis.PERCENT_CHANGE_FROM_BASELINE, d("-50"));
        Indicator lower = measured(Direction.LOWER_IS_BETTER, ProgressMethod.CAGR, "80", halved);
        assertThat(assess(lower, List.of(obs("x", 2022, "40")), 2022).status()).isEqualTo(Status.ACHIEVED);
        assertThat(assess(lower, List.of(obs("x", 2022, "41")), 2022).status()).isEqualTo(Status.MISSED);
        assertThat(assess(lower, List.of(obs("x", 2022, "41")), 2022).targetLevel()).isEqualByComparingTo("40");

        Target more = Target.relative("x-2022", 2022, Comparison.AT_LEAST, TargetBasis.PERCENT_CHANGE_FROM_BASELINE, d("20"));
        Indicator higher = measured(Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, "80", more);
        assertThat(assess(higher, List.of(obs("x", 2022, "96")), 2022).status()).isEqualTo(Status.ACHIEVED);
        assertThat(assess(higher, List.of(obs("x", 2022, "95")), 2022).status()).isEqualTo(Status.MISSED);
    }

    @Provide
    Arbitrary<List<Integer>> values() {
        return Arbitraries.integers().between(1, 1000).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Comparison> comparisons() {
        return Arbitraries.of(Comparison.class);
    }

    /**
     * A relative target is a statement about the indicator's own scale: measuring the baseline and
     * every observation in another unit (all multiplied by the same positive factor) leaves its status
     * unchanged, whatever the basis, comparison, method and direction. The factors are powers of two,
     * which scale binary floating-point values exactly, so that the law is tested without rounding noise.
     */
    @Property(tries = 300)
    void scalingTheBaselineAndEveryValue_leavesTheStatusOfARelativeTargetUnchanged(
            @ForAll @IntRange(min = 1, max = 1000) int base,
            @ForAll @IntRange(min = 1, max = 400) int stated,
            @ForAll boolean percent,
            @ForAll("comparisons") Comparison comparison,
            @ForAll Direction direction,
            @ForAll boolean linear,
            @ForAll @IntRange(min = 2021, max = 2024) int targetYear,
            @ForAll("values") List<Integer> values,
            @ForAll @IntRange(min = -10, max = 10) int powerOfTwo) {
        BigDecimal factor = powerOfTwo >= 0 ? BigDecimal.valueOf(1L << powerOfTwo)
                : BigDecimal.ONE.divide(BigDecimal.valueOf(1L << -powerOfTwo));
        TargetBasis basis = percent ? TargetBasis.PERCENT_CHANGE_FROM_BASELINE : TargetBasis.MULTIPLE_OF_BASELINE;
        BigDecimal value = percent ? BigDecimal.valueOf(stated - 100) : BigDecimal.valueOf(stated, 2);
        Target target = Target.relative("x-" + targetYear, targetYear, comparison, basis, value);
        ProgressMethod method = linear ? ProgressMethod.LINEAR : ProgressMethod.CAGR;
        int asOf = 2020 + values.size() - 1;

        Assessment plain = assess(measured(direction, method, String.valueOf(base), target), observed(values, BigDecimal.ONE), asOf);
        Assessment scaled = assess(measured(direction, method, new BigDecimal(base).multiply(factor).toPlainString(), target),
                observed(values, factor), asOf);

        assertThat(scaled.status()).as("%s -> %s", plain, scaled).isEqualTo(plain.status());
        assertThat(scaled.reason()).isEqualTo(plain.reason());
        assertThat(scaled.targetLevel()).isEqualByComparingTo(plain.targetLevel().multiply(factor));
    }

    private static List<Observation> observed(List<Integer> values, BigDecimal factor) {
        List<Observation> observed = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            observed.add(obs("x", 2020 + i, new BigDecimal(values.get(i)).multiply(factor).toPlainString()));
        }
        return observed;
    }
}
