package io.github.planwatch.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;

/**
 * What one evaluation judges: a plan, what has been observed, the key-work progress reports, which
 * unit is accountable for which indicator, and the point in time.
 *
 * <p>Observations after the as-of year and reports after the reference date are ignored, as if not
 * yet known. The reference date defaults to the last day of the as-of year. Obtain one with
 * {@link #of(ActionPlan, Collection, int)} and add the optional parts with the {@code with}
 * methods. Immutable and thread-safe.
 *
 * @param plan  the plan, not null
 * @param observations  observed values of indicators and of targets stated in tasks and key-work items, not null
 * @param keyWorkUpdates  progress reports on key-work items, not null
 * @param accountabilities  which unit is accountable for which indicator, not null
 * @param asOf  the as-of year
 * @param referenceDate  the day against which key-work reports are read, not before the as-of year;
 *        null for the last day of the as-of year
 */
public record EvaluationInput(ActionPlan plan, List<Observation> observations, List<KeyWorkUpdate> keyWorkUpdates,
                              List<Accountability> accountabilities, int asOf, LocalDate referenceDate) {

    /**
     * Checks the parts, copies the lists and fills in the reference date.
     *
     * @param plan  the plan, not null
     * @param observations  observed values of indicators and of targets stated in tasks and key-work items, not null
     * @param keyWorkUpdates  progress reports on key-work items, not null
     * @param accountabilities  which unit is accountable for which indicator, not null
     * @param asOf  the as-of year
     * @param referenceDate  the day against which key-work reports are read, not before the as-of year;
     *        null for the last day of the as-of year
     */
    public EvaluationInput {
        Objects.requireNonNull(plan, "plan");
        observations = copy(observations, "observations");
        keyWorkUpdates = copy(keyWorkUpdates, "keyWorkUpdates");
        accountabilities = copy(accountabilities, "accountabilities");
        if (asOf < 1900 || asOf > 2200) {
            throw new IllegalArgumentException("asOf must be a year between 1900 and 2200, got " + asOf);
        }
        referenceDate = referenceDate == null ? LocalDate.of(asOf, 12, 31) : referenceDate;
        if (referenceDate.getYear() < asOf) {
            throw new IllegalArgumentException("referenceDate " + referenceDate + " must not be before the as-of year " + asOf);
        }
    }

    private static <T> List<T> copy(Collection<T> items, String field) {
        Objects.requireNonNull(items, field);
        int i = 0;
        for (T item : items) {
            Objects.requireNonNull(item, field + "[" + i++ + "]");
        }
        return List.copyOf(items);
    }

    /**
     * Obtains the input to evaluate a plan on observations as of a year, with no key-work reports and
     * no accountabilities.
     *
     * @param plan  the plan, not null
     * @param observations  the observations, not null
     * @param asOf  the as-of year
     * @return the input, not null
     */
    public static EvaluationInput of(ActionPlan plan, Collection<Observation> observations, int asOf) {
        return new EvaluationInput(plan, new ArrayList<>(observations), List.of(), List.of(), asOf, null);
    }

    /**
     * Returns a copy with other observations.
     *
     * @param newObservations  the observations, not null
     * @return the copy, not null
     */
    public EvaluationInput withObservations(Collection<Observation> newObservations) {
        return new EvaluationInput(plan, new ArrayList<>(newObservations), keyWorkUpdates, accountabilities, asOf, referenceDate);
    }

    /**
     * Returns a copy with key-work progress reports.
     *
     * @param updates  the reports, not null
     * @return the copy, not null
     */
    public EvaluationInput withKeyWorkUpdates(Collection<KeyWorkUpdate> updates) {
        return new EvaluationInput(plan, observations, new ArrayList<>(updates), accountabilities, asOf, referenceDate);
    }

    /**
     * Returns a copy that says which unit is accountable for which indicator.
     *
     * @param newAccountabilities  the accountabilities, not null
     * @return the copy, not null
     */
    public EvaluationInput withAccountabilities(Collection<Accountability> newAccountabilities) {
        return new EvaluationInput(plan, observations, keyWorkUpdates, new ArrayList<>(newAccountabilities), asOf, referenceDate);
    }

    /**
     * Returns a copy with another reference date for key-work reports.
     *
     * @param date  the date, not before the as-of year, not null
     * @return the copy, not null
     */
    public EvaluationInput withReferenceDate(LocalDate date) {
        return new EvaluationInput(plan, observations, keyWorkUpdates, accountabilities, asOf, Objects.requireNonNull(date, "date"));
    }
}
