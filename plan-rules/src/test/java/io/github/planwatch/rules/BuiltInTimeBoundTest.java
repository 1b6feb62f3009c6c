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
