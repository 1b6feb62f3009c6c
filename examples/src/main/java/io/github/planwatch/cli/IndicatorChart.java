package io.github.planwatch.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;

/**
 * The small inline SVG chart of one indicator: its baseline, the planned path from it to each
 * target (dashed), each target as a ring in the colour of its status (with its band where it is
 * "about" a value), and the observed values as dots in the colour of the status of the target they
 * count toward, hollow where provisional. A dotted line marks the as-of year.
 */
final class IndicatorChart {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 168;
    private static final int LEFT = 46;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 24;

    private final Indicator indicator;
    private final List<Assessment> assessments;
    private final List<Observation> observations;
    private final int asOf;
    private final Words w;

    private double minYear;
    private double maxYear;
    private double minValue;
    private double maxValue;

    private IndicatorChart(Indicator indicator, List<Assessment> assessments, List<Observation> observations, int asOf,
                           Words w) {
        this.indicator = indicator;
        this.assessments = assessments;
        this.observations = observations;
        this.asOf = asOf;
        this.w = w;
    }

    /**
     * Draws the chart of an indicator.
     *
     * @param indicator  the indicator, not null
     * @param assessments  the assessments of its targets, in the order of its targets, not null
     * @param observations  its observations up to the as-of year, in year order, not null
     * @param asOf  the as-of year
     * @param w  the language, not null
     * @return the {@code <svg>} element, not null
     */
    static String svg(Indicator indicator, List<Assessment> assessments, List<Observation> observations, int asOf, Words w) {
        return new IndicatorChart(indicator, assessments, observations, asOf, w).draw();
    }

