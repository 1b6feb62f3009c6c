package io.github.planwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * {@code source} and {@code note}, in any order:
 *
 * <pre>
 * indicator,year,value,provisional,source,note
 * gdp,2021,6795,true,"绍兴市2021年国民经济和社会发展统计公报","初步核算 (preliminary)"
 * </pre>
 *
 * <p>Reading checks the whole file against the plan: {@code indicator} names one of the plan's
 * indicators or a target stated in a task or key-work item; the year lies from 1900 to 2200; the
 * value is a finite number, not negative where the unit cannot be negative; no two rows give a
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
     * {@code .yaml}, {@code .yml} or {@code .json}).
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
        return SourceFiles.read(file, in -> read(in, format, file.toString(), plan));
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
     * @param format  the format, not null
     * @return the document, ending with a line break, not null
     */
    public static String toText(List<Observation> observations, DataFormat format) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(format, "format");
        return DataWriter.write(ObservationReader.LIST_FIELD, DataReader.columns(DocumentSchema.OBSERVATIONS, "Observation"), observations, format);
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
        byte[] document = toText(observations, DataFormat.ofFile(file)).getBytes(StandardCharsets.UTF_8);
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
