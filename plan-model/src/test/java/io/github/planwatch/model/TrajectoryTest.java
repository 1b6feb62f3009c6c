package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static final Target GDP = Target.level("gdp-2022", 2022, Comparison.AT_LEAST, new BigDecimal("6800"));

    private static TrajectoryPoint point(int year, String value) {
        return new TrajectoryPoint(year, new BigDecimal(value));
    }

    @Test
    void byDefault_aTargetHasNoTrajectory() {
        assertThat(GDP.trajectory()).isEmpty();
        assertThat(GDP.hasTrajectory()).isFalse();
    }

    @Test
    void trajectory_isKeptInYearOrder_andCopied() {
        List<TrajectoryPoint> points = new ArrayList<>(List.of(point(2020, "6000"), point(2021, "6400.0")));
        Target target = GDP.withTrajectory(points);
        points.clear();
        assertThat(target.trajectory()).containsExactly(point(2020, "6000"), point(2021, "6400"));
        assertThat(target.trajectoryAt(2021)).contains(point(2021, "6400"));
        assertThat(target.trajectoryAt(2019)).isEmpty();
        assertThat(target.withWording("6800 以上").trajectory()).isEqualTo(target.trajectory());
    }

    /** Asserts that making the target is refused with exactly these problems' paths, every one at once. */
    private static void refusedAt(Runnable making, String... paths) {
        assertThatThrownBy(making::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly(paths));
    }

    @Test
    void trajectory_outOfOrderOrTwiceInAYear_isRefusedAtThePoint() {
        refusedAt(() -> GDP.withTrajectory(List.of(point(2021, "1"), point(2020, "2"))), "trajectory[1].year");
        refusedAt(() -> GDP.withTrajectory(List.of(point(2021, "1"), point(2021, "2"))), "trajectory[1].year");
    }

    @Test
    void trajectory_inOrAfterTheTargetYear_isRefused() {
        refusedAt(() -> GDP.withTrajectory(List.of(point(2022, "6800"))), "trajectory[0].year");
    }

    @Test
    void trajectory_everyPointOutOfPlace_isRefusedAtOnce() {
        // 2020 after 2021 is out of order, 2023 is after the target year: both at once.
        refusedAt(() -> GDP.withTrajectory(List.of(point(2021, "1"), point(2020, "2"), point(2023, "3"))),
                "trajectory[1].year", "trajectory[2].year");
    }

    @Test
    void trajectory_ofAYearlyTarget_isRefusedAtTheField() {
        Target growth = Target.yearlyGrowth("g", YearSpan.of(2020, 2022), BigDecimal.TEN);
        assertThatIllegalArgumentException().isThrownBy(() -> growth.withTrajectory(List.of(point(2021, "10"))))
                .withMessageStartingWith("trajectory:");
    }

    @Test
    void trajectory_ofACumulativeTarget_liesInItsSpan() {
        Target total = Target.cumulative("c", YearSpan.of(2020, 2022), BigDecimal.valueOf(20));
        assertThat(total.withTrajectory(List.of(point(2020, "5"), point(2021, "12"))).trajectory()).hasSize(2);
        refusedAt(() -> total.withTrajectory(List.of(point(2019, "1"))), "trajectory[0].year");
        refusedAt(() -> total.withTrajectory(List.of(point(2021, "-1"))), "trajectory[0].value");
    }

    @Test
    void trajectory_atOrBeforeTheBaseYear_isRefusedAtThePoint() {
        Baseline base = new Baseline(2019, new BigDecimal("5781"));
        Target target = GDP.withTrajectory(List.of(point(2019, "5781")));
        assertThatThrownBy(() -> new Indicator("gdp", 1, "c", LocalizedText.of("地区生产总值", "GDP"), Unit.of("亿元", "100m yuan"),
                Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, base, List.of(target)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly("targets[0].trajectory[0].year"));
    }

    @Test
    void trajectory_outsideTheUnitsBounds_isRefusedAtEveryPoint() {
        Unit percent = Unit.of("%", "%").withBounds(BigDecimal.ZERO, BigDecimal.valueOf(100));
        Target share = Target.level("s", 2022, Comparison.AT_LEAST, BigDecimal.valueOf(90))
                .withTrajectory(List.of(point(2020, "120"), point(2021, "101")));
        assertThatThrownBy(() -> new QuantifiedTarget(LocalizedText.of("占比", "share"), percent,
                Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null, share))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly("target.trajectory[0].value", "target.trajectory[1].value"));
    }

    /**
     * A trajectory on a band (ABOUT where neither direction is better) is refused at its field, since
     * a band is judged by its distance from the level alone; with a better direction it is kept.
     */
    @Test
    void trajectory_ofABand_isRefusedAtTheField_inEnglishAndChinese() {
        Target about = Target.about("share-2022", 2022, BigDecimal.valueOf(50), null)
                .withTrajectory(List.of(point(2021, "48")));
        Unit percent = Unit.of("%", "percent");
        Baseline base = new Baseline(2019, BigDecimal.valueOf(45));

        assertThatThrownBy(() -> new Indicator("share", 1, "c", LocalizedText.of("占比", "share"), percent,
                Direction.NONE, ProgressMethod.LINEAR, base, List.of(GDP, about)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    Problem p = ((InvalidInputException) e).problems().get(0);
                    assertThat(((InvalidInputException) e).problems()).hasSize(1);
                    assertThat(p.path()).isEqualTo("targets[1].trajectory");
                    assertThat(p.message()).isEqualTo("target share-2022: a band (ABOUT where neither direction is"
                            + " better) is judged by its distance from the level alone, so a trajectory would change"
                            + " nothing; leave it out, or give the indicator a better direction");
                    assertThat(p.message(java.util.Locale.CHINESE)).isEqualTo("目标share-2022：区间目标（ABOUT且无优劣方向）"
                            + "只按与目标水平的距离评估，规划路径不起作用；请删去规划路径，或为该指标指定优劣方向");
                });
        assertThatThrownBy(() -> new QuantifiedTarget(LocalizedText.of("占比", "share"), percent, Direction.NONE,
                ProgressMethod.LINEAR, base, about))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly("target.trajectory"));
        assertThat(new Indicator("share", 1, "c", LocalizedText.of("占比", "share"), percent, Direction.HIGHER_IS_BETTER,
                ProgressMethod.LINEAR, base, List.of(about)).targets().get(0).trajectory()).hasSize(1);
    }
}
