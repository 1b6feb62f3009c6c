package io.github.planwatch.benchmarks;

import java.nio.file.Path;

/**
 * A cold start with the rules compiled from DRL at run time: the same work as
 * {@link ColdStartPrecompiled}, but the rules are compiled from plan-rules' DRL sources in the new
 * JVM ({@link DrlRules}). Run it from the repository's root, or name plan-rules' {@code src/main/resources}.
 */
public final class ColdStartDrl {

    private ColdStartDrl() {
    }

    /**
     * Runs the evaluation once.
     *
     * @param args  plan-rules' {@code src/main/resources}, by default {@code plan-rules/src/main/resources}
     */
    public static void main(String[] args) {
        Path sources = args.length > 0 ? Path.of(args[0]) : DrlRules.SOURCES;
        ColdStart.run("drl", () -> {
            DrlRules rules = DrlRules.compile(sources);
            return rules::evaluate;
        });
    }
}
