package io.github.planwatch.model;

import java.util.List;
import java.util.Objects;

/**
 * A unit that a plan names: an issuer, a lead or responsible unit, a coordinating committee.
 *
 * <p>{@code aliases} holds the other ways the plan writes the same unit (such as
 * {@code 各区、县〔市〕政府} beside {@code 各区、县（市）政府}), so that every written form maps to one
 * organisation. Immutable and thread-safe.
 *
 * @param id  the stable id, such as {@code sx-economy-it-bureau}, not null
 * @param name  the unit's name, not null
 * @param kind  what kind of body it is, not null
 * @param aliases  other written forms of its Chinese name, not null
 */
public record Organisation(String id, LocalizedText name, OrganisationKind kind, List<String> aliases) {

    /**
     * Checks the parts.
     *
     * @param id  the stable id, such as {@code sx-economy-it-bureau}, not null
     * @param name  the unit's name, not null
     * @param kind  what kind of body it is, not null
     * @param aliases  other written forms of its Chinese name, not null
     */
    public Organisation {
        Checks.requireId(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = Checks.copyList(aliases, "aliases");
        for (int i = 0; i < aliases.size(); i++) {
            Checks.requireText(aliases.get(i), "aliases[" + i + "]");
        }
    }

    /**
     * Checks whether the plan's text names this unit in a given way.
     *
     * @param written  a name as written, not null
     * @return true if it is the Chinese name or one of the aliases
     */
    public boolean isWrittenAs(String written) {
        return name.zh().equals(written) || aliases.contains(written);
    }
}
