package io.github.planwatch.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Finding;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.PlanArbitraries;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Severity;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.YearResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid evaluations for property tests: every status, reason, target kind and kind
 * of owner; present and absent bases, latest values, ratios and tolerances; doubles from the
 * whole finite range, subnormals included; findings with evidence and texts that are hard to
 * write; group summaries of every kind. Assessments are ordered as {@code PlanEvaluator} orders
 * them: indicators' targets, then tasks', then key work's, each owner's together.
 */
final class EvaluationArbitraries {

    private static final List<Status> JUDGED_GROUP = List.of(Status.ON_TRACK, Status.ACCELERATION_NEEDED,
            Status.LIMITED_PROGRESS, Status.DETERIORATION);

    private EvaluationArbitraries() {
    }

    /**
     * Generates evaluations.
     *
     * @return the arbitrary, not null
     */
    static Arbitrary<Evaluation> evaluations() {
        Arbitrary<String> planIds = PlanArbitraries.ids("p", 0);
        Arbitrary<Integer> asOfs = Arbitraries.integers().between(1950, 2150);
        return Combinators.combine(planIds, asOfs, Arbitraries.integers().between(0, 800),
                        owners(SubjectKind.INDICATOR), owners(SubjectKind.TASK), owners(SubjectKind.KEY_WORK_ITEM),
                        findings().list().ofMaxSize(4), groups().list().ofMaxSize(4))
                .as((planId, asOf, days, indicators, tasks, keyWork, findings, groups) -> {
                    List<Assessment> assessments = new ArrayList<>();
                    indicators.forEach(assessments::addAll);
                    tasks.forEach(assessments::addAll);
                    keyWork.forEach(assessments::addAll);
                    List<Assessment> unique = new ArrayList<>();
                    for (int i = 0; i < assessments.size(); i++) {
                        // Target ids are unique across an evaluation.
                        unique.add(assessments.get(i).toBuilder().targetId(assessments.get(i).targetId() + "-" + i).build());
                    }
                    List<GroupSummary> all = new ArrayList<>();
                    all.add(withKind(groups.isEmpty() ? null : groups.get(0), GroupKind.PLAN, planId));
                    for (int i = 1; i < groups.size(); i++) {
                        GroupSummary g = groups.get(i);
                        all.add(withKind(g, i % 2 == 0 ? GroupKind.AREA : GroupKind.CATEGORY, g.id() + "-" + i));
                    }
                    return new Evaluation(planId, asOf, LocalDate.of(asOf, 12, 31).minusDays(days % 365).plusDays(days / 365 * 200L),
                            unique, findings, all);
                });
    }

    private static GroupSummary withKind(GroupSummary g, GroupKind kind, String id) {
        if (g == null) {
            return new GroupSummary(kind, id, null, Status.INSUFFICIENT_DATA, Map.of());
        }
        return new GroupSummary(kind, id, g.score(), g.status(), g.counts());
    }

    /** Lists of owners, each with one to three assessments of its targets. */
    private static Arbitrary<List<List<Assessment>>> owners(SubjectKind kind) {
        Arbitrary<String> ownerIds = kind == SubjectKind.TASK ? Arbitraries.integers().between(1, 40).map(String::valueOf)
                : PlanArbitraries.ids(kind == SubjectKind.INDICATOR ? "i" : "k", 0);
        Arbitrary<List<Assessment>> owner = Combinators.combine(ownerIds, assessments().list().ofMinSize(1).ofMaxSize(3))
                .as((ownerId, list) -> list.stream().map(a -> a.toBuilder().ownerKind(kind).ownerId(ownerId)
                        .subjectId(kind == SubjectKind.INDICATOR ? ownerId : a.targetId()).build()).toList());
        return owner.list().ofMaxSize(3).uniqueElements(list -> list.get(0).ownerId());
    }

    /** The parts of an assessment that decide its shape. */
    private record Shape(TargetKind kind, Status status, String targetId, int targetYear, Double ratio, Double score,
                         ProgressMethod method, InsufficientDataReason reason) {

        boolean yearly() {
            return kind == TargetKind.YEARLY_GROWTH || kind == TargetKind.YEARLY_COUNT || kind == TargetKind.HOLD_BAND;
        }

        boolean milestone() {
            return kind == TargetKind.MILESTONE;
        }
    }

    /** The values of an assessment. */
    private record Values(Base base, Latest latest, BigDecimal targetValue, BigDecimal tolerance, boolean provisional,
                          List<YearResult> years) {
    }

