package io.github.planwatch.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of valid plan values for property tests, in one place so that every module tests
 * against the same idea of "any valid plan".
 *
 * <p>The plans are small but exercise every part of the model: every {@link TargetKind} and
 * {@link Comparison}, present and absent baselines, tolerances and wording, organisations with
 * aliases, tasks and key-work items with and without lead units and with quantified targets. Texts
 * include Chinese, punctuation, line breaks and words that a YAML reader would take for something
 * other than text ({@code yes}, {@code null}, {@code 2020}, {@code 1e3}). Every plan satisfies the
 * model's invariants by construction: ids are unique, references resolve, target years follow the
 * base year and key-work items fall in the period.
 */
public final class PlanArbitraries {

    private static final int MAX_PARTS = 4;

    private PlanArbitraries() {
    }

    /**
     * Generates non-blank texts: Chinese, printable ASCII, mixtures, and strings that YAML would
     * resolve to another type unless quoted.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> texts() {
        Arbitrary<String> chinese = Arbitraries.strings()
                .withChars("绍兴市国际化行动方案以上左右牵头单位责任，。、（）〔〕△—“”：；")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(16);
        Arbitrary<String> tricky = Arbitraries.of("yes", "No", "off", "null", "~", "true", "2020", "-7", "1e3",
                ".inf", ".NaN", "0x1F", "0o17", "1_000", "12:30", "2020-05-07", "2020-2022", "- item", "a: b", "#c",
                "@x", "*x", "&a", "!t", "%p", "|", "> x", "[a]", "{a: b}", "'q'", "\"dq\"", " lead", "trail ",
                "line1\nline2", "末尾\n", "x\r\ny", "a\tb", "13%左右", "6800 以上", "<0.5", "…", "---", "...");
        Arbitrary<String> mixed = Combinators.combine(chinese, tricky, ascii).as((a, b, c) -> a + b + c);
        return Arbitraries.frequencyOf(
                        Tuple.of(3, chinese),
                        Tuple.of(2, ascii),
                        Tuple.of(2, tricky),
                        Tuple.of(1, mixed))
                .filter(s -> !s.isBlank());
    }

    /**
     * Generates ids that match the model's id pattern.
     *
     * @param prefix  a lower-case letter that starts every id, such as {@code o} for organisations
     * @param index  the item's index, which makes the id unique among ids with the same prefix
     *               (indices below 10 end in a different character than any other such id)
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> ids(String prefix, int index) {
        return Arbitraries.strings().withChars("abcdefxyz0123456789._-").ofMaxLength(6)
                .map(middle -> prefix + middle + "-" + index);
    }

    /**
     * Generates texts in Chinese and English.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<LocalizedText> localizedTexts() {
        // Mostly Chinese and English, as a Chinese plan has them; else one to three languages of any plan.
        Arbitrary<LocalizedText> others = Arbitraries.of("en", "de", "fr", "zh", "pt-BR").list().uniqueElements()
                .ofMinSize(1).ofMaxSize(3).flatMap(tags -> texts().list().ofSize(tags.size()).map(words -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    for (int i = 0; i < tags.size(); i++) {
                        map.put(tags.get(i), words.get(i));
                    }
                    return LocalizedText.of(map);
                }));
        return Arbitraries.frequencyOf(Tuple.of(3, Combinators.combine(texts(), texts()).as(LocalizedText::new)),
                Tuple.of(1, others));
    }

    /**
     * Generates decimal values of any sign and of scales from 0 to 7, including very large and very
     * small ones that a careless writer would print in scientific notation.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BigDecimal> values() {
        Arbitrary<BigDecimal> scaled = Arbitraries.integers().between(0, 7).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(scale));
        Arbitrary<BigDecimal> notable = Arbitraries.of("0", "100", "13", "6.058", "11.46", "1E+10", "1E+21",
                "0.0000001", "-2.50", "5781").map(BigDecimal::new);
        return Arbitraries.oneOf(scaled, notable);
    }

    /**
     * Generates values that are not negative.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BigDecimal> nonNegativeValues() {
        return values().map(BigDecimal::abs);
    }

    /**
     * Generates units, some of which allow negative values.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Unit> units() {
        return Combinators.combine(texts(), texts(), Arbitraries.of(true, false)).as(Unit::new);
    }

    /**
     * Generates relative and absolute tolerances.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Tolerance> tolerances() {
        return Combinators.combine(Arbitraries.of(ToleranceKind.class), nonNegativeValues()).as(Tolerance::new);
    }

    /**
     * Generates baselines in the years just before a plan's period.
     *
     * @param period  the plan's period, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Baseline> baselines(YearSpan period) {
        return Combinators.combine(Arbitraries.integers().between(period.first() - 3, period.first()), values())
                .as(Baseline::new);
    }

    /**
     * Generates targets of every kind that fit a baseline: those that fall after the base year,
     * or anywhere near the period where there is no baseline.
     *
     * @param id  the target's id, not null
     * @param baseline  the baseline the target is measured from, or null
     * @param period  the plan's period, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Target> targets(String id, Baseline baseline, YearSpan period) {
        return targets(id, baseline, period, Direction.HIGHER_IS_BETTER);
    }

    /**
     * Generates targets of every kind that fit a baseline and the direction of what they measure: a
     * band (ABOUT where neither direction is better) never has a trajectory, which would change nothing.
     *
     * @param id  the target's id, not null
     * @param baseline  the baseline the target is measured from, or null
     * @param period  the plan's period, not null
     * @param direction  which way is better for what the target measures, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Target> targets(String id, Baseline baseline, YearSpan period, Direction direction) {
        // A yearly target may start in the base year itself (growth over the base year); a level may not.
        int firstYearly = baseline == null ? period.first() - 2 : baseline.year();
        int firstLevel = baseline == null ? period.first() - 2 : baseline.year() + 1;
        int lastYear = period.last() + 3;
        // A milestone is stated in a task or key-work item only (quantifiedTargets), never of an indicator.
        Arbitrary<Target> target = Arbitraries.of(TargetKind.class).filter(kind -> kind != TargetKind.MILESTONE)
                .flatMap(kind -> switch (kind) {
            case MILESTONE -> milestones(id, firstLevel, lastYear);
            case LEVEL -> Combinators.combine(Arbitraries.integers().between(firstLevel, lastYear),
                            Arbitraries.of(Comparison.class), values(), tolerances().injectNull(0.4))
                    .as((year, comparison, value, tolerance) -> new Target(id, kind, YearSpan.ofYear(year),
                            comparison, value, comparison == Comparison.ABOUT ? tolerance : null, null));
            case YEARLY_GROWTH -> Combinators.combine(spans(firstYearly, lastYear), values())
                    .as((years, value) -> Target.yearlyGrowth(id, years, value));
            case YEARLY_COUNT -> Combinators.combine(spans(firstYearly, lastYear), nonNegativeValues())
                    .as((years, value) -> Target.yearlyCount(id, years, value));
            case HOLD_BAND -> Combinators.combine(spans(firstYearly, lastYear), values(), tolerances().injectNull(0.4))
                    .as((years, value, tolerance) -> Target.holdBand(id, years, value, tolerance));
            case CUMULATIVE -> Combinators.combine(spans(firstLevel, lastYear), nonNegativeValues())
                    .as((years, value) -> Target.cumulative(id, years, value));
            case RANK -> Combinators.combine(Arbitraries.integers().between(firstLevel, lastYear),
                            Arbitraries.of(Comparison.AT_MOST, Comparison.BELOW), Arbitraries.integers().between(1, 500), texts())
                    .as((year, comparison, position, ranking) -> new Target(id, kind, YearSpan.ofYear(year), comparison,
                            BigDecimal.valueOf(position), null, null, TargetNature.BINDING, ranking, null));
        });
        if (baseline != null) {
            // Where there is a baseline, a level may be stated relative to it: a multiple or a change in percent.
            Arbitrary<Target> relative = Combinators.combine(Arbitraries.integers().between(firstLevel, lastYear),
                            Arbitraries.of(Comparison.class), Arbitraries.of(TargetBasis.MULTIPLE_OF_BASELINE,
                                    TargetBasis.PERCENT_CHANGE_FROM_BASELINE), Arbitraries.integers().between(1, 400))
                    .as((year, comparison, basis, n) -> Target.relative(id, year, comparison, basis,
                            basis == TargetBasis.MULTIPLE_OF_BASELINE ? BigDecimal.valueOf(n, 2) : BigDecimal.valueOf(n - 99)));
            target = Arbitraries.frequencyOf(Tuple.of(4, target), Tuple.of(1, relative));
        }
        return Combinators.combine(target, texts().injectNull(0.5), Arbitraries.of(TargetNature.class))
                .as((t, wording, nature) -> t.withWording(wording).withNature(nature))
                .flatMap(t -> t.comparison() == Comparison.ABOUT && direction == Direction.NONE ? Arbitraries.just(t)
                        : trajectories(t, baseline).map(t::withTrajectory));
    }

    /**
     * Generates the plan's own trajectory for a LEVEL, CUMULATIVE or RANK target, empty more often
     * than not: up to three points in year order between the base year and the target year.
     *
     * @param target  the target, not null
     * @param baseline  the baseline of what it measures, or null
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<TrajectoryPoint>> trajectories(Target target, Baseline baseline) {
        int first = switch (target.kind()) {
            case CUMULATIVE -> target.years().first();
            case LEVEL, RANK -> baseline == null ? target.year() - 4 : baseline.year() + 1;
            default -> target.year();
        };
        if (first >= target.year()) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<BigDecimal> values = target.kind() == TargetKind.RANK
                ? Arbitraries.integers().between(1, 500).map(BigDecimal::valueOf) : nonNegativeValues();
        Arbitrary<List<TrajectoryPoint>> points = Arbitraries.integers().between(first, target.year() - 1).set()
                .ofMinSize(1).ofMaxSize(3)
                .flatMap(years -> values.list().ofSize(years.size()).map(vs -> {
                    List<Integer> sorted = years.stream().sorted().toList();
                    List<TrajectoryPoint> made = new java.util.ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        made.add(new TrajectoryPoint(sorted.get(i), vs.get(i)));
                    }
                    return List.copyOf(made);
                }));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<TrajectoryPoint>of())), Tuple.of(1, points));
    }

    /**
     * Generates milestones: a span of one to three years, due on any day of its last.
     *
     * @param id  the target's id, not null
     * @param firstYear  the earliest first year
     * @param lastYear  the latest first year
     * @return the arbitrary, not null
     */
    public static Arbitrary<Target> milestones(String id, int firstYear, int lastYear) {
        return Combinators.combine(spans(firstYear, lastYear), Arbitraries.integers().between(1, 365))
                .as((years, day) -> new Target(id, TargetKind.MILESTONE, years, null, null, null, null, TargetNature.BINDING,
                        null, null, java.time.LocalDate.ofYearDay(years.last(), day)));
    }

