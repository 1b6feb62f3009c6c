package io.github.planwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A plan finds a key-work item by its id, {@code kw-YEAR-NUMBER}, as written and in no other
 * spelling: the item whose id is that text, or none.
 */
class KeyWorkLookupProperties {

    @Provide
    Arbitrary<ActionPlan> plans() {
        return PlanArbitraries.actionPlans();
    }

    @Property(tries = 100)
    void everyItemIsFoundByItsId(@ForAll("plans") ActionPlan plan) {
        for (KeyWorkItem item : plan.keyWork()) {
            assertThat(plan.keyWorkItem(item.id())).containsSame(item);
        }
    }

    @Provide
    Arbitrary<String> lookedUp() {
        Arbitrary<String> near = Combinators.combine(Arbitraries.integers().between(-3, 2200),
                Arbitraries.integers().between(-3, 40),
                Arbitraries.of("kw-%d-%d", "kw-%d-0%d", "kw-0%d-%d", "kw-+%d-%d", "kw-%d-+%d", " kw-%d-%d",
                        "kw-%d-%d ", "KW-%d-%d", "kw%d-%d", "kw-%d--%d", "kw-%d-%d-1", "kw-%d"))
                .as((year, number, form) -> String.format(form, year, number));
        return Arbitraries.oneOf(near, Arbitraries.strings().ofMaxLength(12), Arbitraries.of("", "kw-", "kw--",
                "kw-2020-", "kw--2020", "kw-99999999999-1", "kw-2020-99999999999"));
    }

    @Property(tries = 150)
    void anyTextFindsTheItemWithThatIdOrNone(@ForAll("plans") ActionPlan plan, @ForAll("lookedUp") String text) {
        List<KeyWorkItem> items = plan.keyWork();
        String id = items.isEmpty() ? text : items.get(Math.floorMod(text.hashCode(), items.size())).id();
        for (String asked : List.of(text, id, id + "0", id.replace("kw-", "kw-0"))) {
            Optional<KeyWorkItem> byId = items.stream().filter(k -> k.id().equals(asked)).findFirst();
            assertThat(plan.keyWorkItem(asked)).isEqualTo(byId);
        }
    }
}
