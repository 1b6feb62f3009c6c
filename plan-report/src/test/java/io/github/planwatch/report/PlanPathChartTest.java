package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.Observation;

/**
 * A target's own trajectory in its chart: the required path runs from the base through the plan's
 * points to the target, geometric between them for CAGR and straight for LINEAR, and the points
 * are marked and said in words, in both languages (on the illustrative plan).
 */
class PlanPathChartTest {

    private static final Evaluation EVALUATION = Illustrative.evaluation();

    private static Chart chart(String indicatorId, Language language) {
        Indicator i = Illustrative.PLAN.indicator(indicatorId).orElseThrow();
        List<Assessment> assessments = i.targets().stream().map(t -> EVALUATION.assessment(t.id()).orElseThrow()).toList();
        List<Observation> observed = Illustrative.OBSERVATIONS.stream().filter(o -> o.subject().equals(indicatorId)).toList();
        Terms terms = new Terms(language);
        return Chart.of(i, assessments, observed, 2021, Map.of(), terms, new Texts(Illustrative.PLAN, terms));
    }

    /** The vertices of SVG path data, as x and y. */
    private static List<double[]> vertices(String d) {
        Matcher m = Pattern.compile("[ML]([-\\d.]+) ([-\\d.]+)").matcher(d);
        List<double[]> points = new ArrayList<>();
        while (m.find()) {
            points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return points;
    }

    /** The centre of a diamond marker, its first vertex straight above it and its second to its right. */
    private static double[] centre(Chart.Marker marker) {
        List<double[]> v = vertices(marker.d());
        return new double[] {v.get(0)[0], v.get(1)[1]};
    }

    private static List<Chart.Marker> waypoints(Chart chart) {
        return chart.markers().stream().filter(m -> m.css().startsWith("waypoint")).toList();
    }

    private static String path(Chart chart) {
        return chart.paths().stream().filter(p -> p.css().startsWith("path")).findFirst().orElseThrow().d();
    }

    @Test
    void theRequiredPath_goesThroughEveryPointThePlanStates_eachMarked() {
        for (String id : List.of("gdp", "parks")) {
            Chart chart = chart(id, Language.EN);
            List<Chart.Marker> points = waypoints(chart);
            assertThat(points).hasSize(2);
            List<double[]> path = vertices(path(chart));
            for (Chart.Marker point : points) {
                double[] c = centre(point);
                assertThat(path).as("a vertex of the path at the point %s", point.title())
                        .anyMatch(v -> Math.abs(v[0] - c[0]) < 0.051 && Math.abs(v[1] - c[1]) < 0.051);
            }
        }
    }

    /** LINEAR: straight from the base to 2021's 12, on to 2023's 24 and to the target, three segments and no bend. */
    @Test
    void linear_isStraightBetweenThePoints() {
        assertThat(vertices(path(chart("parks", Language.EN)))).hasSize(4);
    }

    /**
     * CAGR: between 2022's 6800 and the target 8400 in 2024 the path grows by the same share each
     * year, through 6800 (8400/6800)^(1/2) = 7557.8 in 2023, not halfway (7600).
     */
    @Test
    void cagr_bendsBetweenThePoints_asTheMethodMeasures() {
        Chart chart = chart("gdp", Language.EN);
        double[] p2020 = centre(waypoints(chart).get(0));
        double[] p2022 = centre(waypoints(chart).get(1));
        // The scale, from the two points: x by year, y by value.
        double perYear = (p2022[0] - p2020[0]) / 2;
        double perValue = (p2022[1] - p2020[1]) / (6800 - 5950);
        double x2023 = p2022[0] + perYear;
        double geometric = p2022[1] + perValue * (Math.sqrt(6800.0 * 8400.0) - 6800);
        double straight = p2022[1] + perValue * (7600 - 6800);
        double[] at2023 = vertices(path(chart)).stream().filter(v -> Math.abs(v[0] - x2023) < 0.11).findFirst().orElseThrow();
        assertThat(at2023[1]).isCloseTo(geometric, Offset.offset(0.15));
        assertThat(Math.abs(straight - geometric)).isGreaterThan(1.0);
    }

    @Test
    void thePoints_areSaidInWords_inTheChartsTextAndTitles_inBothLanguages() {
        Chart en = chart("gdp", Language.EN);
        assertThat(en.description()).contains("Plan's own path: 2020: 5950; 2022: 6800");
        assertThat(waypoints(en)).extracting(Chart.Marker::title)
                .containsExactly("Plan's own path 2020: 5950 100 million yuan", "Plan's own path 2022: 6800 100 million yuan");
        Chart zh = chart("gdp", Language.ZH);
        assertThat(zh.description()).contains("方案分年度目标：2020年5950，2022年6800");
        assertThat(waypoints(zh)).extracting(Chart.Marker::title).containsExactly("方案分年度目标 2020：5950 亿元",
                "方案分年度目标 2022：6800 亿元");
    }

    @Test
    void theReports_listThePointsBesideTheTarget_andTheLegendNamesThem() {
        ReportInputs inputs = Illustrative.inputs();
        String en = PlanReports.html(inputs, Locale.ENGLISH);
        assertThat(en).contains("<span class=\"why\">Plan's own path: 2020: 5950; 2022: 6800</span>",
                "<span class=\"why\">Plan's own path: 2021: 12; 2023: 24</span>", "class=\"waypoint\"/></svg>Plan's own path");
        assertThat(PlanReports.markdown(inputs, Locale.CHINA)).contains("≥ 8400（方案分年度目标：2020年5950，2022年6800）");
        assertThat(PlanReports.html(Shaoxing.withHistory(), Locale.ENGLISH)).doesNotContain("class=\"waypoint");
    }
}
