package io.github.planwatch.io;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.planwatch.model.Accountability;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.Organisation;

/**
 * Reads one file of accountabilities for a plan: each names one of the plan's indicators and one of
 * its organisations, and a unit is stated accountable for an indicator once.
 */
final class AccountabilityReader extends DataReader<Accountability> {

    /** The name of the list of accountabilities in a YAML or JSON document. */
    static final String LIST_FIELD = "accountabilities";

    private static final Pattern ID = Pattern.compile(DocumentSchema.ID_PATTERN);

    private final Set<String> indicators;
    private final Set<String> units;

    /** A reader of one file of accountabilities for a plan. */
    AccountabilityReader(String source, ActionPlan plan) {
        super(source, DocumentSchema.ACCOUNTABILITIES, LIST_FIELD, "Accountability", Accountability.class,
                Messages.of("document.accountabilities"));
        // In the plan's order, so that of two names equally close the hint names the first.
        indicators = plan.indicators().stream().map(Indicator::id).collect(Collectors.toCollection(LinkedHashSet::new));
        units = plan.organisations().stream().map(Organisation::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean isId(JsonNode value) {
        return value.isTextual() && ID.matcher(value.asText()).matches();
    }

    @Override
    boolean check(JsonNode a, String path, DocumentTree.Places places) {
        JsonNode indicator = a.path("indicator");
        JsonNode unit = a.path("unit");
        boolean fits = true;
        // A value not of an id's form the schema has already reported; only ids are looked up in the plan.
        if (isId(indicator) && !indicators.contains(indicator.asText())) {
            problem(path + ".indicator", places, Messages.of("accountabilities.unknownIndicator",
                    indicators.stream().findFirst().orElse("gdp"), Words.quote(indicator.asText()),
                    Words.didYouMean(indicator.asText(), indicators)));
            fits = false;
        }
        if (isId(unit) && !units.contains(unit.asText())) {
            problem(path + ".unit", places, Messages.of("accountabilities.unknownUnit", Words.quote(unit.asText()),
                    Words.didYouMean(unit.asText(), units)));
            fits = false;
        }
        if (!fits || !isId(indicator) || !isId(unit)) {
            return false;
        }
        return firstWithKey(indicator.asText() + " " + unit.asText(), path, places,
                Messages.of("accountabilities.oneStatement", Words.quote(unit.asText()), Words.quote(indicator.asText())));
    }
}
