package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;

/**
 * Reads and writes files of observed values of a plan's indicators and targets, as CSV, YAML or
 * JSON, and loads the sourced observations of the Shaoxing plan.
 *
 * <p>The formats are described in {@code docs/data-format.md}. A CSV file has a header row naming
 * the columns {@code indicator}, {@code year}, {@code value} and optionally {@code provisional},
 * {@code source}, {@code note} and {@code flags} (quality flags separated by semicolons, such as
 * {@code DEFINITION_CHANGE;ESTIMATE}), in any order:
 *
 * <pre>
 * indicator,year,value,provisional,source,note
 * gdp,2021,6795,true,"绍兴市2021年国民经济和社会发展统计公报","初步核算 (preliminary)"
 * </pre>
 *
 * <p>Reading checks the whole file against the plan: {@code indicator} names one of the plan's
 * indicators or a target stated in a task or key-work item; the year lies from 1900 to 2200; the
 * value is a finite number, not negative where the unit cannot be negative and within the unit's
 * bounds where it has them; no two rows give a
 * value of the same thing for the same year. Every problem is reported at once in a
 * {@link DocumentException}, each with the file's name, its line and column and the field; no
 * observation is returned from a file with a problem. Files are read as untrusted input, within
 * limits of size and field length. Writing a file replaces it atomically.
 *
 * <pre>{@code
 * ActionPlan plan = PlanDocuments.shaoxing();
 * List<Observation> observed = ObservationDocuments.read(Path.of("observations.csv"), plan);
 * ObservationDocuments.write(observed, Path.of("observations.yaml"));
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
     * Reads observations of a plan from a file, in the format its extension names ({@code .csv},
     * {@code .xlsx}, {@code .yaml}, {@code .yml} or {@code .json}). A workbook's first sheet is read,
     * or the sheet named after a {@code #}, as in {@code data.xlsx#2021}.
     *
     * @param file  the file, not null
     * @param plan  the plan the observations are of, not null
     * @return the observations in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public static List<Observation> read(Path file, ActionPlan plan) {
        DataFormat format = DataFormat.ofFile(file);
        Objects.requireNonNull(plan, "plan");
        Path workbook = DataFormat.fileOf(file);
        return SourceFiles.read(workbook, in -> List.copyOf(ObservationReader.of(workbook.toString(), plan)
                .sheet(DataFormat.sheetOf(file)).read(in, format)));
    }

    /**
     * Reads observations of a plan from a file as {@link #read(Path, ActionPlan)} does, with the
     * warnings of reading it: each value dated after the plan's horizon year, at its line and column.
     *
     * @param file  the file, not null
     * @param plan  the plan the observations are of, not null
     * @return the observations in the order of the file and the warnings, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public static ObservationReading readWithWarnings(Path file, ActionPlan plan) {
        DataFormat format = DataFormat.ofFile(file);
        Objects.requireNonNull(plan, "plan");
        Path workbook = DataFormat.fileOf(file);
        return SourceFiles.read(workbook, in -> {
            ObservationReader reader = ObservationReader.of(workbook.toString(), plan);
            List<Observation> observations = reader.sheet(DataFormat.sheetOf(file)).read(in, format);
            return new ObservationReading(observations, reader.warnings());
        });
    }

    /**
     * Reads observations of a plan from a stream in a given format. The stream is not closed.
     *
     * @param in  the file's bytes, UTF-8, not null
     * @param format  the format, not null
     * @param sourceName  the file's name for messages, not null
     * @param plan  the plan the observations are of, not null
     * @return the observations in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the stream cannot be read
     */
    public static List<Observation> read(InputStream in, DataFormat format, String sourceName, ActionPlan plan) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(plan, "plan");
        return List.copyOf(ObservationReader.of(sourceName, plan).read(in, format));
    }

    /**
     * Writes observations as a document in a given format; reading it back against the same plan
     * gives equal observations in the same order.
     *
     * @param observations  the observations, not null
     * @param format  the format, CSV, YAML or JSON, not null
     * @return the document, ending with a line break, not null
     * @throws PlanwatchException for {@link DataFormat#XLSX}, which is not text: see {@link #toBytes}
     */
    public static String toText(List<Observation> observations, DataFormat format) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(format, "format");
        return DataWriter.write(ObservationReader.LIST_FIELD, DataReader.columns(DocumentSchema.OBSERVATIONS, "Observation"), observations, format);
    }

    /**
     * Writes observations as a file's bytes in a given format, as {@link #write(List, Path)} writes them;
     * the only way to write a workbook other than to a file.
     *
     * @param observations  the observations, not null
     * @param format  the format, not null
     * @return the file's bytes (UTF-8 text, or a workbook), not null
     */
    public static byte[] toBytes(List<Observation> observations, DataFormat format) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(format, "format");
        return DataWriter.bytes(ObservationReader.LIST_FIELD, DataReader.columns(DocumentSchema.OBSERVATIONS, "Observation"), observations, format);
    }

    /**
     * Writes observations to a file, in the format its extension names. The file is replaced whole:
     * a failure leaves the old file unchanged and no partial file behind.
     *
     * @param observations  the observations, not null
     * @param file  the file, not null; its directory must exist
     * @throws PlanwatchException if the extension is unknown or the file cannot be written
     */
    public static void write(List<Observation> observations, Path file) {
        byte[] document = toBytes(observations, DataFormat.ofFile(file));
        AtomicFiles.write(file, out -> out.write(document));
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
        byte[] document = DataWriter.rows(ObservationReader.LIST_FIELD, DataReader.columns(DocumentSchema.OBSERVATIONS,
                "Observation"), rows, format);
        AtomicFiles.write(file, out -> out.write(document));
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
        try (InputStream in = ObservationDocuments.class.getClassLoader().getResourceAsStream(SHAOXING_SOURCED_RESOURCE)) {
            if (in == null) {
                throw new PlanwatchException("the classpath resource " + SHAOXING_SOURCED_RESOURCE + " is missing");
            }
            return read(in, DataFormat.CSV, SHAOXING_SOURCED_RESOURCE, PlanDocuments.shaoxing());
        } catch (IOException ex) {
            throw new PlanwatchException("cannot read the classpath resource " + SHAOXING_SOURCED_RESOURCE + ": "
                    + ex.getMessage(), ex);
        }
    }
}
