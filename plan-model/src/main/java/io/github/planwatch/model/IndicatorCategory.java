package io.github.planwatch.model;

import java.util.Objects;

/**
 * A group of indicators (一级指标), such as economic strength (经济实力).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id  the stable id, not null
 * @param name  the category's name, not null
 */
public record IndicatorCategory(String id, LocalizedText name) {

    /**
     * Checks the parts.
     *
     * @param id  the stable id, not null
     * @param name  the category's name, not null
     */
    public IndicatorCategory {
        Checks.requireId(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