    private static Arbitrary<YearSpan> spans(int firstStart, int lastStart) {
        return Combinators.combine(Arbitraries.integers().between(firstStart, lastStart),
                Arbitraries.integers().between(0, 3)).as((start, extra) -> YearSpan.of(start, start + extra));
    }

    /**
     * Generates targets stated in a task or key-work item, with or without a baseline.
     *
     * @param id  the target's id, not null
     * @param period  the plan's period, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<QuantifiedTarget> quantifiedTargets(String id, YearSpan period) {
        Arbitrary<QuantifiedTarget> measured = Combinators.combine(localizedTexts(), units(), Arbitraries.of(Direction.class),
                        Arbitraries.of(ProgressMethod.class), baselines(period).injectNull(0.4))
                .flatAs((measure, unit, direction, method, baseline) -> targets(id, baseline, period, direction)
                        .map(target -> new QuantifiedTarget(measure, fitting(unit, baseline, List.of(target)), direction,
                                method, baseline, target)));
        Arbitrary<QuantifiedTarget> milestones = Combinators.combine(localizedTexts(),
                        milestones(id, period.first() - 1, period.last() + 2), texts().injectNull(0.5),
                        Arbitraries.of(TargetNature.class))
                .as((commitment, target, wording, nature) ->
                        QuantifiedTarget.milestone(commitment, target.withWording(wording).withNature(nature)));
        return Arbitraries.frequencyOf(Tuple.of(5, measured), Tuple.of(1, milestones));
    }

    /** The unit, allowing negative values where the baseline or a target in the unit is negative, as the model requires. */
    private static Unit fitting(Unit unit, Baseline baseline, List<Target> targets) {
        boolean negative = baseline != null && baseline.value().signum() < 0 || targets.stream().anyMatch(t ->
                (t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.HOLD_BAND) && t.value().signum() < 0);
        return negative && !unit.negativeAllowed() ? new Unit(unit.zh(), unit.en(), true) : unit;
    }

