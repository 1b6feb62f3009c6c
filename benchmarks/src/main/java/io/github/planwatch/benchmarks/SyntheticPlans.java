package io.github.planwatch.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.JointTarget;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ObservationFlag;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.OrganisationKind;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetBasis;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TargetNature;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.TrajectoryPoint;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearSpan;
import io.github.planwatch.rules.EvaluationInput;

/**
 * Generates synthetic plans of any size with their observations, key-work reports and
 * accountabilities: seeded and deterministic, the same seed and size giving the same input.
 *
 * <p>A plan of {@code n} indicators and {@code y} years has exactly {@code 2n} observed targets and
 * {@value #MILESTONES_PER_BLOCK} MILESTONE targets per block of ten indicators. Indicators
 * come in ten variants, repeated in blocks of ten, that between them state every target kind and
 * comparison: LEVEL targets AT_LEAST, ABOVE, AT_MOST, BELOW and ABOUT (with a direction, and as a band with
 * none), by CAGR and LINEAR, with a baseline and without; YEARLY_GROWTH, YEARLY_COUNT, HOLD_BAND and
 * CUMULATIVE targets, RANK targets (a position in a ranking), LEVEL targets relative to the baseline (a
 * multiple of it and a change from it in percent), on indicators and in tasks and key-work items. Each block of ten indicators
 * has its own category and area, and two milestones, one in a task of its own and one in a key-work item
 * that serves that task only, with progress reports that reach each of a milestone's statuses.
 *
 * <p>The base year is {@value #BASE_YEAR}. Observations cover the {@code y} years after it, and the
 * input is as of the last of them. Each indicator has a nearer target inside those years (passed, so
 * judged ACHIEVED or MISSED) and a later one two years after them (judged by its trend). Values
 * follow a random pace toward the targets, from moving away to overshooting, with noise, gaps,
 * provisional latest values, occasional jumps, quality flags (breaks in series among them) and,
 * where the unit allows, values of mixed sign, so
 * that every status and most findings occur: baseline missing, stale data, regression, suspicious
 * jump, target inconsistent, off track ahead, provisional basis, indicator without owner, task
 * without lead unit, lead unit overload, key work overdue, key work without update and a status
 * measured across a break in series; a newly tracked indicator without a baseline states where it
 * starts without a year, a reference value.
 *
 * <p>Thread-safe: it holds nothing between calls.
 */
public final class SyntheticPlans {

    /** The base year of every synthetic plan: baselines are of this year. */
    public static final int BASE_YEAR = 2020;
    /** The number of targets per indicator: its own and those of the tasks and key-work items that go with it. */
    public static final int TARGETS_PER_INDICATOR = 2;
    /** The number of MILESTONE targets per block of ten indicators (a smaller last block counts as one). */
    public static final int MILESTONES_PER_BLOCK = 2;

    private static final Unit AMOUNT = Unit.of("亿元", "100 million yuan");
    private static final Unit COUNT = Unit.of("个", "count");
    private static final Unit SHARE = Unit.of("%", "percent");
    private static final Unit BALANCE = new Unit("亿元", "100 million yuan (net)", true);

    private SyntheticPlans() {
    }

