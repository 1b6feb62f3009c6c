package io.github.planwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.DataFormat;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Status;
import io.github.planwatch.rules.PlanEvaluator;

/**
 * The bundled Europe 2020 plan judged on its sourced observations (the copy of
 * sources/europe-2020/observations-sourced.csv) as of 2018, 2019 and 2020. Every expected status
 * and ratio is worked out here by hand from the sourced figures and the method, so that a reader
 * can check each one with a calculator.
 */
class Europe2020EvaluationTest {

    private static final PlanEvaluator RULES = PlanEvaluator.create();
    private static ActionPlan plan;
    private static List<Observation> observations;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = resource("plans/europe-2020.yaml")) {
            plan = PlanDocuments.readYaml(in, "plans/europe-2020.yaml");
        }
        try (InputStream in = resource("observations/europe-2020-sourced.csv")) {
            observations = DataDocuments.OBSERVATIONS.read(in, DataFormat.CSV, "observations/europe-2020-sourced.csv", plan);
        }
    }

    private static Assessment assessment(int asOf, String target) {
        Evaluation evaluation = RULES.evaluate(plan, observations, asOf);
        return evaluation.assessment(target).orElseThrow();
    }

    private static double cagr(double from, double to, int years) {
        return Math.pow(to / from, 1.0 / years) - 1;
    }

    // ------------------------------------------------------------------ as of 2020, the target year

    @Test
    void asOf2020_employmentMissed() {
        // 72.3% in 2020 against at least 75%.
        assertThat(assessment(2020, "employment-rate-2020").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void asOf2020_rdMissed() {
        // 2.3% of GDP in 2020 against 3%.
        assertThat(assessment(2020, "rd-intensity-2020").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void asOf2020_greenhouseGasesAchieved() {
        // An index of 69 (31% below 1990, provisional) against at most 80.
        Assessment ghg = assessment(2020, "ghg-emissions-index-2020");
        assertThat(ghg.status()).isEqualTo(Status.ACHIEVED);
        assertThat(ghg.provisional()).isTrue();
    }

    @Test
    void asOf2020_renewablesAchieved() {
        // 22.1% in 2020 against at least 20%.
        assertThat(assessment(2020, "renewables-share-2020").status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void asOf2020_earlyLeaversAchieved_strictlyBelowTen() {
        // 9.9% in 2020 against less than 10%.
        assertThat(assessment(2020, "early-leavers-2020").status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void asOf2020_noTargetYearValue_notJudged() {
        // No 2020 figure was found for these three; a value of an earlier year does not stand in.
        for (String target : List.of("primary-energy-consumption-2020", "tertiary-attainment-2020", "arope-2020")) {
            Assessment a = assessment(2020, target);
            assertThat(a.status()).as(target).isEqualTo(Status.INSUFFICIENT_DATA);
            assertThat(a.reason()).as(target).isEqualTo(InsufficientDataReason.TARGET_YEAR_NOT_REPORTED);
        }
    }

    // ------------------------------------------------------------------ as of 2018 and 2019, ahead

    @Test
    void asOf2018_poverty_limitedProgress() {
        // 116.1 million (2008 baseline) -> 109.2 million (2018); required 116.1 -> 96.1 by 2020.
        double ratio = -cagr(116.1, 109.2, 10) / Math.abs(cagr(116.1, 96.1, 12));   // 0.3908
        Assessment arope = assessment(2018, "arope-2020");
        assertThat(arope.ratio()).isCloseTo(ratio, within(1e-9));
        assertThat(ratio).isCloseTo(0.3908, within(1e-4));
        assertThat(arope.status()).isEqualTo(Status.LIMITED_PROGRESS);                 // 0 <= R < 0.60
        assertThat(arope.score()).isCloseTo(4.1667 * ratio - 2.5, within(1e-9));       // -0.8718
    }

    @Test
    void asOf2018_primaryEnergy_deterioration() {
        // 1537 Mtoe (2015, the earliest value) -> 1561 (2017): rising, against at most 1483 by 2020.
        double ratio = -cagr(1537, 1561, 2) / Math.abs(cagr(1537, 1483, 5));           // -1.0911
        Assessment energy = assessment(2018, "primary-energy-consumption-2020");
        assertThat(energy.ratio()).isCloseTo(ratio, within(1e-9));
        assertThat(energy.status()).isEqualTo(Status.DETERIORATION);                   // R < 0
        assertThat(energy.score()).isEqualTo(-5.0);                                    // max(4.1667 R - 2.5, -5)
    }

    @Test
    void asOf2018_renewables_onTrack() {
        // 9.6% (2004, the earliest value) -> 18.9% (2018); required 9.6 -> 20 by 2020.
        double ratio = cagr(9.6, 18.9, 14) / cagr(9.6, 20, 16);                         // 1.0561
        Assessment res = assessment(2018, "renewables-share-2020");
        assertThat(res.ratio()).isCloseTo(ratio, within(1e-9));
        assertThat(res.status()).isEqualTo(Status.ON_TRACK);                           // R >= 0.95
    }

    @Test
    void asOf2018_tertiaryAlreadyAchieved() {
        // 40.7% in 2018 already meets at least 40% by 2020.
        assertThat(assessment(2018, "tertiary-attainment-2020").status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void asOf2019_employment_accelerationNeeded_fromThePlansStartingValue() {
        // "From the current 69%", a value without a year, stands in the plan's first year, 2010, as no
        // value is observed by then: 69% (2010) -> 73.1% (2019); required 69 -> 75 by 2020.
        double ratio = cagr(69, 73.1, 9) / cagr(69, 75, 10);                            // 0.7684
        Assessment employment = assessment(2019, "employment-rate-2020");
        assertThat(employment.baseSource()).isEqualTo(io.github.planwatch.model.BaseSource.REFERENCE_VALUE);
        assertThat(employment.ratio()).isCloseTo(ratio, within(1e-9));
        // From its first observation (72.4% in 2018) it read LIMITED_PROGRESS (R 0.54); from the plan's own
        // starting value the nine years of progress count, and it needs to speed up.
        assertThat(employment.status()).isEqualTo(Status.ACCELERATION_NEEDED);
    }

    @Test
    void asOf2019_earlyLeavers_onTrack() {
        // 13.8% (2010) -> 10.2% (2019), lower is better; required 13.8 -> 10 by 2020.
        double ratio = -cagr(13.8, 10.2, 9) / Math.abs(cagr(13.8, 10, 10));             // 1.0421
        Assessment leavers = assessment(2019, "early-leavers-2020");
        assertThat(leavers.ratio()).isCloseTo(ratio, within(1e-9));
        assertThat(leavers.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void asOf2019_greenhouseGasesAlreadyAchieved() {
        // An index of 76 in 2019 (24% below 1990) already meets at most 80.
        assertThat(assessment(2019, "ghg-emissions-index-2020").status()).isEqualTo(Status.ACHIEVED);
    }

    private static InputStream resource(String name) {
        InputStream in = Europe2020EvaluationTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("the classpath resource %s", name).isNotNull();
        return in;
    }
}
