package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.baseline;
import static io.github.planwatch.rules.Fixtures.d;
import static io.github.planwatch.rules.Fixtures.indicator;
import static io.github.planwatch.rules.Fixtures.obs;
import static io.github.planwatch.rules.Fixtures.planWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import io.github.planwatch.model.TrajectoryPoint;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Where the plan states its own trajectory, the pace required before the target year is the pace
 * from the base to the trajectory's value in the year judged, not to the target.
 */
class TrajectoryProperties {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    private static Assessment assess(Indicator indicator, List<Observation> observations, int asOf) {
        return EVALUATOR.evaluate(EvaluationInput.of(planWith(indicator), observations, asOf)).assessments().get(0);
    }

    private static TrajectoryPoint point(int year, String value) {
        return new TrajectoryPoint(year, d(value));
    }

    private static final Target GDP = Target.level("x-2022", 2022, Comparison.AT_LEAST, d("6800"));

    private static Indicator gdp(Target target) {
        return indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"), target);
    }

    /**
     * The worked example of the methodology: 5781 in 2019, at least 6800 in 2022, 6000 observed in
     * 2020. On the computed path the pace required is (6800/5781)^(1/3) - 1 = 5.561% a year, and
     * 6000/5781 - 1 = 3.788% is R = 0.681, acceleration needed. The plan's own trajectory of 5950
     * for 2020 (and 6300 for 2021) asks for 5950/5781 - 1 = 2.923% in the first year: R = 1.296, on
     * track. Interpolated: with only 6300 for 2021, the value for 2020 is 5781 (6300/5781)^(1/2) =
     * 6034.8, a pace of 4.392%, R = 0.863.
     */
    @Example
    void workedExample_theTrajectorysValueForTheYearJudgedSetsThePace() {
        List<Observation> observed = List.of(obs("x", 2020, "6000"));
        Assessment computed = assess(gdp(GDP), observed, 2020);
        assertThat(computed.status()).isEqualTo(Status.ACCELERATION_NEEDED);
        assertThat(computed.ratio()).isCloseTo(0.6813, Offset.offset(1e-4));

        Assessment traced = assess(gdp(GDP.withTrajectory(List.of(point(2020, "5950"), point(2021, "6300")))), observed, 2020);
        assertThat(traced.status()).isEqualTo(Status.ON_TRACK);
        assertThat(traced.ratio()).isCloseTo(1.2959, Offset.offset(1e-4));

        Assessment between = assess(gdp(GDP.withTrajectory(List.of(point(2021, "6300")))), observed, 2020);
        assertThat(between.status()).isEqualTo(Status.ACCELERATION_NEEDED);
        assertThat(between.ratio()).isCloseTo(0.03788271925 / (Math.sqrt(6300.0 / 5781) - 1), Offset.offset(1e-9));
        assertThat(between.ratio()).isCloseTo(0.8625, Offset.offset(1e-4));
    }

    /** In the target year and after, the target's own value decides, whatever the trajectory says. */
    @Example
    void inTheTargetYear_theTargetDecides() {
        Target traced = GDP.withTrajectory(List.of(point(2020, "5800"), point(2021, "5900")));
        assertThat(assess(gdp(traced), List.of(obs("x", 2022, "6799")), 2022).status()).isEqualTo(Status.MISSED);
        assertThat(assess(gdp(traced), List.of(obs("x", 2022, "6800")), 2022).status()).isEqualTo(Status.ACHIEVED);
    }

    /** A trajectory whose value for the year judged is the base value asks for no progress: R is undefined. */
    @Example
    void aTrajectoryAtTheBaseForTheYearJudged_leavesRUndefined() {
        Target flat = GDP.withTrajectory(List.of(point(2020, "5781")));
        Assessment a = assess(gdp(flat), List.of(obs("x", 2020, "6000")), 2020);
        assertThat(a.ratio()).isNull();
        assertThat(assess(gdp(GDP), List.of(obs("x", 2020, "6000")), 2020).ratio()).isNotNull();
    }

