package io.github.planwatch.model;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The shared plan generator reaches every part of the model, so that properties over its plans
 * (round trips, rules) say something about all of them.
 */
class PlanArbitrariesProperties {

    @Provide
    Arbitrary<ActionPlan> plans() {
        return PlanArbitraries.actionPlans();
    }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void actionPlans_coverEveryPartOfTheModel(@ForAll("plans") ActionPlan plan) {
        List<Target> targets = new ArrayList<>();
        plan.indicators().forEach(i -> targets.addAll(i.targets()));
        plan.quantifiedTargets().forEach(q -> targets.add(q.target()));
        for (TargetKind kind : TargetKind.values()) {
            feature(kind.name(), targets.stream().anyMatch(t -> t.kind() == kind));
        }
        for (Comparison comparison : Comparison.values()) {
            feature(comparison.name(), targets.stream().anyMatch(t -> t.comparison() == comparison));
        }
        feature("tolerance", targets.stream().anyMatch(t -> t.tolerance() != null));
        feature("wording", targets.stream().anyMatch(t -> t.wording() != null));
        feature("indicator baseline", plan.indicators().stream().anyMatch(Indicator::hasBaseline));
        feature("indicator without baseline", plan.indicators().stream().anyMatch(i -> !i.hasBaseline()));
        feature("target baseline", plan.quantifiedTargets().stream().anyMatch(q -> q.baseline() != null));
        feature("alias", plan.organisations().stream().anyMatch(o -> !o.aliases().isEmpty()));
        feature("task target", plan.tasks().stream().anyMatch(t -> !t.targets().isEmpty()));
        feature("key-work target", plan.keyWork().stream().anyMatch(k -> !k.targets().isEmpty()));
        feature("task without lead", plan.tasks().stream().anyMatch(t -> !t.hasLeadUnit()));
        feature("joint target", !plan.jointTargets().isEmpty());
        for (Combination combine : Combination.values()) {
            feature("joint " + combine.name(), plan.jointTargets().stream().anyMatch(j -> j.combine() == combine));
        }
        feature("joint target over three or more", plan.jointTargets().stream().anyMatch(j -> j.indicators().size() > 2));
        feature("joint target relative to the baselines", plan.jointTargets().stream()
                .anyMatch(j -> j.target().basis() != null && j.target().basis() != TargetBasis.ABSOLUTE));
        for (TargetKind kind : TargetKind.values()) {
            if (kind != TargetKind.RANK && kind != TargetKind.MILESTONE) {
                feature("joint " + kind.name(), plan.jointTargets().stream().anyMatch(j -> j.target().kind() == kind));
            }
        }
    }

    /** Counts how often a feature appears; each must appear in at least one generated plan. */
    private static void feature(String name, boolean present) {
        Statistics.label(name).collect(present);
        Statistics.label(name).coverage(coverage -> coverage.check(true).count(c -> c > 0));
    }
}
