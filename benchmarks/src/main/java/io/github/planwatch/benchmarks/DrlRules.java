package io.github.planwatch.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;

import io.github.planwatch.model.ActionPlan;
import io.github.planwatch.model.Evaluation;
import io.github.planwatch.model.Observation;
import io.github.planwatch.model.PlanwatchException;

/**
 * The built-in rules compiled from their DRL sources at run time, evaluating as
 * {@code PlanEvaluator} does: the slow way that the precompiled rules are measured against.
 *
 * <p>The DRL files are plan-rules' own sources, read from disk (they are not in any jar: plan-rules'
 * jar holds only their precompiled form, and a jar holding DRL beside plan-rules' kmodule.xml would
 * have Drools compile them in place of the precompiled ones). They are compiled exactly as the build
 * compiles them (the executable model, from the same {@code kmodule.xml}), but now, in this JVM.
 *
 * <p>Two things make this harder than handing DRL to a {@code KieHelper}. The rules match
 * plan-rules' package-private fact types ({@code Measurement}, {@code SeriesPoint}, ...), which
 * Drools' interpreted (mvel) compiler refuses ("The class 'Measurement' is not public"). And the
 * executable model's classes, which Drools defines in a class loader of its own, may not use
 * package-private types of another loader (IllegalAccessError). So the compiled rule classes are
 * defined here, in one class loader together with a fresh copy of plan-rules' classes, and the
 * evaluation is driven through that loader: the same {@code PlanEvaluator} code, on a rule base
 * compiled from DRL.
 */
public final class DrlRules {

    /** Where the DRL sources and kmodule.xml of plan-rules lie, from the repository's root. */
    public static final Path SOURCES = Path.of("plan-rules", "src", "main", "resources");
    private static final String RULES_PACKAGE = "io.github.planwatch.rules";
    private static final String KIE_BASE = "planwatch-rules";

    private final Object evaluator;
    private final Method inputOf;
    private final Method evaluate;

    private DrlRules(ClassLoader loader, Object evaluator) throws ReflectiveOperationException {
        this.evaluator = evaluator;
        Class<?> inputType = loader.loadClass(RULES_PACKAGE + ".EvaluationInput");
        this.inputOf = inputType.getMethod("of", ActionPlan.class, Collection.class, int.class);
        this.evaluate = evaluator.getClass().getMethod("evaluate", inputType);
    }

    /**
     * Compiles the built-in rules from their DRL sources and builds an evaluator on them.
     *
     * @param sources  plan-rules' {@code src/main/resources}, such as {@link #SOURCES} from the repository's root, not null
     * @return the compiled rules, not null
     * @throws PlanwatchException if the sources cannot be found or do not compile
     * @throws UncheckedIOException if a source cannot be read
     */
    public static DrlRules compile(Path sources) {
        return compile(sources, file -> true);
    }

