package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.Observation;

/**
 * A joint target's required path on the chart of each indicator it is stated over: drawn as the same
 * target of that indicator alone would be (from the base by the method's one rule), in the member's
 * status, its marker and the chart's text for screen readers naming the joint target (on the
 * illustrative plan with two joint targets, in both languages).
 */
class JointTargetChartTest {

    private static final ReportInputs INPUTS = JointIllustrative.inputs();
    private static final ActionPlan PLAN = JointIllustrative.PLAN;

    private static Chart chartOf(String indicatorId, Language language) {
        ReportView view = ReportView.of(INPUTS, language);
        int number = PLAN.indicator(indicatorId).orElseThrow().number();
        return view.cards().stream().filter(c -> c.number() == number).findFirst().orElseThrow().chart();
    }

    private static List<Chart.Line> requiredPaths(Chart chart) {
        return chart.paths().stream().filter(p -> p.css().startsWith("path")).toList();
    }

    /** The member of a joint target on an indicator, and its assessment. */
    private static Assessment member(JointTarget joint, String indicatorId) {
        return INPUTS.evaluation().assessment(joint.id()).orElseThrow().members().stream()
                .filter(m -> m.subjectId().equals(indicatorId)).findFirst().orElseThrow();
    }

    /** The chart of the indicator had the joint target's terms been its own target. */
    private static Chart asOwnTarget(JointTarget joint, String indicatorId, Language language) {
        Indicator i = PLAN.indicator(indicatorId).orElseThrow();
        Indicator alone = new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.direction(), i.method(),
                i.baseline(), List.of(joint.memberOn(indicatorId)), i.tasks(), i.leadUnits(), i.responsibleUnits(),
                i.referenceValue());
        List<Observation> observed = INPUTS.observations().stream().filter(o -> o.subject().equals(indicatorId)).toList();
        Terms terms = new Terms(language).forPlan(PLAN);
        return Chart.of(alone, List.of(member(joint, indicatorId)), observed, INPUTS.evaluation().asOf(), Map.of(), terms,
                new Texts(PLAN, terms));
    }

    @Test
    void eachMemberIndicatorsChart_drawsTheJointTargetsPath_asTheSameTargetOfThatIndicatorAlone() {
        for (JointTarget joint : PLAN.jointTargets()) {
            for (String id : joint.indicators()) {
                Chart chart = chartOf(id, Language.EN);
                List<Chart.Line> paths = requiredPaths(chart);

                assertThat(paths).as("the required paths on %s's chart", id).hasSize(1);
                assertThat(paths).isEqualTo(requiredPaths(asOwnTarget(joint, id, Language.EN)));
                assertThat(paths.get(0).css()).isEqualTo("path " + Palette.cssClass(member(joint, id).status()));
                assertThat(paths.get(0).d()).startsWith("M");
            }
        }
    }

    @Test
    void theTargetsMarkerAndTheChartsText_nameTheJointTarget() {
        Chart employment = chartOf("employment", Language.EN);
        Chart participation = chartOf("participation", Language.ZH);

        String name = "The 2021 joint target (all of: Employment rate, Participation rate)";
        assertThat(employment.markers()).filteredOn(m -> m.css().startsWith("target"))
                .extracting(Chart.Marker::title).containsExactly(name + ": ≥ 70 · achieved");
        assertThat(employment.description()).contains(name + ": ≥ 70, achieved");
        assertThat(participation.markers()).filteredOn(m -> m.css().startsWith("target"))
                .extracting(Chart.Marker::title).containsExactly("2021年联合目标（全部达到：就业率、劳动参与率）: ≥ 70 · 未实现");
        assertThat(participation.description()).contains("2021年联合目标（全部达到：就业率、劳动参与率）：");
    }

    @Test
    void anObservation_isDrawnInTheStatusOfTheJointTargetsMember_whereTheIndicatorHasNoTargetOfItsOwn() {
        Chart participation = chartOf("participation", Language.EN);

        assertThat(participation.markers()).filteredOn(m -> m.css().startsWith("obs"))
                .allSatisfy(m -> assertThat(m.css()).isEqualTo("obs " + Palette.cssClass(member(
                        PLAN.jointTarget("rates-2021").orElseThrow(), "participation").status())));
    }
}
