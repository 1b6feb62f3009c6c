package io.github.planwatch.cli;

import java.util.List;
import java.util.Locale;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.report.PlanReports;
import io.github.planwatch.report.ReportInputs;
import io.github.planwatch.report.Terms;

/** The command's reports, written by plan-report from what the command read. */
final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * Writes the HTML report of an evaluation.
     *
     * @param results  the evaluation and its inputs, not null
     * @param w  the language, not null
     * @return the page, not null
     */
    static String render(Results results, Terms w) {
        return PlanReports.html(inputs(results, List.of(), w), locale(w));
    }

    /**
     * Writes the HTML or Markdown report, with the changes since earlier evaluations.
     *
     * @param results  the evaluation and its inputs, not null
     * @param earlier  earlier evaluations of the plan, not null
     * @param markdown  Markdown rather than HTML
     * @param w  the language, not null
     * @return the document, not null
     */
    static String render(Results results, List<Evaluation> earlier, boolean markdown, Terms w) {
        ReportInputs inputs = inputs(results, earlier, w);
        return markdown ? PlanReports.markdown(inputs, locale(w)) : PlanReports.html(inputs, locale(w));
    }

    private static ReportInputs inputs(Results r, List<Evaluation> earlier, Terms w) {
        return ReportInputs.of(r.plan(), r.evaluation()).withObservations(r.observations()).withUpdates(r.updates())
                .withEarlier(earlier).withOwners(r.accountabilities()).withSources(sources(r, w));
    }

    /** Where the observations and reports came from, and how many there are. */
    static String sources(Results r, Terms w) {
        String line = r.observationSource() == null ? w.noObservations()
                : w.observations(r.observations().size()) + w.parenthesised(r.observationSource());
        if (r.updateSource() != null) {
            line += (w.zh() ? "；" : "; ") + w.updates(r.updates().size()) + w.parenthesised(r.updateSource());
        }
        return line;
    }

    private static Locale locale(Terms w) {
        return w.locale();
    }
}
