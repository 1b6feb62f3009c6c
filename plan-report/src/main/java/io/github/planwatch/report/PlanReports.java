package io.github.planwatch.report;

import java.util.Locale;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.planwatch.model.Language;

/**
 * The reports of an evaluation: one self-contained HTML page (styles and charts inline, no script,
 * nothing fetched from anywhere) that reads on a wide screen, on a phone and on A4 paper, or the
 * same content as Markdown for pasting into documents.
 *
 * <p>Both open with what is off track and who leads it, then the ledger of every task and key-work
 * item with its units, its last report and its pace, then each indicator with its chart and its
 * sources, the changes since an earlier evaluation, the findings and each unit's duties. Chinese
 * for a Chinese locale, English otherwise. Thread-safe.
 */
public final class PlanReports {

    /** The precompiled templates: generated from src/main/jte at build time, found on the class path. */
    private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PlanReports.class.getClassLoader(), "io.github.planwatch.report");
    private static final TemplateEngine PLAIN = TemplateEngine.createPrecompiled(null, ContentType.Plain,
            PlanReports.class.getClassLoader(), "io.github.planwatch.report");

    private PlanReports() {
    }

    /**
     * Writes the HTML report.
     *
     * @param inputs  what the report is made from, not null
     * @param locale  the language: Chinese for a locale whose language is {@code zh}, English otherwise; not null
     * @return the page, a complete HTML document, not null
     */
    public static String html(ReportInputs inputs, Locale locale) {
        ReportView view = ReportView.of(inputs, language(locale));
        StringOutput out = new StringOutput(256 * 1024);
        HTML.render("page.jte", view, out);
        return out.toString();
    }

    /**
     * Writes the report as Markdown (GitHub-flavoured tables).
     *
     * @param inputs  what the report is made from, not null
     * @param locale  the language: Chinese for a locale whose language is {@code zh}, English otherwise; not null
     * @return the document, not null
     */
    public static String markdown(ReportInputs inputs, Locale locale) {
        ReportView view = ReportView.of(inputs, language(locale));
        StringOutput out = new StringOutput(64 * 1024);
        PLAIN.render("markdown.jte", view, out);
        return out.toString();
    }

    private static Language language(Locale locale) {
        return Terms.of(locale).language();
    }
}
