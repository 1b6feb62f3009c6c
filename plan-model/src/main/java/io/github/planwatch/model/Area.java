package io.github.planwatch.model;

import java.util.Objects;

/**
 * An area of work that groups tasks, such as industry internationalisation (产业国际化).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code industry}, not null
 * @param number  its position in the plan, from 1
 * @param name  a short name, not null
 * @param heading  the plan's heading for the area, not null
 */
public record Area(String id, int number, LocalizedText name, LocalizedText heading) {

    /**
     * Checks the parts.
     *
     * @param id  the stable id, such as {@code industry}, not null
     * @param number  its position in the plan, from 1
     * @param name  a short name, not null
     * @param heading  the plan's heading for the area, not null
     */
    public Area {
        Checks.requireId(id, "id");
        Checks.requirePositive(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(heading, "heading");
    }
}