    /**
     * Generates whole, valid plans.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ActionPlan> actionPlans() {
        Arbitrary<YearSpan> periods = spans(2000, 2030);
        return Combinators.combine(periods, indexed(1, MAX_PARTS, PlanArbitraries::organisation),
                        indexed(1, 3, PlanArbitraries::area), indexed(0, 3, PlanArbitraries::category))
                .flatAs((period, organisations, areas, categories) -> {
                    List<String> orgIds = organisations.stream().map(Organisation::id).toList();
                    List<String> areaIds = areas.stream().map(Area::id).toList();
                    List<String> categoryIds = categories.stream().map(IndicatorCategory::id).toList();
                    Arbitrary<List<Task>> taskLists = indexed(0, MAX_PARTS, i -> task(i, period, areaIds, orgIds));
                    return taskLists.flatMap(tasks -> {
                        List<Integer> taskNumbers = tasks.stream().map(Task::number).toList();
                        return plan(period, organisations, areas, categories, tasks,
                                indexed(0, categoryIds.isEmpty() ? 0 : MAX_PARTS,
                                        i -> indicator(i, period, categoryIds, taskNumbers, orgIds)),
                                indexed(0, MAX_PARTS, i -> keyWorkItem(i, period, orgIds, taskNumbers)))
                                .flatMap(plan -> Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(plan)),
                                        Tuple.of(2, withJointTargets(plan))));
                    });
                });
    }

    /**
     * Adds one or two joint targets to a plan with two or more indicators: two to four of its
     * indicators are given one unit (the first's, admitting negative values, as {@link #fitting}
     * does), and each joint target is stated over two or more of them, after the latest of their base
     * years, relative to the baseline only where each has one.
     */
    private static Arbitrary<ActionPlan> withJointTargets(ActionPlan plan) {
        List<Indicator> indicators = plan.indicators();
        if (indicators.size() < 2) {
            return Arbitraries.just(plan);
        }
        return Arbitraries.of(indicators).list().uniqueElements().ofMinSize(2).ofMaxSize(Math.min(4, indicators.size()))
                .flatMap(shared -> {
                    Unit first = shared.get(0).unit();
                    Unit unit = new Unit(first.name(), true, null, null, first.scale());
                    List<String> ids = shared.stream().map(Indicator::id).toList();
                    List<Indicator> all = indicators.stream().map(i -> ids.contains(i.id()) ? withUnit(i, unit) : i).toList();
                    boolean everyBaseline = shared.stream().allMatch(i -> i.baseline() != null);
                    Baseline latest = shared.stream().map(Indicator::baseline).filter(java.util.Objects::nonNull)
                            .max(java.util.Comparator.comparingInt(Baseline::year)).orElse(null);
                    // Stated from the latest baseline, the target falls after every member's base year.
                    Baseline from = latest;
                    Direction direction = shared.stream().anyMatch(i -> i.direction() == Direction.NONE)
                            ? Direction.NONE : Direction.HIGHER_IS_BETTER;
                    // Few generated plans have two indicators or more, so each that does gets up to four joint
                    // targets, and each joint target's kind is chosen first, evenly: otherwise a kind is rare
                    // enough to be missing from a run of a few hundred plans.
                    return indexed(1, 4, j -> Combinators.combine(ids("j", j), Arbitraries.of(Combination.class),
                                    Arbitraries.of(ids).list().uniqueElements().ofMinSize(2).ofMaxSize(ids.size()),
                                    Arbitraries.of(JOINT_KINDS))
                            .flatAs((id, combine, over, kind) -> {
                                Arbitrary<Target> terms = targets(id, from, plan.period(), direction)
                                        .filter(t -> t.kind() == kind && (everyBaseline || !relative(t)));
                                // Relative to each indicator's own baseline as often as not, where each has one.
                                return (everyBaseline ? Arbitraries.frequencyOf(Tuple.of(1, terms),
                                        Tuple.of(1, targets(id, from, plan.period(), direction)
                                                .filter(PlanArbitraries::relative))) : terms)
                                        .map(t -> new JointTarget(combine, over, t));
                            }))
                            .map(joints -> plan.toBuilder().indicators(all).jointTargets(joints).build());
                });
    }

