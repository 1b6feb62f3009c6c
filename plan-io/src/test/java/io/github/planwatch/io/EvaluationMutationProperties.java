package io.github.planwatch.io;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.planwatch.model.Evaluation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A valid evaluation document changed at random (bytes flipped, dropped or put in, lines cut,
 * doubled or swapped, fields swapped, the document cut short) either still reads or fails with a
 * {@link DocumentException} whose every problem is located; never anything else.
 */
class EvaluationMutationProperties {

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return EvaluationArbitraries.evaluations();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutation.series();
    }

    @Property(tries = 1500)
    void mutatedEvaluation_readsOrFailsLocated(@ForAll("evaluations") Evaluation evaluation,
                                               @ForAll("mutations") List<Mutation> mutations) {
        byte[] file = Mutation.applyAll(EvaluationDocuments.toJson(evaluation).getBytes(StandardCharsets.UTF_8), mutations);

        DataDocumentMutationProperties.loadsOrFailsLocated(DataFormat.JSON,
                in -> EvaluationDocuments.read(in, "mutated"), file);
    }
}
