package io.github.planwatch.io;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Area;
import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.Goal;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.IndicatorCategory;
import io.github.planwatch.model.KeyWorkItem;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.Organisation;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Principle;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Safeguard;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.Task;
import io.github.planwatch.model.Tolerance;
import io.github.planwatch.model.Unit;
import io.github.planwatch.model.YearSpan;

/**
 * Writes a plan as a YAML or JSON document in the format {@link PlanReader} reads.
 *
 * <p>The document is built by hand as a Jackson tree, field by field in the order of the record
 * components, so that nothing about the model's classes leaks into the format. Numbers are written
 * in plain notation ({@code 10000000000}, never {@code 1E+10}); a value the model leaves null is left
 * out; lists are always written, empty ones too, so that "no lead unit" is visible in the file.
 * Thread-safe.
 */
final class PlanWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final ObjectWriter JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private static final ObjectWriter YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new YamlQuoting())
            .build()).writer();

    private PlanWriter() {
    }

    /**
     * Writes a plan as a document.
     *
     * @param plan  the plan, not null
     * @param format  the format, not null
     * @return the document, ending with a line break, not null
     */
    static String write(ActionPlan plan, DocumentFormat format) {
        ObjectNode tree = plan(plan);
        try {
            String text = (format == DocumentFormat.YAML ? YAML : JSON).writeValueAsString(tree);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException ex) {
            // Writing a tree of strings, numbers and booleans to a string cannot fail for I/O reasons.
            throw new PlanwatchException("cannot write the plan " + plan.id(), ex);
        }
    }

    static ObjectNode plan(ActionPlan plan) {
        ObjectNode n = NODES.objectNode();
        n.put(PlanReader.SCHEMA_VERSION_FIELD, PlanReader.SCHEMA_VERSION);
        n.put("id", plan.id());
        n.set("title", text(plan.title()));
        n.put("issuer", plan.issuer());
        n.put("documentNumber", plan.documentNumber());
        n.put("issueDate", plan.issueDate().toString());
        yearSpan(n, "period", plan.period());
        n.put("horizonYear", plan.horizonYear());
        n.put("guidingIdeology", plan.guidingIdeology());
        n.set("principles", list(plan.principles(), PlanWriter::principle));
        n.set("goals", list(plan.goals(), PlanWriter::goal));
        n.set("areas", list(plan.areas(), PlanWriter::area));
        n.set("categories", list(plan.categories(), PlanWriter::category));
        n.set("tasks", list(plan.tasks(), PlanWriter::task));
        n.set("indicators", list(plan.indicators(), PlanWriter::indicator));
        n.set("keyWork", list(plan.keyWork(), PlanWriter::keyWorkItem));
        n.set("safeguards", list(plan.safeguards(), PlanWriter::safeguard));
        n.set("organisations", list(plan.organisations(), PlanWriter::organisation));
        return n;
    }

    private static ObjectNode principle(Principle principle) {
        ObjectNode n = NODES.objectNode();
        n.put("number", principle.number());
        n.set("title", text(principle.title()));
        n.put("text", principle.text());
        return n;
    }

    private static ObjectNode goal(Goal goal) {
        ObjectNode n = NODES.objectNode();
        n.put("year", goal.year());
        n.put("text", goal.text());
        n.put("summary", goal.summary());
        return n;
    }

    private static ObjectNode area(Area area) {
        ObjectNode n = NODES.objectNode();
        n.put("id", area.id());
        n.put("number", area.number());
        n.set("name", text(area.name()));
        n.set("heading", text(area.heading()));
        return n;
    }

    private static ObjectNode category(IndicatorCategory category) {
        ObjectNode n = NODES.objectNode();
        n.put("id", category.id());
        n.set("name", text(category.name()));
        return n;
    }

    private static ObjectNode task(Task task) {
        ObjectNode n = NODES.objectNode();
        n.put("number", task.number());
        n.put("area", task.area());
        n.set("title", text(task.title()));
        n.put("text", task.text());
        n.set("leadUnits", strings(task.leadUnits()));
        n.set("responsibleUnits", strings(task.responsibleUnits()));
        n.set("targets", list(task.targets(), PlanWriter::quantifiedTarget));
        return n;
    }

    private static ObjectNode indicator(Indicator indicator) {
        ObjectNode n = NODES.objectNode();
        n.put("id", indicator.id());
        n.put("number", indicator.number());
        n.put("category", indicator.category());
        n.set("name", text(indicator.name()));
        n.set("unit", unit(indicator.unit()));
        n.put("direction", indicator.direction().name());
        n.put("method", indicator.method().name());
        if (indicator.baseline() != null) {
            n.set("baseline", baseline(indicator.baseline()));
        }
        n.set("targets", list(indicator.targets(), PlanWriter::target));
        return n;
    }

    private static ObjectNode keyWorkItem(KeyWorkItem item) {
        ObjectNode n = NODES.objectNode();
        n.put("year", item.year());
        n.put("number", item.number());
        n.set("theme", text(item.theme()));
        n.put("text", item.text());
        n.set("leadUnits", strings(item.leadUnits()));
        n.set("responsibleUnits", strings(item.responsibleUnits()));
        ArrayNode tasks = n.putArray("tasks");
        item.tasks().forEach(tasks::add);
        n.set("targets", list(item.targets(), PlanWriter::quantifiedTarget));
        return n;
    }

    private static ObjectNode safeguard(Safeguard safeguard) {
        ObjectNode n = NODES.objectNode();
        n.put("number", safeguard.number());
        n.set("title", text(safeguard.title()));
        n.put("text", safeguard.text());
        return n;
    }

    private static ObjectNode organisation(Organisation organisation) {
        ObjectNode n = NODES.objectNode();
        n.put("id", organisation.id());
        n.set("name", text(organisation.name()));
        n.put("kind", organisation.kind().name());
        n.set("aliases", strings(organisation.aliases()));
        return n;
    }

    private static ObjectNode quantifiedTarget(QuantifiedTarget target) {
        ObjectNode n = NODES.objectNode();
        n.set("measure", text(target.measure()));
        n.set("unit", unit(target.unit()));
        n.put("direction", target.direction().name());
        n.put("method", target.method().name());
        if (target.baseline() != null) {
            n.set("baseline", baseline(target.baseline()));
        }
        n.set("target", target(target.target()));
        return n;
    }

    private static ObjectNode target(Target target) {
        ObjectNode n = NODES.objectNode();
        n.put("id", target.id());
        n.put("kind", target.kind().name());
        yearSpan(n, "years", target.years());
        n.put("comparison", target.comparison().name());
        n.put("value", target.value());
        if (target.tolerance() != null) {
            n.set("tolerance", tolerance(target.tolerance()));
        }
        if (target.wording() != null) {
            n.put("wording", target.wording());
        }
        return n;
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode n = NODES.objectNode();
        n.put("zh", text.zh());
        n.put("en", text.en());
        return n;
    }

    private static ObjectNode unit(Unit unit) {
        ObjectNode n = NODES.objectNode();
        n.put("zh", unit.zh());
        n.put("en", unit.en());
        n.put("negativeAllowed", unit.negativeAllowed());
        return n;
    }

    private static ObjectNode tolerance(Tolerance tolerance) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", tolerance.kind().name());
        n.put("value", tolerance.value());
        return n;
    }

    private static ObjectNode baseline(Baseline baseline) {
        ObjectNode n = NODES.objectNode();
        n.put("year", baseline.year());
        n.put("value", baseline.value());
        return n;
    }

    /** A span of one year is written as that year, a number; a longer one as text, 2020-2022. */
    private static void yearSpan(ObjectNode n, String field, YearSpan span) {
        if (span.length() == 1) {
            n.put(field, span.first());
        } else {
            n.put(field, span.toString());
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static <T> ArrayNode list(List<T> values, Function<T, ObjectNode> item) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(item.apply(v)));
        return array;
    }

    /**
     * Quotes every YAML string that a reader would otherwise take for something else. Jackson's own
     * check misses plain scalars such as {@code 2020}, {@code 1e3} or {@code 0x1F}, which YAML
     * resolves to numbers; SnakeYAML's resolver knows every such form.
     */
    private static final class YamlQuoting extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        private static final Resolver RESOLVER = new Resolver();

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, value, true));
        }
    }
}
