package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Indicator;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.Target;

/**
 * The plan writer never writes what the reader would refuse: a plan of 6,000 indicators, larger as
 * a document than the limit a plan is read with, is refused when written, naming the setting that
 * raises the limit, and no file is left behind; a plan within the limit is written and reads back.
 */
class PlanSizeLimitTest {

    @TempDir
    Path directory;

    @Test
    void aPlanLargerThanTheReaderAllows_isRefusedWhenWritten_andNoFileIsLeft() {
        ActionPlan big = withIndicators(6000);
        Path file = directory.resolve("big.yaml");

        assertThatThrownBy(() -> PlanDocuments.write(big, file)).isExactlyInstanceOf(PlanwatchException.class)
                .hasMessageContaining("more than the limit of " + DocumentTree.maxDocumentBytes()
                        + " bytes that reading it back allows")
                .hasMessageContaining("-Dplanwatch.maxDocumentBytes=BYTES");
        assertThat(file).doesNotExist();
    }

    @Test
    void aPlanWithinTheLimit_isWrittenAndReadsBackEqual() throws Exception {
        ActionPlan plan = withIndicators(300);
        Path file = directory.resolve("plan.yaml");

        PlanDocuments.write(plan, file);

        assertThat(Files.size(file)).isLessThanOrEqualTo(DocumentTree.maxDocumentBytes());
        assertThat(PlanDocuments.read(file)).isEqualTo(plan);
    }

    /** The Shaoxing plan with its indicators replaced by copies of its first one (BindingBesideCheckTest reads it too). */
    static ActionPlan withIndicators(int n) {
        ActionPlan shaoxing = PlanDocuments.shaoxing();
        Indicator model = shaoxing.indicators().get(0);
        List<Indicator> copies = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String id = "i" + i;
            copies.add(new Indicator(id, i, model.category(), model.name(), model.unit(), model.direction(),
                    model.method(), model.baseline(), List.of(Target.level(id + "-2022", 2022, Comparison.AT_LEAST,
                    BigDecimal.valueOf(6800)))));
        }
        return shaoxing.toBuilder().indicators(copies).build();
    }
}