    /** The kinds a joint target may have: a rank or a milestone is never stated over several indicators. */
    private static final List<TargetKind> JOINT_KINDS = java.util.Arrays.stream(TargetKind.values())
            .filter(kind -> kind != TargetKind.RANK && kind != TargetKind.MILESTONE).toList();

    /** Whether a target is stated relative to the baseline. */
    private static boolean relative(Target t) {
        return t.basis() != null && t.basis() != TargetBasis.ABSOLUTE;
    }

    /** The indicator measured in another unit. */
    private static Indicator withUnit(Indicator i, Unit unit) {
        return new Indicator(i.id(), i.number(), i.category(), i.name(), unit, i.direction(), i.method(), i.baseline(),
                i.targets(), i.tasks(), i.leadUnits(), i.responsibleUnits(), i.referenceValue());
    }

    private static Arbitrary<ActionPlan> plan(YearSpan period, List<Organisation> organisations, List<Area> areas,
                                              List<IndicatorCategory> categories, List<Task> tasks,
                                              Arbitrary<List<Indicator>> indicators,
                                              Arbitrary<List<KeyWorkItem>> keyWork) {
        return Builders.withBuilder(() -> ActionPlan.builder().period(period).organisations(organisations)
                        .areas(areas).categories(categories).tasks(tasks))
                .use(ids("p", 0)).in(ActionPlan.ActionPlanBuilder::id)
                .use(localizedTexts()).in(ActionPlan.ActionPlanBuilder::title)
                .use(Arbitraries.of(organisations).map(Organisation::id)).in(ActionPlan.ActionPlanBuilder::issuer)
                .use(texts()).in(ActionPlan.ActionPlanBuilder::documentNumber)
                .use(Arbitraries.integers().between(0, 365).map(day -> LocalDate.of(period.first(), 1, 1).plusDays(day)))
                .in(ActionPlan.ActionPlanBuilder::issueDate)
                .use(Arbitraries.integers().between(period.last(), period.last() + 5))
                .in(ActionPlan.ActionPlanBuilder::horizonYear)
                .use(texts()).in(ActionPlan.ActionPlanBuilder::guidingIdeology)
                .use(indexed(0, 3, PlanArbitraries::principle)).in(ActionPlan.ActionPlanBuilder::principles)
                .use(indexed(0, 3, i -> goal(period))).in(ActionPlan.ActionPlanBuilder::goals)
                .use(indicators).in(ActionPlan.ActionPlanBuilder::indicators)
                .use(keyWork).in(ActionPlan.ActionPlanBuilder::keyWork)
                .use(indexed(0, 3, PlanArbitraries::safeguard)).in(ActionPlan.ActionPlanBuilder::safeguards)
                .use(texts().injectNull(0.5)).in(ActionPlan.ActionPlanBuilder::preamble)
                .use(notices(period).injectNull(0.5)).in(ActionPlan.ActionPlanBuilder::notice)
                .use(indexed(0, 2, i -> Combinators.combine(localizedTexts(), texts().injectNull(0.5))
                        .as((title, note) -> new Annex(i + 1, title, note)))).in(ActionPlan.ActionPlanBuilder::annexes)
                .build(ActionPlan.ActionPlanBuilder::build);
    }

