package io.github.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Language;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetBasis;
import io.github.planwatch.model.TargetKind;

/** A target stated relative to the baseline reads as stated, and falls short of the level it resolves to. */
class RelativeTargetTermsTest {

    private static final Target DOUBLE = Target.relative("x-2025", 2025, Comparison.AT_LEAST,
            TargetBasis.MULTIPLE_OF_BASELINE, new BigDecimal("2"));
    private static final Target LESS = Target.relative("x-2025", 2025, Comparison.AT_MOST,
            TargetBasis.PERCENT_CHANGE_FROM_BASELINE, new BigDecimal("-20"));

    @Test
    void describe_saysTheMultipleOrTheChange_ofTheBaseline() {
        assertThat(new Terms(Language.EN).describe(DOUBLE, true)).isEqualTo("≥ 2 × baseline");
        assertThat(new Terms(Language.ZH).describe(DOUBLE, true)).isEqualTo("≥ 基期值×2");
        assertThat(new Terms(Language.EN).describe(LESS, true)).isEqualTo("≤ baseline -20%");
        assertThat(new Terms(Language.EN).describe(DOUBLE, false)).isEqualTo("≥ 2 × baseline");
    }

    @Test
    void shortfall_isMeasuredFromTheResolvedLevel() {
        // Double 1250 is 2500: a value of 2000 falls 500 short, not 1998.
        Assessment a = Assessment.builder().targetId("x-2025").subjectId("x").ownerKind(SubjectKind.INDICATOR).ownerId("x")
                .kind(TargetKind.LEVEL).targetYear(2025).status(Status.MISSED).score(-5.0).method(ProgressMethod.LINEAR)
                .targetValue(new BigDecimal("2")).targetLevel(new BigDecimal("2500")).build();
        assertThat(Texts.shortfall(DOUBLE, a, new BigDecimal("2000"))).isEqualByComparingTo("500");
    }
}
