package io.github.planwatch.io;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.KeyWorkUpdate;

/**
 * Reads key-work progress updates and checks them against a plan: each names a key-work item or a
 * milestone of the plan, and no two report on the same item on the same date. The schema checks the rest.
 *
 * <p>One instance reads one file; not thread-safe.
 */
final class KeyWorkUpdateReader extends DataReader<KeyWorkUpdate> {

    /** The list of updates in a YAML or JSON document. */
    static final String LIST_FIELD = "updates";

    private final Set<String> items;

    /** A reader of one file of updates on a plan's key work. */
    KeyWorkUpdateReader(String source, ActionPlan plan) {
        super(source, DocumentSchema.KEY_WORK_UPDATES, LIST_FIELD, "KeyWorkUpdate", KeyWorkUpdate.class,
                Messages.of("document.updates"));
        // In the plan's order, so that of two names equally close the hint names the first.
        items = plan.keyWork().stream().map(KeyWorkItem::id).collect(Collectors.toCollection(LinkedHashSet::new));
        // A milestone is reported on the same way, by its id.
        plan.milestones().forEach(m -> items.add(m.id()));
    }

    @Override
    boolean check(JsonNode u, String path, DocumentTree.Places places) {
        JsonNode item = u.path("item");
        if (!item.isTextual()) {
            return false; // the schema says what is wrong with it
        }
        if (!items.contains(item.asText())) {
            problem(path + ".item", places, Messages.of("updates.unknownItem", Words.quote(item.asText()),
                    Words.didYouMean(item.asText(), items)));
            return false;
        }
        JsonNode date = u.path("date");
        return !date.isTextual() || firstWithKey(item.asText() + " " + date.asText(), path, places,
                Messages.of("updates.oneUpdate", Words.quote(item.asText()), date.asText()));
    }
}
