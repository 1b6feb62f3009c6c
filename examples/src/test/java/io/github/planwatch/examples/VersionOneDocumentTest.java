package io.github.planwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Unit;
import io.github.planwatch.rules.EvaluationInput;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * A plan document of schema version 1 still loads, and evaluates to the same statuses as the same
 * plan in version 2: the bundled Shaoxing plan without what only version 2 can state (milestones,
 * the ranking, the targets' nature and paths, the indicators' links to tasks and units, the units'
 * bounds, the notice, preamble and annexes), written as a version-1 document, read and judged on the
 * sourced figures.
 */
class VersionOneDocumentTest {

    private static final PlanEvaluator RULES = PlanEvaluator.create();

    /** The Shaoxing plan with only what a version-1 document states. */
    private static ActionPlan versionOneShaoxing() {
        ActionPlan plan = PlanDocuments.shaoxing();
        return plan.toBuilder()
                .indicators(plan.indicators().stream().map(i -> new io.github.planwatch.model.Indicator(i.id(), i.number(),
                        i.category(), i.name(), versionOne(i.unit()), i.direction(), i.method(), i.baseline(),
                        i.targets().stream().map(VersionOneDocumentTest::versionOne).toList())).toList())
                .tasks(plan.tasks().stream().map(t -> new Task(t.number(), t.area(), t.title(), t.text(), t.leadUnits(),
                        t.responsibleUnits(), versionOne(t.targets()))).toList())
                .keyWork(plan.keyWork().stream().map(k -> new KeyWorkItem(k.year(), k.number(), k.theme(), k.text(),
                        k.leadUnits(), k.responsibleUnits(), k.tasks(), versionOne(k.targets()))).toList())
                .preamble(null).notice(null).annexes(List.of())
                .build();
    }

    private static List<QuantifiedTarget> versionOne(List<QuantifiedTarget> targets) {
        return targets.stream().filter(q -> q.target().kind() != TargetKind.MILESTONE && q.target().kind() != TargetKind.RANK)
                .map(q -> new QuantifiedTarget(q.measure(), versionOne(q.unit()), q.direction(), q.method(), q.baseline(),
                        versionOne(q.target()), null, List.of()))
                .toList();
    }

    private static Unit versionOne(Unit unit) {
        return new Unit(unit.name(), unit.negativeAllowed());
    }

    private static Target versionOne(Target target) {
        return target.withNature(TargetNature.BINDING).withTrajectory(List.of());
    }

    private static Evaluation evaluate(ActionPlan plan, int year) {
        return RULES.evaluate(EvaluationInput.of(plan, ObservationDocuments.shaoxingSourced(), year));
    }

    private static Map<String, Status> statuses(Evaluation evaluation) {
        return evaluation.assessments().stream().collect(Collectors.toMap(Assessment::targetId, Assessment::status));
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(ints = {2020, 2021, 2022, 2025})
    void aVersionOneDocument_loads_andEvaluatesToTheStatusesOfThePlanInVersionTwo(int year) {
        ActionPlan plan = versionOneShaoxing();
        String versionTwo = PlanDocuments.toYaml(plan);
        String versionOne = versionTwo.replaceFirst("schemaVersion: 2\n", "schemaVersion: 1\n")
                .replaceFirst("\nlanguage: zh\n", "\n");

        ActionPlan read = PlanDocuments.readYaml(new ByteArrayInputStream(versionOne.getBytes(StandardCharsets.UTF_8)),
                "shaoxing-v1.yaml");

        assertThat(versionOne).startsWith("schemaVersion: 1\n").doesNotContain("\nlanguage:");
        assertThat(read).isEqualTo(plan);
        Map<String, Status> v1 = statuses(evaluate(read, year));
        assertThat(v1).isEqualTo(statuses(evaluate(plan, year)));
        // Every target a version-1 document states is judged as in the bundled version-2 plan itself.
        Map<String, Status> full = statuses(evaluate(PlanDocuments.shaoxing(), year));
        assertThat(v1).hasSizeGreaterThan(40).allSatisfy((id, status) -> assertThat(status).as(id).isEqualTo(full.get(id)));
    }
}
