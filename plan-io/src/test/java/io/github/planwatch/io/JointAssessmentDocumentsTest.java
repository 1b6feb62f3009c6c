package io.github.planwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.BaseSource;
import io.github.planwatch.model.Combination;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.GroupKind;
import io.github.planwatch.model.GroupSummary;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.SubjectKind;
import io.github.planwatch.model.TargetKind;

/** The assessment of a joint target, with its members, in an evaluation document. */
class JointAssessmentDocumentsTest {

    private static Assessment member(String indicator, Status status, double score, BigDecimal latest) {
        return Assessment.builder().targetId("both." + indicator).subjectId(indicator).ownerKind(SubjectKind.INDICATOR)
                .ownerId(indicator).kind(TargetKind.LEVEL).targetYear(2022).status(status).score(score)
                .ratio(score / 5).method(ProgressMethod.LINEAR).baseSource(BaseSource.BASELINE).baseYear(2019)
                .baseValue(new BigDecimal("60")).latestYear(2021).latestValue(latest).targetValue(new BigDecimal("70"))
                .build();
    }

    @Test
    void jointAssessment_readsBackAsWritten_andOtherAssessmentsAreWrittenAsBefore() {
        Assessment employment = member("employment", Status.ON_TRACK, 4.0, new BigDecimal("67"));
        Assessment participation = member("participation", Status.LIMITED_PROGRESS, -1.0, new BigDecimal("61"));
        Assessment joint = participation.toBuilder().targetId("both").subjectId("both").ownerKind(SubjectKind.PLAN)
                .ownerId("p").combine(Combination.ALL_OF).decidedBy("participation")
                .members(List.of(employment, participation)).build();
        Evaluation evaluation = new Evaluation("p", 2021, LocalDate.of(2021, 12, 31), List.of(employment, joint),
                List.of(), List.of(new GroupSummary(GroupKind.PLAN, "p", 1.5, Status.ACCELERATION_NEEDED,
                        Map.of(Status.ON_TRACK, 1, Status.LIMITED_PROGRESS, 1))));

        String json = EvaluationDocuments.toJson(evaluation);
        Evaluation read = EvaluationDocuments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "e.json");

        assertThat(read).isEqualTo(evaluation);
        assertThat(json).contains("\"jointTargets\"", "\"decidedBy\": \"participation\"", "\"members\"");
        String alone = EvaluationDocuments.toJson(new Evaluation("p", 2021, LocalDate.of(2021, 12, 31),
                List.of(employment), List.of(), evaluation.groups()));
        assertThat(alone).doesNotContain("jointTargets", "combine", "decidedBy", "members");
    }
}