    /**
     * Generates assessments of indicators' targets; {@link #owners} gives them their owners.
     *
     * @return the arbitrary, not null
     */
    private static Arbitrary<Assessment> assessments() {
        Arbitrary<Shape> shapes = Combinators.combine(Arbitraries.of(TargetKind.class), Arbitraries.of(Status.class),
                PlanArbitraries.ids("t", 1), Arbitraries.integers().between(1950, 2150), doubles().injectNull(0.3),
                scores(), Arbitraries.of(ProgressMethod.class), Arbitraries.of(InsufficientDataReason.class))
                .as(Shape::new);
        Arbitrary<Values> values = Combinators.combine(bases(), latests(), PlanArbitraries.values(),
                PlanArbitraries.nonNegativeValues().injectNull(0.5), Arbitraries.of(true, false), yearResults())
                .as(Values::new);
        // A resolved level, as an assessment of a target stated relative to the baseline has, on some of them.
        Arbitrary<BigDecimal> levels = PlanArbitraries.values().injectNull(0.7);
        return Combinators.combine(shapes, values, Arbitraries.of(TargetNature.class), levels).as((shape, v, nature, level) -> Assessment.builder()
                .targetId(shape.targetId())
                .subjectId("i")
                .ownerKind(SubjectKind.INDICATOR)
                .ownerId("i")
                .kind(shape.kind())
                .nature(nature)
                .targetYear(shape.targetYear())
                .status(shape.status())
                .reason(shape.status() == Status.INSUFFICIENT_DATA ? shape.reason() : null)
                .ratio(shape.ratio())
                .score(shape.status() == Status.INSUFFICIENT_DATA ? null : shape.score())
                .method(shape.yearly() || shape.milestone() ? null : shape.method())
                .due(shape.milestone() ? java.time.LocalDate.of(shape.targetYear(), 6, 30) : null)
                .report(shape.milestone() && v.provisional() ? new io.github.planwatch.model.KeyWorkUpdate(shape.targetId(),
                        java.time.LocalDate.of(shape.targetYear(), 3, 1), io.github.planwatch.model.KeyWorkStatus.DONE, "",
                        "a notice") : null)
                .baseSource(v.base() == null ? null : v.base().source())
                .baseYear(v.base() == null ? null : v.base().year())
                .baseValue(v.base() == null ? null : v.base().value())
                .latestYear(v.latest() == null ? null : v.latest().year())
                .latestValue(v.latest() == null ? null : v.latest().value())
                .targetValue(v.targetValue())
                .tolerance(v.tolerance())
                .targetLevel(level)
                .provisional(v.provisional())
                .years(shape.yearly() ? inYears(v.years(), shape.targetYear()) : List.of())
                .build());
    }

    private record Base(BaseSource source, int year, BigDecimal value) {
    }

    private record Latest(int year, BigDecimal value) {
    }

    private static Arbitrary<Base> bases() {
        return Combinators.combine(Arbitraries.of(BaseSource.class), Arbitraries.integers().between(1900, 2200),
                PlanArbitraries.values()).as(Base::new).injectNull(0.3);
    }

    private static Arbitrary<Latest> latests() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2200), PlanArbitraries.values())
                .as(Latest::new).injectNull(0.3);
    }

    /** Results of years still to be placed: {@link #inYears} gives them the years up to the target year. */
    private static Arbitrary<List<YearResult>> yearResults() {
        Arbitrary<YearResult> one = Combinators.combine(Arbitraries.of(Status.ACHIEVED, Status.MISSED,
                        Status.INSUFFICIENT_DATA), PlanArbitraries.values(), Arbitraries.of(true, false))
                .as((status, value, provisional) -> new YearResult(1900, status == Status.INSUFFICIENT_DATA ? null : value,
                        status, provisional));
        return one.list().ofMaxSize(4);
    }

    private static List<YearResult> inYears(List<YearResult> results, int lastYear) {
        List<YearResult> years = new ArrayList<>();
        int first = Math.max(1900, lastYear - results.size() + 1);
        for (int i = 0; i < results.size(); i++) {
            YearResult y = results.get(i);
            years.add(new YearResult(first + i, y.value(), y.status(), y.provisional()));
        }
        return years;
    }

    /**
     * Generates finite doubles from the whole range, subnormals and extremes included, and ordinary ones.
     *
     * @return the arbitrary, not null
     */
    static Arbitrary<Double> doubles() {
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> ordinary = Arbitraries.doubles().between(-10, 10).ofScale(6);
        Arbitrary<Double> notable = Arbitraries.of(0.0, -0.0, 1.0, 0.95, 0.6, 0.1, 1e-7, 1e21, Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 1.0 / 3);
        return Arbitraries.oneOf(anyBits, ordinary, notable);
    }

    /** Scores in [-5, 5], the ends included. */
    private static Arbitrary<Double> scores() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-5, 5).ofScale(12),
                Arbitraries.of(-5.0, 5.0, 0.0, -0.0, 2.5, 4.9999999999999999, Double.MIN_VALUE));
    }

    private static Arbitrary<Finding> findings() {
        Arbitrary<String> codes = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
                .ofMaxLength(20).map(s -> "F" + s);
        Arbitrary<Map<String, String>> evidence = Arbitraries.maps(PlanArbitraries.texts(), PlanArbitraries.texts())
                .ofMaxSize(3);
        return Combinators.combine(codes, Arbitraries.of(Severity.class), Arbitraries.of(SubjectKind.class),
                PlanArbitraries.texts(), evidence, PlanArbitraries.localizedTexts()).as(Finding::new);
    }

    private static Arbitrary<GroupSummary> groups() {
        Arbitrary<Map<Status, Integer>> counts = Arbitraries.integers().between(0, 5).list().ofSize(Status.values().length)
                .map(list -> {
                    Map<Status, Integer> map = new EnumMap<>(Status.class);
                    for (Status s : Status.values()) {
                        map.put(s, list.get(s.ordinal()));
                    }
                    return map;
                });
        return Combinators.combine(PlanArbitraries.ids("g", 2), counts, scores(), Arbitraries.of(JUDGED_GROUP))
                .as((id, c, score, status) -> {
                    int scored = c.values().stream().mapToInt(Integer::intValue).sum() - c.get(Status.INSUFFICIENT_DATA);
                    return scored == 0 ? new GroupSummary(GroupKind.CATEGORY, id, null, Status.INSUFFICIENT_DATA, c)
                            : new GroupSummary(GroupKind.CATEGORY, id, score, status, c);
                });
    }
}
