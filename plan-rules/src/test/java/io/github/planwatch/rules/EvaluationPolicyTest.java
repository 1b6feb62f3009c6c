package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvaluationPolicyTest {

    @Test
    void defaults_areTheMethodologys() {
        EvaluationPolicy p = EvaluationPolicy.defaults();
        assertThat(p.onTrackRatio()).isEqualTo(0.95);
        assertThat(p.accelerationNeededRatio()).isEqualTo(0.60);
        assertThat(p.limitedProgressRatio()).isEqualTo(0.0);
        assertThat(p.defaultRelativeTolerance()).isEqualByComparingTo("0.05");
        assertThat(p.zeroReplacement()).isEqualByComparingTo("0.001");
        assertThat(p.groupOnTrackScore()).isEqualTo(2.5);
        assertThat(p.groupAccelerationNeededScore()).isEqualTo(0.0);
        assertThat(p.groupLimitedProgressScore()).isEqualTo(-2.5);
        assertThat(p.staleYears()).isEqualTo(2);
        assertThat(p.leadUnitOverloadLimit()).isEqualTo(10);
        assertThat(p.keyWorkNoUpdateDays()).isEqualTo(180);
        assertThat(p.suspiciousJumpBound()).isEqualByComparingTo("0.5");
    }

    @Test
    void builder_startsFromTheDefaultsAndChangesWhatIsSet() {
        EvaluationPolicy p = EvaluationPolicy.builder().staleYears(3).suspiciousJumpBound(d("1")).build();
        assertThat(p).isEqualTo(new EvaluationPolicy(0.95, 0.60, 0.0, d("0.05"), d("0.001"), 3, 10, 180, d("1"), 2.5, 0.0, -2.5));
        assertThat(p.toBuilder().staleYears(2).suspiciousJumpBound(d("0.5")).build()).isEqualTo(EvaluationPolicy.defaults());
    }

    @Test
    void thresholdsOutOfOrder() {
        assertThatThrownBy(() -> EvaluationPolicy.builder().onTrackRatio(0.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio thresholds must be finite and strictly decreasing, got 0.5, 0.6, 0.0");
        assertThatThrownBy(() -> EvaluationPolicy.builder().groupLimitedProgressScore(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group score thresholds");
        assertThatThrownBy(() -> EvaluationPolicy.builder().groupOnTrackScore(6).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-5, 5]");
    }

    @Test
    void numbersOutOfRange() {
        assertThatThrownBy(() -> EvaluationPolicy.builder().zeroReplacement(d("0")).build())
                .hasMessage("zeroReplacement must be positive, got 0");
        assertThatThrownBy(() -> EvaluationPolicy.builder().staleYears(0).build()).hasMessage("staleYears must be at least 1, got 0");
        assertThatThrownBy(() -> EvaluationPolicy.builder().defaultRelativeTolerance(d("-0.1")).build())
                .hasMessage("defaultRelativeTolerance must not be negative, got -0.1");
        assertThatThrownBy(() -> EvaluationPolicy.builder().leadUnitOverloadLimit(-1).build())
                .hasMessage("leadUnitOverloadLimit must not be negative, got -1");
        assertThatThrownBy(() -> EvaluationPolicy.builder().keyWorkNoUpdateDays(-1).build())
                .hasMessage("keyWorkNoUpdateDays must not be negative, got -1");
        assertThatThrownBy(() -> EvaluationPolicy.builder().suspiciousJumpBound(d("0")).build())
                .hasMessage("suspiciousJumpBound must be positive, got 0");
        assertThatThrownBy(() -> EvaluationPolicy.builder().zeroReplacement(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("zeroReplacement");
    }
}
