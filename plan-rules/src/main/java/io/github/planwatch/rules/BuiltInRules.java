package io.github.planwatch.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.EqualityBehaviorOption;

import io.github.planwatch.model.PlanwatchException;

/**
 * The built-in rules, as the executable model that the build compiled them into. Loading them
 * compiles no DRL: the build leaves no DRL in the jar, only the generated model classes, which the
 * build's index names. The rule base is made from those classes directly, without a KIE container:
 * nothing scans the class path or reads {@code META-INF/kmodule.xml} at run time (that file tells
 * the build which rules make the base), which keeps the start of a program short.
 */
final class BuiltInRules {

    /** The name of the rule base in META-INF/kmodule.xml. */
    static final String KIE_BASE = "planwatch-rules";
    /** The index of the executable model that kie-maven-plugin writes: a version line, then one model class a line. */
    static final String MODEL_INDEX = "META-INF/kie/io.github.planwatch/plan-rules/drools-model";
    /**
     * Facts are told apart by identity, as kmodule.xml also says: the built-in rules insert each fact
     * once and never an equal one twice, so equality would only cost a hash of every fact inserted.
     */
    static final EqualityBehaviorOption EQUALITY = EqualityBehaviorOption.IDENTITY;

    private BuiltInRules() {
    }

    /**
     * The shared rule base, built once: by the first caller of {@link #shared()}, or ahead of it on
     * a thread of its own ({@link #buildInBackground()}). A failure is kept and thrown to every
     * caller as it was, never as a class that could not be initialised. A rule base is thread-safe
     * once built.
     */
    private static final FutureTask<KieBase> SHARED = new FutureTask<>(() -> {
        KieBase base = fresh();
        // An empty session loads the classes of a session, which the first evaluation then finds loaded.
        base.newKieSession().dispose();
        return base;
    });

    /** Returns the rule base of the built-in rules, shared by every evaluator that adds no rules of its own. */
    static KieBase shared() {
        SHARED.run(); // builds it here, unless it is built or being built already
        try {
            return SHARED.get();
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            throw new PlanwatchException("the built-in rules cannot be built: " + cause, cause);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new PlanwatchException("interrupted while the built-in rules were built", ex);
        }
    }

    /**
     * Starts building the shared rule base on a daemon thread, so that a caller that has other
     * work first (reading the plan) does not wait for it on a machine with a second core. Does
     * nothing where it is built or being built.
     */
    static void buildInBackground() {
        if (!SHARED.isDone()) {
            Thread builder = new Thread(SHARED, "planwatch-rules");
            builder.setDaemon(true);
            builder.start();
        }
    }

    /** Returns a new rule base of the built-in rules, to which rules of one's own may be added. */
    static KieBase fresh() {
        return KieBaseBuilder.createKieBaseFromModel(models(), EQUALITY);
    }

    /** The model classes that the build's index names, one instance each. */
    static List<Model> models() {
        ClassLoader loader = BuiltInRules.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new PlanwatchException("the built-in rules' model index " + MODEL_INDEX + " is not on the class path;"
                        + " was plan-rules built without its precompiled rules?");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version:")) {
                    models.add((Model) loader.loadClass(name).getConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException ex) {
            throw new PlanwatchException("the built-in rules cannot be loaded from " + MODEL_INDEX + ": " + ex, ex);
        }
        if (models.isEmpty()) {
            throw new PlanwatchException("the built-in rules' model index " + MODEL_INDEX + " names no model");
        }
        return models;
    }
}
