package io.github.planwatch.benchmarks;

import java.util.List;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.Observation;
import io.github.planwatch.rules.EvaluationInput;

/**
 * The Shaoxing plan with the observations found in public sources, as one evaluation's input.
 *
 * <p>The observations are the ones plan-io bundles ({@link ObservationDocuments#shaoxingSourced()}),
 * so that the benchmarks judge exactly what the library and the command judge.
 */
public final class ShaoxingInputs {

    /** The as-of year of the benchmarks: the last year of the plan's period. */
    public static final int AS_OF = 2022;

    private ShaoxingInputs() {
    }

    /**
     * Returns the sourced observations.
     *
     * @return the observations, in the file's order, not null
     */
    public static List<Observation> observations() {
        return ObservationDocuments.shaoxingSourced();
    }

    /**
     * Returns the input that the benchmarks evaluate: the bundled Shaoxing plan and the sourced
     * observations, as of {@value #AS_OF}.
     *
     * @return the input, not null
     */
    public static EvaluationInput input() {
        return EvaluationInput.of(PlanDocuments.shaoxing(), observations(), AS_OF);
    }
}
