package io.github.planwatch.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;

/**
 * Reads and writes the files of records that are read against a plan: observed values of its
 * indicators ({@link #OBSERVATIONS}), progress reports on its key work ({@link #KEY_WORK_UPDATES})
 * and the units that answer for its indicators ({@link #ACCOUNTABILITIES}), each as CSV, an Excel
 * workbook, YAML or JSON.
 *
 * <p>Each record is described once, in its document's JSON Schema (under {@code schemas/} on the
 * classpath, and in {@code docs/data-format.md}); a CSV file or a workbook's sheet has a header row
 * naming the record's fields, in any order, and a row per record. Reading checks the whole file
 * against its schema and against the plan: every id it names is one of the plan's, and no two
 * records say the same thing. Every problem is reported at once in a {@link DocumentException},
 * each with the file's name, its line and column (or sheet and cell) and the field; nothing is
 * returned from a file with a problem. Files are read as untrusted input, within limits of size and
 * field length, a table row by row, so that millions of rows are never held whole. Writing a file
 * replaces it atomically.
 *
 * <pre>{@code
 * ActionPlan plan = PlanDocuments.shaoxing();
 * List<Observation> observed = DataDocuments.OBSERVATIONS.read(Path.of("observations.csv"), plan);
 * DataDocuments.OBSERVATIONS.write(observed, Path.of("observations.yaml"));
 * }</pre>
 *
 * <p>{@link ObservationDocuments} adds what only observations have: the warnings of reading them,
 * a template for an office to fill in, and the Shaoxing plan's sourced figures.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T>  the type of a record
 */
public final class DataDocuments<T> {

    /**
     * Observed values of a plan's indicators and of the targets stated in its tasks and key-work
     * items; a value is not negative where the unit cannot be, and within the unit's bounds.
     */
    public static final DataDocuments<Observation> OBSERVATIONS = new DataDocuments<>(ObservationReader::new,
            ObservationReader.LIST_FIELD, all(DataReader.columns(DocumentSchema.OBSERVATIONS, "Observation")));

    /**
     * Progress reports on a plan's key-work items and milestones. The {@code evidence} column is
     * written only where some report gives evidence, so that reports without it are written as they
     * were before the column was added.
     */
    public static final DataDocuments<KeyWorkUpdate> KEY_WORK_UPDATES = new DataDocuments<>(KeyWorkUpdateReader::new,
            KeyWorkUpdateReader.LIST_FIELD, evidenceWhereGiven(DataReader.columns(DocumentSchema.KEY_WORK_UPDATES,
                    "KeyWorkUpdate")));

    /** Which of a plan's units answers for which of its indicators, beside the owners the plan itself states. */
    public static final DataDocuments<Accountability> ACCOUNTABILITIES = new DataDocuments<>(AccountabilityReader::new,
            AccountabilityReader.LIST_FIELD, all(DataReader.columns(DocumentSchema.ACCOUNTABILITIES, "Accountability")));

    private final BiFunction<String, ActionPlan, ? extends DataReader<T>> readers;
    private final String listField;
    /** The columns to write: the schema's, or fewer where a column would be empty. */
    private final Function<List<T>, List<String>> columns;

    private DataDocuments(BiFunction<String, ActionPlan, ? extends DataReader<T>> readers, String listField,
                          Function<List<T>, List<String>> columns) {
        this.readers = readers;
        this.listField = listField;
        this.columns = columns;
    }

    private static <T> Function<List<T>, List<String>> all(List<String> columns) {
        return records -> columns;
    }

    private static Function<List<KeyWorkUpdate>, List<String>> evidenceWhereGiven(List<String> columns) {
        List<String> withoutEvidence = columns.stream().filter(c -> !c.equals("evidence")).toList();
        return updates -> updates.stream().anyMatch(u -> u.evidence() != null) ? columns : withoutEvidence;
    }

    /**
     * Reads the records of a plan from a file, in the format its extension names ({@code .csv},
     * {@code .xlsx}, {@code .yaml}, {@code .yml} or {@code .json}). A workbook's first sheet is read,
     * or the sheet named after a {@code #}, as in {@code data.xlsx#2021}.
     *
     * @param file  the file, not null
     * @param plan  the plan whose ids the records name, not null
     * @return the records in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public List<T> read(Path file, ActionPlan plan) {
        return read(file, plan, (reader, records) -> records);
    }

    /** Reads a file as {@link #read(Path, ActionPlan)} does, with the reader, for what it knows beside the records (its warnings). */
    <R> R read(Path file, ActionPlan plan, BiFunction<DataReader<T>, List<T>, R> result) {
        DataFormat format = DataFormat.ofFile(file);
        Objects.requireNonNull(plan, "plan");
        Path workbook = DataFormat.fileOf(file);
        return SourceFiles.read(workbook, in -> {
            DataReader<T> reader = readers.apply(workbook.toString(), plan);
            List<T> records = List.copyOf(reader.sheet(DataFormat.sheetOf(file)).read(in, format));
            return result.apply(reader, records);
        });
    }

    /**
     * Reads the records of a plan from a stream in a given format. The stream is not closed.
     *
     * @param in  the file's bytes, UTF-8 for text, not null
     * @param format  the format, not null
     * @param sourceName  the file's name for messages, not null
     * @param plan  the plan whose ids the records name, not null
     * @return the records in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the stream cannot be read
     */
    public List<T> read(InputStream in, DataFormat format, String sourceName, ActionPlan plan) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(plan, "plan");
        return List.copyOf(readers.apply(sourceName, plan).read(in, format));
    }

    /**
     * Writes records as a document in a given format; reading it back against the same plan gives
     * equal records in the same order.
     *
     * @param records  the records, not null
     * @param format  the format, CSV, YAML or JSON, not null
     * @return the document, ending with a line break, not null
     * @throws PlanwatchException for {@link DataFormat#XLSX}, which is not text: see {@link #toBytes}
     */
    public String toText(List<T> records, DataFormat format) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(format, "format");
        return DataWriter.text(listField, columns.apply(records), Binding.tree(records), format);
    }

    /**
     * Writes records as a file's bytes in a given format, as {@link #write(List, Path)} writes them;
     * the only way to write a workbook other than to a file.
     *
     * @param records  the records, not null
     * @param format  the format, not null
     * @return the file's bytes (UTF-8 text, or a workbook), not null
     */
    public byte[] toBytes(List<T> records, DataFormat format) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(format, "format");
        return DataWriter.rows(listField, columns.apply(records), Binding.tree(records), format);
    }

    /**
     * Writes records to a file, in the format its extension names. The file is replaced whole: a
     * failure leaves the old file unchanged and no partial file behind.
     *
     * @param records  the records, not null
     * @param file  the file, not null; its directory must exist
     * @throws PlanwatchException if the extension is unknown or the file cannot be written
     */
    public void write(List<T> records, Path file) {
        AtomicFiles.write(file, toBytes(records, DataFormat.ofFile(file)));
    }
}
