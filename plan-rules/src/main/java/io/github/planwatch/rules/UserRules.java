package io.github.planwatch.rules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/**
 * Compiles rule files of one's own and adds them to a rule base beside the built-in rules.
 *
 * <p>DRL is code: a rule's actions run arbitrary Java with the rights of the program. Files are read
 * only from the paths the caller names, and should come only from a place the caller trusts. A file
 * may neither join the built-in rules' package nor name a rule as a built-in rule is named: either
 * would let it replace a built-in rule. The package is read as the DRL compiler reads it (by its
 * parser), so that a {@code package} in a comment or a string does not count.
 *
 * <p>The run-time DRL compiler is not a dependency of plan-rules for its users (the built-in rules
 * are precompiled): compiling needs the module {@value #DRL_MODULE} on the class path, and without
 * it {@link #addTo} says so.
 */
final class UserRules {

    /** The built-in rules' package, which a file of one's own may not join (its rules could replace built-in ones). */
    static final String BUILT_IN_PACKAGE = "io.github.planwatch.rules";

    /** The module that brings the run-time DRL compiler. */
    static final String DRL_MODULE = "io.github.planwatch:plan-rules-drl";

    /** A class of each library that compiling DRL at run time needs, and which plan-rules alone does not bring. */
    private static final Map<String, String> COMPILER_PARTS = Map.of(
            "org.eclipse.jdt.internal.compiler.Compiler", "ecj",
            "org.antlr.runtime.Parser", "antlr-runtime (ANTLR 3)",
            "com.github.javaparser.JavaParser", "javaparser-core",
            "org.drools.model.codegen.ExecutableModelProject", "drools-model-codegen",
            "org.drools.mvel.parser.MvelParser", "drools-mvel-parser",
            "org.drools.mvelcompiler.MvelCompiler", "drools-mvel-compiler");

    private UserRules() {
    }

    /**
     * Compiles the files and adds their rules to the base.
     *
     * @throws RuleCompilationException listing every file that cannot be read or does not compile, and every error
     * @throws PlanwatchException if the DRL compiler is not on the class path, naming the module to add
     */
    static void addTo(KieBase base, List<Path> files) {
        requireCompiler(UserRules.class.getClassLoader());
        Set<String> builtInRules = ruleNames(base.getKiePackage(BUILT_IN_PACKAGE));
        List<Problem> problems = new ArrayList<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(base);
        for (Path file : files) {
            String source = file.toString();
            byte[] drl;
            try {
                drl = Files.readAllBytes(file);
            } catch (IOException | SecurityException ex) {
                problems.add(new Problem(source, 0, 0, "", "cannot be read: " + reason(ex)));
                continue;
            }
            String text = decode(drl, source, problems);
            if (text != null && admissible(text, source, builtInRules, problems)) {
                builder.add(ResourceFactory.newByteArrayResource(drl).setSourcePath(source), ResourceType.DRL);
            }
        }
        for (KnowledgeBuilderResult error : builder.getErrors()) {
            problems.add(problem(error, ""));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException("rule files of one's own could not be compiled", problems);
        }
        // The builder also hands back the base's own packages; adding those again would replace every
        // built-in rule by itself (and Drools cannot remove a rule with conditional branches).
        ((InternalKnowledgeBase) base).addPackages(builder.getKnowledgePackages().stream()
                .filter(p -> !p.getName().equals(BUILT_IN_PACKAGE)).toList());
    }

    /**
     * Fails, naming the module to add, where a part of the run-time DRL compiler cannot be loaded.
     *
     * @param loader  where to look, not null
     * @throws PlanwatchException if a part is missing
     */
    static void requireCompiler(ClassLoader loader) {
        Set<String> missing = new TreeSet<>();
        COMPILER_PARTS.forEach((className, library) -> {
            try {
                Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError ex) {
                missing.add(library);
            }
        });
        if (!missing.isEmpty()) {
            throw new PlanwatchException("rules of one's own need the run-time DRL compiler: add the dependency "
                    + DRL_MODULE + " beside plan-rules (missing: " + String.join(", ", missing) + ")");
        }
    }

    /** Decodes the file as UTF-8, refusing it at the first byte that is not, with its line and column. */
    private static String decode(byte[] drl, String source, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(drl);
        CharBuffer out = CharBuffer.allocate(drl.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String decoded = out.toString();
        if (result.isError()) {
            int line = 1 + (int) decoded.chars().filter(c -> c == '\n').count();
            int column = decoded.length() - decoded.lastIndexOf('\n');
            problems.add(new Problem(source, line, column, "", String.format(
                    "is not UTF-8: the byte 0x%02X at offset %d does not begin or continue a character",
                    drl[in.position()] & 0xFF, in.position())));
            return null;
        }
        return decoded;
    }

    /** Parses the file as the compiler will, and refuses a built-in package or rule name; lists every parse error. */
    private static boolean admissible(String text, String source, Set<String> builtInRules, List<Problem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(false, text);
        } catch (DroolsParserException ex) {
            problems.add(new Problem(source, Math.max(ex.getLineNumber(), 0), Math.max(ex.getColumn(), 0), "",
                    ex.getMessage().strip()));
            return false;
        }
        if (parser.hasErrors()) {
            parser.getErrors().forEach(e -> problems.add(problem(e, source)));
            return false;
        }
        if (parsed == null) {
            problems.add(new Problem(source, 1, 1, "", "holds no package and no rule that the DRL parser can read"));
            return false;
        }
        boolean admissible = true;
        if (BUILT_IN_PACKAGE.equals(parsed.getName())) {
            problems.add(new Problem(source, Math.max(parsed.getLine(), 1), Math.max(parsed.getColumn(), 0), "",
                    "must not declare the built-in rules' package " + BUILT_IN_PACKAGE + "; use a package of your own"));
            admissible = false;
        }
        for (RuleDescr rule : parsed.getRules()) {
            if (builtInRules.contains(rule.getName())) {
                problems.add(new Problem(source, Math.max(rule.getLine(), 1), Math.max(rule.getColumn(), 0), "",
                        "the rule \"" + rule.getName() + "\" has the name of a built-in rule; give it a name of its own"));
                admissible = false;
            }
        }
        return admissible;
    }

    /** A compiler's or parser's error as a problem, with the line and, where the error knows it, the column. */
    private static Problem problem(KnowledgeBuilderResult error, String fallbackSource) {
        String source = error.getResource() == null || error.getResource().getSourcePath() == null ? fallbackSource
                : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 0;
        int column = error instanceof ParserError p && p.getCol() > 0 ? p.getCol() : 0;
        // The compiler's messages run over several lines; a problem is one line.
        String message = error.getMessage() == null ? "" : error.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return new Problem(source, line, column, "", message);
    }

    private static Set<String> ruleNames(KiePackage builtIn) {
        return builtIn == null ? Set.of() : builtIn.getRules().stream().map(Rule::getName).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Says why a file could not be read: some of the JDK's messages are only the file's name. plan-io's
     * AtomicFiles says the same for its files; plan-rules does not depend on plan-io.
     */
    private static String reason(Exception ex) {
        if (ex instanceof NoSuchFileException) {
            return "there is no such file";
        }
        if (ex instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (ex instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return ex.getMessage() == null ? "an unexpected failure" : ex.getMessage();
    }
}
