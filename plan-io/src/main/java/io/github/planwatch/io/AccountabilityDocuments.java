package io.github.planwatch.io;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.PlanwatchException;

/**
 * Reads and writes files that say which unit answers for which indicator of a plan, beside the owners
 * the plan itself states, as CSV, an Excel workbook, YAML or JSON.
 *
 * <p>The formats are described in {@code docs/data-format.md}. A CSV file has a header row naming
 * the columns {@code indicator} and {@code unit}, in any order:
 *
 * <pre>
 * indicator,unit
 * gdp,sx-development-reform-commission
 * </pre>
 *
 * <p>Reading checks the whole file against the plan: {@code indicator} is the id of one of the plan's
 * indicators, {@code unit} the id of one of its organisations, and no two rows say the same. Every
 * problem is reported at once in a {@link DocumentException}, each with the file's name, its line
 * and column and the field; no accountability is returned from a file with a problem. Writing a
 * file replaces it atomically.
 *
 * <p>All methods are static and thread-safe.
 */
public final class AccountabilityDocuments {

    private AccountabilityDocuments() {
    }

    /**
     * Reads the accountabilities for a plan from a file, in the format its extension names ({@code .csv},
     * {@code .xlsx}, {@code .yaml}, {@code .yml} or {@code .json}). A workbook's first sheet is read,
     * or the sheet named after a {@code #}, as in {@code data.xlsx#2021}.
     *
     * @param file  the file, not null
     * @param plan  the plan whose indicators and units the file names, not null
     * @return the accountabilities in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the extension is unknown or the file cannot be read
     */
    public static List<Accountability> read(Path file, ActionPlan plan) {
        DataFormat format = DataFormat.ofFile(file);
        Objects.requireNonNull(plan, "plan");
        Path workbook = DataFormat.fileOf(file);
        return SourceFiles.read(workbook, in -> List.copyOf(AccountabilityReader.of(workbook.toString(), plan)
                .sheet(DataFormat.sheetOf(file)).read(in, format)));
    }

    /**
     * Reads the accountabilities for a plan from a stream in a given format. The stream is not closed.
     *
     * @param in  the file's bytes, UTF-8, not null
     * @param format  the format, not null
     * @param sourceName  the file's name for messages, not null
     * @param plan  the plan whose indicators and units the file names, not null
     * @return the accountabilities in the order of the file, not null
     * @throws DocumentException if the file has any problem, listing every one
     * @throws PlanwatchException if the stream cannot be read
     */
    public static List<Accountability> read(InputStream in, DataFormat format, String sourceName, ActionPlan plan) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(plan, "plan");
        return List.copyOf(AccountabilityReader.of(sourceName, plan).read(in, format));
    }

    /**
     * Writes accountabilities as a document in a given format; reading it back against the same
     * plan gives equal accountabilities in the same order.
     *
     * @param accountabilities  the accountabilities, not null
     * @param format  the format, CSV, YAML or JSON, not null
     * @return the document, ending with a line break, not null
     * @throws PlanwatchException for {@link DataFormat#XLSX}, which is not text: see {@link #toBytes}
     */
    public static String toText(List<Accountability> accountabilities, DataFormat format) {
        Objects.requireNonNull(accountabilities, "accountabilities");
        Objects.requireNonNull(format, "format");
        return DataWriter.write(AccountabilityReader.LIST_FIELD, DataReader.columns(DocumentSchema.ACCOUNTABILITIES, "Accountability"), accountabilities, format);
    }

    /**
     * Writes accountabilities as a file's bytes in a given format, as {@link #write(List, Path)} writes them;
     * the only way to write a workbook other than to a file.
     *
     * @param accountabilities  the accountabilities, not null
     * @param format  the format, not null
     * @return the file's bytes (UTF-8 text, or a workbook), not null
     */
    public static byte[] toBytes(List<Accountability> accountabilities, DataFormat format) {
        Objects.requireNonNull(accountabilities, "accountabilities");
        Objects.requireNonNull(format, "format");
        return DataWriter.bytes(AccountabilityReader.LIST_FIELD, DataReader.columns(DocumentSchema.ACCOUNTABILITIES, "Accountability"), accountabilities, format);
    }

    /**
     * Writes accountabilities to a file, in the format its extension names. The file is replaced
     * whole: a failure leaves the old file unchanged and no partial file behind.
     *
     * @param accountabilities  the accountabilities, not null
     * @param file  the file, not null; its directory must exist
     * @throws PlanwatchException if the extension is unknown or the file cannot be written
     */
    public static void write(List<Accountability> accountabilities, Path file) {
        byte[] document = toBytes(accountabilities, DataFormat.ofFile(file));
        AtomicFiles.write(file, out -> out.write(document));
    }
}
