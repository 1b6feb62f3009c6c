package io.github.planwatch.rules;

import java.time.Clock;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;

/**
 * The as-of year to judge a plan at when none is named, and where it came from: the latest year
 * observed that is no later than the current calendar year; without such an observation, the last
 * year of the plan's period, or the current year if that comes first. An observation dated after
 * the current year cannot have been made yet, so it never moves the default (a stray 2200 would
 * otherwise turn every target into INSUFFICIENT_DATA without a word); an observation after the
 * plan's horizon year is listed, so that the caller can warn of it where it read it.
 *
 * @param year  the as-of year
 * @param source  where the year came from, in Chinese and English, such as "the latest observed year"
 * @param currentYear  the calendar year of the clock it was chosen by
 * @param beyondHorizon  the observations dated after the plan's horizon year, in year order
 */
public record DefaultAsOf(int year, LocalizedText source, int currentYear, List<Observation> beyondHorizon) {

    /**
     * Checks the parts.
     *
     * @param year  the as-of year
     * @param source  where the year came from, not null
     * @param currentYear  the calendar year of the clock it was chosen by
     * @param beyondHorizon  the observations dated after the plan's horizon year, not null
     */
    public DefaultAsOf {
        Objects.requireNonNull(source, "source");
        beyondHorizon = List.copyOf(beyondHorizon);
    }

    /**
     * Chooses the as-of year of a plan on its observations.
     *
     * @param plan  the plan, not null
     * @param observations  its observations, not null
     * @param clock  the clock whose calendar year bounds the choice, not null
     * @return the choice, not null
     */
    public static DefaultAsOf choose(ActionPlan plan, Collection<Observation> observations, Clock clock) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(observations, "observations");
        int current = Year.now(Objects.requireNonNull(clock, "clock")).getValue();
        List<Observation> beyond = observations.stream().filter(o -> o.year() > plan.horizonYear())
                .sorted(Comparator.comparingInt(Observation::year).thenComparing(Observation::subject)).toList();
        int latest = observations.stream().mapToInt(Observation::year).filter(y -> y <= current).max().orElse(Integer.MIN_VALUE);
        if (latest != Integer.MIN_VALUE) {
            return new DefaultAsOf(latest, LocalizedText.of("不晚于" + current + "年的最近观测年份",
                    "the latest observed year no later than " + current), current, beyond);
        }
        int last = plan.period().last();
        if (last <= current) {
            return new DefaultAsOf(last, LocalizedText.of("没有观测值，取方案期的最后一年",
                    "no observation up to " + current + ": the last year of the plan's period"), current, beyond);
        }
        return new DefaultAsOf(current, LocalizedText.of("没有观测值，取当前年份",
                "no observation up to " + current + ": the current year"), current, beyond);
    }
}
