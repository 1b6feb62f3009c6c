package io.github.planwatch.cli;

import java.util.List;
import java.util.Locale;

import io.github.planwatch.model.Evaluation;
import io.github.planwatch.report.PlanReports;
import io.github.planwatch.report.ReportInputs;

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
    static String render(Results results, Words w) {
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
    static String render(Results results, List<Evaluation> earlier, boolean markdown, Words w) {
        ReportInputs inputs = inputs(results, earlier, w);
        return markdown ? PlanReports.markdown(inputs, locale(w)) : PlanReports.html(inputs, locale(w));
    }

    private static ReportInputs inputs(Results r, List<Evaluation> earlier, Words w) {
        return ReportInputs.of(r.plan(), r.evaluation()).withObservations(r.observations()).withUpdates(r.updates())
                .withEarlier(earlier).withSources(sources(r, w));
    }

    private static String sources(Results r, Words w) {
        String line = r.observationSource() == null ? (w.isChinese() ? "无观测值" : "no observations")
                : r.observations().size() + (w.isChinese() ? "" : " ") + w.of(Words.OBSERVATIONS) + (w.isChinese() ? "（" : " (")
                + r.observationSource() + (w.isChinese() ? "）" : ")");
        if (r.updateSource() != null) {
            line += (w.isChinese() ? "；" : "; ") + r.updates().size() + (w.isChinese() ? "" : " ") + w.of(Words.UPDATES)
                    + (w.isChinese() ? "（" : " (") + r.updateSource() + (w.isChinese() ? "）" : ")");
        }
        return line;
    }

    private static Locale locale(Words w) {
        return w.isChinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
