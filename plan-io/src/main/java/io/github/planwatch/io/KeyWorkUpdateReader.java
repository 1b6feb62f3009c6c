package io.github.planwatch.io;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.planwatch.io.CsvTree.Column;
import io.github.planwatch.io.CsvTree.ColumnType;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;

/**
 * Reads key-work progress updates and checks them against a plan: each names a key-work item of
 * the plan, on an ISO date in the years 1900 to 2200, with a status of the vocabulary, and no two
 * report on the same item on the same date.
 *
 * <p>One instance reads one file; not thread-safe.
 */
final class KeyWorkUpdateReader extends DataReader<KeyWorkUpdate> {

    /** The list of updates in a YAML or JSON document. */
    static final String LIST_FIELD = "updates";

    /** The fields of an update, in the order they are written; the columns of a CSV file. */
    static final List<Column> COLUMNS = List.of(
            new Column("item", ColumnType.TEXT, true),
            new Column("date", ColumnType.TEXT, true),
            new Column("status", ColumnType.TEXT, true),
            new Column("note", ColumnType.FREE_TEXT, false));

    private final Kind<String> item;
    private final Kind<LocalDate> day;
    private final Kind<KeyWorkStatus> status = enumKind(KeyWorkStatus.class);

    private KeyWorkUpdateReader(String source, ActionPlan plan) {
        super(source, LIST_FIELD, "a key-work updates document", COLUMNS);
        // In the plan's order, so that of two names equally close the hint names the first.
        Set<String> items = plan.keyWork().stream().map(KeyWorkItem::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String expected = "the id of one of the plan's key-work items, such as kw-2020-9";
        item = kind(expected, (node, path) -> {
            String id = text.read(node, path);
            if (id != null && !items.contains(id)) {
                problem(node, path, "expected " + expected + ", found " + DocNode.quote(id)
                        + Words.didYouMean(id, items));
                return null;
            }
            return id;
        });
        day = kind(date.expected(), (node, path) -> {
            LocalDate d = date.read(node, path);
            if (d != null && (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR)) {
                problem(node, path, "expected a date in the years " + MIN_YEAR + " to " + MAX_YEAR + ", found " + d);
                return null;
            }
            return d;
        });
    }

    /**
     * Creates a reader of one file of key-work updates of a plan.
     *
     * @param source  the file's name, not null
     * @param plan  the plan whose key work the updates report on, not null
     * @return the reader, not null
     */
    static KeyWorkUpdateReader of(String source, ActionPlan plan) {
        return new KeyWorkUpdateReader(source, plan);
    }

    @Override
    String what() {
        return "a key-work update";
    }

    @Override
    KeyWorkUpdate entry(DocNode node, String path) {
        Obj o = object(node, path, what(), fields());
        if (o == null) {
            return null;
        }
        String id = o.required("item", item);
        LocalDate d = o.required("date", day);
        KeyWorkStatus s = o.required("status", status);
        String note = o.optional("note", text);
        if (id != null && d != null && !firstWithKey(id + " " + d, node, path,
                "one update of " + DocNode.quote(id) + " on " + d)) {
            o.failed = true;
        }
        return build(o, () -> new KeyWorkUpdate(id, d, s, note));
    }
}
