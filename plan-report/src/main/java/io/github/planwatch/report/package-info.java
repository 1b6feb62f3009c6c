/**
 * The reports of an evaluation, for the people who act on it: {@link io.github.planwatch.report.PlanReports}
 * writes one self-contained HTML page or a Markdown document from {@link io.github.planwatch.report.ReportInputs}.
 */
package io.github.planwatch.report;
