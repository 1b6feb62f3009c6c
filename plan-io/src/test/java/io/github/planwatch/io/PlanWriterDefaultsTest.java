package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearSpan;

/**
 * A plan is written with only what its writer chose: a field whose value is the one a reader takes
 * where it is left out (the schema's {@code default}) is left out, and the plan reads back the same.
 */
class PlanWriterDefaultsTest {

    @Test
    void theShaoxingPlan_isWrittenWithoutItsDefaults_andReadsBackTheSame() {
        ActionPlan plan = PlanDocuments.shaoxing();

        String yaml = PlanDocuments.toYaml(plan);

        assertThat(yaml).doesNotContain("nature: BINDING", "basis: ABSOLUTE", "negativeAllowed: false", ": []")
                .contains("nature: EXPECTED");
        assertThat(read(yaml)).isEqualTo(plan);
        assertThat(read(PlanDocuments.toJson(plan))).isEqualTo(plan);
    }

    @Test
    void aMilestone_isWrittenWithoutTheTermsItImplies_butAStatedUnitIsKept() {
        ActionPlan shaoxing = PlanDocuments.shaoxing();
        QuantifiedTarget implied = shaoxing.tasks().stream().flatMap(t -> t.targets().stream())
                .filter(q -> q.target().kind() == TargetKind.MILESTONE).findFirst().orElseThrow();
        QuantifiedTarget counted = new QuantifiedTarget(implied.measure(), Unit.of("件", "items"), Direction.HIGHER_IS_BETTER,
                ProgressMethod.LINEAR, null, implied.target(), null, List.of());

        String yaml = PlanDocuments.toYaml(shaoxing);
        String milestone = yaml.substring(yaml.indexOf("id: " + implied.target().id()) - 200,
                yaml.indexOf("id: " + implied.target().id()) + 200);
        ActionPlan withUnit = withFirstTaskTargets(shaoxing, implied, counted);

        assertThat(milestone).doesNotContain("完成", "comparison:", "value:", "direction:", "method:");
        assertThat(PlanDocuments.toYaml(withUnit)).contains("zh: 件");
        assertThat(read(PlanDocuments.toYaml(withUnit))).isEqualTo(withUnit);
    }

    @Test
    void aValueThatIsNotTheDefault_isWritten_evenWhereItEqualsTheDefaultOfAnotherKind() {
        // A LEVEL target of 1, AT_LEAST: the milestone's defaults do not apply to it.
        Target one = new Target("count-2022", TargetKind.LEVEL, YearSpan.ofYear(2022), Comparison.AT_LEAST, BigDecimal.ONE,
                null, null, TargetNature.EXPECTED, null, null, null, List.of());
        ActionPlan shaoxing = PlanDocuments.shaoxing();
        Indicator first = shaoxing.indicators().get(0);
        Indicator changed = new Indicator(first.id(), first.number(), first.category(), first.name(), first.unit(),
                first.direction(), first.method(), new Baseline(2019, BigDecimal.ONE), List.of(one), first.tasks(),
                first.leadUnits(), first.responsibleUnits(), null);
        ActionPlan plan = shaoxing.toBuilder().indicators(List.of(changed)).build();

        String yaml = PlanDocuments.toYaml(plan);

        assertThat(yaml).contains("id: count-2022", "comparison: AT_LEAST", "value: 1", "nature: EXPECTED");
        assertThat(read(yaml)).isEqualTo(plan);
    }

    private static ActionPlan withFirstTaskTargets(ActionPlan plan, QuantifiedTarget old, QuantifiedTarget replacement) {
        return plan.toBuilder().tasks(plan.tasks().stream().map(t -> t.targets().contains(old)
                ? new Task(t.number(), t.area(), t.title(), t.text(), t.leadUnits(), t.responsibleUnits(),
                        t.targets().stream().map(q -> q.equals(old) ? replacement : q).toList())
                : t).toList()).build();
    }

    private static ActionPlan read(String document) {
        return PlanDocuments.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                document.startsWith("{") ? DocumentFormat.JSON : DocumentFormat.YAML, "plan");
    }
}
