package io.github.planwatch.rules;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

import io.github.planwatch.model.PlanwatchException;

/**
 * The built-in rules, as the executable model that the build compiled them into. Loading them
 * compiles no DRL: the build leaves no DRL in the jar, only the generated classes that
 * META-INF/kmodule.xml and the model index point to.
 */
final class BuiltInRules {

    /** The name of the rule base in META-INF/kmodule.xml. */
    static final String KIE_BASE = "planwatch-rules";

    private BuiltInRules() {
    }

    /** Created on first use; a container is thread-safe once built. */
    private static final class Holder {
        static final KieContainer CONTAINER = KieServices.get().newKieClasspathContainer(BuiltInRules.class.getClassLoader());
    }

    /** Returns the container of the built-in rules. */
    static KieContainer container() {
        return Holder.CONTAINER;
    }

    /** Returns the rule base of the built-in rules, shared by every evaluator that adds no rules of its own. */
    static KieBase shared() {
        return require(Holder.CONTAINER.getKieBase(KIE_BASE));
    }

    /** Returns a new rule base of the built-in rules, to which rules of one's own may be added. */
    static KieBase fresh() {
        return require(Holder.CONTAINER.newKieBase(KIE_BASE, null));
    }

    private static KieBase require(KieBase base) {
        if (base == null) {
            throw new PlanwatchException("the built-in rule base " + KIE_BASE + " is not on the class path;"
                    + " was META-INF/kmodule.xml of plan-rules left out of the jar?");
        }
        return base;
    }
}
