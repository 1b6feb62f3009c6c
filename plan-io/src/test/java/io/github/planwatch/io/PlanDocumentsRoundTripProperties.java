package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a plan and reading it back gives the same plan, in either format. */
class PlanDocumentsRoundTripProperties {

    @Provide
    Arbitrary<ActionPlan> plans() {
        return PlanArbitraries.actionPlans();
    }

    @Property(tries = 200)
    void yaml_roundTripGivesAnEqualPlan(@ForAll("plans") ActionPlan plan) {
        String yaml = PlanDocuments.toYaml(plan);
        assertThat(readYaml(yaml)).isEqualTo(plan);
    }

    @Property(tries = 200)
    void json_roundTripGivesAnEqualPlan(@ForAll("plans") ActionPlan plan) {
        String json = PlanDocuments.toJson(plan);
        assertThat(readJson(json)).isEqualTo(plan);
    }

    @Property(tries = 50)
    void writingAYamlDocumentAgain_givesTheSameText(@ForAll("plans") ActionPlan plan) {
        String yaml = PlanDocuments.toYaml(plan);
        assertThat(PlanDocuments.toYaml(readYaml(yaml))).isEqualTo(yaml);
        assertThat(PlanDocuments.toJson(readJson(PlanDocuments.toJson(plan)))).isEqualTo(PlanDocuments.toJson(plan));
    }

    @Property(tries = 30)
    void files_roundTripInTheFormatTheirExtensionNames(@ForAll("plans") ActionPlan plan) throws IOException {
        Path directory = Files.createTempDirectory("planwatch-round-trip");
        try {
            for (String name : new String[] {"plan.yaml", "plan.yml", "plan.json", "PLAN.JSON"}) {
                Path file = directory.resolve(name);
                PlanDocuments.write(plan, file);
                assertThat(PlanDocuments.read(file)).isEqualTo(plan);
                String expected = name.toLowerCase().endsWith(".json") ? PlanDocuments.toJson(plan)
                        : PlanDocuments.toYaml(plan);
                assertThat(Files.readString(file)).isEqualTo(expected);
                Files.delete(file);
            }
            try (var left = Files.list(directory)) {
                assertThat(left).isEmpty();
            }
        } finally {
            Files.deleteIfExists(directory);
        }
    }

    static ActionPlan readYaml(String yaml) {
        return PlanDocuments.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "plan.yaml");
    }

    static ActionPlan readJson(String json) {
        return PlanDocuments.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "plan.json");
    }
}
