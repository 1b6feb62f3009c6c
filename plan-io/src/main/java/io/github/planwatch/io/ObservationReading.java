package io.github.planwatch.io;

import java.util.List;

import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Problem;

/**
 * The observations read from a file and what reading them warns of, each where it stands in the
 * file: a value dated after the plan's horizon year, read but judging no target, is more often a
 * mistyped year than a forecast. Immutable and thread-safe.
 *
 * @param observations  the observations in the order of the file, not null
 * @param warnings  the warnings in the order of the file, not null
 */
public record ObservationReading(List<Observation> observations, List<Problem> warnings) {

    /**
     * Copies the lists.
     *
     * @param observations  the observations, not null
     * @param warnings  the warnings, not null
     */
    public ObservationReading {
        observations = List.copyOf(observations);
        warnings = List.copyOf(warnings);
    }
}
