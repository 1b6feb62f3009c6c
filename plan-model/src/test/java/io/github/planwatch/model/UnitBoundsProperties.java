package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law of a unit's bounds: a value inside them is never refused for being out of bounds, and a
 * value outside them always is, at the field that holds it.
 */
class UnitBoundsProperties {

    @Property(tries = 300)
    void aValueInsideTheBounds_isNeverRefused(@ForAll("bounds") BigDecimal[] bounds, @ForAll("fractions") BigDecimal at) {
        Unit unit = new Unit("单位", "unit", true).withBounds(bounds[0], bounds[1]);
        // A point between the bounds: lower + at × (upper − lower), at in [0, 1].
        BigDecimal inside = bounds[0].add(bounds[1].subtract(bounds[0]).multiply(at));

        assertThat(unit.withinBounds(inside)).isTrue();
        assertThatCode(() -> indicator(unit, inside, inside)).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void aValueOutsideTheBounds_isAlwaysRefusedAtItsField(@ForAll("bounds") BigDecimal[] bounds,
                                                           @ForAll("excesses") BigDecimal excess, @ForAll boolean above) {
        Unit unit = new Unit("单位", "unit", true).withBounds(bounds[0], bounds[1]);
        BigDecimal outside = above ? bounds[1].add(excess) : bounds[0].subtract(excess);

        assertThat(unit.withinBounds(outside)).isFalse();
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> indicator(unit, bounds[0], outside));
        assertThat(thrown).isNotNull();
        assertThat(thrown.problems()).extracting(Problem::path).containsExactly("targets[0].value");
    }

    @Provide
    Arbitrary<BigDecimal[]> bounds() {
        Arbitrary<BigDecimal> ends = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
                .ofScale(2);
        return ends.list().ofSize(2).map(l -> l.stream().sorted().toArray(BigDecimal[]::new));
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> excesses() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3);
    }

    private static Indicator indicator(Unit unit, BigDecimal base, BigDecimal level) {
        return new Indicator("s", 1, "cat", LocalizedText.of("指标", "Indicator"), unit, Direction.HIGHER_IS_BETTER,
                ProgressMethod.LINEAR, Baseline.of(2019, base),
                List.of(Target.level("s-2022", 2022, Comparison.AT_LEAST, level)));
    }
}
