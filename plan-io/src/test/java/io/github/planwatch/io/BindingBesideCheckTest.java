package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Problem;

/**
 * A large plan is bound on a second thread while its schema is checked; that changes nothing a
 * reader sees: the same plan from a whole document, and the same problems, in the same order and
 * places, from a broken one, as reading it step after step on one thread.
 */
class BindingBesideCheckTest {

    /** A plan of 300 indicators, with a few hundred values more than the Shaoxing plan's per indicator copied. */
    private static final ActionPlan PLAN = withIndicators(300);
    private static final String YAML = PlanDocuments.toYaml(PLAN);

    @ParameterizedTest
    @ValueSource(strings = {"whole", "schema", "model", "span", "schema and model"})
    void bindingBesideTheCheck_readsAsOneThreadDoes(String broken) {
        String document = broken(broken);

        Result beside = read(document, 0);
        Result alone = read(document, Integer.MAX_VALUE);

        assertThat(beside).isEqualTo(alone);
        if (broken.equals("whole")) {
            assertThat(beside.plan()).isEqualTo(PLAN);
        } else {
            assertThat(beside.problems()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"whole", "model"})
    void aPlanOfTwoThousandSeries_isLargeEnoughToBeBoundBesideItsCheck(String broken) {
        // The Shaoxing plan's indicators copied have about 35 values each; a plan of 2,000 series is past the bound.
        ActionPlan large = withIndicators(2000);
        String whole = PlanDocuments.toYaml(large);
        DocumentTree.Parsed parsed = DocumentTree.parse(new ByteArrayInputStream(whole.getBytes(StandardCharsets.UTF_8)),
                DocumentFormat.YAML, "large.yaml", Messages.of("what.plan"), DocumentTree.NumberLimits.FIGURES);
        String document = broken.equals("whole") ? whole : whole.replace("- id: i1500\n", "- id: i1499\n");

        Result read = read(document, PlanDocuments.BIND_BESIDE_CHECK_VALUES);

        assertThat(parsed.places().valueCount()).isGreaterThan(PlanDocuments.BIND_BESIDE_CHECK_VALUES);
        assertThat(read).isEqualTo(read(document, Integer.MAX_VALUE));
        assertThat(read.plan()).isEqualTo(broken.equals("whole") ? large : null);
    }

    /** The document, whole or broken: against the schema, against a rule of the model, or both. */
    private static String broken(String how) {
        String document = YAML;
        if (how.contains("schema")) {
            document = replaceNth(document, "    direction: HIGHER_IS_BETTER\n", 250, "    direction: HIGHER\n");
            document = replaceNth(document, "    number: 7\n", 1, "    number: seven\n");
        }
        if (how.contains("model")) {
            document = document.replace("- id: i250\n", "- id: i249\n");
        }
        if (how.equals("span")) {
            document = replaceNth(document, "        years: 2022\n", 120, "        years: 2022-2020\n");
        }
        assertThat(document.equals(YAML)).isEqualTo(how.equals("whole"));
        return document;
    }

    private static String replaceNth(String text, String what, int n, String with) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(what, at + 1);
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    /** What a read gave: the plan, or the problems. */
    private record Result(ActionPlan plan, List<Problem> problems) {
    }

    private static Result read(String document, int bindBesideCheckValues) {
        DocumentException failure = catchThrowableOfType(DocumentException.class, () -> PlanDocuments.read(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), DocumentFormat.YAML, "plan.yaml",
                bindBesideCheckValues));
        if (failure != null) {
            return new Result(null, failure.problems());
        }
        return new Result(PlanDocuments.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                DocumentFormat.YAML, "plan.yaml", bindBesideCheckValues), List.of());
    }

    private static ActionPlan withIndicators(int n) {
        return PlanSizeLimitTest.withIndicators(n);
    }
}
