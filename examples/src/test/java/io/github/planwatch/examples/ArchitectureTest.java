package io.github.planwatch.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the modules' directions true: the model depends on nothing, io and rules never on each other. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.planwatch");
    }

    @Test
    void model_dependsOnNoOtherModuleOrLibrary() {
        noClasses().that().resideInAPackage("io.github.planwatch.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.planwatch.io..", "io.github.planwatch.rules..", "io.github.planwatch.examples..", "io.github.planwatch.cli..",
                        "com.fasterxml..", "org.drools..", "org.kie..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void examplePrograms_useOnlyThePublicLibrary_notTheCommandsInsides() {
        noClasses().that().resideInAPackage("io.github.planwatch.examples..")
                .should().dependOnClassesThat().resideInAPackage("io.github.planwatch.cli..")
                .check(classes);
    }

    @Test
    void io_doesNotDependOnRules() {
        noClasses().that().resideInAPackage("io.github.planwatch.io..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.planwatch.rules..",
                        "io.github.planwatch.examples..", "io.github.planwatch.cli..", "org.drools..", "org.kie..")
                .check(classes);
    }

    @Test
    void report_dependsOnTheModelAlone_notOnReadingOrJudging() {
        noClasses().that().resideInAPackage("io.github.planwatch.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.planwatch.io..", "io.github.planwatch.rules..",
                        "io.github.planwatch.examples..", "io.github.planwatch.cli..", "org.drools..", "org.kie..",
                        "com.fasterxml..")
                .check(classes);
    }

    @Test
    void rules_doNotDependOnIo() {
        noClasses().that().resideInAPackage("io.github.planwatch.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.planwatch.io..",
                        "io.github.planwatch.examples..", "io.github.planwatch.cli..", "com.fasterxml.jackson.dataformat..")
                .check(classes);
    }
}