    private static Arbitrary<Notice> notices(YearSpan period) {
        return Combinators.combine(texts(), texts().injectNull(0.3), texts(), texts().injectNull(0.3),
                        texts().list().ofMaxSize(3),
                        Arbitraries.integers().between(0, 365).map(day -> LocalDate.of(period.first(), 1, 1).plusDays(day))
                                .injectNull(0.3))
                .as(Notice::new);
    }

    private static Arbitrary<Organisation> organisation(int index) {
        Arbitrary<List<String>> aliases = indexed(0, 2, j -> texts().map(t -> t + "〔" + index + "." + j + "〕"));
        return Combinators.combine(ids("o", index), localizedTexts(), Arbitraries.of(OrganisationKind.class), aliases)
                .as((id, name, kind, written) -> new Organisation(id,
                        LocalizedText.of(name.zh() + "（" + index + "）", name.en()), kind, written));
    }

    private static Arbitrary<Area> area(int index) {
        return Combinators.combine(ids("a", index), localizedTexts(), localizedTexts())
                .as((id, name, heading) -> new Area(id, index + 1, name, heading));
    }

    private static Arbitrary<IndicatorCategory> category(int index) {
        return Combinators.combine(ids("c", index), localizedTexts()).as(IndicatorCategory::new);
    }

