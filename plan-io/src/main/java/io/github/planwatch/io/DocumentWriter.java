package io.github.planwatch.io;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes documents: a record bound to a tree by {@link Binding}, with its {@code schemaVersion}
 * first, as indented JSON or as block-style YAML. Numbers are written in plain notation
 * ({@code 10000000000}, never {@code 1E+10}). Thread-safe.
 */
final class DocumentWriter {

    /** The field that carries a document's format version; it has no counterpart in the model. */
    static final String SCHEMA_VERSION_FIELD = "schemaVersion";

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

    private DocumentWriter() {
    }

    /** The tree of a document: its version, then the fields of a record as {@link Binding} writes them. */
    static ObjectNode tree(int version, Object record) {
        ObjectNode n = DocumentTree.NODES.objectNode();
        n.put(SCHEMA_VERSION_FIELD, version);
        n.setAll((ObjectNode) Binding.tree(record));
        return n;
    }

    /** Writes a tree as a document, ending with a line break. */
    static String text(JsonNode tree, DocumentFormat format) {
        try {
            String text = (format == DocumentFormat.YAML ? YAML : JSON).writeValueAsString(tree);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException ex) {
            throw Binding.cannotWrite(ex);
        }
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
