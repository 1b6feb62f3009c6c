package io.github.planwatch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.planwatch.model.Anticipation;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;
import io.github.planwatch.model.TrajectoryPoint;

/**
 * The chart of one indicator, as shapes for the template to draw: the baseline, the path each
 * target requires as the method measures it (compound growth bends, linear change is straight),
 * through the points of a target's own trajectory where the plan states one (drawn as markers),
 * the targets and observations as markers shaped by their status, the anticipated value and its
 * band, the gap at the target year, a labelled as-of line, the unit on the y axis and a cue for
 * the better direction. Ticks are whole numbers where every value is (counts). A joint target is
 * drawn on the chart of each indicator it is stated over as its member there, the target on that
 * indicator, named as the joint target.
 *
 * @param id  the indicator's id, for element ids
 * @param width  the view box's width
 * @param height  the view box's height
 * @param description  the whole chart in words, for screen readers
 * @param yTicks  the value ticks
 * @param xTicks  the year ticks
 * @param left  the x of the y axis
 * @param right  the x of the plot's right edge
 * @param top  the y of the plot's top
 * @param bottom  the y of the x axis
 * @param unitLabel  the y axis's unit
 * @param cue  the better direction, with an arrow, or empty
 * @param asOfX  the x of the as-of line
 * @param asOfLabel  the as-of line's label
 * @param bands  the bands of targets about a value and of anticipations
 * @param paths  the required paths, as SVG path data with the status class of their target
 * @param trend  the observed values joined, as SVG points, or empty
 * @param markers  the baseline, the points of the plan's own trajectories, observations, targets and anticipated values
 * @param gaps  the gaps at the target years
 */
