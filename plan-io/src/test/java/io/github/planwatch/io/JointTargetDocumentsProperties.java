package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.InvalidInputException;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.PlanArbitraries;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.YearSpan;

/** Writing a plan with joint targets of any terms and reading it back gives the same plan, in either format. */
class JointTargetDocumentsProperties {

    /** Two indicators of one unit with baselines in 2019, and no targets of their own. */
    private static final ActionPlan BASE = PlanDocumentErrorsTest.readYaml(JointTargetDocumentsTest.withSecondIndicator());

    @Provide
    Arbitrary<ActionPlan> plans() {
        Baseline baseline = BASE.indicator("gdp").orElseThrow().baseline();
        Arbitrary<JointTarget> joint = Combinators.combine(Arbitraries.of(Combination.class),
                        PlanArbitraries.targets("joint", baseline, YearSpan.of(2020, 2022))
                                .filter(t -> t.kind() != TargetKind.RANK),
                        Arbitraries.of(List.of("gdp", "gdp-private"), List.of("gdp-private", "gdp")))
                .as((combine, target, indicators) -> new JointTarget(combine, indicators, target));
        // Terms that do not fit the indicators (a negative value in a unit that cannot be negative) are left out.
        return joint.map(JointTargetDocumentsProperties::planWith).filter(java.util.Objects::nonNull);
    }

    private static ActionPlan planWith(JointTarget joint) {
        try {
            return BASE.toBuilder().jointTargets(List.of(joint)).build();
        } catch (InvalidInputException ex) {
            return null;
        }
    }

    @Property(tries = 200)
    void aJointTarget_readsBackAsWritten(@ForAll("plans") ActionPlan plan) {
        assertThat(PlanDocumentErrorsTest.readYaml(PlanDocuments.toYaml(plan))).isEqualTo(plan);
        assertThat(PlanDocuments.readJson(new ByteArrayInputStream(PlanDocuments.toJson(plan)
                .getBytes(StandardCharsets.UTF_8)), "plan.json")).isEqualTo(plan);
    }
}