    /**
     * Generates one plan with its observations, reports and accountabilities.
     *
     * @param seed  the seed; the same seed and size give the same input
     * @param indicators  the number of indicators, at least 1; the plan has twice as many targets
     * @param years  the number of years observed after the base year, from 1 to 30
     * @return the input, as of the last year observed, not null
     * @throws IllegalArgumentException if a size is out of range
     */
    public static EvaluationInput input(long seed, int indicators, int years) {
        if (indicators < 1) {
            throw new IllegalArgumentException("indicators must be at least 1, got " + indicators);
        }
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("years must be from 1 to 30, got " + years);
        }
        return new Generator(seed, indicators, years).generate();
    }

    /**
     * Generates plans lazily, one per element of the stream, so that a batch of any size needs memory
     * for only the plans in flight. Plan {@code m} is {@link #input(long, int, int)} of a seed mixed
     * from {@code seed} and {@code m}, so every plan differs and each can be generated alone.
     *
     * @param seed  the seed of the whole stream
     * @param plans  the number of plans, not negative
     * @param indicators  the number of indicators of each plan, at least 1
     * @param years  the number of years observed, from 1 to 30
     * @return the inputs, in order, not null
     * @throws IllegalArgumentException if a size is out of range
     */
    public static Stream<EvaluationInput> inputs(long seed, long plans, int indicators, int years) {
        if (plans < 0) {
            throw new IllegalArgumentException("plans must not be negative, got " + plans);
        }
        input(seed, indicators, years);
        return LongStream.range(0, plans).mapToObj(m -> input(mix(seed, m), indicators, years));
    }

    /** A seed for plan {@code m} of a stream (SplitMix64's finaliser, so that near seeds diverge). */
    static long mix(long seed, long m) {
        long z = seed + (m + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The state of one generation. */
    private static final class Generator {

        private final SplittableRandom random;
        /**
         * Draws the observations' quality flags apart from everything else, so that flags were added
         * to the generator without changing any value, target or gap a seed gave before.
         */
        private final SplittableRandom flagRandom;
        /** Draws the milestones and their reports apart, so that adding them changed nothing a seed gave before. */
        private final SplittableRandom milestoneRandom;
        private final long seed;
        private final int indicatorCount;
        private final int years;
        private final int asOf;
        private final int nearYear;
        private final int farYear;
        private final YearSpan span;
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();
        private final List<KeyWorkItem> keyWork = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();
        private final List<KeyWorkUpdate> updates = new ArrayList<>();
        private final List<Accountability> accountabilities = new ArrayList<>();
        private final int[] keyWorkNumbers;

        Generator(long seed, int indicatorCount, int years) {
            this.random = new SplittableRandom(seed);
            this.flagRandom = new SplittableRandom(mix(seed, -1));
            this.milestoneRandom = new SplittableRandom(mix(seed, -2));
            this.seed = seed;
            this.indicatorCount = indicatorCount;
            this.years = years;
            this.asOf = BASE_YEAR + years;
            this.nearYear = BASE_YEAR + Math.max(1, (years + 1) / 2);
            this.farYear = asOf + 2;
            this.span = YearSpan.of(BASE_YEAR + 1, farYear);
            this.keyWorkNumbers = new int[span.length()];
        }

        EvaluationInput generate() {
            int blocks = (indicatorCount + 9) / 10;
            int unitCount = Math.max(4, indicatorCount / 3);
            organisations.add(new Organisation("office", text("政府办公室", "government office"), OrganisationKind.GOVERNMENT_OFFICE,
                    List.of()));
            for (int u = 1; u <= unitCount; u++) {
                organisations.add(new Organisation("unit-" + u, text("单位" + u, "unit " + u),
                        OrganisationKind.MUNICIPAL_DEPARTMENT, List.of()));
            }
            List<Area> areas = new ArrayList<>();
            List<IndicatorCategory> categories = new ArrayList<>();
            for (int b = 1; b <= blocks; b++) {
                areas.add(new Area("area-" + b, b, text("领域" + b, "area " + b), text("领域标题" + b, "area heading " + b)));
                categories.add(new IndicatorCategory("category-" + b, text("类别" + b, "category " + b)));
                // A task without targets per area, so that every area has work that key-work items carry out.
                tasks.add(task("area-" + b, List.of()));
            }
            for (int i = 0; i < indicatorCount; i++) {
                indicator(i);
                keyWorkItem(List.of(tasks.get(i / 10).number()), List.of());
            }
            for (int b = 1; b <= blocks; b++) {
                milestones("area-" + b, tasks.get(b - 1).number());
            }
            ActionPlan plan = ActionPlan.builder()
                    .id("synthetic-" + Long.toHexString(seed)).title(text("合成计划", "synthetic plan"))
                    .issuer("office").documentNumber("合成〔" + BASE_YEAR + "〕1号")
                    .issueDate(LocalDate.of(BASE_YEAR + 1, 3, 1)).period(span).horizonYear(farYear)
                    .guidingIdeology("合成").areas(areas).categories(categories).tasks(tasks).indicators(indicators)
                    .keyWork(keyWork).organisations(organisations).jointTargets(jointTargets(blocks))
                    .build();
            return new EvaluationInput(plan, observations, updates, accountabilities, asOf, null);
        }

        /**
         * Two joint targets per block of ten indicators: the two shares of variants 1 and 2 each 10% below
         * its own baseline by the far year, and the amounts of variants 0 and 5 growing 5% every year;
         * one ALL_OF and one ANY_OF, the other way round in the next block. No random draw is spent on them.
         */
        private List<JointTarget> jointTargets(int blocks) {
            List<JointTarget> joints = new ArrayList<>();
            for (int b = 0; b < blocks; b++) {
                Combination first = b % 2 == 0 ? Combination.ALL_OF : Combination.ANY_OF;
                Combination second = b % 2 == 0 ? Combination.ANY_OF : Combination.ALL_OF;
                if (b * 10 + 2 < indicatorCount) {
                    joints.add(JointTarget.of(first, Target.relative("joint-" + b + "-shares", farYear, Comparison.AT_MOST,
                            TargetBasis.PERCENT_CHANGE_FROM_BASELINE, BigDecimal.valueOf(-10)),
                            "ind-" + (b * 10 + 1), "ind-" + (b * 10 + 2)));
                }
                if (b * 10 + 5 < indicatorCount) {
                    joints.add(JointTarget.of(second, Target.yearlyGrowth("joint-" + b + "-growth", span, BigDecimal.valueOf(5)),
                            "ind-" + (b * 10), "ind-" + (b * 10 + 5)));
                }
            }
            return joints;
        }

        /** One indicator of the variant {@code i % 10}, with its targets, observations and the tasks or items that go with it. */
        private void indicator(int i) {
            String id = "ind-" + i;
            int block = i / 10 + 1;
            String category = "category-" + block;
            String area = "area-" + block;
            double base = between(20, 500);
            List<Target> targets = new ArrayList<>();
            switch (i % 10) {
                case 0 -> {
                    // Higher is better by CAGR: GDP-like. Sometimes the later target asks for less.
                    double near = base * between(1.05, 1.3);
                    double far = random.nextInt(10) == 0 ? near * 0.95 : near * between(1.1, 1.4);
                    // Every other block says "more than" (ABOVE) for the nearer target; no random draw is
                    // spent on it, so the rest of the plan stays as it was.
                    Comparison nearComparison = i % 20 == 10 ? Comparison.ABOVE : Comparison.AT_LEAST;
                    targets.add(Target.level(id + "-near", nearYear, nearComparison, dec(near)));
                    // Every other block states the later target relative to the baseline, as a multiple of it
                    // to four places ("1.8 times the 2019 value"); no random draw is spent on it.
                    targets.add(i % 20 == 0 ? Target.relative(id + "-far", farYear, Comparison.AT_LEAST,
                                    TargetBasis.MULTIPLE_OF_BASELINE, relative(far, base, false))
                            : Target.level(id + "-far", farYear, Comparison.AT_LEAST, dec(far)));
                    // Every third block states the plan's own trajectory for the later target, as levels, a
                    // little ahead of the computed path early and behind it late; no random draw is spent on it.
                    if (i % 30 == 20) {
                        targets.set(1, targets.get(1).withTrajectory(trajectory(farYear,
                                dec(base * 1.04), dec(base + (far - base) * 0.8))));
                    }
                    add(id, i, category, AMOUNT, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, base, targets);
                    observe(id, AMOUNT, trend(base, far, true));
                }
                case 1 -> {
                    // Lower is better by yearly change; sometimes the baseline already meets the nearer target.
                    double near = random.nextInt(10) == 0 ? base * 1.05 : base * between(0.8, 0.95);
                    double far = near * between(0.8, 0.95);
                    targets.add(Target.level(id + "-near", nearYear, Comparison.AT_MOST, dec(near)));
                    // Every other block states the later target as a position in a ranking (RANK, lower is
                    // better), rounded to a whole position; no random draw is spent on it.
                    targets.add(i % 20 == 11 ? Target.rank(id + "-far", farYear, "synthetic ranking", (int) Math.round(far))
                            : Target.level(id + "-far", farYear, Comparison.AT_MOST, dec(far)));
                    // Every third block states a trajectory for the nearer target; no random draw is spent on it.
                    if (i % 30 == 1) {
                        targets.set(0, targets.get(0).withTrajectory(trajectory(nearYear,
                                dec(base - (base - near) * 0.3), dec(base - (base - near) * 0.7))));
                    }
                    add(id, i, category, SHARE, Direction.LOWER_IS_BETTER, ProgressMethod.LINEAR, base, targets);
                    observe(id, SHARE, trend(base, far, true));
                }
                case 2 -> {
                    // Strictly below, by CAGR: PM2.5-like.
                    double near = base * between(0.8, 0.95);
                    double far = near * between(0.85, 0.97);
                    // Every other block states the nearer target as a change from the baseline in percent, to two
                    // places ("12.5% below the 2019 value"); no random draw is spent on it.
                    targets.add(i % 20 == 2 ? Target.relative(id + "-near", nearYear, Comparison.BELOW,
                                    TargetBasis.PERCENT_CHANGE_FROM_BASELINE, relative(near, base, true))
                            : Target.level(id + "-near", nearYear, Comparison.BELOW, dec(near)));
                    targets.add(Target.level(id + "-far", farYear, Comparison.BELOW, dec(far)));
                    add(id, i, category, SHARE, Direction.LOWER_IS_BETTER, ProgressMethod.CAGR, base, targets);
                    observe(id, SHARE, trend(base, far, true));
                }
                case 3 -> {
                    // About a level with a direction (55 左右), its tolerance stated or the policy's.
                    double near = base * between(1.1, 1.4);
                    Tolerance tolerance = random.nextBoolean() ? Tolerance.relative(new BigDecimal("0.1")) : null;
                    targets.add(Target.about(id + "-near", nearYear, dec(near), tolerance));
                    targets.add(Target.level(id + "-far", farYear, Comparison.AT_LEAST, dec(near * between(1.1, 1.3))));
                    add(id, i, category, SHARE, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, base, targets);
                    observe(id, SHARE, trend(base, near * 1.2, true));
                }
                case 4 -> {
                    // A band with no better direction, and a task that holds a share in a band every year.
                    double level = base * between(0.9, 1.1);
                    targets.add(Target.about(id + "-far", farYear, dec(level), Tolerance.absolute(dec(base * 0.05))));
                    add(id, i, category, SHARE, Direction.NONE, ProgressMethod.LINEAR, base, targets);
                    observe(id, SHARE, band(base, level, 0.15));
                    String held = "task-" + (tasks.size() + 1) + "-band";
                    double share = between(5, 30);
                    Tolerance tolerance = random.nextBoolean() ? Tolerance.absolute(dec(share * 0.08)) : null;
                    tasks.add(task(area, List.of(quantified(held, SHARE, Direction.NONE, ProgressMethod.CAGR,
                            Baseline.of(BASE_YEAR, dec(share)), Target.holdBand(held, span, dec(share), tolerance)))));
                    observe(held, SHARE, band(share, share, 0.12));
                }
                case 5 -> {
                    // Growth of at least a rate every year, and a task that counts events every year.
                    BigDecimal rate = dec(between(4, 10));
                    targets.add(Target.yearlyGrowth(id + "-growth", span, rate));
                    add(id, i, category, AMOUNT, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, base, targets);
                    observe(id, AMOUNT, growth(base, rate.doubleValue()));
                    String counted = "task-" + (tasks.size() + 1) + "-count";
                    int minimum = 1 + random.nextInt(4);
                    tasks.add(task(area, List.of(quantified(counted, COUNT, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR,
                            null, Target.yearlyCount(counted, span, BigDecimal.valueOf(minimum))))));
                    observe(counted, COUNT, counts(minimum));
                }
                case 6 -> {
                    // A count every year, and a key-work item with a running total to reach.
                    int minimum = 2 + random.nextInt(5);
                    targets.add(Target.yearlyCount(id + "-count", span, BigDecimal.valueOf(minimum)));
                    add(id, i, category, COUNT, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, minimum, targets);
                    observe(id, COUNT, counts(minimum));
                    String total = "kw-target-" + i + "-total";
                    int goal = 10 + random.nextInt(30);
                    keyWorkItem(List.of(tasks.get(i / 10).number()), List.of(quantified(total, COUNT, Direction.HIGHER_IS_BETTER,
                            ProgressMethod.LINEAR, null, Target.cumulative(total, span, BigDecimal.valueOf(goal)))));
                    observe(total, COUNT, runningTotal(goal));
                }
                case 7 -> {
                    // A value held about a level every year, and a key-work item whose measure grows every year.
                    Tolerance tolerance = random.nextBoolean() ? Tolerance.relative(new BigDecimal("0.1")) : null;
                    targets.add(Target.holdBand(id + "-band", span, dec(base), tolerance));
                    add(id, i, category, SHARE, Direction.NONE, ProgressMethod.CAGR, base, targets);
                    observe(id, SHARE, band(base, base, 0.15));
                    String grown = "kw-target-" + i + "-growth";
                    BigDecimal rate = dec(between(5, 12));
                    double start = between(10, 100);
                    keyWorkItem(List.of(tasks.get(i / 10).number()), List.of(quantified(grown, AMOUNT, Direction.HIGHER_IS_BETTER,
                            ProgressMethod.CAGR, Baseline.of(BASE_YEAR, dec(start)), Target.yearlyGrowth(grown, span, rate))));
                    observe(grown, AMOUNT, growth(start, rate.doubleValue()));
                }
                case 8 -> {
                    // A running total without a baseline, and a task with a count to reach from near zero.
                    int goal = 10 + random.nextInt(40);
                    targets.add(Target.cumulative(id + "-total", span, BigDecimal.valueOf(goal)));
                    add(id, i, category, COUNT, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, null, targets);
                    observe(id, COUNT, runningTotal(goal));
                    String built = "task-" + (tasks.size() + 1) + "-level";
                    int from = random.nextInt(3);
                    int to = from + 2 + random.nextInt(6);
                    tasks.add(task(area, List.of(quantified(built, COUNT, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR,
                            Baseline.of(BASE_YEAR, BigDecimal.valueOf(from)),
                            Target.level(built, farYear, Comparison.AT_LEAST, BigDecimal.valueOf(to))))));
                    observe(built, COUNT, rounded(trend(from, to, false)));
                }
                default -> {
                    // No baseline ("--"): judged from the first observation; a net balance that may change sign.
                    boolean negative = random.nextBoolean();
                    double start = negative ? -base : base;
                    double near = start + Math.abs(start) * between(0.1, 0.3);
                    // From below zero, the later target may lie above it: no growth rate between them.
                    double far = near + Math.abs(start) * between(0.1, negative ? 1.5 : 0.3);
                    targets.add(Target.level(id + "-near", nearYear, Comparison.AT_LEAST, dec(near)));
                    targets.add(Target.level(id + "-far", farYear, Comparison.AT_LEAST, dec(far)));
                    add(id, i, category, BALANCE, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, null, targets);
                    double[] values = trend(start, far, true);
                    if (random.nextInt(5) == 0) {
                        // Newly tracked: only the last year is known, so the first observation is also the latest.
                        Arrays.fill(values, 0, years - 1, Double.NaN);
                        // The plan says where it starts without a year ("from ..."): the path starts from that.
                        int last = indicators.size() - 1;
                        indicators.set(last, indicators.get(last).withReferenceValue(dec(start)));
                    }
                    observe(id, BALANCE, values);
                }
            }
            if (random.nextInt(10) < 7) {
                accountabilities.add(Accountability.of(id, unit()));
            }
        }

        private void add(String id, int i, String category, Unit unit, Direction direction, ProgressMethod method,
                         Double base, List<Target> targets) {
            Baseline baseline = base == null ? null : Baseline.of(BASE_YEAR, dec(base));
            indicators.add(new Indicator(id, i + 1, category, text("指标" + i, "indicator " + i), unit, direction, method,
                    baseline, targets));
        }

        private void add(String id, int i, String category, Unit unit, Direction direction, ProgressMethod method,
                         double base, List<Target> targets) {
            add(id, i, category, unit, direction, method, Double.valueOf(base), targets);
        }

        private QuantifiedTarget quantified(String id, Unit unit, Direction direction, ProgressMethod method,
                                            Baseline baseline, Target target) {
            return new QuantifiedTarget(text("指标 " + id, "measure " + id), unit, direction, method, baseline, target);
        }

        private Task task(String area, List<QuantifiedTarget> targets) {
            int number = tasks.size() + 1;
            return new Task(number, area, text("任务" + number, "task " + number), "任务" + number, leads(), responsible(),
                    targets);
        }

        /** A key-work item of a year of the plan, reported on, late or not at all. */
        private void keyWorkItem(List<Integer> carriesOut, List<QuantifiedTarget> targets) {
            int year = span.first() + random.nextInt(Math.min(years, span.length()));
            int number = ++keyWorkNumbers[year - span.first()];
            KeyWorkItem item = new KeyWorkItem(year, number, text("工作" + number, "work " + number), "工作" + year + "-" + number,
                    leads(), responsible(), carriesOut, targets);
            keyWork.add(item);
            int reports = random.nextInt(3);
            LocalDate date = LocalDate.of(year, 1, 1);
            for (int r = 0; r < reports; r++) {
                date = date.plusDays(30 + random.nextInt(300));
                if (date.getYear() > asOf) {
                    break;
                }
                KeyWorkStatus status = KeyWorkStatus.values()[random.nextInt(KeyWorkStatus.values().length)];
                updates.add(new KeyWorkUpdate(item.id(), date, status, ""));
            }
        }

        /**
         * A task of its own with a milestone, and a key-work item that carries out that task and the
         * block's first one, with a milestone serving the new task only; each milestone reported on
         * in one of the ways that give its statuses.
         */
        private void milestones(String area, int blockTask) {
            int number = tasks.size() + 1;
            Target inTask = milestone("task-" + number + "-milestone");
            tasks.add(new Task(number, area, text("任务" + number, "task " + number), "任务" + number, List.of("unit-1"),
                    responsible(), List.of(QuantifiedTarget.milestone(text("承诺 " + number, "commitment " + number), inTask))));
            Target inItem = milestone("kw-milestone-" + number);
            int year = inItem.years().last();
            int item = ++keyWorkNumbers[year - span.first()];
            keyWork.add(new KeyWorkItem(year, item, text("工作" + item, "work " + item), "工作" + year + "-" + item,
                    List.of("unit-1"), responsible(), List.of(blockTask, number),
                    List.of(QuantifiedTarget.milestone(text("承诺 " + item, "commitment " + item), inItem)
                            .withTasks(List.of(number)))));
            report(inTask);
            report(inItem);
        }

        /** A milestone due on a day of a year of the plan, its work beginning that year or the one before. */
        private Target milestone(String id) {
            int year = span.first() + milestoneRandom.nextInt(Math.min(span.length(), years + 1));
            int first = Math.max(span.first(), year - milestoneRandom.nextInt(2));
            LocalDate due = LocalDate.ofYearDay(year, 1 + milestoneRandom.nextInt(365));
            return new Target(id, TargetKind.MILESTONE, YearSpan.of(first, year), null, null, null, null,
                    milestoneRandom.nextInt(4) == 0 ? TargetNature.EXPECTED : TargetNature.BINDING, null, null, due);
        }

        /** Reports on a milestone: none, done with evidence in time or late, done without it, or still open. */
        private void report(Target milestone) {
            LocalDate due = milestone.due();
            LocalDate start = LocalDate.of(milestone.years().first(), 1, 1);
            LocalDate early = start.plusDays(milestoneRandom.nextInt(60));
            switch (milestoneRandom.nextInt(8)) {
                case 0 -> { }
                case 1 -> updates.add(new KeyWorkUpdate(milestone.id(), due.minusDays(milestoneRandom.nextInt(40)),
                        KeyWorkStatus.DONE, "", "notice " + milestone.id()));
                case 2 -> updates.add(new KeyWorkUpdate(milestone.id(), due.plusDays(1 + milestoneRandom.nextInt(90)),
                        KeyWorkStatus.DONE, "", "notice " + milestone.id()));
                case 3 -> updates.add(new KeyWorkUpdate(milestone.id(), due.minusDays(milestoneRandom.nextInt(40)),
                        KeyWorkStatus.DONE, ""));
                default -> {
                    KeyWorkStatus[] open = {KeyWorkStatus.NOT_STARTED, KeyWorkStatus.IN_PROGRESS, KeyWorkStatus.DELAYED,
                            KeyWorkStatus.CANCELLED};
                    updates.add(new KeyWorkUpdate(milestone.id(), early, open[milestoneRandom.nextInt(open.length)], ""));
                }
            }
        }

        /** Lead units: one in most cases, often the busiest unit, sometimes none. */
        private List<String> leads() {
            int draw = random.nextInt(10);
            if (draw == 0) {
                return List.of();
            }
            return List.of(draw < 5 ? "unit-1" : unit());
        }

        private List<String> responsible() {
            return List.of(unit());
        }

        private String unit() {
            return "unit-" + (2 + random.nextInt(organisations.size() - 2));
        }

        /**
         * Values from the base year's level toward a goal at a random pace (from moving away to
         * overshooting), with noise and an occasional jump; index 0 is the first year after the base.
         */
        private double[] trend(double from, double goal, boolean jumps) {
            double pace = between(-0.6, 1.6);
            double[] values = new double[years];
            for (int k = 0; k < years; k++) {
                double share = (k + 1.0) / (farYear - BASE_YEAR);
                values[k] = from + pace * (goal - from) * share + Math.abs(from) * between(-0.03, 0.03);
            }
            if (jumps && random.nextInt(20) == 0) {
                values[random.nextInt(years)] *= 1.8;
            }
            return values;
        }

        private double[] band(double centre, double level, double spread) {
            double[] values = new double[years];
            for (int k = 0; k < years; k++) {
                values[k] = level + centre * between(-spread, spread);
            }
            return values;
        }

        private double[] growth(double start, double rate) {
            double[] values = new double[years];
            double value = start;
            for (int k = 0; k < years; k++) {
                value *= 1 + (rate + between(-6, 6)) / 100;
                values[k] = value;
            }
            return values;
        }

        private double[] counts(int minimum) {
            double[] values = new double[years];
            for (int k = 0; k < years; k++) {
                values[k] = Math.max(0, minimum - 2 + random.nextInt(6));
            }
            return values;
        }

        private double[] runningTotal(int goal) {
            double[] values = new double[years];
            double total = 0;
            for (int k = 0; k < years; k++) {
                total += random.nextInt(Math.max(2, 2 * goal / span.length() + 1));
                values[k] = total;
            }
            return values;
        }

        private static double[] rounded(double[] values) {
            for (int k = 0; k < values.length; k++) {
                values[k] = Math.max(0, Math.round(values[k]));
            }
            return values;
        }

        /**
         * Observes a subject in the years after the base: now and then not at all, or only in the last
         * year, or not in the last two (stale), with gaps (and no value where it is NaN), and with a
         * provisional latest value; a value below zero is cut to zero where the unit has none.
         */
        private void observe(String subject, Unit unit, double[] values) {
            if (random.nextInt(25) == 0) {
                return;
            }
            boolean stale = random.nextInt(15) == 0;
            // Now and then a subject tracked only from the last year on: one data point, no trend.
            boolean onlyLatest = random.nextInt(20) == 0;
            for (int k = 0; k < values.length; k++) {
                int year = BASE_YEAR + 1 + k;
                if (Double.isNaN(values[k]) || random.nextInt(10) == 0 || stale && year > asOf - 2
                        || onlyLatest && year < asOf) {
                    continue;
                }
                double value = unit.negativeAllowed() ? values[k] : Math.max(0, values[k]);
                boolean provisional = year == asOf && random.nextInt(3) == 0;
                observations.add(new Observation(subject, year, dec(value), provisional, "synthetic", "", flags()));
            }
        }

        /** About one value in twelve flagged: a break in series, a change of definition, a proxy or an estimate. */
        private List<ObservationFlag> flags() {
            if (flagRandom.nextInt(12) != 0) {
                return List.of();
            }
            ObservationFlag[] all = ObservationFlag.values();
            return List.of(all[flagRandom.nextInt(all.length)]);
        }

        private double between(double low, double high) {
            return low + (high - low) * random.nextDouble();
        }
    }

    /** A level as a multiple of the baseline to four places, or as a change from it in percent to two. */
    private static BigDecimal relative(double level, double base, boolean percent) {
        BigDecimal multiple = dec(level).divide(dec(base), 6, RoundingMode.HALF_UP);
        return percent ? multiple.subtract(BigDecimal.ONE).movePointRight(2).setScale(2, RoundingMode.HALF_UP)
                : multiple.setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * A trajectory toward a target year: the first value in the year after the base year, the second
     * in the year before the target year, each where it falls strictly between them.
     */
    private static List<TrajectoryPoint> trajectory(int targetYear, BigDecimal early, BigDecimal late) {
        List<TrajectoryPoint> points = new ArrayList<>();
        if (BASE_YEAR + 1 < targetYear) {
            points.add(new TrajectoryPoint(BASE_YEAR + 1, early));
        }
        if (targetYear - 1 > BASE_YEAR + 1) {
            points.add(new TrajectoryPoint(targetYear - 1, late));
        }
        return points;
    }

    private static BigDecimal dec(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalizedText text(String zh, String en) {
        return LocalizedText.of(zh, en);
    }
}
