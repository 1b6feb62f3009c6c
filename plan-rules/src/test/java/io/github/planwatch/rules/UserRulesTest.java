package io.github.planwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Problem;

/** Rule files of one's own cannot take the built-in rules' place, and every error in them is located. */
class UserRulesTest {

    private static final Path RULES = Path.of("src/test/resources/user-rules");

    @TempDir
    Path directory;

    @Test
    void aPackageInACommentBeforeTheBuiltInOne_doesNotGetPastTheGuard() {
        Path file = RULES.resolve("decoy-package.drl");

        RuleCompilationException ex = catchThrowableOfType(RuleCompilationException.class,
                () -> PlanEvaluator.builder().rules(file).build());

        assertThat(ex.problems()).extracting(Problem::line, Problem::message).contains(
                org.assertj.core.groups.Tuple.tuple(2, "must not declare the built-in rules' package io.github.planwatch.rules;"
                        + " use a package of your own"));
    }

    @Test
    void aRuleNamedAsABuiltInRule_isRefusedInAnyPackage_andTheBuiltInRulesStillFire() {
        Path file = RULES.resolve("built-in-name.drl");

        RuleCompilationException ex = catchThrowableOfType(RuleCompilationException.class,
                () -> PlanEvaluator.builder().rules(file).build());

        assertThat(ex.problems()).extracting(Problem::line).containsExactly(3, 8);
        assertThat(ex.problems()).allSatisfy(p -> assertThat(p.message()).endsWith("has the name of a built-in rule;"
                + " give it a name of its own"));
    }

    @Test
    void aFileThatIsNotUtf8_isRefusedWithTheLineAndColumnOfTheFirstBadByte() throws IOException {
        byte[] drl = "package org.example.latin;\n\nrule \"caf\u00e9\"\nwhen\nthen\nend\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(directory.resolve("latin1.drl"), drl);

        RuleCompilationException ex = catchThrowableOfType(RuleCompilationException.class,
                () -> PlanEvaluator.builder().rules(file).build());

        assertThat(ex.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).startsWith("is not UTF-8: the byte 0xE9");
        });
    }

    @Test
    void everyErrorOfAFile_isReportedWithItsLine() {
        Path file = RULES.resolve("many-errors.drl");

        RuleCompilationException ex = catchThrowableOfType(RuleCompilationException.class,
                () -> PlanEvaluator.builder().rules(file).build());

        assertThat(ex.problems()).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo(file.toString());
            assertThat(p.message()).doesNotContain("\n");
        }).extracting(Problem::line).contains(7, 13);
    }

    @Test
    void aParseError_isReportedWithItsLineAndColumn() {
        Path file = RULES.resolve("broken-syntax.drl");

        RuleCompilationException ex = catchThrowableOfType(RuleCompilationException.class,
                () -> PlanEvaluator.builder().rules(file).build());

        assertThat(ex.problems()).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void withoutTheDrlCompiler_ownRulesAreRefusedNamingTheModuleToAdd() {
        ClassLoader withoutCompiler = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
        };

        assertThatThrownBy(() -> UserRules.requireCompiler(withoutCompiler))
                .isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageStartingWith("rules of one's own need the run-time DRL compiler: add the dependency "
                        + "io.github.planwatch:plan-rules-drl beside plan-rules (missing: ")
                .hasMessageContaining("ecj");
        UserRules.requireCompiler(UserRules.class.getClassLoader());
    }
}
