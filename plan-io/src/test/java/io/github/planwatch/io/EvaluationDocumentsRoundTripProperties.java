package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.github.planwatch.model.Evaluation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An evaluation written as JSON reads back as an equal evaluation, and writes again as the same text. */
class EvaluationDocumentsRoundTripProperties {

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return EvaluationArbitraries.evaluations();
    }

    @Property(tries = 300)
    void json_readsBackAsAnEqualEvaluation(@ForAll("evaluations") Evaluation evaluation) {
        String json = EvaluationDocuments.toJson(evaluation);

        Evaluation read = EvaluationDocuments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json");

        assertThat(read).isEqualTo(evaluation);
        assertThat(EvaluationDocuments.toJson(read)).isEqualTo(json);
    }
}