record Chart(String id, int width, int height, String description, List<Tick> yTicks, List<Tick> xTicks, int left,
             int right, int top, int bottom, String unitLabel, String cue, String asOfX, String asOfLabel,
             List<Band> bands, List<Line> paths, String trend, List<Marker> markers, List<Gap> gaps) {

    /** A tick at a place, with its label. */
    record Tick(String at, String label) {
    }

    /** A rectangle in a class. */
    record Band(String x, String y, String w, String h, String css) {
    }

    /** SVG path data in a class. */
    record Line(String d, String css) {
    }

    /**
     * A marker: SVG path data, its class, whether it is hollow, and its text.
     *
     * @param d  the outline
     * @param css  the classes
     * @param title  what it shows, in words
     */
    record Marker(String d, String css, String title) {
    }

    /**
     * A target drawn on the chart, with the words that name it: one of the indicator's own, or a joint
     * target's member on the indicator (the joint target's terms as a target of the indicator, its
     * assessment there, and the joint target's name).
     *
     * @param target  the target, on the indicator
     * @param assessment  its assessment
     * @param name  its name, in words
     */
    record Drawn(Target target, Assessment assessment, String name) {
    }

    /** A vertical bracket from the value to the target at a year, with its label. */
    record Gap(String x, String y1, String y2, String labelY, String label) {
    }

    private static final int WIDTH = 340;
    private static final int HEIGHT = 200;
    private static final int LEFT = 50;
    private static final int RIGHT = 52;
    private static final int TOP = 26;
    private static final int BOTTOM = 24;

    /** Draws an indicator's chart, of its own targets. */
    static Chart of(Indicator indicator, List<Assessment> assessments, List<Observation> observations, int asOf,
                    Map<String, Anticipation> anticipations, Terms terms, Texts texts) {
        return of(indicator, assessments, List.of(), observations, asOf, anticipations, terms, texts);
    }

    /** Draws an indicator's chart, of its own targets and of the joint targets' members on it. */
    static Chart of(Indicator indicator, List<Assessment> assessments, List<Drawn> members,
                    List<Observation> observations, int asOf, Map<String, Anticipation> anticipations, Terms terms,
                    Texts texts) {
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < indicator.targets().size(); i++) {
            Target t = indicator.targets().get(i);
            drawn.add(new Drawn(t, assessments.get(i), terms.target() + " " + t.year()));
        }
        drawn.addAll(members);
        return new Drawing(indicator, drawn, indicator.targets().size(), observations, asOf, anticipations, terms, texts).draw();
    }

    /** The scale and the shapes of one chart as it is drawn. */
    private static final class Drawing {
        private final Indicator indicator;
        /** The indicator's own targets, then the joint targets' members. */
        private final List<Drawn> drawn;
        /** How many of those are the indicator's own, whose paths run one after the other. */
        private final int own;
        private final List<Observation> observations;
        private final int asOf;
        private final Map<String, Anticipation> anticipations;
        private final Terms terms;
        private final Texts texts;
        private double minYear;
        private double maxYear;
        private double minValue;
        private double maxValue;
        private boolean whole;

        Drawing(Indicator indicator, List<Drawn> drawn, int own, List<Observation> observations, int asOf,
                Map<String, Anticipation> anticipations, Terms terms, Texts texts) {
            this.indicator = indicator;
            this.drawn = drawn;
            this.own = own;
            this.observations = observations;
            this.asOf = asOf;
            this.anticipations = anticipations;
            this.terms = terms;
            this.texts = texts;
        }

        Chart draw() {
            scale();
            List<Band> bands = new ArrayList<>();
            List<Line> paths = new ArrayList<>();
            List<Marker> markers = new ArrayList<>();
            List<Gap> gaps = new ArrayList<>();
            String unit = texts.unit(indicator.unit());
            double baseYear;
            BigDecimal baseValue;
            if (indicator.baseline() != null) {
                baseYear = indicator.baseline().year();
                baseValue = indicator.baseline().value();
                markers.add(new Marker(square(x(baseYear), y(baseValue.doubleValue()), 4), "base",
                        terms.baseline() + " " + indicator.baseline().year() + ": " + Texts.number(indicator.baseline().value())
                                + " " + unit));
            } else if (!observations.isEmpty()) {
                baseYear = observations.get(0).year();
                baseValue = observations.get(0).value();
            } else {
                baseYear = Double.NaN;
                baseValue = null;
            }
            double startYear = baseYear;
            BigDecimal startValue = baseValue;
            for (int i = 0; i < drawn.size(); i++) {
                Target t = drawn.get(i).target();
                Assessment a = drawn.get(i).assessment();
                if (i == own) {
                    // A joint target's member is judged from the indicator's start, as the indicator's first target is.
                    startYear = baseYear;
                    startValue = baseValue;
                }
                double half = a.tolerance() == null ? 0 : a.tolerance().doubleValue();
                double from = x(t.years().first() - (t.years().length() == 1 ? 0.3 : 0.0));
                double to = x(t.year() + (t.years().length() == 1 ? 0.3 : 0.0));
                if (half > 0) {
                    double top = y(t.levelFrom(indicator.baseline()).doubleValue() + half);
                    double bottom = y(t.levelFrom(indicator.baseline()).doubleValue() - half);
                    bands.add(new Band(f(from), f(top), f(to - from), f(bottom - top), "band " + Palette.cssClass(a.status())));
                } else if (t.kind() == TargetKind.YEARLY_COUNT) {
                    double ty = y(t.levelFrom(indicator.baseline()).doubleValue());
                    paths.add(new Line("M" + f(from) + " " + f(ty) + "H" + f(to), "floor " + Palette.cssClass(a.status())));
                }
                if ((t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.CUMULATIVE || t.kind() == TargetKind.RANK)
                        && !Double.isNaN(startYear)) {
                    List<TrajectoryPoint> points = pointsAfter(t, startYear);
                    paths.add(new Line(path(startYear, startValue, points, t.year(), t.levelFrom(indicator.baseline())),
                            "path " + Palette.cssClass(a.status())));
                    for (TrajectoryPoint p : points) {
                        markers.add(new Marker(diamond(x(p.year()), y(p.value().doubleValue()), 4.2),
                                "waypoint " + Palette.cssClass(a.status()),
                                (i < own ? "" : drawn.get(i).name() + " · ")
                                        + terms.planPath() + " " + p.year() + terms.colon() + Texts.number(p.value()) + " " + unit));
                    }
                    if (i < own) {
                        startYear = t.year();
                        startValue = t.levelFrom(indicator.baseline());
                    }
                }
                Anticipation ant = anticipations.get(t.id());
                if (ant != null && t.kind() != TargetKind.YEARLY_GROWTH) {
                    double ax = x(ant.year());
                    if (ant.hasBand()) {
                        double top = y(ant.high().doubleValue());
                        double bottom = y(ant.low().doubleValue());
                        bands.add(new Band(f(ax - 5), f(top), "10", f(Math.max(1, bottom - top)), "anticipated-band"));
                    }
                    markers.add(new Marker(ring(ax, y(ant.value().doubleValue()), 4), "anticipated",
                            terms.anticipated() + " " + ant.year() + ": " + Texts.number(Texts.estimate(ant.value())) + " " + unit));
                }
            }
            StringBuilder trend = new StringBuilder();
            if (indicator.baseline() != null && !observations.isEmpty() && observations.get(0).year() > indicator.baseline().year()) {
                trend.append(f(x(indicator.baseline().year()))).append(',').append(f(y(indicator.baseline().value().doubleValue()))).append(' ');
            }
            for (Observation o : observations) {
                trend.append(f(x(o.year()))).append(',').append(f(y(o.value().doubleValue()))).append(' ');
            }
            for (Observation o : observations) {
                Status s = statusFor(o.year());
                markers.add(new Marker(Palette.marker(s, x(o.year()), y(o.value().doubleValue()), 4.2),
                        "obs " + Palette.cssClass(s) + (o.provisional() ? " provisional" : ""),
                        terms.observed() + " " + o.year() + ": " + Texts.number(o.value()) + " " + unit
                                + (o.provisional() ? (terms.zh() ? "（" + terms.provisional() + "）" : " (" + terms.provisional() + ")") : "")));
            }
            for (Drawn d : drawn) {
                Target t = d.target();
                if (t.kind() == TargetKind.YEARLY_GROWTH) {
                    continue;
                }
                Assessment a = d.assessment();
                double tx = x(t.year());
                double ty = y(t.levelFrom(indicator.baseline()).doubleValue());
                markers.add(new Marker(Palette.marker(a.status(), tx, ty, 5.5), "target " + Palette.cssClass(a.status()),
                        d.name() + ": " + texts.describe(t) + " · " + terms.status(a.status())));
                Gap gap = gap(t, a, tx, ty, unit);
                if (gap != null) {
                    gaps.add(gap);
                }
            }
            String cue = switch (indicator.direction()) {
                case LOWER_IS_BETTER -> "↓ " + terms.lowerIsBetter();
                case HIGHER_IS_BETTER -> "↑ " + terms.higherIsBetter();
                case NONE -> "";
            };
            return new Chart(indicator.id(), WIDTH, HEIGHT, description(unit), yTicks(), xTicks(), LEFT, WIDTH - RIGHT, TOP,
                    HEIGHT - BOTTOM, terms.yAxisUnit(unit), cue, f(x(asOf)), terms.asOfLine(asOf), bands, paths,
                    trend.toString().strip(), markers, gaps);
        }

        /** The gap at a target's year, from the value judged (or anticipated) to the target, where it falls short. */
        private Gap gap(Target t, Assessment a, double tx, double ty, String unit) {
            if (a.status() == Status.ACHIEVED || t.kind() != TargetKind.LEVEL && t.kind() != TargetKind.CUMULATIVE
                    && t.kind() != TargetKind.RANK) {
                return null;
            }
            Anticipation ant = anticipations.get(t.id());
            BigDecimal from = t.year() > asOf && ant != null ? ant.value() : a.latestValue();
            if (from == null) {
                return null;
            }
            BigDecimal shortfall = Texts.shortfall(t, a, from);
            if (shortfall == null || shortfall.signum() <= 0) {
                return null;
            }
            double fy = y(from.doubleValue());
            double gx = tx + 9;
            return new Gap(f(gx), f(fy), f(ty), f((fy + ty) / 2 + 3), terms.gapShort(Texts.number(Texts.estimate(shortfall))));
        }

        /** The points of a target's own trajectory that its path from a start goes through: those after the start, before its year. */
        private static List<TrajectoryPoint> pointsAfter(Target t, double startYear) {
            return t.trajectory().stream().filter(p -> p.year() > startYear && p.year() < t.year()).toList();
        }

        /**
         * The required path from a start through the points of the plan's own trajectory to a target:
         * between each two, the path of the method ({@link ProgressMethod#between}), compound growth
         * for CAGR, straight for LINEAR.
         */
        private String path(double y0, BigDecimal v0, List<TrajectoryPoint> points, int targetYear, BigDecimal level) {
            StringBuilder d = new StringBuilder("M").append(f(x(y0))).append(' ').append(f(y(v0.doubleValue())));
            double fromYear = y0;
            BigDecimal from = v0;
            List<TrajectoryPoint> nodes = new ArrayList<>(points);
            nodes.add(new TrajectoryPoint(targetYear, level));
            for (TrajectoryPoint node : nodes) {
                int steps = indicator.method() == ProgressMethod.CAGR ? (int) Math.max(4, (node.year() - fromYear) * 6) : 1;
                for (int k = 1; k <= steps; k++) {
                    double year = fromYear + (node.year() - fromYear) * k / steps;
                    double value = indicator.method().between(from, node.value(), k, steps).doubleValue();
                    d.append('L').append(f(x(year))).append(' ').append(f(y(value)));
                }
                fromYear = node.year();
                from = node.value();
            }
            return d.toString();
        }

        private void scale() {
            List<Double> values = new ArrayList<>();
            List<Integer> years = new ArrayList<>();
            whole = true;
            if (indicator.baseline() != null) {
                years.add(indicator.baseline().year());
                values.add(indicator.baseline().value().doubleValue());
                whole &= isWhole(indicator.baseline().value());
            }
            for (Drawn d : drawn) {
                Target t = d.target();
                years.add(t.years().first());
                years.add(t.year());
                if (t.kind() != TargetKind.YEARLY_GROWTH) {
                    BigDecimal tol = d.assessment().tolerance();
                    double half = tol == null ? 0 : tol.doubleValue();
                    values.add(t.levelFrom(indicator.baseline()).doubleValue() - half);
                    values.add(t.levelFrom(indicator.baseline()).doubleValue() + half);
                    whole &= isWhole(t.levelFrom(indicator.baseline()));
                }
                for (TrajectoryPoint p : t.trajectory()) {
                    values.add(p.value().doubleValue());
                    whole &= isWhole(p.value());
                }
                Anticipation ant = anticipations.get(t.id());
                if (ant != null && t.kind() != TargetKind.YEARLY_GROWTH) {
                    values.add(ant.value().doubleValue());
                    if (ant.hasBand()) {
                        values.add(ant.low().doubleValue());
                        values.add(ant.high().doubleValue());
                    }
                }
            }
            for (Observation o : observations) {
                years.add(o.year());
                values.add(o.value().doubleValue());
                whole &= isWhole(o.value());
            }
            years.add(asOf);
            minYear = years.stream().mapToInt(Integer::intValue).min().orElse(asOf) - 0.4;
            maxYear = years.stream().mapToInt(Integer::intValue).max().orElse(asOf) + 0.4;
            double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (lo >= 0 && lo < (hi - lo) * 0.5) {
                lo = 0;
            }
            double room = hi > lo ? (hi - lo) * 0.12 : Math.max(1, Math.abs(hi) * 0.1);
            minValue = lo == 0 ? 0 : lo - room;
            maxValue = hi + room;
        }

        private static boolean isWhole(BigDecimal v) {
            return v.stripTrailingZeros().scale() <= 0;
        }

        private double x(double year) {
            return LEFT + (year - minYear) / (maxYear - minYear) * (WIDTH - LEFT - RIGHT);
        }

        private double y(double value) {
            return TOP + (maxValue - value) / (maxValue - minValue) * (HEIGHT - TOP - BOTTOM);
        }

        private List<Tick> yTicks() {
            List<Tick> ticks = new ArrayList<>();
            for (double v : ticks(minValue, maxValue, whole)) {
                ticks.add(new Tick(f(y(v)), label(v)));
            }
            return ticks;
        }

        private List<Tick> xTicks() {
            List<Tick> ticks = new ArrayList<>();
            int first = (int) Math.ceil(minYear);
            int last = (int) Math.floor(maxYear);
            int step = last - first > 8 ? 2 : 1;
            for (int year = first; year <= last; year += step) {
                ticks.add(new Tick(f(x(year)), Integer.toString(year)));
            }
            return ticks;
        }

        /** The status an observation is drawn in: that of the first judged target due in or after its year. */
        private Status statusFor(int year) {
            Status fallback = null;
            for (Drawn d : drawn) {
                if (d.target().year() >= year) {
                    Status s = d.assessment().status();
                    if (s.isJudged()) {
                        return s;
                    }
                    fallback = fallback == null ? s : fallback;
                }
            }
            if (fallback != null) {
                return fallback;
            }
            return drawn.isEmpty() ? Status.INSUFFICIENT_DATA : drawn.get(drawn.size() - 1).assessment().status();
        }

        private String description(String unit) {
            StringBuilder sb = new StringBuilder(terms.of(indicator.name())).append(terms.zh() ? "（" : " (").append(unit)
                    .append(terms.zh() ? "）" : ")");
            String sep = terms.zh() ? "；" : "; ";
            if (indicator.direction() == Direction.LOWER_IS_BETTER) {
                sb.append(sep).append(terms.lowerIsBetter());
            }
            if (indicator.baseline() != null) {
                sb.append(sep).append(terms.baseline()).append(' ').append(indicator.baseline().year()).append(terms.zh() ? "：" : ": ")
                        .append(Texts.number(indicator.baseline().value()));
            }
            for (Drawn d : drawn) {
                Target t = d.target();
                sb.append(sep).append(d.name()).append(terms.zh() ? "：" : ": ")
                        .append(texts.describe(t)).append(terms.zh() ? "，" : ", ").append(terms.status(d.assessment().status()));
                if (t.hasTrajectory()) {
                    sb.append(sep).append(texts.planPath(t));
                }
            }
            for (Observation o : observations) {
                sb.append(sep).append(terms.observed()).append(' ').append(o.year()).append(terms.zh() ? "：" : ": ")
                        .append(Texts.number(o.value()));
            }
            return sb.toString();
        }
    }

    /** Three to six round values across a range; whole numbers only where {@code whole}. */
    static List<Double> ticks(double lo, double hi, boolean whole) {
        double raw = (hi - lo) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= m * magnitude) {
                step = m * magnitude;
                break;
            }
        }
        if (whole) {
            step = Math.max(1, Math.ceil(step));
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    private static String square(double x, double y, double r) {
        return "M" + f(x - r) + " " + f(y - r) + "H" + f(x + r) + "V" + f(y + r) + "H" + f(x - r) + "Z";
    }

    private static String diamond(double x, double y, double r) {
        return "M" + f(x) + " " + f(y - r) + "L" + f(x + r) + " " + f(y) + "L" + f(x) + " " + f(y + r) + "L" + f(x - r) + " "
                + f(y) + "Z";
    }

    private static String ring(double x, double y, double r) {
        return "M" + f(x - r) + " " + f(y) + "A" + f(r) + " " + f(r) + " 0 1 0 " + f(x + r) + " " + f(y) + "A" + f(r) + " "
                + f(r) + " 0 1 0 " + f(x - r) + " " + f(y) + "Z";
    }

    private static String label(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.3f", value)).stripTrailingZeros().toPlainString();
    }

    private static String f(double v) {
        return Palette.f(v);
    }
}
