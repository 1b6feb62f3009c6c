package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.planwatch.examples.PolicyThresholds;
import io.github.planwatch.io.DataDocuments;
import io.github.planwatch.io.PlanDocuments;

/** The demo data says in itself that it is illustrative, lives apart from the sourced figures, and reads. */
class DemoDataTest {

    private static final Path DEMO = Path.of("src/main/resources/demo");

    @Test
    void keyWorkUpdates_areLabelledIllustrative_andReadAgainstThePlan() throws IOException {
        Path file = DEMO.resolve("key-work-updates-illustrative.yaml");

        assertThat(Files.readString(file)).startsWith("# ILLUSTRATIVE").contains("NOT sourced");
        assertThat(DataDocuments.KEY_WORK_UPDATES.read(file, PlanDocuments.shaoxing())).hasSize(46)
                .allSatisfy(u -> assertThat(u.note()).isEqualTo("illustrative"));
    }

    @Test
    void strictPolicy_isLabelledIllustrative_andIsTheExampleProgramsPolicy() throws IOException {
        Path file = DEMO.resolve("policy-strict.yaml");

        assertThat(Files.readString(file)).startsWith("# An ILLUSTRATIVE");
        assertThat(PolicyFile.read(file)).isEqualTo(PolicyThresholds.STRICT);
    }

    @Test
    void report_withTheIllustrativeUpdates_saysWhereTheyCameFrom() throws IOException {
        Path out = Files.createTempFile("report", ".md");
        try {
            Cli.Run run = Cli.run("report", "--format", "md", "--output", out.toString(),
                    "--updates", DEMO.resolve("key-work-updates-illustrative.yaml").toString());

            assertThat(run.status()).isZero();
            assertThat(Files.readString(out)).contains("46 key-work reports (src/main/resources/demo/key-work-updates-illustrative.yaml)",
                    "| 2020-12-31 done (illustrative) |");
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
