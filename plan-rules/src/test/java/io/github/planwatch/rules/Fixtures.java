package io.github.planwatch.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.OrganisationKind;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearSpan;

/** Small plans and inputs for the rule tests, built in one place. */
final class Fixtures {

    static final String OFFICE = "city-office";
    static final String COMMERCE = "commerce-bureau";
    static final String SCIENCE = "science-bureau";
    static final String CATEGORY = "economy";
    static final String AREA = "industry";
    static final Unit UNIT = Unit.of("亿元", "100 million yuan");

    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LocalizedText text(String en) {
        return LocalizedText.of("测" + en, en);
    }

    /** A plan for 2020-2022 with one category, one area, three units and the given parts. */
    static ActionPlan.ActionPlanBuilder plan() {
        return ActionPlan.builder()
                .id("test-plan").title(text("test plan")).issuer(OFFICE).documentNumber("测政〔2020〕1号")
                .issueDate(LocalDate.of(2020, 5, 1)).period(YearSpan.of(2020, 2022)).horizonYear(2025)
                .guidingIdeology("测试").areas(List.of(new Area(AREA, 1, text("industry"), text("industry heading"))))
                .categories(List.of(new IndicatorCategory(CATEGORY, text("economy"))))
                .organisations(List.of(
                        new Organisation(OFFICE, text("office"), OrganisationKind.GOVERNMENT_OFFICE, List.of()),
                        new Organisation(COMMERCE, text("commerce"), OrganisationKind.MUNICIPAL_DEPARTMENT, List.of()),
                        new Organisation(SCIENCE, text("science"), OrganisationKind.MUNICIPAL_DEPARTMENT, List.of())));
    }

    static ActionPlan planWith(Indicator... indicators) {
        return plan().indicators(List.of(indicators)).build();
    }

    /** An indicator of the test category, numbered by the caller. */
    static Indicator indicator(String id, int number, Direction direction, ProgressMethod method, Baseline baseline,
                               Target... targets) {
        return new Indicator(id, number, CATEGORY, text(id), UNIT, direction, method, baseline, List.of(targets));
    }

    static Indicator indicator(String id, Direction direction, Baseline baseline, Target... targets) {
        return indicator(id, 1, direction, ProgressMethod.CAGR, baseline, targets);
    }

    static Baseline baseline(int year, String value) {
        return Baseline.of(year, d(value));
    }

    static QuantifiedTarget quantified(Direction direction, Baseline baseline, Target target) {
        return new QuantifiedTarget(text("measure of " + target.id()), UNIT, direction, ProgressMethod.CAGR, baseline, target);
    }

    static Task task(int number, List<String> leads, List<String> responsible, QuantifiedTarget... targets) {
        return new Task(number, AREA, text("task " + number), "任务" + number, leads, responsible, List.of(targets));
    }

    static KeyWorkItem keyWork(int year, int number, List<String> leads, List<String> responsible, List<Integer> tasks,
                               QuantifiedTarget... targets) {
        return new KeyWorkItem(year, number, text("theme " + number), "工作" + number, leads, responsible, tasks,
                List.of(targets));
    }

    static Observation obs(String subject, int year, String value) {
        return Observation.of(subject, year, d(value));
    }

    static Observation provisional(String subject, int year, String value) {
        return new Observation(subject, year, d(value), true, "test", "preliminary");
    }

    static KeyWorkUpdate update(String item, LocalDate date, KeyWorkStatus status) {
        return new KeyWorkUpdate(item, date, status, "");
    }

    static List<Observation> observations(Observation... observations) {
        return new ArrayList<>(Arrays.asList(observations));
    }
}
