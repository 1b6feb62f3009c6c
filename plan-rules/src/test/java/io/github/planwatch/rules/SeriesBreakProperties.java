package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ObservationFlag;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * Laws of breaks in series: a value not comparable with the one before it is never compared with
 * it. Flags are put on random observations of generated plans.
 */
class SeriesBreakProperties {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();

    @Provide
    Arbitrary<Scenarios.Scenario> plans() {
        return Scenarios.plans();
    }

    /** The scenario's observations, about a third of them flagged with one flag or two at random. */
    private static List<Observation> flagged(Scenarios.Scenario scenario, long seed) {
        Random random = new Random(seed);
        ObservationFlag[] flags = ObservationFlag.values();
        List<Observation> observations = new ArrayList<>();
        for (Observation o : scenario.observations()) {
            observations.add(random.nextInt(3) != 0 ? o
                    : o.withFlags(List.of(flags[random.nextInt(flags.length)], flags[random.nextInt(flags.length)])));
        }
        return observations;
    }

    private static Set<String> breaks(List<Observation> observations) {
        Set<String> breaks = new HashSet<>();
        observations.stream().filter(Observation::breaksSeries).forEach(o -> breaks.add(o.subject() + " " + o.year()));
        return breaks;
    }

    /**
     * A break in series never yields REGRESSION across it: no regression's later value is the first
     * of a new series, and no suspicious jump is a step onto one.
     */
    @Property(tries = 300)
    void aBreakInSeries_neverYieldsARegressionOrAJumpAcrossIt(@ForAll("plans") Scenarios.Scenario scenario,
                                                              @ForAll long seed) {
        List<Observation> observations = flagged(scenario, seed);
        Set<String> breaks = breaks(observations);

        Evaluation evaluation = EVALUATOR.evaluate(scenario.input(observations));

        for (Finding f : evaluation.findings(FindingCodes.REGRESSION)) {
            assertThat(breaks).as("%s", f).doesNotContain(f.subjectId() + " " + f.evidence().get("latestYear"));
        }
        for (Finding f : evaluation.findings(FindingCodes.SUSPICIOUS_JUMP)) {
            for (String step : f.evidence().get("steps").split(",")) {
                assertThat(breaks).as("%s", f).doesNotContain(f.subjectId() + " " + step.substring(step.indexOf('-') + 1));
            }
        }
    }

    /**
     * Flags never change a status or a score: a break is said (SERIES_BREAK), the method's measure
     * is kept; and a plan without breaks raises no SERIES_BREAK.
     */
    @Property(tries = 200)
    void flagsLeaveStatusesAndScoresAsTheyAre(@ForAll("plans") Scenarios.Scenario scenario, @ForAll long seed) {
        List<Observation> observations = flagged(scenario, seed);

        Evaluation plain = EVALUATOR.evaluate(scenario.input());
        Evaluation withFlags = EVALUATOR.evaluate(scenario.input(observations));

        assertThat(withFlags.assessments()).extracting(a -> a.status(), a -> a.score(), a -> a.ratio())
                .isEqualTo(plain.assessments().stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.status(),
                        a.score(), a.ratio())).toList());
        assertThat(plain.findings(FindingCodes.SERIES_BREAK)).isEmpty();
        if (breaks(observations).isEmpty()) {
            assertThat(withFlags.findings(FindingCodes.SERIES_BREAK)).isEmpty();
        }
    }
}
