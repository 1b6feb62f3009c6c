package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.COMMERCE;
import static io.github.planwatch.rules.Fixtures.plan;
import static io.github.planwatch.rules.Fixtures.task;
import static io.github.planwatch.rules.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Assessment;
import io.github.planwatch.model.InsufficientDataReason;
import io.github.planwatch.model.KeyWorkStatus;
import io.github.planwatch.model.KeyWorkUpdate;
import io.github.planwatch.model.QuantifiedTarget;
import io.github.planwatch.model.Status;
import io.github.planwatch.model.Target;
import io.github.planwatch.model.TargetKind;

/**
 * A MILESTONE: a dated commitment, met when it is reported done with evidence by its day, and
 * missed once the day has passed without that.
 */
class MilestoneProperties {

    private static final PlanEvaluator EVALUATOR = PlanEvaluator.create();
    private static final String ID = "bid";
    private static final LocalDate DUE = LocalDate.of(2021, 6, 30);

    private static ActionPlan planWith(Target milestone) {
        return plan().tasks(List.of(task(1, List.of(COMMERCE), List.of(),
                QuantifiedTarget.milestone(text("bid"), milestone)))).build();
    }

    private static Assessment assess(List<KeyWorkUpdate> reports, LocalDate reference) {
        EvaluationInput input = EvaluationInput.of(planWith(new Target(ID, TargetKind.MILESTONE,
                        io.github.planwatch.model.YearSpan.of(2020, 2021), null, null, null, null, null, null, null, DUE)),
                List.of(), reference.getYear())
                .withKeyWorkUpdates(reports).withReferenceDate(reference);
        return EVALUATOR.evaluate(input).assessments().get(0);
    }

    private static KeyWorkUpdate report(LocalDate date, KeyWorkStatus status, boolean evidence) {
        return new KeyWorkUpdate(ID, date, status, "", evidence ? "notice of the decision" : null);
    }

    @Provide
    Arbitrary<List<KeyWorkUpdate>> reports() {
        Arbitrary<KeyWorkUpdate> one = net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(0, 900), Arbitraries.of(KeyWorkStatus.class), Arbitraries.of(true, false))
                .as((day, status, evidence) -> report(LocalDate.of(2020, 1, 1).plusDays(day), status, evidence));
        return one.list().ofMaxSize(4).uniqueElements(KeyWorkUpdate::date);
    }

    /**
     * Reporting done earlier never lowers the status: with the same other reports, a report of DONE
     * with evidence moved to an earlier day (both known at the reference date) gives a status of at
     * least the same rank.
     */
    @Property(tries = 300)
    void reportingDoneEarlier_neverLowersTheStatus(@ForAll("reports") List<KeyWorkUpdate> others,
                                                  @ForAll @IntRange(min = 0, max = 800) int day,
                                                  @ForAll @IntRange(min = 1, max = 400) int earlier,
                                                  @ForAll @IntRange(min = 0, max = 1000) int reference) {
        LocalDate late = LocalDate.of(2020, 1, 1).plusDays(day);
        LocalDate early = late.minusDays(earlier);
        LocalDate at = LocalDate.of(2021, 1, 1).plusDays(reference);
        net.jqwik.api.Assume.that(!late.isAfter(at));
        List<KeyWorkUpdate> base = others.stream().filter(u -> !u.date().equals(late) && !u.date().equals(early)).toList();
        List<KeyWorkUpdate> withLate = new ArrayList<>(base);
        withLate.add(report(late, KeyWorkStatus.DONE, true));
        List<KeyWorkUpdate> withEarly = new ArrayList<>(base);
        withEarly.add(report(early, KeyWorkStatus.DONE, true));

        Assessment before = assess(withLate, at);
        Assessment after = assess(withEarly, at);

        assertThat(after.status().rank()).as("%s -> %s", before, after).isGreaterThanOrEqualTo(before.status().rank());
    }

    /**
     * After its day, a milestone not reported done with evidence by that day is MISSED, whatever was
     * reported, where anything was reported at all; with nothing reported it is not known (NOT_REPORTED).
     */
    @Property(tries = 300)
    void afterItsDay_withoutDoneAndEvidenceByThen_itIsMissed(@ForAll("reports") List<KeyWorkUpdate> reports,
                                                           @ForAll @IntRange(min = 1, max = 700) int after) {
        LocalDate at = DUE.plusDays(after);
        boolean metInTime = reports.stream().anyMatch(u -> u.isDoneWithEvidence() && !u.date().isAfter(DUE));
        boolean anyKnown = reports.stream().anyMatch(u -> !u.date().isAfter(at));

        Assessment a = assess(reports, at);

        if (metInTime) {
            assertThat(a.status()).isEqualTo(Status.ACHIEVED);
        } else if (anyKnown) {
            assertThat(a.status()).isEqualTo(Status.MISSED);
            assertThat(a.score()).isEqualTo(-5.0);
        } else {
            assertThat(a.reason()).isEqualTo(InsufficientDataReason.NOT_REPORTED);
        }
    }

    /** Each branch of the method, in its order, as of a day before the milestone's. */
    @Example
    void beforeItsDay_theLastReportSaysWhetherItIsOnPace() {
        LocalDate march = LocalDate.of(2020, 3, 1);
        LocalDate at = LocalDate.of(2021, 3, 31);
        assertThat(assess(List.of(), at).reason()).isEqualTo(InsufficientDataReason.NOT_REPORTED);
        assertThat(assess(List.of(report(march, KeyWorkStatus.IN_PROGRESS, false)), at).status()).isEqualTo(Status.ON_TRACK);
        assertThat(assess(List.of(report(march, KeyWorkStatus.IN_PROGRESS, false)), at).score()).isEqualTo(2.5);
        // Not started: on pace in the first quarter of its time (from 1 January 2020 to 30 June 2021), behind after.
        assertThat(assess(List.of(report(march, KeyWorkStatus.NOT_STARTED, false)), LocalDate.of(2020, 3, 31)).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(assess(List.of(report(march, KeyWorkStatus.NOT_STARTED, false)), at).status())
                .isEqualTo(Status.ACCELERATION_NEEDED);
        assertThat(assess(List.of(report(march, KeyWorkStatus.DELAYED, false)), at).score()).isEqualTo(0.0);
        assertThat(assess(List.of(report(march, KeyWorkStatus.CANCELLED, false)), at).status()).isEqualTo(Status.MISSED);
        // Done without evidence is on pace, not met; with evidence it is met, and the report is carried.
        assertThat(assess(List.of(report(march, KeyWorkStatus.DONE, false)), at).status()).isEqualTo(Status.ON_TRACK);
        Assessment met = assess(List.of(report(march, KeyWorkStatus.DONE, true)), at);
        assertThat(met.status()).isEqualTo(Status.ACHIEVED);
        assertThat(met.report().date()).isEqualTo(march);
        assertThat(met.due()).isEqualTo(DUE);
        assertThat(met.method()).isNull();
    }

    /** Done with evidence the day after its day is late: MISSED; a report of another item makes nothing known of it. */
    @Example
    void doneTooLate_isMissed() {
        LocalDate at = LocalDate.of(2021, 12, 31);
        assertThat(assess(List.of(report(DUE.plusDays(1), KeyWorkStatus.DONE, true)), at).status()).isEqualTo(Status.MISSED);
        assertThat(assess(List.of(report(DUE, KeyWorkStatus.DONE, true)), at).status()).isEqualTo(Status.ACHIEVED);
        assertThat(assess(List.of(), at).reason()).isEqualTo(InsufficientDataReason.NOT_REPORTED);
    }
}
