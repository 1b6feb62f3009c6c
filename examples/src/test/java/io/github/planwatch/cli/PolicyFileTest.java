package io.github.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.planwatch.io.DocumentException;
import io.github.planwatch.model.Problem;
import io.github.planwatch.rules.EvaluationPolicy;

/** Policy files: every component of the policy can be set, the rest keep their defaults, every mistake is located. */
class PolicyFileTest {

    @TempDir
    Path directory;

    @Test
    void everySetting_isReadIntoThePolicy() throws IOException {
        Path file = Files.writeString(directory.resolve("policy.yaml"), """
                schemaVersion: 1
                onTrackRatio: 0.9
                accelerationNeededRatio: 0.5
                limitedProgressRatio: -0.1
                defaultRelativeTolerance: 0.1
                zeroReplacement: 0.01
                staleYears: 3
                leadUnitOverloadLimit: 12
                keyWorkNoUpdateDays: 90
                suspiciousJumpBound: 1
                groupOnTrackScore: 3
                groupAccelerationNeededScore: 1
                groupLimitedProgressScore: -2
                suspiciousJumpPoints: 15
                minimumCoverage: 0.75
                """);

        EvaluationPolicy policy = PolicyFile.read(file);

        assertThat(policy).isEqualTo(new EvaluationPolicy(0.9, 0.5, -0.1, new BigDecimal("0.1"), new BigDecimal("0.01"),
                3, 12, 90, new BigDecimal("1"), 3, 1, -2, new BigDecimal("15"), 0.75));
        assertThat(PolicyFile.names()).hasSize(EvaluationPolicy.class.getRecordComponents().length);
    }

    @Test
    void settingsLeftOut_keepTheirDefaults() throws IOException {
        Path file = Files.writeString(directory.resolve("policy.json"), "{\"schemaVersion\": 1, \"staleYears\": 4}");

        assertThat(PolicyFile.read(file)).isEqualTo(EvaluationPolicy.builder().staleYears(4).build());
    }

    @Test
    void everyMistake_isReportedAtOnceAtItsPlace() throws IOException {
        Path file = Files.writeString(directory.resolve("policy.yaml"), """
                schemaVersion: 1
                onTrackRatio: 0.5
                staleYears: 0
                suspiciousJumpBound: -1
                keyWorkNoUpdateDays: ninety
                groupOnTrackScore: 6
                onTrackRatoi: 1
                """);

        DocumentException ex = catchThrowableOfType(DocumentException.class, () -> PolicyFile.read(file));

        assertThat(ex.problems()).extracting(Problem::line, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "onTrackRatio"),
                org.assertj.core.groups.Tuple.tuple(3, "staleYears"),
                org.assertj.core.groups.Tuple.tuple(4, "suspiciousJumpBound"),
                org.assertj.core.groups.Tuple.tuple(5, "keyWorkNoUpdateDays"),
                org.assertj.core.groups.Tuple.tuple(6, "groupOnTrackScore"),
                org.assertj.core.groups.Tuple.tuple(7, "onTrackRatoi"));
        assertThat(ex.problems().get(0).message()).contains("strictly decreasing");
        assertThat(ex.problems().get(1).message()).isEqualTo("must be at least 1, got 0");
        assertThat(ex.problems().get(3).message()).isEqualTo("expected a whole number, found the text 'ninety'");
        assertThat(ex.problems().get(5).message()).contains("did you mean 'onTrackRatio'?");
    }

    /** The range and order of each setting are said in Chinese too, at the setting's line and column. */
    @Test
    void rangesAndOrders_areSaidInChinese_atTheirPlace() throws IOException {
        Path file = Files.writeString(directory.resolve("policy.yaml"), """
                schemaVersion: 1
                onTrackRatio: 0.5
                staleYears: 0
                minimumCoverage: 2
                groupOnTrackScore: 6
                """);

        DocumentException ex = catchThrowableOfType(DocumentException.class, () -> PolicyFile.read(file));

        assertThat(ex.problems()).extracting(p -> p.toString(Locale.CHINESE)).containsExactly(
                file + ":2:15: onTrackRatio: 进度比阈值应为有限数且严格递减，实为0.5、0.6、0.0",
                file + ":3:13: staleYears: 应不小于1，实为0",
                file + ":4:18: minimumCoverage: 应在[0, 1]之内，实为2.0",
                file + ":5:20: groupOnTrackScore: 分组得分阈值应在[-5, 5]之内，实为6.0和-2.5");
    }
}
