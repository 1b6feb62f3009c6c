package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A run builds only the subcommand it names; every other command line, which may need to list,
 * suggest or describe them all, builds every one. Either way the command line says the same.
 */
class SubcommandsTest {

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertThat(Planwatch.subcommandsFor("evaluate", "--as-of", "2022")).containsExactly(EvaluateCommand.class);
        assertThat(Planwatch.subcommandsFor("--lang", "zh", "-v", "report", "--output", "r.html"))
                .containsExactly(ReportCommand.class);
        assertThat(Planwatch.subcommandsFor("--lang=zh", "show", "--format", "json")).containsExactly(ShowCommand.class);
    }

    @Test
    void everySubcommandIsBuiltWhereTheCommandLineNamesNoneOrCouldNeedThemAll() {
        assertThat(Planwatch.subcommandsFor()).hasSize(6);
        assertThat(Planwatch.subcommandsFor("--help")).hasSize(6);
        assertThat(Planwatch.subcommandsFor("--lang", "evaluate")).hasSize(6); // "evaluate" is the language here
        assertThat(Planwatch.subcommandsFor("evaluat")).hasSize(6);
        assertThat(Planwatch.subcommandsFor("completion", "bash")).hasSize(6);
    }

    @Test
    void aSubcommandBuiltAloneBehavesAsAmongAll() {
        for (String[] args : new String[][] {
                {"evaluate", "--help"}, {"show", "--help"}, {"--lang", "zh", "validate", "--help"},
                {"evaluate", "--nope"}, {"template", "--help"}, {"-v", "evaluate", "--as-of", "1800"},
                {"show", "--format", "html"}, {"--lang", "zh", "report", "--as-of", "x"}}) {
            Cli.Run alone = Cli.run(args);
            Cli.Run amongAll = Cli.run(Planwatch.chinese(args), cl -> { }, args);
            assertThat(alone.status()).as(String.join(" ", args)).isEqualTo(amongAll.status());
            assertThat(alone.out()).as(String.join(" ", args)).isEqualTo(amongAll.out());
            assertThat(alone.err()).as(String.join(" ", args)).isEqualTo(amongAll.err());
        }
    }
}
