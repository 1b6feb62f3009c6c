package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the anticipated value: exact on exact series, blind to points on its own trend, monotone, unit-free. */
class AnticipatedProgressProperties {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");
    /** The anticipated value is rounded to 12 digits after a fit in doubles; 1e-9 leaves room for both. */
    private static final double RELATIVE = 1e-9;

    /** A series of values in distinct years, with a target year after them. */
    record Case(NavigableMap<Integer, BigDecimal> series, int targetYear) {
    }

    private static Arbitrary<List<Integer>> years() {
        return Arbitraries.integers().between(2000, 2024).set().ofMinSize(2).ofMaxSize(8)
                .map(set -> set.stream().sorted().toList());
    }

    private static Arbitrary<BigDecimal> positiveValues() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2);
    }

    @Provide
    Arbitrary<Case> positiveSeries() {
        return Combinators.combine(years(), positiveValues().list().ofSize(8), Arbitraries.integers().between(1, 10))
                .as((years, values, ahead) -> {
                    NavigableMap<Integer, BigDecimal> series = new TreeMap<>();
                    for (int i = 0; i < years.size(); i++) {
                        series.put(years.get(i), values.get(i));
                    }
                    return new Case(series, years.get(years.size() - 1) + ahead);
                });
    }

    @Provide
    Arbitrary<ProgressMethod> methods() {
        return Arbitraries.of(ProgressMethod.class);
    }

    private static Yardstick atLeast(BigDecimal level, int year) {
        return Yardstick.of(Target.level("t", year, Comparison.AT_LEAST, level), Direction.HIGHER_IS_BETTER, FIVE_PERCENT);
    }

    private static Anticipation anticipate(NavigableMap<Integer, BigDecimal> series, ProgressMethod method, BigDecimal level,
                                           int targetYear) {
        Extrapolation e = AnticipatedProgress.anticipate(series, method, atLeast(level, targetYear), targetYear);
        assertThat(e.reason()).as("why nothing was anticipated").isNull();
        return e.anticipation();
    }

    /** Checks that two numbers agree to {@link #RELATIVE} of the magnitude of the numbers they were computed from. */
    private static void assertClose(double actual, double expected, double magnitude) {
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.max(1, magnitude)));
    }

    private static double largest(NavigableMap<Integer, BigDecimal> series) {
        return series.values().stream().mapToDouble(v -> Math.abs(v.doubleValue())).max().orElse(0);
    }

    /** On y = a (1 + g)^(t - t0) the log-linear trend is the series itself, whatever the weights. */
    @Property
    void anticipate_exactOnAGeometricSeries(@ForAll("positiveSeries") Case years,
                                            @ForAll("growthFactors") double factor) {
        int first = years.series().firstKey();
        double start = years.series().firstEntry().getValue().doubleValue();
        NavigableMap<Integer, BigDecimal> geometric = new TreeMap<>();
        years.series().keySet().forEach(t -> geometric.put(t, new BigDecimal(start * Math.pow(factor, t - first))));
        Anticipation a = anticipate(geometric, ProgressMethod.CAGR, BigDecimal.ONE, years.targetYear());
        double exact = start * Math.pow(factor, years.targetYear() - first);
        assertClose(a.value().doubleValue(), exact, exact);
    }

    @Provide
    Arbitrary<Double> growthFactors() {
        return Arbitraries.doubles().between(0.7, 1.4);
    }

    /** On y = a + b (t - t0) the linear trend is the series itself, exactly in decimal. */
    @Property
    void anticipate_exactOnALinearSeries(@ForAll("positiveSeries") Case years, @ForAll("slopes") BigDecimal slope) {
        int first = years.series().firstKey();
        BigDecimal start = years.series().firstEntry().getValue();
        NavigableMap<Integer, BigDecimal> linear = new TreeMap<>();
        years.series().keySet().forEach(t -> linear.put(t, start.add(slope.multiply(BigDecimal.valueOf(t - first)))));
        Anticipation a = anticipate(linear, ProgressMethod.LINEAR, BigDecimal.ONE, years.targetYear());
        BigDecimal exact = start.add(slope.multiply(BigDecimal.valueOf(years.targetYear() - first)));
        assertClose(a.value().doubleValue(), exact.doubleValue(), Math.max(largest(linear), Math.abs(exact.doubleValue())));
    }

    @Provide
    Arbitrary<BigDecimal> slopes() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2);
    }

    /** An observation that lies on the fitted trend, in any year not yet observed, changes nothing anticipated. */
    @Property
    void anticipate_unchangedByAPointOnTheTrend(@ForAll("positiveSeries") Case c, @ForAll("methods") ProgressMethod method,
                                                @ForAll("newYears") int candidate) {
        Set<Integer> taken = c.series().keySet();
        int year = Math.min(candidate, c.targetYear() - 1);
        while (taken.contains(year)) {
            year--;
        }
        double onTrend = AnticipatedProgress.trendValue(c.series(), method, year, AnticipatedProgress.DEFAULT_HALF_LIFE);
        NavigableMap<Integer, BigDecimal> more = new TreeMap<>(c.series());
        more.put(year, new BigDecimal(onTrend));
        BigDecimal level = c.series().lastEntry().getValue();
        Anticipation before = anticipate(c.series(), method, level, c.targetYear());
        Anticipation after = anticipate(more, method, level, c.targetYear());
        assertClose(after.value().doubleValue(), before.value().doubleValue(),
                Math.max(largest(more), Math.abs(before.value().doubleValue())));
    }

    @Provide
    Arbitrary<Integer> newYears() {
        // Before, among and after the observed years (2000-2024), and never in a target year (2026 and later).
        return Arbitraries.integers().between(1995, 2025);
    }

    /** A higher latest value never lowers the anticipated value. */
    @Property
    void anticipate_monotoneInTheLatestValue(@ForAll("positiveSeries") Case c, @ForAll("methods") ProgressMethod method,
                                             @ForAll("increments") BigDecimal increment) {
        NavigableMap<Integer, BigDecimal> higher = new TreeMap<>(c.series());
        higher.put(higher.lastKey(), higher.lastEntry().getValue().add(increment));
        Anticipation low = anticipate(c.series(), method, BigDecimal.ONE, c.targetYear());
        Anticipation high = anticipate(higher, method, BigDecimal.ONE, c.targetYear());
        assertThat(high.value()).isGreaterThanOrEqualTo(low.value());
    }

    @Provide
    Arbitrary<BigDecimal> increments() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("10000")).ofScale(2);
    }

    /** The band, where there is one, holds the anticipated value; there is one exactly from three years on. */
    @Property
    void anticipate_bandHoldsTheValue(@ForAll("positiveSeries") Case c, @ForAll("methods") ProgressMethod method) {
        Anticipation a = anticipate(c.series(), method, BigDecimal.ONE, c.targetYear());
        assertThat(a.hasBand()).isEqualTo(c.series().size() > 2);
        if (a.hasBand()) {
            assertThat(a.low()).isLessThanOrEqualTo(a.value());
            assertThat(a.value()).isLessThanOrEqualTo(a.high());
        }
    }

    /**
     * Multiplying every value and the target by a positive constant multiplies the anticipated value,
     * the band and the gap by it and leaves the verdict alone: the result does not depend on the unit.
     */
    @Property
    void anticipate_scalesWithTheUnit(@ForAll("positiveSeries") Case c, @ForAll("methods") ProgressMethod method,
                                      @ForAll("factors") BigDecimal factor) {
        BigDecimal level = c.series().firstEntry().getValue().add(c.series().lastEntry().getValue());
        NavigableMap<Integer, BigDecimal> scaled = new TreeMap<>();
        c.series().forEach((year, value) -> scaled.put(year, value.multiply(factor)));
        Anticipation plain = anticipate(c.series(), method, level, c.targetYear());
        Anticipation inOtherUnits = anticipate(scaled, method, level.multiply(factor), c.targetYear());
        double k = factor.doubleValue();
        double magnitude = k * Math.max(Math.max(largest(c.series()), level.doubleValue()),
                plain.hasBand() ? Math.max(Math.abs(plain.low().doubleValue()), Math.abs(plain.high().doubleValue()))
                        : Math.abs(plain.value().doubleValue()));
        assertClose(inOtherUnits.value().doubleValue(), k * plain.value().doubleValue(), magnitude);
        assertClose(inOtherUnits.gap().doubleValue(), k * plain.gap().doubleValue(), magnitude);
        if (plain.hasBand()) {
            assertClose(inOtherUnits.low().doubleValue(), k * plain.low().doubleValue(), magnitude);
            assertClose(inOtherUnits.high().doubleValue(), k * plain.high().doubleValue(), magnitude);
        }
        if (Math.abs(plain.gap().doubleValue()) > RELATIVE * Math.max(1, magnitude)) {
            assertThat(inOtherUnits.met()).isEqualTo(plain.met());
        }
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3);
    }
}
