package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.PlanArbitraries;
import io.github.planwatch.model.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A valid plan document with one field removed, renamed or given a value of the wrong type either
 * still reads (where the format allows the change) or fails with a {@link DocumentException} whose
 * every problem is located and names a field path, one of them the field that was changed; never
 * with any other exception.
 */
class PlanDocumentMutationProperties {

    /** Fields the format lets a document leave out; lists may be left out too. */
    private static final Set<String> OPTIONAL = Set.of("baseline", "tolerance", "wording", "negativeAllowed",
            "language", "nature", "basis", "preamble", "notice", "addressees", "publication", "printingDate", "note");

    /** The form of a language tag, the key of a text in one language (as the schema has it). */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");


    @Property(tries = 200)
    void removingARequiredField_failsAtThatField(@ForAll("requiredFields") Site site, @ForAll DocumentFormat format) {
        ObjectNode tree = site.tree();
        site.parent(tree).remove(site.name());

        List<Problem> problems = problemsOf(tree, format);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(site.path());
            assertThat(p.message()).startsWith("missing required field '" + site.name() + "'");
        });
    }

    @Property(tries = 200)
    void removingAnOptionalField_readsAsItsDefaultOrFailsLocated(@ForAll("optionalFields") Site site,
                                                                 @ForAll DocumentFormat format) {
        ObjectNode tree = site.tree();
        ObjectNode parent = site.parent(tree);
        parent.remove(site.name());
        String document = DocumentWriter.text(tree, format);

        Throwable thrown = catchThrowable(() -> read(document, format));

        if (thrown == null) {
            // The reader takes a field left out for its default, and the writer leaves a default out: the
            // plan writes as the tree without the field. A plan without a main language is the exception:
            // it takes its title's own, the first language it is given in, which is then written.
            if (site.name().equals("language")) {
                parent.put(site.name(), parent.get("title").fieldNames().next());
            }
            assertThat((JsonNode) PlanDocuments.tree(read(document, format))).isEqualTo(tree);
        } else {
            assertLocated(thrown);
        }
    }

    @Property(tries = 200)
    void renamingAField_failsAtTheUnknownName(@ForAll("fields") Site site, @ForAll DocumentFormat format,
                                              @ForAll("renamings") Renaming renaming) {
        String newName = renaming.apply(site.name());
        ObjectNode tree = site.tree();
        ObjectNode parent = site.parent(tree);
        JsonNode value = parent.remove(site.name());
        parent.set(newName, value);

        List<Problem> problems = problemsOf(tree, format);

        String newPath = site.path().substring(0, site.path().length() - site.name().length()) + newName;
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(newPath);
            assertThat(p.message()).startsWith("unknown field '" + newName + "'");
        });
    }

    @Property(tries = 300)
    void givingAValueTheWrongType_failsAtThatValue(@ForAll("values") Site site, @ForAll DocumentFormat format,
                                                   @ForAll("replacements") Replacement replacement) {
        ObjectNode tree = site.tree();
        JsonNode wrong = replacement.wrongFor(site.value());
        if (site.name() == null) {
            ((ArrayNode) site.container(tree)).set(site.index(), wrong);
        } else {
            site.parent(tree).set(site.name(), wrong);
        }

        List<Problem> problems = problemsOf(tree, format);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(site.path());
            assertThat(p.message()).startsWith("expected ");
        });
    }

    @Property(tries = 200)
    void removingALanguageOfAText_readsWhileAnotherRemainsAndFailsAtTheTextWhenNoneDoes(
            @ForAll("languagesOfTexts") Site site, @ForAll DocumentFormat format) {
        ObjectNode tree = site.tree();
        ObjectNode text = site.parent(tree);
        text.remove(site.name());
        String document = DocumentWriter.text(tree, format);
        boolean anotherRemains = text.properties().stream().anyMatch(f -> LANGUAGE_TAG.matcher(f.getKey()).matches());

        Throwable thrown = catchThrowable(() -> read(document, format));

        if (anotherRemains && sharedUnit(tree, site)) {
            // The unit now differs from that of the joint target's other indicators, which keep the language.
            assertLocated(thrown);
            assertThat(((DocumentException) thrown).problems()).allSatisfy(p -> {
                assertThat(p.path()).matches("jointTargets\\[\\d+]\\.indicators\\[\\d+]");
                assertThat(p.message()).endsWith("a joint target's indicators share one unit");
            });
        } else if (anotherRemains) {
            assertThat(thrown).isNull();
        } else {
            assertLocated(thrown);
            String textPath = site.path().substring(0, site.path().length() - site.name().length() - 1);
            assertThat(((DocumentException) thrown).problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo(textPath));
        }
    }

    /** Whether a site is a language of the unit of an indicator that a joint target is stated over. */
    private static boolean sharedUnit(ObjectNode tree, Site site) {
        java.util.regex.Matcher unit = Pattern.compile("indicators\\[(\\d+)]\\.unit\\.[^.]+").matcher(site.path());
        if (!unit.matches()) {
            return false;
        }
        String id = tree.path("indicators").path(Integer.parseInt(unit.group(1))).path("id").asText();
        for (JsonNode joint : tree.path("jointTargets")) {
            for (JsonNode over : joint.path("indicators")) {
                if (over.asText().equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Property(tries = 200)
    void renamingALanguageOfAText_readsAsBeforeInAnotherCaseAndOtherwiseFailsAtTheText(
            @ForAll("languagesOfTexts") Site site, @ForAll DocumentFormat format, @ForAll("renamings") Renaming renaming) {
        String newName = renaming.apply(site.name());
        ObjectNode tree = site.tree();
        renameInPlace(site.parent(tree), site.name(), newName);
        String document = DocumentWriter.text(tree, format);

        Throwable thrown = catchThrowable(() -> read(document, format));

        if (newName.equalsIgnoreCase(site.name())) {
            // "Zh" is the tag zh in another case, one language as BCP 47 has it: the document reads as
            // before (a joint target's indicators keep one unit), and is written with the tag as before.
            assertThat(thrown).isNull();
            ActionPlan plan = read(document, format);
            assertThat(plan).isEqualTo(read(DocumentWriter.text(site.tree(), format), format));
            assertThat((JsonNode) PlanDocuments.tree(plan)).isEqualTo(site.original());
        } else if (LANGUAGE_TAG.matcher(newName).matches()) {
            // "pt-BR2" has the form of a tag but names no region, and is refused at the text.
            if (thrown != null) {
                assertLocated(thrown);
                String textPath = site.path().substring(0, site.path().length() - site.name().length() - 1);
                assertThat(((DocumentException) thrown).problems()).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(textPath);
                    assertThat(p.message()).startsWith("'" + newName + "' is not a BCP 47 language tag");
                });
            }
        } else {
            assertLocated(thrown);
            String newPath = site.path().substring(0, site.path().length() - site.name().length()) + newName;
            assertThat(((DocumentException) thrown).problems()).anySatisfy(p -> {
                assertThat(p.path()).isEqualTo(newPath);
                assertThat(p.message()).startsWith("unknown field '" + newName + "'");
            });
        }
    }

    /** Renames a field of a mapping where it stands, so that a text's first language stays first. */
    private static void renameInPlace(ObjectNode mapping, String name, String newName) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(mapping.properties());
        mapping.removeAll();
        for (Map.Entry<String, JsonNode> field : fields) {
            mapping.set(field.getKey().equals(name) ? newName : field.getKey(), field.getValue());
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Site> fields() {
        return sites(site -> site.name() != null && !isLanguageOfAText(site));
    }

    @Provide
    Arbitrary<Site> requiredFields() {
        return sites(site -> site.name() != null && !OPTIONAL.contains(site.name()) && !site.value().isArray()
                && !isLanguageOfAText(site) && !isOptionalInAMilestone(site));
    }

    /**
     * Whether a site is a field that a MILESTONE may leave out: its comparison and value (done, 1),
     * and the unit, direction and method of the task's or item's target that states it.
     */
    private static boolean isOptionalInAMilestone(Site site) {
        JsonNode parent = site.container(site.original());
        boolean milestone = "MILESTONE".equals(parent.path("kind").asText())
                && (site.name().equals("comparison") || site.name().equals("value"));
        boolean stated = "MILESTONE".equals(parent.path("target").path("kind").asText())
                && (site.name().equals("unit") || site.name().equals("direction") || site.name().equals("method"));
        return milestone || stated;
    }

    @Provide
    Arbitrary<Site> languagesOfTexts() {
        return sites(PlanDocumentMutationProperties::isLanguageOfAText);
    }

    /**
     * Whether a site is one language of a text or of a unit's name: a mapping whose every key is a
     * language tag (beside a unit's negativeAllowed) keyed by that tag. Such keys are not fields of the
     * format but any language a text is given in.
     */
    private static boolean isLanguageOfAText(Site site) {
        if (site.name() == null || !LANGUAGE_TAG.matcher(site.name()).matches() || !site.value().isTextual()) {
            return false;
        }
        JsonNode parent = site.container(site.original());
        return parent.properties().stream().allMatch(f -> f.getKey().equals("negativeAllowed")
                || LANGUAGE_TAG.matcher(f.getKey()).matches() && f.getValue().isTextual());
    }

    @Provide
    Arbitrary<Site> optionalFields() {
        // A milestone's defaults (done, 1; the unit 完成) are written back in full, so those fields are left out here.
        return sites(site -> site.name() != null && (OPTIONAL.contains(site.name()) || site.value().isArray())
                && !isOptionalInAMilestone(site));
    }

    @Provide
    Arbitrary<Site> values() {
        return sites(site -> true);
    }

    @Provide
    Arbitrary<Renaming> renamings() {
        return Arbitraries.of(Renaming.values());
    }

    @Provide
    Arbitrary<Replacement> replacements() {
        return Arbitraries.integers().between(0, 3).map(Replacement::new);
    }

    private static Arbitrary<Site> sites(Predicate<Site> which) {
        return PlanArbitraries.actionPlans().flatMap(plan -> {
            ObjectNode tree = PlanDocuments.tree(plan);
            List<Site> sites = new ArrayList<>();
            collect(tree, tree, new ArrayList<>(), "", sites);
            List<Site> chosen = sites.stream().filter(which).toList();
            return Arbitraries.of(chosen);
        });
    }

    /** Collects every field and list element of a tree as a site, with the steps that lead to it. */
    private static void collect(ObjectNode root, JsonNode node, List<Object> steps, String path, List<Site> sites) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                List<Object> fieldSteps = new ArrayList<>(steps);
                fieldSteps.add(field.getKey());
                sites.add(new Site(root, List.copyOf(steps), field.getKey(), -1, fieldPath, field.getValue()));
                collect(root, field.getValue(), fieldSteps, fieldPath, sites);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String itemPath = path + "[" + i + "]";
                List<Object> itemSteps = new ArrayList<>(steps);
                itemSteps.add(i);
                sites.add(new Site(root, List.copyOf(steps), null, i, itemPath, node.get(i)));
                collect(root, node.get(i), itemSteps, itemPath, sites);
            }
        }
    }

    /**
     * A place in a plan's document tree: a field of a mapping (name set) or an item of a list (index
     * set), reached from the root by steps.
     */
    record Site(ObjectNode original, List<Object> steps, String name, int index, String path, JsonNode value) {

        /** A fresh copy of the whole tree to change. */
        ObjectNode tree() {
            return original.deepCopy();
        }

        /** The mapping or list in a copy of the tree that holds this site. */
        JsonNode container(ObjectNode tree) {
            JsonNode node = tree;
            for (Object step : steps) {
                node = step instanceof String field ? node.get(field) : node.get((Integer) step);
            }
            return node;
        }

        ObjectNode parent(ObjectNode tree) {
            return (ObjectNode) container(tree);
        }

        @Override
        public String toString() {
            return path + " = " + value;
        }
    }

    /** Ways to misspell a field name that never give another field's name. */
    enum Renaming {
        TRAILING_UNDERSCORE, CAPITALISED, PLURAL_OF_ANOTHER_WORD, WITH_DIGIT;

        String apply(String name) {
            return switch (this) {
                case TRAILING_UNDERSCORE -> name + "_";
                case CAPITALISED -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
                case PLURAL_OF_ANOTHER_WORD -> name + "Typo";
                case WITH_DIGIT -> name + "2";
            };
        }
    }

    /** A value of a different JSON type than the one it replaces; choice picks among the candidates. */
    record Replacement(int choice) {

        JsonNode wrongFor(JsonNode original) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            List<JsonNode> candidates = new ArrayList<>();
            if (original.getNodeType() != JsonNodeType.OBJECT) {
                candidates.add(nodes.objectNode().put("zh", "x"));
            }
            if (original.getNodeType() != JsonNodeType.ARRAY) {
                candidates.add(nodes.arrayNode().add("x"));
            }
            if (original.getNodeType() != JsonNodeType.BOOLEAN) {
                candidates.add(nodes.booleanNode(true));
            }
            if (original.getNodeType() == JsonNodeType.NUMBER || original.getNodeType() == JsonNodeType.BOOLEAN) {
                candidates.add(nodes.textNode("x"));
            } else if (original.getNodeType() != JsonNodeType.STRING) {
                // Not for text: a year span may be written as a number, so a number can be a right type there.
                candidates.add(nodes.numberNode(7));
            }
            return candidates.get(choice % candidates.size());
        }
    }

    // ---------------------------------------------------------------- reading

    private static ActionPlan read(String document, DocumentFormat format) {
        return PlanDocuments.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), format,
                "mutated." + format.name().toLowerCase());
    }

    /** Reads a changed tree, which must fail with located problems only, and returns them. */
    private static List<Problem> problemsOf(ObjectNode tree, DocumentFormat format) {
        String document = DocumentWriter.text(tree, format);
        Throwable thrown = catchThrowable(() -> read(document, format));
        assertLocated(thrown);
        return ((DocumentException) thrown).problems();
    }

    private static void assertLocated(Throwable thrown) {
        assertThat(thrown).isExactlyInstanceOf(DocumentException.class);
        assertThat(((DocumentException) thrown).problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.path()).isNotEmpty();
            assertThat(p.source()).startsWith("mutated.");
        });
    }
}
