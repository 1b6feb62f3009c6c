package io.github.planwatch.examples;

import io.github.planwatch.io.PlanDocuments;
import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Indicator;

/**
 * Loads the bundled Shaoxing plan and prints one indicator: the five lines that README.md shows.
 *
 * <p>Run it with {@code java -cp examples/target/planwatch.jar io.github.planwatch.examples.LoadPlan}.
 */
public final class LoadPlan {

    private LoadPlan() {
    }

    /**
     * Prints the GDP indicator's baseline and 2022 target.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        ActionPlan plan = PlanDocuments.shaoxing();
        Indicator gdp = plan.indicator("gdp").orElseThrow();
        System.out.println(gdp.name().en() + ": " + gdp.baseline().value() + " " + gdp.unit().zh()
                + " in " + gdp.baseline().year() + ", target " + gdp.targetFor(2022).orElseThrow().wording());
    }
}
