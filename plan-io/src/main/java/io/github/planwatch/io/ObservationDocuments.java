package io.github.planwatch.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;

/**
 * What only observations have, beside reading and writing them with
 * {@link DataDocuments#OBSERVATIONS}: the warnings of reading a file, an empty file for an office
 * to fill in, and the sourced observations of the Shaoxing plan.
 *
 * <pre>{@code
 * ActionPlan plan = PlanDocuments.shaoxing();
 * ObservationReading reading = ObservationDocuments.readWithWarnings(Path.of("observations.csv"), plan);
 * ObservationDocuments.writeTemplate(plan, Path.of("to-fill-in.xlsx"));
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 */
public final class ObservationDocuments {

    /**
     * The classpath resource that holds the observations of the Shaoxing plan's indicators found in
     * public sources, each with where it came from.
     */
    public static final String SHAOXING_SOURCED_RESOURCE = "observations/shaoxing-sourced.csv";

    private ObservationDocuments() {
    }

    /**
     * Reads observations of a plan from a file as {@link DataDocuments#read(Path, ActionPlan)} does, with the
     * warnings of reading it: each value dated after the plan's horizon year, at its line and column.
     *
     * @param file  the file, not null
     * @param plan  the plan the observations are of, not null
     * @return the observations in the order of the file and the warnings, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public static ObservationReading readWithWarnings(Path file, ActionPlan plan) {
        return DataDocuments.OBSERVATIONS.read(file, plan,
                (reader, observations) -> new ObservationReading(observations, reader.warnings()));
    }

    /**
     * Writes an empty observations file for a plan, for an office to fill in: a row for each thing
     * the plan lets one observe (its indicators, then the targets stated in its tasks and key-work
     * items) and each year from the first of the plan's period to its horizon year (the year of its
     * longer-term outlook, by which its last targets are due), with the indicator and year filled in and every other column empty. As written, each
     * row reads back with one problem, its missing value, and nothing else: a row is a promise of a
     * figure, so a row left empty is reported rather than passed over; delete the rows of years that
     * will not be reported. The file is replaced whole.
     *
     * @param plan  the plan, not null
     * @param file  the file, ending {@code .csv} or {@code .xlsx}; its directory must exist, not null
     * @throws PlanwatchException if the file's format is not CSV or XLSX, or it cannot be written
     */
    public static void writeTemplate(ActionPlan plan, Path file) {
        Objects.requireNonNull(plan, "plan");
        DataFormat format = DataFormat.ofFile(file);
        if (format != DataFormat.CSV && format != DataFormat.XLSX) {
            throw new PlanwatchException("cannot write a template to " + file + ": expected a name ending .csv or .xlsx");
        }
        com.fasterxml.jackson.databind.node.ArrayNode rows = DocumentTree.NODES.arrayNode();
        int first = plan.period().first();
        int last = Math.max(plan.horizonYear(), first);
        for (String subject : ObservationReader.subjects(plan)) {
            for (int year = first; year <= last; year++) {
                rows.addObject().put("indicator", subject).put("year", year);
            }
        }
        AtomicFiles.write(file, DataWriter.rows(ObservationReader.LIST_FIELD,
                DataReader.columns(DocumentSchema.OBSERVATIONS, "Observation"), rows, format));
    }

    /**
     * Returns the observations of the Shaoxing plan's indicators found in public sources, from the
     * classpath resource {@value #SHAOXING_SOURCED_RESOURCE}, read against
     * {@link PlanDocuments#shaoxing()}.
     *
     * @return the observations, not null
     * @throws PlanwatchException if the resource is missing
     * @throws DocumentException if the resource does not read against the plan
     */
    public static List<Observation> shaoxingSourced() {
        return SourceFiles.readResource(SHAOXING_SOURCED_RESOURCE, in -> DataDocuments.OBSERVATIONS.read(in,
                DataFormat.CSV, SHAOXING_SOURCED_RESOURCE, PlanDocuments.shaoxing()));
    }
}
