package io.github.planwatch.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

import io.github.planwatch.model.Problem;

/**
 * Compiles rule files of one's own and adds them to a rule base beside the built-in rules.
 *
 * <p>DRL is code: a rule's actions run arbitrary Java with the rights of the program. Files are read
 * only from the paths the caller names, and should come only from a place the caller trusts.
 */
final class UserRules {

    /** The built-in rules' package, which a file of one's own may not join (its rules could replace built-in ones). */
    private static final String BUILT_IN_PACKAGE = "io.github.planwatch.rules";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    private UserRules() {
    }

    /**
     * Compiles the files and adds their rules to the base.
     *
     * @throws RuleCompilationException listing every file that cannot be read or does not compile, and every error
     */
    static void addTo(KieBase base, List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(base);
        for (Path file : files) {
            String source = file.toString();
            byte[] drl;
            try {
                drl = Files.readAllBytes(file);
            } catch (NoSuchFileException ex) {
                problems.add(new Problem(source, 0, 0, "", "cannot be read: there is no such file"));
                continue;
            } catch (IOException | SecurityException ex) {
                problems.add(new Problem(source, 0, 0, "", "cannot be read: " + ex.getMessage()));
                continue;
            }
            String text = new String(drl, StandardCharsets.UTF_8);
            Matcher declared = PACKAGE.matcher(text);
            if (declared.find() && declared.group(1).equals(BUILT_IN_PACKAGE)) {
                problems.add(new Problem(source, lineOf(text, declared.start(1)), 0, "",
                        "must not declare the built-in rules' package " + BUILT_IN_PACKAGE + "; use a package of your own"));
                continue;
            }
            builder.add(ResourceFactory.newByteArrayResource(drl).setSourcePath(source), ResourceType.DRL);
        }
        for (KnowledgeBuilderResult error : builder.getErrors()) {
            String source = error.getResource() == null || error.getResource().getSourcePath() == null ? ""
                    : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 0;
            problems.add(new Problem(source, line, 0, "", error.getMessage().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException("rule files of one's own could not be compiled", problems);
        }
        // The builder also hands back the base's own packages; adding those again would replace every
        // built-in rule by itself (and Drools cannot remove a rule with conditional branches).
        ((InternalKnowledgeBase) base).addPackages(builder.getKnowledgePackages().stream()
                .filter(p -> !p.getName().equals(BUILT_IN_PACKAGE)).toList());
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
