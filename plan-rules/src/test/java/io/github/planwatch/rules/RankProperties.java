package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.baseline;
import static io.github.planwatch.rules.Fixtures.indicator;
import static io.github.planwatch.rules.Fixtures.obs;
import static io.github.planwatch.rules.Fixtures.planWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.data.Offset;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A RANK target: a position in a ranking, where a lower number is better. */
class RankProperties {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();
    private static final String RANKING = "全国城市综合经济实力";

    private static Indicator ranked(ProgressMethod method, int base, Target target) {
        return indicator("rank", 1, Direction.LOWER_IS_BETTER, method, baseline(2019, String.valueOf(base)), target);
    }

    private static Assessment assess(Indicator indicator, List<Observation> observations, int asOf) {
        return EVALUATOR.evaluate(EvaluationInput.of(planWith(indicator), observations, asOf)).assessments().get(0);
    }

    @Provide
    Arbitrary<List<Integer>> ranks() {
        return Arbitraries.integers().between(1, 200).list().ofMinSize(1).ofMaxSize(5);
    }

    /**
     * A better rank never lowers the status: moving the latest position reported up the ranking
     * (to a lower number) gives a status of at least the same rank, for any base, target and year.
     */
    @Property(tries = 300)
    void aBetterRank_neverLowersTheStatus(@ForAll @IntRange(min = 1, max = 200) int base,
                                          @ForAll @IntRange(min = 1, max = 200) int goal,
                                          @ForAll @IntRange(min = 2021, max = 2024) int targetYear,
                                          @ForAll("ranks") List<Integer> ranks,
                                          @ForAll @IntRange(min = 1, max = 50) int better,
                                          @ForAll boolean linear) {
        int latest = ranks.get(ranks.size() - 1);
        Assume.that(latest - better >= 1);
        Indicator indicator = ranked(linear ? ProgressMethod.LINEAR : ProgressMethod.CAGR, base,
                Target.rank("rank-" + targetYear, targetYear, RANKING, goal));
        List<Observation> reported = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            reported.add(obs("rank", 2020 + i, String.valueOf(ranks.get(i))));
        }
        int asOf = 2020 + ranks.size() - 1;
        List<Observation> improved = new ArrayList<>(reported);
        improved.set(improved.size() - 1, obs("rank", asOf, String.valueOf(latest - better)));

        Assessment before = assess(indicator, reported, asOf);
        Assessment after = assess(indicator, improved, asOf);

        assertThat(after.status().rank()).as("%s -> %s", before, after).isGreaterThanOrEqualTo(before.status().rank());
    }

    /** The methodology's worked example: back into the top 30 by 2022 from 35th in 2019. */
    @Example
    void backIntoTheTop30_isJudgedByItsPosition() {
        Indicator indicator = ranked(ProgressMethod.LINEAR, 35, Target.rank("top-30-2022", 2022, RANKING, 30));

        Assessment ahead = assess(indicator, List.of(obs("rank", 2021, "31")), 2021);
        assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
        assertThat(ahead.ratio()).isCloseTo(1.2, Offset.offset(1e-9));
        assertThat(ahead.kind()).isEqualTo(io.github.planwatch.model.TargetKind.RANK);
        assertThat(assess(indicator, List.of(obs("rank", 2022, "30")), 2022).status()).isEqualTo(Status.ACHIEVED);
        assertThat(assess(indicator, List.of(obs("rank", 2022, "31")), 2022).status()).isEqualTo(Status.MISSED);
        assertThat(assess(indicator, List.of(obs("rank", 2021, "38")), 2021).status()).isEqualTo(Status.DETERIORATION);
    }
}
