package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Target;

/** The default as-of year, chosen on a clock fixed in 2026, for a plan of 2020-2022 with its horizon in 2025. */
class DefaultAsOfTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-12-01T23:00:00Z"), ZoneOffset.UTC);

    private static ActionPlan plan() {
        return planWith(indicator("x", Direction.HIGHER_IS_BETTER, baseline(2019, "10"),
                Target.level("x-2022", 2022, Comparison.AT_LEAST, d("20"))));
    }

    @Test
    void theLatestObservedYear() {
        DefaultAsOf choice = DefaultAsOf.choose(plan(), List.of(obs("x", 2020, "12"), obs("x", 2021, "13")), IN_2026);
        assertThat(choice.year()).isEqualTo(2021);
        assertThat(choice.source().en()).isEqualTo("the latest observed year no later than 2026");
        assertThat(choice.beyondHorizon()).isEmpty();
    }

    @Test
    void anObservationFromTheFutureDoesNotMoveIt_andOneBeyondTheHorizonIsListed() {
        Observation stray = obs("x", 2200, "14");
        DefaultAsOf choice = DefaultAsOf.choose(plan(), List.of(obs("x", 2021, "13"), stray), IN_2026);
        assertThat(choice.year()).isEqualTo(2021);
        assertThat(choice.beyondHorizon()).containsExactly(stray);
        assertThat(plan().horizonYear()).as("the fixture's horizon").isLessThan(2200);
    }

    @Test
    void withoutAnObservation_theLastYearOfThePeriod_orTheCurrentYearIfEarlier() {
        DefaultAsOf now = DefaultAsOf.choose(plan(), List.of(), IN_2026);
        assertThat(now.year()).isEqualTo(plan().period().last());
        assertThat(now.source().en()).isEqualTo("no observation up to 2026: the last year of the plan's period");
        Clock in2021 = Clock.fixed(Instant.parse("2021-06-01T00:00:00Z"), ZoneOffset.UTC);
        DefaultAsOf early = DefaultAsOf.choose(plan(), List.of(obs("x", 2023, "15")), in2021);
        assertThat(early.year()).isEqualTo(2021);
        assertThat(early.source().en()).isEqualTo("no observation up to 2021: the current year");
    }
}
