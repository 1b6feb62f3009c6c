package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The owners of all of a plan's indicators at once are each indicator's owners, in the plan's order
 * of indicators: the index of tasks that {@link ActionPlan#owners()} looks them up by changes nothing.
 */
class PlanOwnersProperties {

    @Provide
    Arbitrary<ActionPlan> plans() {
        return PlanArbitraries.actionPlans();
    }

    @Property(tries = 200)
    void theOwnersOfAllIndicatorsAreThoseOfEach(@ForAll("plans") ActionPlan plan) {
        assertThat(plan.owners().keySet()).containsExactlyElementsOf(plan.indicators().stream().map(Indicator::id).toList());
        for (Indicator indicator : plan.indicators()) {
            assertThat(plan.owners().get(indicator.id())).as(indicator.id()).isEqualTo(plan.ownersOf(indicator));
        }
    }
}