    /**
     * Compiles some of the built-in rule files from their DRL sources and builds an evaluator on them:
     * to measure what a part of the rules costs. Leaving out a file that others need (status, score,
     * assessment or summary rules) makes every evaluation fail; the risk rules ({@code risk-*.drl})
     * may be left out, and the evaluation then raises no findings.
     *
     * @param sources  plan-rules' {@code src/main/resources}, not null
     * @param include  which DRL files, by file name, to compile, not null
     * @return the compiled rules, not null
     * @throws PlanwatchException if the sources cannot be found or do not compile
     * @throws UncheckedIOException if a source cannot be read
     */
    public static DrlRules compile(Path sources, Predicate<String> include) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        readSources(sources, include, (name, bytes) -> files.write("src/main/resources/" + name, bytes));
        ReleaseId release = services.newReleaseId("io.github.planwatch", "plan-rules-from-drl", "0");
        files.generateAndWritePomXML(release);
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new PlanwatchException("the built-in rules do not compile from DRL: " + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> compiled = new HashMap<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                compiled.put(file.substring(0, file.length() - ".class".length()).replace('/', '.'), module.getBytes(file));
            }
        }
        RulesLoader loader = new RulesLoader(DrlRules.class.getClassLoader(), compiled);
        try {
            List<Model> models = new ArrayList<>();
            for (String name : compiled.keySet()) {
                Class<?> type = loader.loadClass(name);
                if (Model.class.isAssignableFrom(type) && !type.isInterface() && type.getName().startsWith(RULES_PACKAGE + ".")) {
                    models.add((Model) type.getConstructor().newInstance());
                }
            }
            KieBaseModel baseModel = module.getKieModuleModel().getKieBaseModels().get(KIE_BASE);
            // The rule base must be configured as kmodule.xml says (equality, not identity), as the
            // precompiled one is: KieBaseBuilder's variant that takes the models leaves it at identity.
            KieBaseConfiguration configuration = services.newKieBaseConfiguration();
            configuration.setOption(baseModel.getEqualsBehavior());
            configuration.setOption(baseModel.getEventProcessingMode());
            KieBase base = KieBaseBuilder.createKieBaseFromModel(models, configuration);
            Class<?> policyType = loader.loadClass(RULES_PACKAGE + ".EvaluationPolicy");
            Object policy = policyType.getMethod("defaults").invoke(null);
            // PlanEvaluator has no public way to take another rule base; its constructor is what build() calls.
            Constructor<?> constructor = loader.loadClass(RULES_PACKAGE + ".PlanEvaluator")
                    .getDeclaredConstructor(KieBase.class, policyType, List.class);
            constructor.setAccessible(true);
            return new DrlRules(loader, constructor.newInstance(base, policy, List.of()));
        } catch (ReflectiveOperationException ex) {
            throw new PlanwatchException("cannot build an evaluator on the rules compiled from DRL: " + ex, ex);
        }
    }

    /**
     * Evaluates a plan on observations as of a year, as {@code PlanEvaluator.evaluate} does.
     *
     * @param plan  the plan, not null
     * @param observations  the observations, not null
     * @param asOf  the as-of year
     * @return the evaluation, not null
     * @throws PlanwatchException if the evaluation fails
     */
    public Evaluation evaluate(ActionPlan plan, Collection<Observation> observations, int asOf) {
        try {
            return (Evaluation) evaluate.invoke(evaluator, inputOf.invoke(null, plan, observations, asOf));
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new PlanwatchException("evaluation failed: " + ex.getCause(), ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new PlanwatchException("cannot evaluate on the rules compiled from DRL: " + ex, ex);
        }
    }

    /** Hands every DRL file of the rules' package and the kmodule.xml below a source root to a consumer, by path below it. */
    private static void readSources(Path root, Predicate<String> include, SourceConsumer consumer) {
        Path kmodule = root.resolve("META-INF/kmodule.xml");
        Path rules = root.resolve(RULES_PACKAGE.replace('.', '/'));
        if (!Files.isRegularFile(kmodule) || !Files.isDirectory(rules)) {
            throw new PlanwatchException(root.toAbsolutePath() + " holds no META-INF/kmodule.xml and "
                    + RULES_PACKAGE.replace('.', '/') + "/: name plan-rules' src/main/resources");
        }
        try (Stream<Path> drl = Files.list(rules)) {
            consumer.accept("META-INF/kmodule.xml", Files.readAllBytes(kmodule));
            for (Path file : drl.filter(f -> f.getFileName().toString().endsWith(".drl"))
                    .filter(f -> include.test(f.getFileName().toString())).sorted().toList()) {
                consumer.accept(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the DRL sources under " + root, ex);
        }
    }

    /** Receives one source file. */
    @FunctionalInterface
    private interface SourceConsumer {
        void accept(String name, byte[] bytes);
    }

    /**
     * Defines the compiled rule classes and plan-rules' own classes together, so that the rules may use
     * plan-rules' package-private types. Everything else comes from the parent.
     */
    private static final class RulesLoader extends ClassLoader {

        private final Map<String, byte[]> compiled;

        RulesLoader(ClassLoader parent, Map<String, byte[]> compiled) {
            super(parent);
            this.compiled = compiled;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    byte[] bytes = compiled.containsKey(name) ? compiled.get(name)
                            : isPlanRules(name) ? parentBytes(name) : null;
                    if (bytes == null) {
                        return super.loadClass(name, resolve);
                    }
                    type = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        /** Serves the compiled classes' bytes too: Drools reads a rule's lambda classes to tell equal constraints apart. */
        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] bytes = compiled.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (bytes != null) {
                    return new ByteArrayInputStream(bytes);
                }
            }
            return super.getResourceAsStream(name);
        }

        private static boolean isPlanRules(String name) {
            return name.startsWith(RULES_PACKAGE + ".") && name.indexOf('.', RULES_PACKAGE.length() + 1) < 0;
        }

        private byte[] parentBytes(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException ex) {
                throw new ClassNotFoundException(name, ex);
            }
        }
    }
}
