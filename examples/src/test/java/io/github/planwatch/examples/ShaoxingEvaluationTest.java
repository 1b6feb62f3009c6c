package io.github.planwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.Status;
import io.github.planwatch.rules.PlanEvaluator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Shaoxing plan judged on the sourced observations (the bundled copy of sources/shaoxing-2020-2022/observations-sourced.csv)
 * as of 2022. Every expected number is worked out here from the method by hand, from the five
 * sourced rows and the plan's Annex 1, so that a reader can check each one with a calculator.
 *
 * <p>The sourced rows: GDP 5781 (2019) and 6795 (2021, provisional) 亿元; PM2.5 37 (2018) and 27
 * (2021) μg/m³; 54 sister cities (2022).
 */
class ShaoxingEvaluationTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        var plan = PlanDocuments.shaoxing();
        evaluation = PlanEvaluator.create().evaluate(plan, ObservationDocuments.shaoxingSourced(), 2022);
    }

    private static Assessment assessment(String target) {
        return evaluation.assessment(target).orElseThrow();
    }

    private static double cagr(double from, double to, int years) {
        return Math.pow(to / from, 1.0 / years) - 1;
    }

    @Test
    void gdp2025_onTrack_onProvisionalFigures() {
        // Observed: 5781 (2019) -> 6795 (2021), two years; required: 5781 -> 8400 over six years.
        double ratio = cagr(5781, 6795, 2) / cagr(5781, 8400, 6);   // 0.08416 / 0.06426 = 1.3098
        Assessment gdp = assessment("gdp-2025");
        assertThat(gdp.ratio()).isCloseTo(ratio, within(1e-9));
        assertThat(ratio).isCloseTo(1.3098, within(1e-4));
        assertThat(gdp.status()).isEqualTo(Status.ON_TRACK);               // R >= 0.95
        assertThat(gdp.score()).isEqualTo(5.0);                            // min(7.1429 R - 4.2857, 5)
        assertThat(gdp.provisional()).isTrue();                            // 2021's figure is preliminary
    }

    @Test
    void gdp2022_targetYearNotReported() {
        // 2022 has passed as of 2022, and no 2022 GDP figure is in the sourced data: not judged.
        assertThat(assessment("gdp-2022").status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(assessment("gdp-2022").reason()).isEqualTo(InsufficientDataReason.TARGET_YEAR_NOT_REPORTED);
        assertThat(assessment("gdp-2022").score()).isNull();
    }

    @Test
    void sisterCities2022_missed() {
        // 54 in 2022 against "56": the target year has passed and the value falls short.
        assertThat(assessment("sister-cities-2022").status()).isEqualTo(Status.MISSED);
        assertThat(assessment("sister-cities-2022").score()).isEqualTo(-5.0);
    }

    @Test
    void sisterCities2025_limitedProgress() {
        // Observed: 52 (2019) -> 54 (2022); required: 52 -> 60 over six years.
        double ratio = cagr(52, 54, 3) / cagr(52, 60, 6);                  // 0.01266 / 0.02414 = 0.5245
        Assessment cities = assessment("sister-cities-2025");
        assertThat(cities.ratio()).isCloseTo(ratio, within(1e-9));
        assertThat(cities.status()).isEqualTo(Status.LIMITED_PROGRESS);    // 0 <= R < 0.60
        assertThat(cities.score()).isCloseTo(4.1667 * ratio - 2.5, within(1e-9));   // -0.3146
    }

    @Test
    void pm25_2025AlreadyMet_2022NotReported() {
        // 27 in 2021 is already below the 2025 target "<32"; no 2022 value for the 2022 target "<34".
        assertThat(assessment("pm25-2025").status()).isEqualTo(Status.ACHIEVED);
        assertThat(assessment("pm25-2022").reason()).isEqualTo(InsufficientDataReason.TARGET_YEAR_NOT_REPORTED);
    }

    @Test
    void everyOtherTarget_insufficientData() {
        List<String> judged = List.of("gdp-2025", "sister-cities-2022", "sister-cities-2025", "pm25-2025");
        assertThat(evaluation.assessments()).filteredOn(a -> !judged.contains(a.targetId()))
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_DATA));
        // 40 indicator targets; 4 task targets of a quantity and the top-30 ranking (typed on task 1);
        // 5 key-work targets of a quantity (item 6 restates task 7's, typed once); 17 milestones, none
        // reported, so none judged.
        assertThat(evaluation.assessments()).hasSize(67);
    }

    @Test
    void planSummary_fourOfSixtySevenAssessed_isNotEnough() {
        // Four scored targets (5, -5, the score of sister-cities-2025's R, 5) of 67 due or ahead: a
        // coverage of 4/67 = 0.06, below one half, so the plan has no verdict and no score.
        GroupSummary plan = evaluation.planSummary();
        assertThat(List.of(plan.assessed(), plan.dueOrAhead())).containsExactly(4, 67);
        assertThat(plan.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(plan.score()).isNull();
        assertThat(plan.isNotEnoughAssessed()).isTrue();
    }

    @Test
    void categorySummaries() {
        GroupSummary economic = evaluation.group(GroupKind.CATEGORY, "economic-strength").orElseThrow();
        assertThat(List.of(economic.assessed(), economic.dueOrAhead())).containsExactly(1, 4);   // gdp-2025 alone
        assertThat(economic.isNotEnoughAssessed()).isTrue();
        GroupSummary people = evaluation.group(GroupKind.CATEGORY, "people-exchange").orElseThrow();
        assertThat(List.of(people.assessed(), people.dueOrAhead())).containsExactly(2, 6);      // 1/3 < 1/2
        assertThat(people.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(evaluation.group(GroupKind.CATEGORY, "investment-trade").orElseThrow().assessed())
                .isZero();                              // no scored target
    }

    @Test
    void natureSummaries_bindingTargetsApartFromExpectedValues() {
        // Annex 1's 2022 column is binding (目标值), its 2025 column expected (预期值): 20 expected
        // values, and 47 binding targets (20 of Annex 1, the rest in tasks and key work, 17 of them
        // milestones and one the top-30 ranking). The one
        // scored binding target is sister-cities-2022 (missed); the three scored expected values are
        // gdp-2025, sister-cities-2025 and pm25-2025.
        GroupSummary binding = evaluation.group(GroupKind.NATURE, "binding").orElseThrow();
        GroupSummary expected = evaluation.group(GroupKind.NATURE, "expected").orElseThrow();
        assertThat(List.of(binding.members(), binding.members() - binding.unscored())).containsExactly(47, 1);
        assertThat(List.of(expected.members(), expected.members() - expected.unscored())).containsExactly(20, 3);
        assertThat(binding.count(Status.MISSED)).isEqualTo(1);
        assertThat(expected.count(Status.MISSED)).isZero();
    }

    @Test
    void findings_offTrackAhead_andProvisionalBasis() {
        assertThat(evaluation.findings("OFF_TRACK_AHEAD")).extracting(Finding::subjectId)
                .containsExactly("sister-cities-2025");
        assertThat(evaluation.findings("PROVISIONAL_BASIS")).extracting(Finding::subjectId)
                .containsExactly("gdp-2025");
        assertThat(evaluation.findings("REGRESSION")).isEmpty();          // GDP rose, PM2.5 fell
        assertThat(evaluation.findings("SUSPICIOUS_JUMP")).isEmpty();     // no change beyond 50%
    }

    @Test
    void findings_withoutLeadUnit_asTheSeedWritesThem() {
        // Tasks 17 and 23 list only responsible units; 13 items of Annex 2 carry no △.
        assertThat(evaluation.findings("TASK_WITHOUT_LEAD_UNIT")).extracting(Finding::subjectId)
                .containsExactlyInAnyOrder("17", "23", "kw-2020-3", "kw-2020-5", "kw-2020-6", "kw-2020-7",
                        "kw-2020-11", "kw-2020-12", "kw-2020-15", "kw-2020-16", "kw-2020-17", "kw-2020-18",
                        "kw-2020-20", "kw-2020-22", "kw-2020-23");
    }
}
