package io.github.planwatch.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One target that a plan states over several indicators at once: "75% of enterprises use cloud, AI
 * or big data" (ANY_OF the three indicators reaching 75%), "both the employment rate and the
 * participation rate above 70%" (ALL_OF).
 *
 * <p>The terms are stated once, as a {@link Target}, and read on each indicator as that target
 * would be read were it stated for the indicator alone: its id is the joint target's id, its value
 * is in the indicators' unit, and a value relative to the baseline is relative to each indicator's
 * own baseline. Each such reading is a member of the joint target, judged as that target on that
 * indicator; {@code combine} says how the members' judgements make the joint target's. A joint
 * target is a LEVEL, CUMULATIVE, HOLD_BAND, YEARLY_GROWTH or YEARLY_COUNT target: a RANK names one
 * ranking and a MILESTONE is reported on, not observed. The plan checks that the indicators are two
 * or more of its own, each once, and that the terms fit each of them. Immutable and thread-safe.
 *
 * @param combine  whether every indicator is to meet the target or one is enough, not null
 * @param indicators  the ids of the indicators, in the order the plan states them, not null
 * @param target  the target's terms, stated once for every indicator, with the joint target's id, not null
 */
public record JointTarget(Combination combine, List<String> indicators, Target target) {

    /** The kinds a joint target may be. */
    private static final Set<TargetKind> KINDS = Set.of(TargetKind.LEVEL, TargetKind.CUMULATIVE, TargetKind.HOLD_BAND,
            TargetKind.YEARLY_GROWTH, TargetKind.YEARLY_COUNT);

    /**
     * Checks the parts and that the kind can be read on several indicators.
     *
     * @param combine  whether every indicator is to meet the target or one is enough, not null
     * @param indicators  the ids of the indicators, in the order the plan states them, not null
     * @param target  the target's terms, with the joint target's id, not null
     * @throws IllegalArgumentException if the target is a RANK or a MILESTONE
     */
    public JointTarget {
        Objects.requireNonNull(combine, "combine");
        indicators = Checks.copyList(indicators, "indicators");
        indicators.forEach(id -> Checks.requireId(id, "indicators"));
        Objects.requireNonNull(target, "target");
        if (!KINDS.contains(target.kind())) {
            throw new IllegalArgumentException("target.kind: a joint target is LEVEL, CUMULATIVE, HOLD_BAND, YEARLY_GROWTH"
                    + " or YEARLY_COUNT (a RANK names one ranking, a MILESTONE is reported on), got " + target.kind());
        }
    }

    /**
     * Obtains a joint target.
     *
     * @param combine  ALL_OF or ANY_OF, not null
     * @param target  the terms, with the joint target's id, not null
     * @param indicators  the ids of the indicators, not null
     * @return the joint target, not null
     */
    public static JointTarget of(Combination combine, Target target, String... indicators) {
        return new JointTarget(combine, List.of(indicators), target);
    }

    /**
     * Returns the joint target's id, its terms' id, unique among the plan's target ids.
     *
     * @return the id, not null
     */
    public String id() {
        return target.id();
    }

    /**
     * Returns the id of the joint target's member on an indicator: the joint target's id, a dot, and
     * the indicator's id, such as {@code digital-2022.cloud}. The plan keeps it free of other ids, and
     * an evaluation names the member by it.
     *
     * @param indicatorId  the id of one of the joint target's indicators, not null
     * @return the member's id, not null
     */
    public String memberId(String indicatorId) {
        return id() + "." + Checks.requireId(indicatorId, "indicatorId");
    }

    /**
     * Returns the target that the joint target is on one of its indicators: its terms under the
     * member's id ({@link #memberId(String)}).
     *
     * @param indicatorId  the id of one of the joint target's indicators, not null
     * @return the member's target, not null
     */
    public Target memberOn(String indicatorId) {
        return new Target(memberId(indicatorId), target.kind(), target.years(), target.comparison(), target.value(),
                target.tolerance(), target.wording(), target.nature(), target.ranking(), target.basis(), target.due(),
                target.trajectory());
    }
}