    private String draw() {
        scale();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" data-indicator=\"").append(Html.escape(indicator.id()))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"t-").append(Html.escape(indicator.id())).append("\">");
        svg.append("<title id=\"t-").append(Html.escape(indicator.id())).append("\">").append(Html.escape(description()))
                .append("</title>");
        axes(svg);
        bands(svg);
        paths(svg);
        observed(svg);
        targets(svg);
        svg.append("</svg>");
        return svg.toString();
    }

    /** Fits the years and values of the baseline, the targets and the observations, with some room around them. */
    private void scale() {
        List<Double> values = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        if (indicator.baseline() != null) {
            years.add(indicator.baseline().year());
            values.add(indicator.baseline().value().doubleValue());
        }
        for (int i = 0; i < indicator.targets().size(); i++) {
            Target t = indicator.targets().get(i);
            years.add(t.years().first());
            years.add(t.year());
            if (t.kind() != TargetKind.YEARLY_GROWTH) {
                double half = halfWidth(i);
                values.add(t.value().doubleValue() - half);
                values.add(t.value().doubleValue() + half);
            }
        }
        for (Observation o : observations) {
            years.add(o.year());
            values.add(o.value().doubleValue());
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

    /** The half-width of a target's band: the one its assessment used (the policy's default where the target has none). */
    private double halfWidth(int i) {
        BigDecimal tolerance = assessments.get(i).tolerance();
        return tolerance == null ? 0 : tolerance.doubleValue();
    }

    private double x(double year) {
        return LEFT + (year - minYear) / (maxYear - minYear) * (WIDTH - LEFT - RIGHT);
    }

    private double y(double value) {
        return TOP + (maxValue - value) / (maxValue - minValue) * (HEIGHT - TOP - BOTTOM);
    }

    private void axes(StringBuilder svg) {
        int bottom = HEIGHT - BOTTOM;
        for (double tick : ticks(minValue, maxValue)) {
            double ty = y(tick);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(f(ty)).append("\" y2=\"").append(f(ty)).append("\"/>");
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 5).append("\" y=\"").append(f(ty + 3.5))
                    .append("\" text-anchor=\"end\">").append(Html.escape(label(tick))).append("</text>");
        }
        int first = (int) Math.ceil(minYear);
        int last = (int) Math.floor(maxYear);
        int step = last - first > 8 ? 2 : 1;
        for (int year = first; year <= last; year += step) {
            svg.append("<text class=\"tick\" x=\"").append(f(x(year))).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\">").append(year).append("</text>");
        }
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(bottom).append("\" y2=\"").append(bottom).append("\"/>");
        svg.append("<line class=\"asof\" x1=\"").append(f(x(asOf))).append("\" x2=\"").append(f(x(asOf)))
                .append("\" y1=\"").append(TOP).append("\" y2=\"").append(bottom).append("\"/>");
    }

    /** The bands of ABOUT and HOLD_BAND targets, and the floor of YEARLY_COUNT targets, across their years. */
    private void bands(StringBuilder svg) {
        for (int i = 0; i < indicator.targets().size(); i++) {
            Target t = indicator.targets().get(i);
            Status s = assessments.get(i).status();
            double half = halfWidth(i);
            double from = x(t.years().first() - (t.years().length() == 1 ? 0.3 : 0.0));
            double to = x(t.year() + (t.years().length() == 1 ? 0.3 : 0.0));
            if (half > 0) {
                double top = y(t.value().doubleValue() + half);
                double bottom = y(t.value().doubleValue() - half);
                svg.append("<rect class=\"band\" x=\"").append(f(from)).append("\" y=\"").append(f(top))
                        .append("\" width=\"").append(f(to - from)).append("\" height=\"").append(f(bottom - top))
                        .append("\" fill=\"").append(Html.colour(s)).append("\"/>");
            } else if (t.kind() == TargetKind.YEARLY_COUNT) {
                double ty = y(t.value().doubleValue());
                svg.append("<line class=\"floor\" x1=\"").append(f(from)).append("\" x2=\"").append(f(to))
                        .append("\" y1=\"").append(f(ty)).append("\" y2=\"").append(f(ty)).append("\" stroke=\"")
                        .append(Html.colour(s)).append("\"/>");
            }
        }
    }

    /** The planned path: from the baseline (or the first observation) to each level target in turn. */
    private void paths(StringBuilder svg) {
        double fromYear;
        double fromValue;
        if (indicator.baseline() != null) {
            fromYear = indicator.baseline().year();
            fromValue = indicator.baseline().value().doubleValue();
        } else if (!observations.isEmpty()) {
            fromYear = observations.get(0).year();
            fromValue = observations.get(0).value().doubleValue();
        } else {
            return;
        }
        for (int i = 0; i < indicator.targets().size(); i++) {
            Target t = indicator.targets().get(i);
            if (t.kind() != TargetKind.LEVEL && t.kind() != TargetKind.CUMULATIVE) {
                continue;
            }
            double toValue = t.value().doubleValue();
            svg.append("<line class=\"path\" x1=\"").append(f(x(fromYear))).append("\" y1=\"").append(f(y(fromValue)))
                    .append("\" x2=\"").append(f(x(t.year()))).append("\" y2=\"").append(f(y(toValue)))
                    .append("\" stroke=\"").append(Html.colour(assessments.get(i).status())).append("\"/>");
            fromYear = t.year();
            fromValue = toValue;
        }
        if (indicator.baseline() != null) {
            double bx = x(indicator.baseline().year());
            double by = y(indicator.baseline().value().doubleValue());
            svg.append("<rect class=\"base\" x=\"").append(f(bx - 4)).append("\" y=\"").append(f(by - 4))
                    .append("\" width=\"8\" height=\"8\"><title>").append(Html.escape(w.of(Words.BASELINE) + " "
                            + indicator.baseline().year() + ": " + Results.number(indicator.baseline().value())))
                    .append("</title></rect>");
        }
    }

    private void observed(StringBuilder svg) {
        if (observations.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder();
        if (indicator.baseline() != null && observations.get(0).year() > indicator.baseline().year()) {
            line.append(f(x(indicator.baseline().year()))).append(',').append(f(y(indicator.baseline().value().doubleValue())))
                    .append(' ');
        }
        for (Observation o : observations) {
            line.append(f(x(o.year()))).append(',').append(f(y(o.value().doubleValue()))).append(' ');
        }
        svg.append("<polyline class=\"trend\" points=\"").append(line.toString().strip()).append("\"/>");
        for (Observation o : observations) {
            Status s = statusFor(o.year());
            String colour = Html.colour(s);
            svg.append("<circle class=\"obs\" cx=\"").append(f(x(o.year()))).append("\" cy=\"")
                    .append(f(y(o.value().doubleValue()))).append("\" r=\"4.5\" fill=\"")
                    .append(o.provisional() ? "#fff" : colour).append("\" stroke=\"").append(colour).append("\"><title>")
                    .append(Html.escape(w.of(Words.OBSERVED) + " " + o.year() + ": " + Results.number(o.value())
                            + (o.provisional() ? " *" : "") + (o.source().isEmpty() ? "" : " — " + o.source())))
                    .append("</title></circle>");
        }
    }

    private void targets(StringBuilder svg) {
        for (int i = 0; i < indicator.targets().size(); i++) {
            Target t = indicator.targets().get(i);
            if (t.kind() == TargetKind.YEARLY_GROWTH) {
                continue;
            }
            Assessment a = assessments.get(i);
            double tx = x(t.year());
            double ty = y(t.value().doubleValue());
            svg.append("<path class=\"target\" d=\"M").append(f(tx)).append(' ').append(f(ty - 6)).append(" L")
                    .append(f(tx + 6)).append(' ').append(f(ty)).append(" L").append(f(tx)).append(' ').append(f(ty + 6))
                    .append(" L").append(f(tx - 6)).append(' ').append(f(ty)).append(" Z\" stroke=\"")
                    .append(Html.colour(a.status())).append("\"><title>")
                    .append(Html.escape(w.of(Words.TARGET) + " " + t.year() + ": " + Results.describe(t, w) + " · "
                            + Results.statusText(a, w)))
                    .append("</title></path>");
        }
    }

    /**
     * The status an observation of a year is shown in: that of the first target due in or after the
     * year that has a judgement (a target whose year went unreported passes the colour to the next),
     * else of the first target due in or after it, else of the last target.
     */
    private Status statusFor(int year) {
        Status fallback = null;
        for (int i = 0; i < indicator.targets().size(); i++) {
            if (indicator.targets().get(i).year() >= year) {
                Status s = assessments.get(i).status();
                if (s.isJudged()) {
                    return s;
                }
                fallback = fallback == null ? s : fallback;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        return assessments.isEmpty() ? Status.INSUFFICIENT_DATA : assessments.get(assessments.size() - 1).status();
    }

    private String description() {
        StringBuilder sb = new StringBuilder(w.of(indicator.name()));
        sb.append(" (").append(Results.unit(indicator.unit(), w)).append(")");
        if (indicator.baseline() != null) {
            sb.append("; ").append(w.of(Words.BASELINE)).append(' ').append(indicator.baseline().year()).append(": ")
                    .append(Results.number(indicator.baseline().value()));
        }
        for (int i = 0; i < indicator.targets().size(); i++) {
            Target t = indicator.targets().get(i);
            sb.append("; ").append(w.of(Words.TARGET)).append(' ').append(t.year()).append(": ")
                    .append(Results.describe(t, w)).append(", ").append(w.status(assessments.get(i).status()));
        }
        for (Observation o : observations) {
            sb.append("; ").append(w.of(Words.OBSERVED)).append(' ').append(o.year()).append(": ").append(Results.number(o.value()));
        }
        return sb.toString();
    }

    /** Three to six round values across a range. */
    static List<Double> ticks(double lo, double hi) {
        double span = hi - lo;
        double raw = span / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= m * magnitude) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    private static String label(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.3f", value)).stripTrailingZeros().toPlainString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
