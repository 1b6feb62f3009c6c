package io.github.planwatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Collects the names of the rules that fire in a session, in firing order (a rule's branches under the rule's name). */
final class FiredRules extends DefaultAgendaEventListener {

    private final List<String> names = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        names.add(event.getMatch().getRule().getName());
    }

    /** Returns the distinct names of the rules fired whose names start with a file's prefix, sorted. */
    Set<String> of(String prefix) {
        Set<String> fired = new TreeSet<>();
        names.stream().filter(n -> n.startsWith(prefix)).forEach(fired::add);
        return fired;
    }

    /** Returns how often a rule fired, by any of its branches. */
    long count(String rule) {
        return names.stream().filter(rule::equals).count();
    }

    List<String> all() {
        return List.copyOf(names);
    }
}
