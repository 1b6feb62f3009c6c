package io.github.planwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.planwatch.io.ObservationDocuments;
import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.rules.PlanEvaluator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

/** Each example program that README.md shows runs and prints what it promises. */
class ExampleProgramsTest {

    private static final ActionPlan PLAN = PlanDocuments.shaoxing();
    private static final List<Observation> OBSERVED = ObservationDocuments.shaoxingSourced();

    @Test
    void embedLibrary_printsThePlanAndEveryTargetsStatus() throws Exception {
        List<String> lines = Programs.run(EmbedLibrary::main);

        assertThat(lines.get(0)).isEqualTo("shaoxing-internationalization-2020-2022, as of 2022: INSUFFICIENT_DATA, 4 of 67 targets assessed");
        assertThat(lines).hasSize(1 + 67 + 1);
        assertThat(lines).contains("sister-cities-2022                         2022  MISSED",
                "pm25-2025                                  2025  ACHIEVED");
        assertThat(lines.get(lines.size() - 1)).startsWith("18 findings, the first: ");
    }

    @Test
    void writeReport_writesTheChineseReportWithItsHistory_throughPlanReportAlone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("report.html");
        List<String> lines = Programs.run(WriteReport::main, file.toString());

        assertThat(lines).containsExactly("Wrote " + file + ": 67 targets, 2 earlier evaluations");
        String page = java.nio.file.Files.readString(file);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
                .contains("需要关注的目标和事项", "督查台账", "状态变化", "各评估年份的状态", "2020年", "2021年", "2022年");
    }

    @Test
    void whatIf_printsThePaceEachTargetNeeds() throws Exception {
        List<String> lines = Programs.run(WhatIf::main, "2022");

        assertThat(lines.get(0)).isEqualTo("What each target needs per year from its latest known value, as of 2022:");
        assertThat(lines).contains(
                "gdp-2025                             6795 in 2021 -> 8400 in 2025: +5.44% a year",
                "metro-km-2022                        0 in 2019 -> 34.1 in 2022: +11.37 kilometres a year",
                "sister-cities-2025                   54 in 2022 -> 60 in 2025: +3.57% a year",
                "pm25-2025                            27 in 2021 -> 32 in 2025: already met");
        // A target whose year has passed needs no pace.
        assertThat(lines).noneMatch(l -> l.startsWith("sister-cities-2022"));
    }

    @Test
    void whatIf_needs_reachEveryTargetWhenKeptUp() {
        List<WhatIf.Need> needs = WhatIf.needs(PLAN, OBSERVED, 2022);

        assertThat(needs).isNotEmpty();
        for (WhatIf.Need n : needs) {
            if (n.perYear().isEmpty()) {
                continue;
            }
            assertThat(reached(n.method(), n.from(), n.perYear().get(), n.toYear() - n.fromYear()))
                    .as(n.targetId()).isCloseTo(n.to().doubleValue(), within(1e-9 * Math.max(1, n.to().doubleValue())));
        }
    }

    /** The law behind what-if: keeping up the pace from the latest value for the years left lands on the target. */
    @Property
    void pace_keptUpForTheYearsLeft_landsOnTheTarget(@ForAll @BigRange(min = "0.01", max = "100000") BigDecimal from,
                                                     @ForAll @BigRange(min = "0.01", max = "100000") BigDecimal to,
                                                     @ForAll @IntRange(min = 1, max = 20) int years,
                                                     @ForAll ProgressMethod method) {
        double pace = WhatIf.pace(method, from, to, years).orElseThrow();

        assertThat(reached(method, from, pace, years)).isCloseTo(to.doubleValue(), within(1e-7 * Math.max(1, to.doubleValue())));
    }

    @Test
    void pace_fromZero_hasNoGrowthRate_butALinearChange() {
        assertThat(WhatIf.pace(ProgressMethod.CAGR, BigDecimal.ZERO, BigDecimal.ONE, 3)).isEmpty();
        assertThat(WhatIf.pace(ProgressMethod.LINEAR, BigDecimal.ZERO, new BigDecimal("34.1"), 3)).hasValueSatisfying(
                v -> assertThat(v).isCloseTo(34.1 / 3, within(1e-12)));
    }

    private static double reached(ProgressMethod method, BigDecimal from, double pace, int years) {
        return method == ProgressMethod.CAGR ? from.doubleValue() * Math.pow(1 + pace, years) : from.doubleValue() + pace * years;
    }

    @Test
    void ownRule_addsItsFindingThroughTheSameResultTypes() throws Exception {
        List<String> lines = Programs.run(OwnRule::main);

        assertThat(lines.get(0)).isEqualTo("28 targets fall due by 2023 and cannot be judged yet:");
        assertThat(lines).contains("  WARNING gdp-2022: The 2022 target for Gross domestic product (GDP) falls due and still cannot be judged: report its figures.");

        Evaluation evaluation = PlanEvaluator.builder().rules(OwnRule.bundledRule()).build().evaluate(PLAN, OBSERVED, 2022);
        List<Finding> mine = evaluation.findings("DUE_UNJUDGED");
        assertThat(mine).hasSize(28).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subjectKind()).isEqualTo(SubjectKind.TARGET);
            assertThat(evaluation.assessment(f.subjectId())).isPresent();
            // Names, not ids, in the prose of either language.
            assertThat(f.message().zh()).doesNotContain(f.subjectId()).startsWith("“");
            assertThat(f.message().en()).doesNotContain(f.subjectId());
        });
        // The built-in findings are all still there.
        assertThat(evaluation.findings()).hasSize(18 + 28);
    }

    @Test
    void policyThresholds_printsWhatTheStricterPolicyChanges() throws Exception {
        List<String> lines = Programs.run(PolicyThresholds::main);

        assertThat(lines).containsExactly("gdp-2025: ON_TRACK -> ACCELERATION_NEEDED (R = 1.31)",
                "findings: 18 -> 20; plan INSUFFICIENT_DATA -> INSUFFICIENT_DATA");
    }

    @Test
    void aStricterPolicy_neverJudgesATargetBetter() {
        Evaluation defaults = PlanEvaluator.create().evaluate(PLAN, OBSERVED, 2022);
        Evaluation strict = PlanEvaluator.create().withPolicy(PolicyThresholds.STRICT).evaluate(PLAN, OBSERVED, 2022);

        for (Assessment a : defaults.assessments()) {
            assertThat(strict.assessment(a.targetId()).orElseThrow().status().rank()).as(a.targetId())
                    .isLessThanOrEqualTo(a.status().rank());
        }
    }
}