    /**
     * Points that lie on the computed straight path (100 in 2019, 100 + 5k in 2024, k a year) change
     * neither the status nor R, in any year judged before the target year.
     */
    @Property(tries = 200)
    void pointsOnTheComputedPath_changeNothing(@ForAll @IntRange(min = 1, max = 100) int k,
                                               @ForAll @IntRange(min = 2020, max = 2023) int year,
                                               @ForAll @IntRange(min = 0, max = 900) int observed,
                                               @ForAll @IntRange(min = 0, max = 15) int which) {
        Target target = Target.level("x-2024", 2024, Comparison.AT_LEAST, BigDecimal.valueOf(100 + 5L * k));
        List<TrajectoryPoint> points = new ArrayList<>();
        for (int t = 2020; t <= 2023; t++) {
            if ((which >> (t - 2020) & 1) == 1) {
                points.add(new TrajectoryPoint(t, BigDecimal.valueOf(100 + (long) k * (t - 2019))));
            }
        }
        List<Observation> values = List.of(obs("x", year, String.valueOf(observed)));
        Indicator plain = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"), target);
        Indicator traced = indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "100"),
                target.withTrajectory(points));
        Assessment without = assess(plain, values, year);
        Assessment with = assess(traced, values, year);
        assertThat(with.status()).isEqualTo(without.status());
        assertThat(with.ratio()).isCloseTo(without.ratio(), Offset.offset(1e-12));
    }

    /**
     * For a target where higher is better, raising the trajectory's value for the year judged (above
     * the base) asks for more, and never raises the status.
     */
    @Property(tries = 300)
    void raisingThePointForTheYearJudged_neverRaisesTheStatus(@ForAll @IntRange(min = 1, max = 2000) int low,
                                                              @ForAll @IntRange(min = 0, max = 2000) int raise,
                                                              @ForAll @IntRange(min = 0, max = 4000) int observed,
                                                              @ForAll boolean cagr) {
        ProgressMethod method = cagr ? ProgressMethod.CAGR : ProgressMethod.LINEAR;
        Target target = Target.level("x-2023", 2023, Comparison.AT_LEAST, d("3000"));
        List<Observation> values = List.of(obs("x", 2021, String.valueOf(observed)));
        Status lower = assess(indicator("x", 1, Direction.HIGHER_IS_BETTER, method, baseline(2019, "1000"),
                target.withTrajectory(List.of(new TrajectoryPoint(2021, BigDecimal.valueOf(1000 + low))))), values, 2021)
                .status();
        Status higher = assess(indicator("x", 1, Direction.HIGHER_IS_BETTER, method, baseline(2019, "1000"),
                target.withTrajectory(List.of(new TrajectoryPoint(2021, BigDecimal.valueOf(1000 + low + raise))))), values,
                2021).status();
        assertThat(higher.rank()).isLessThanOrEqualTo(lower.rank());
    }

    /**
     * A series that lies exactly on the plan's own path of compound growth, through its points and
     * geometric between them (and from the base and to the target), is on track in every year
     * judged before the target year: it grows at just the pace required, R = 1. The path is 100 in
     * 2019 grown by a rate of its own in each year to the target in 2024; the plan states some of
     * its years as points, and each year observed lies on the stated path.
     */
    @Property(tries = 300)
    void aSeriesOnACagrTrajectory_isOnTrack(@ForAll @Size(5) List<@IntRange(min = 1, max = 25) Integer> ratesPercent,
                                            @ForAll @IntRange(min = 1, max = 15) int which,
                                            @ForAll @IntRange(min = 2020, max = 2023) int year) {
        double[] path = new double[6];
        path[0] = 100;
        for (int k = 1; k <= 5; k++) {
            path[k] = path[k - 1] * (1 + ratesPercent.get(k - 1) / 100.0);
        }
        BigDecimal targetValue = BigDecimal.valueOf(path[5]).setScale(6, RoundingMode.HALF_UP);
        List<TrajectoryPoint> points = new ArrayList<>();
        for (int t = 2020; t <= 2023; t++) {
            if ((which >> (t - 2020) & 1) == 1) {
                points.add(new TrajectoryPoint(t, BigDecimal.valueOf(path[t - 2019]).setScale(6, RoundingMode.HALF_UP)));
            }
        }
        // The stated path's nodes: the base, the points, the target.
        List<Integer> nodeYears = new ArrayList<>(List.of(2019));
        List<Double> nodeValues = new ArrayList<>(List.of(100.0));
        points.forEach(p -> {
            nodeYears.add(p.year());
            nodeValues.add(p.value().doubleValue());
        });
        nodeYears.add(2024);
        nodeValues.add(targetValue.doubleValue());
        List<Observation> series = new ArrayList<>();
        for (int t = 2020; t <= year; t++) {
            int k = 1;
            while (nodeYears.get(k) < t) {
                k++;
            }
            double from = nodeValues.get(k - 1);
            double to = nodeValues.get(k);
            double share = (double) (t - nodeYears.get(k - 1)) / (nodeYears.get(k) - nodeYears.get(k - 1));
            double onPath = from * Math.pow(to / from, share);
            series.add(obs("x", t, BigDecimal.valueOf(onPath).setScale(9, RoundingMode.HALF_UP).toPlainString()));
        }
        Target target = Target.level("x-2024", 2024, Comparison.AT_LEAST, targetValue).withTrajectory(points);
        Assessment a = assess(indicator("x", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "100"), target),
                series, year);
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.ratio()).isCloseTo(1.0, Offset.offset(1e-6));
    }
}
