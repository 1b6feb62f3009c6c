package io.github.planwatch.cli;

import io.github.planwatch.io.EvaluationDocuments;
import io.github.planwatch.report.Terms;

/** Renders an evaluation in each output format. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Renders an evaluation.
     *
     * @param results  the evaluation and its inputs, not null
     * @param format  the format, not null
     * @param w  the language, not null
     * @param colour  whether to colour text for a terminal
     * @param width  the most columns a line of text may take
     * @return the document, not null
     */
    static String render(Results results, Options.Format format, Terms w, boolean colour, int width) {
        return switch (format) {
            case TEXT -> TextOutput.evaluation(results, w, colour, width);
            case JSON -> EvaluationDocuments.toJson(results.evaluation());
            case MD -> HtmlReport.render(results, java.util.List.of(), true, w);
            case HTML -> HtmlReport.render(results, w);
        };
    }
}
