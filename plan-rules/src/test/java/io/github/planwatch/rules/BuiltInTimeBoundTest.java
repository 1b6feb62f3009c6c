package io.github.planwatch.rules;

import static io.github.planwatch.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Comparison;
import io.github.planwatch.model.Direction;
import io.github.planwatch.model.PlanwatchException;
import io.github.planwatch.model.ProgressMethod;
import io.github.planwatch.model.Target;

/**
 * The built-in rules alone always come to rest, so their evaluations run on the calling thread; the
 * bound, and the caller's interrupt, are still honoured, at the next rule to fire.
 */
class BuiltInTimeBoundTest {

    private static final ActionPlan PLAN = planWith(
            indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                    Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800"))));

    /** A plan of three subjects, judged in three parts: two beside the calling thread, the last on it. */
    private static final ActionPlan THREE_PARTS = planWith(
            indicator("gdp", 1, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "5781"),
                    Target.level("gdp-2022", 2022, Comparison.AT_LEAST, d("6800"))),
            indicator("trade", 2, Direction.HIGHER_IS_BETTER, ProgressMethod.CAGR, baseline(2019, "140"),
                    Target.level("trade-2022", 2022, Comparison.AT_LEAST, d("170"))),
            indicator("visitors", 3, Direction.HIGHER_IS_BETTER, ProgressMethod.LINEAR, baseline(2019, "40"),
                    Target.level("visitors-2022", 2022, Comparison.AT_LEAST, d("55"))));

    @Test
    void partsJudgedBesideTheCallingThread_passTheirBound_inATimeoutThatNamesTheRuleThatWasToFire() {
        PlanEvaluator evaluator = PlanEvaluator.builder().timeout(Duration.ofNanos(1)).build().withSubjectsPerSession(1);

        EvaluationTimeoutException ex = catchThrowableOfType(EvaluationTimeoutException.class,
                () -> evaluator.evaluate(THREE_PARTS, List.of(), 2021));

        assertThat(ex).hasMessageStartingWith("the evaluation did not end within 1 ns: the rules were halted as the"
                + " built-in rule \"");
        assertThat(ex.rule()).isPresent();
    }

    @Test
    void partsJudgedBesideAnInterruptedCaller_stop_andTheCallerKeepsItsInterrupt() {
        PlanEvaluator evaluator = PlanEvaluator.create().withSubjectsPerSession(1);

        Thread.currentThread().interrupt();
        PlanwatchException ex = catchThrowableOfType(PlanwatchException.class,
                () -> evaluator.evaluate(THREE_PARTS, List.of(), 2021));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(ex).isNotInstanceOf(EvaluationTimeoutException.class).hasMessage("the evaluation was interrupted");
    }

    @Test
    void partsJudgedBesideTheCallingThread_giveTheEvaluationOfOneSession() {
        EvaluationInput input = EvaluationInput.of(THREE_PARTS, List.of(), 2021);

        assertThat(PlanEvaluator.create().withSubjectsPerSession(1).evaluate(input))
                .isEqualTo(PlanEvaluator.create().evaluate(input));
    }

    @Test
    void theBuiltInRulesAlone_fireOnTheCallingThread() {
        Set<Thread> firedOn = new CopyOnWriteArraySet<>();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firedOn.add(Thread.currentThread());
            }
        };

        PlanEvaluator.create().evaluate(EvaluationInput.of(PLAN, List.of(), 2021), listener);

        assertThat(firedOn).containsExactly(Thread.currentThread());
    }

    @Test
    void theBuiltInRulesPastTheirBound_endInATimeoutThatNamesTheRuleThatWasToFire() {
        // The bound is passed long before the first rule is to fire: the facts take longer to prepare.
        PlanEvaluator evaluator = PlanEvaluator.builder().timeout(Duration.ofNanos(1)).build();

        EvaluationTimeoutException ex = catchThrowableOfType(EvaluationTimeoutException.class,
                () -> evaluator.evaluate(PLAN, List.of(), 2021));

        assertThat(ex).hasMessageStartingWith("the evaluation did not end within 1 ns: the rules were halted as the"
                + " built-in rule \"");
        assertThat(ex.rule()).isPresent();
        assertThat(ex.isRuleOfOwn()).isFalse();
    }

    @Test
    void anInterruptedCaller_getsAPlanwatchException_andKeepsItsInterrupt() {
        PlanEvaluator evaluator = PlanEvaluator.create();

        Thread.currentThread().interrupt();
        PlanwatchException ex = catchThrowableOfType(PlanwatchException.class,
                () -> evaluator.evaluate(PLAN, List.of(), 2021));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(ex).isNotInstanceOf(EvaluationTimeoutException.class).hasMessage("the evaluation was interrupted");
    }
}
