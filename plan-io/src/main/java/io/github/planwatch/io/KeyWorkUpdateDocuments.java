package io.github.planwatch.io;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.PlanwatchException;

/**
 * Reads and writes files of progress reports on a plan's key-work items, as CSV, YAML or JSON.
 *
 * <p>The formats are described in {@code docs/data-format.md}. A CSV file has a header row naming
 * the columns {@code item}, {@code date}, {@code status} and optionally {@code note} and {@code evidence}
 * (where the state can be verified: a milestone is met by a report of DONE with evidence), in any order:
 *
 * <pre>
 * item,date,status,note
 * kw-2020-9,2020-12-31,DONE,"3 firms listed"
 * </pre>
 *
 * <p>Reading checks the whole file against the plan: {@code item} is the id of one of the plan's
 * key-work items ({@code kw-YEAR-NUMBER}) or of one of its milestones; the date is an ISO date ({@code 2020-12-31}) in the years
 * 1900 to 2200; the status is one of {@code NOT_STARTED}, {@code IN_PROGRESS}, {@code DONE},
 * {@code DELAYED}, {@code CANCELLED}; no two rows report on the same item on the same date. Every
 * problem is reported at once in a {@link DocumentException}, each with the file's name, its line
 * and column and the field; no update is returned from a file with a problem. Writing a file
 * replaces it atomically.
 *
 * <p>All methods are static and thread-safe.
 */
public final class KeyWorkUpdateDocuments {

    private KeyWorkUpdateDocuments() {
    }

    /**
     * Reads key-work updates of a plan from a file, in the format its extension names ({@code .csv},
     * {@code .xlsx}, {@code .yaml}, {@code .yml} or {@code .json}). A workbook's first sheet is read,
     * or the sheet named after a {@code #}, as in {@code data.xlsx#2021}.
     *
     * @param file  the file, not null
     * @param plan  the plan whose key work the updates report on, not null
     * @return the updates in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public static List<KeyWorkUpdate> read(Path file, ActionPlan plan) {
        DataFormat format = DataFormat.ofFile(file);
        Objects.requireNonNull(plan, "plan");
        Path workbook = DataFormat.fileOf(file);
        return SourceFiles.read(workbook, in -> List.copyOf(KeyWorkUpdateReader.of(workbook.toString(), plan)
                .sheet(DataFormat.sheetOf(file)).read(in, format)));
    }

    /**
     * Reads key-work updates of a plan from a stream in a given format. The stream is not closed.
     *
     * @param in  the file's bytes, UTF-8, not null
     * @param format  the format, not null
     * @param sourceName  the file's name for messages, not null
     * @param plan  the plan whose key work the updates report on, not null
     * @return the updates in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the stream cannot be read
     */
    public static List<KeyWorkUpdate> read(InputStream in, DataFormat format, String sourceName, ActionPlan plan) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(plan, "plan");
        return List.copyOf(KeyWorkUpdateReader.of(sourceName, plan).read(in, format));
    }

    /**
     * Writes key-work updates as a document in a given format; reading it back against the same
     * plan gives equal updates in the same order.
     *
     * @param updates  the updates, not null
     * @param format  the format, CSV, YAML or JSON, not null
     * @return the document, ending with a line break, not null
     * @throws PlanwatchException for {@link DataFormat#XLSX}, which is not text: see {@link #toBytes}
     */
    public static String toText(List<KeyWorkUpdate> updates, DataFormat format) {
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(format, "format");
        return DataWriter.write(KeyWorkUpdateReader.LIST_FIELD, columns(updates), updates, format);
    }

    /**
     * Writes key-work updates as a file's bytes in a given format, as {@link #write(List, Path)} writes them;
     * the only way to write a workbook other than to a file.
     *
     * @param updates  the updates, not null
     * @param format  the format, not null
     * @return the file's bytes (UTF-8 text, or a workbook), not null
     */
    public static byte[] toBytes(List<KeyWorkUpdate> updates, DataFormat format) {
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(format, "format");
        return DataWriter.bytes(KeyWorkUpdateReader.LIST_FIELD, columns(updates), updates, format);
    }

    /**
     * The columns written: the schema's, without {@code evidence} where no update gives any, so that
     * updates without evidence are written as they were before the column was added.
     */
    private static List<String> columns(List<KeyWorkUpdate> updates) {
        List<String> columns = DataReader.columns(DocumentSchema.KEY_WORK_UPDATES, "KeyWorkUpdate");
        return updates.stream().anyMatch(u -> u.evidence() != null) ? columns
                : columns.stream().filter(c -> !c.equals(EVIDENCE)).toList();
    }

    /** The column of a report's evidence, which a milestone's report of DONE needs. */
    private static final String EVIDENCE = "evidence";

    /**
     * Writes key-work updates to a file, in the format its extension names. The file is replaced
     * whole: a failure leaves the old file unchanged and no partial file behind.
     *
     * @param updates  the updates, not null
     * @param file  the file, not null; its directory must exist
     * @throws PlanwatchException if the extension is unknown or the file cannot be written
     */
    public static void write(List<KeyWorkUpdate> updates, Path file) {
        byte[] document = toBytes(updates, DataFormat.ofFile(file));
        AtomicFiles.write(file, out -> out.write(document));
    }
}