    private static Arbitrary<Principle> principle(int index) {
        return Combinators.combine(localizedTexts(), texts()).as((title, text) -> new Principle(index + 1, title, text));
    }

    private static Arbitrary<Safeguard> safeguard(int index) {
        return Combinators.combine(localizedTexts(), texts()).as((title, text) -> new Safeguard(index + 1, title, text));
    }

    private static Arbitrary<Goal> goal(YearSpan period) {
        return Combinators.combine(Arbitraries.integers().between(period.first(), period.last() + 3), texts(), texts())
                .as(Goal::new);
    }

    private static Arbitrary<Task> task(int index, YearSpan period, List<String> areaIds, List<String> orgIds) {
        int number = index + 1;
        return Combinators.combine(Arbitraries.of(areaIds), localizedTexts(), texts(), someOf(orgIds), someOf(orgIds),
                        indexed(0, 2, j -> quantifiedTargets("t" + number + "-t" + j, period)))
                .as((area, title, text, lead, responsible, targets) ->
                        new Task(number, area, title, text, lead, responsible, targets));
    }

    private static Arbitrary<Indicator> indicator(int index, YearSpan period, List<String> categoryIds,
                                                  List<Integer> taskNumbers, List<String> orgIds) {
        return Combinators.combine(ids("i", index), Arbitraries.of(categoryIds), localizedTexts(), units(),
                        Arbitraries.of(Direction.class), Arbitraries.of(ProgressMethod.class),
                        baselines(period).injectNull(0.3))
                .flatAs((id, category, name, unit, direction, method, baseline) ->
                        indexed(0, 3, j -> targets(id + "-t" + j, baseline, period, direction)).map(targets ->
                                new Indicator(id, index + 1, category, name, fitting(unit, baseline, targets), direction,
                                        method, baseline, targets)))
                .flatMap(indicator -> Combinators.combine(someOf(taskNumbers), someOf(orgIds), someOf(orgIds))
                        .as(indicator::withOwners));
    }

    private static Arbitrary<KeyWorkItem> keyWorkItem(int index, YearSpan period, List<String> orgIds,
                                                      List<Integer> taskNumbers) {
        int number = index + 1;
        return Combinators.combine(Arbitraries.integers().between(period.first(), period.last()), localizedTexts(),
                        texts(), someOf(orgIds), someOf(orgIds), someOf(taskNumbers),
                        indexed(0, 2, j -> quantifiedTargets("k" + number + "-t" + j, period)))
                .as((year, theme, text, lead, responsible, tasks, targets) ->
                        new KeyWorkItem(year, number, theme, text, lead, responsible, tasks, targets));
    }

    /** Distinct elements of a list, in any order, possibly none. */
    private static <T> Arbitrary<List<T>> someOf(List<T> choices) {
        if (choices.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.of(choices).list().uniqueElements().ofMaxSize(Math.min(3, choices.size()));
    }

    /** Lists of between min and max elements, the element at index i drawn from element.apply(i). */
    private static <T> Arbitrary<List<T>> indexed(int min, int max, IntFunction<Arbitrary<T>> element) {
        return Arbitraries.integers().between(min, max).flatMap(size -> size == 0
                ? Arbitraries.just(List.<T>of())
                : Combinators.combine(IntStream.range(0, size).mapToObj(element).toList()).as(List::copyOf));
    }
}
