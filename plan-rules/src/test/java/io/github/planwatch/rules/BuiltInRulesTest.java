package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.core.RuleBaseConfiguration.AssertBehaviour;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.conf.EqualityBehaviorOption;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** The built-in rules are loaded from the executable model that the build made, and are laid out as style.md asks. */
class BuiltInRulesTest {

    private static final Path SOURCES = Path.of("src/main/resources/io/github/planwatch/rules");
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    private static List<String> ruleNames(Path file) throws IOException {
        Matcher m = RULE.matcher(Files.readString(file));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void loadedFromTheExecutableModel_withoutAnyDrlOnTheClassPath() throws IOException {
        assertThat(BuiltInRules.models()).isNotEmpty()
                .allMatch(m -> m.getClass().getName().startsWith("io.github.planwatch.rules.Rules"));
        for (Path file : drlFiles()) {
            assertThat(getClass().getClassLoader().getResource("io/github/planwatch/rules/" + file.getFileName()))
                    .as("%s must not be on the class path: nothing may compile it at run time", file.getFileName()).isNull();
        }
    }

    /** kmodule.xml, which the build reads, and the rule base made at run time agree on how facts are told apart. */
    @Test
    void kmoduleXmlAndTheRuleBaseTellFactsApartAlike() throws IOException {
        String kmodule = Files.readString(Path.of("src/main/resources/META-INF/kmodule.xml"));
        assertThat(kmodule).contains("name=\"" + BuiltInRules.KIE_BASE + "\"")
                .contains("equalsBehavior=\"" + BuiltInRules.EQUALITY.name().toLowerCase(Locale.ROOT) + "\"");
        assertThat(((InternalKnowledgeBase) BuiltInRules.shared()).getRuleBaseConfiguration().getAssertBehaviour())
                .isEqualTo(BuiltInRules.EQUALITY == EqualityBehaviorOption.IDENTITY ? AssertBehaviour.IDENTITY
                        : AssertBehaviour.EQUALITY);
    }

    @Test
    void theRuleBaseHoldsEveryRuleOfTheSources() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Path file : drlFiles()) {
            expected.addAll(ruleNames(file));
        }
        Set<String> loaded = new TreeSet<>();
        BuiltInRules.shared().getKiePackages().forEach(p -> p.getRules().stream().map(Rule::getName).forEach(loaded::add));
        assertThat(loaded).isEqualTo(expected);
    }

    @Test
    void eachFileHasItsOwnPrefix_uniqueNames_andNoSalience() throws IOException {
        Map<String, Path> prefixes = new HashMap<>();
        Set<String> names = new TreeSet<>();
        for (Path file : drlFiles()) {
            List<String> fileNames = ruleNames(file);
            assertThat(fileNames).as(file.toString()).isNotEmpty();
            String prefix = fileNames.get(0).substring(0, fileNames.get(0).indexOf(": ") + 2);
            assertThat(fileNames).as(file.toString()).allMatch(n -> n.startsWith(prefix) && n.length() > prefix.length());
            assertThat(prefixes.put(prefix, file)).as("prefix %s is used by one file only", prefix).isNull();
            fileNames.forEach(n -> assertThat(names.add(n)).as("rule name %s is unique", n).isTrue());
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContainPattern("(?m)^\\s*salience\\b")
                    .doesNotContainPattern("\\bmodify\\s*\\(").doesNotContain("System.out").doesNotContain("System.err");
            assertThat(text).as(file.toString()).startsWith("package io.github.planwatch.rules;");
        }
        assertThat(prefixes).hasSize(drlFiles().size());
    }
}
