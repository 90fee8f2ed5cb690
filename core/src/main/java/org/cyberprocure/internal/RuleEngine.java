package org.cyberprocure.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.spi.RulePack;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Holds the rule pack's KieBase, built once from the pack's precompiled executable-model classes (no DRL is
 * compiled at run time, no class-path scanning, no {@code kmodule.xml}), and runs each evaluation in a session
 * taken from a thread-safe pool and reset afterwards. A KieBase is immutable once built, so this class is
 * thread-safe.
 */
public final class RuleEngine {
    static final String VERDICTS_GLOBAL = "verdicts";
    /** The first line of kie-maven-plugin's model list names the model format, not a class. */
    private static final String MODEL_VERSION_LINE = "Drools-Model-Version:";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;

    public RuleEngine(RulePack pack) {
        List<Model> models = models(pack);
        try {
            this.kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        } catch (RuntimeException | LinkageError e) {
            throw new ConfigurationException("cannot build the KieBase of rule pack " + pack.name() + ": " + e, e);
        }
        if (kieBase.getKiePackages().stream().allMatch(p -> p.getRules().isEmpty())) {
            throw new ConfigurationException("the executable model of rule pack " + pack.name() + " has no rules");
        }
        // Reusing sessions from a pool saves building the network memory per evaluation (docs/performance.md).
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** Instantiates the pack's generated model classes of its rule packages (also used by the benchmarks). */
    public static List<Model> models(RulePack pack) {
        URL list = pack.executableModel();
        if (list == null) {
            throw new ConfigurationException("rule pack " + pack.name() + " names no executable model: was the kjar"
                    + " built by kie-maven-plugin with the executable model?");
        }
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames(list, pack)) {
            String packageName = className.substring(0, Math.max(0, className.lastIndexOf('.')));
            if (!pack.rulePackages().contains(packageName)) {
                continue;
            }
            try {
                Class<?> type = Class.forName(className, true, pack.classLoader());
                models.add((Model) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new ConfigurationException("cannot instantiate executable model " + className + " of rule pack "
                        + pack.name() + ": " + e, e);
            }
        }
        if (models.isEmpty()) {
            throw new ConfigurationException("the executable model " + list + " of rule pack " + pack.name()
                    + " has no model of the packages " + pack.rulePackages());
        }
        return models;
    }

    private static List<String> modelClassNames(URL list, RulePack pack) {
        try (InputStream in = list.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith(MODEL_VERSION_LINE)).toList();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the executable model " + list + " of rule pack "
                    + pack.name() + ": " + e.getMessage(), e);
        }
    }

    VerdictCollector run(Questionnaire questionnaire, EvaluationContext resolvedContext, Texts english) {
        KieSession session = sessions.newKieSession();
        VerdictCollector collector = new VerdictCollector(english);
        try {
            session.setGlobal(VERDICTS_GLOBAL, collector);
            session.addEventListener(collector);
            session.insert(questionnaire.product());
            session.insert(resolvedContext);
            questionnaire.answers().forEach(session::insert);
            // Items of vendor forms (MDS2, CAIQ) for the forms' own consistency rules; SBOMs for the SBOM rules.
            questionnaire.forms().forEach(form -> form.items().forEach(session::insert));
            questionnaire.sboms().forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.removeEventListener(collector);
            session.dispose(); // back to the pool, reset: no fact, listener or global survives into the next run
        }
        return collector;
    }
}
