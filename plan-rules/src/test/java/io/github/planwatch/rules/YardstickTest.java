package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.YearSpan;

class YardstickTest {

    private static final BigDecimal FIVE_PERCENT = d("0.05");

    private static Yardstick of(Target target, Direction direction) {
        return Yardstick.of(target, direction, FIVE_PERCENT);
    }

    @Test
    void meets_oneSidedComparisons() {
        Yardstick atLeast = of(Target.level("t", 2022, Comparison.AT_LEAST, d("100")), Direction.HIGHER_IS_BETTER);
        assertThat(atLeast.meets(d("100"))).isTrue();
        assertThat(atLeast.meets(d("99.9"))).isFalse();
        Yardstick atMost = of(Target.level("t", 2022, Comparison.AT_MOST, d("35")), Direction.LOWER_IS_BETTER);
        assertThat(atMost.meets(d("35"))).isTrue();
        assertThat(atMost.meets(d("35.1"))).isFalse();
        Yardstick below = of(Target.level("t", 2022, Comparison.BELOW, d("35")), Direction.LOWER_IS_BETTER);
        assertThat(below.meets(d("35"))).isFalse();
        assertThat(below.meets(d("34.9"))).isTrue();
        Yardstick above = of(Target.level("t", 2025, Comparison.ABOVE, d("90")), Direction.HIGHER_IS_BETTER);
        assertThat(above.sense()).isEqualTo(1);
        assertThat(above.meets(d("90"))).isFalse();
        assertThat(above.meets(d("90.01"))).isTrue();
    }

    @Test
    void meets_aboutWithADirectionAtTheWeakestEnd() {
        // 55 左右, 5% by default: met from 52.25 where higher is better.
        Yardstick higher = of(Target.about("t", 2021, d("55"), null), Direction.HIGHER_IS_BETTER);
        assertThat(higher.threshold()).isEqualByComparingTo("52.25");
        assertThat(higher.meets(d("52.25"))).isTrue();
        assertThat(higher.meets(d("52.2"))).isFalse();
        assertThat(higher.meets(d("90"))).isTrue();
        Yardstick lower = of(Target.about("t", 2021, d("40"), Tolerance.absolute(d("2"))), Direction.LOWER_IS_BETTER);
        assertThat(lower.meets(d("42"))).isTrue();
        assertThat(lower.meets(d("42.01"))).isFalse();
    }

    @Test
    void meets_bandWithoutADirection() {
        Yardstick band = of(Target.about("t", 2022, d("13"), null), Direction.NONE);
        assertThat(band.isBand()).isTrue();
        assertThat(band.meets(d("12.35"))).isTrue();
        assertThat(band.meets(d("13.65"))).isTrue();
        assertThat(band.meets(d("13.66"))).isFalse();
        assertThat(band.meets(d("12.34"))).isFalse();
    }

    @Test
    void of_holdBandIsABandWhateverTheDirection() {
        Yardstick hold = of(Target.holdBand("t", YearSpan.of(2020, 2022), d("13"), null), Direction.HIGHER_IS_BETTER);
        assertThat(hold.isBand()).isTrue();
        assertThat(hold.meets(d("14"))).isFalse();
    }

    @Test
    void ratio_bandMeasuresTheDistanceAsLowerIsBetter() {
        Yardstick band = of(Target.about("t", 2022, d("13"), Tolerance.absolute(d("1"))), Direction.NONE);
        // distance 5 (2019) to 3 (2020), toward 1 in 2022, linearly: -2 a year against -4/3.
        Ratio r = band.ratio(io.github.planwatch.model.ProgressMethod.LINEAR, 2019, d("18"), 2020, d("10"), 2022, d("0.001"));
        assertThat(r.value()).isEqualTo(1.5);
    }

    @Test
    void movesAway_bySenseOrByDistance() {
        Yardstick higher = of(Target.level("t", 2022, Comparison.AT_LEAST, d("100")), Direction.HIGHER_IS_BETTER);
        assertThat(higher.movesAway(d("90"), d("80"))).isTrue();
        assertThat(higher.movesAway(d("90"), d("95"))).isFalse();
        assertThat(higher.movesAway(d("90"), d("90"))).isFalse();
        Yardstick band = of(Target.about("t", 2022, d("13"), null), Direction.NONE);
        assertThat(band.movesAway(d("13.5"), d("12"))).isTrue();
        assertThat(band.movesAway(d("14"), d("12.5"))).isFalse();
    }

    @Test
    void isLessAmbitiousThan_comparesThresholdsOfTheSameSense() {
        Yardstick earlier = of(Target.level("a", 2022, Comparison.AT_LEAST, d("100")), Direction.HIGHER_IS_BETTER);
        Yardstick lower = of(Target.level("b", 2025, Comparison.AT_LEAST, d("90")), Direction.HIGHER_IS_BETTER);
        Yardstick higher = of(Target.level("c", 2025, Comparison.AT_LEAST, d("120")), Direction.HIGHER_IS_BETTER);
        assertThat(lower.isLessAmbitiousThan(earlier)).isTrue();
        assertThat(higher.isLessAmbitiousThan(earlier)).isFalse();
        Yardstick pm = of(Target.level("d", 2022, Comparison.AT_MOST, d("35")), Direction.LOWER_IS_BETTER);
        Yardstick laterPm = of(Target.level("e", 2025, Comparison.AT_MOST, d("38")), Direction.LOWER_IS_BETTER);
        assertThat(laterPm.isLessAmbitiousThan(pm)).isTrue();
        Yardstick band = of(Target.about("f", 2025, d("10"), null), Direction.NONE);
        assertThat(band.isLessAmbitiousThan(earlier)).isFalse();
    }
}
