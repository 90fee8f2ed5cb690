package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.spi.RulePack;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Holds the rule pack's KieBase, loaded once from the precompiled kjar on the class path (no DRL is compiled at
 * run time), and runs each evaluation in a session taken from a thread-safe pool and reset afterwards. A KieBase is immutable once built, so this class
 * is thread-safe.
 */
public final class RuleEngine {
    static final String VERDICTS_GLOBAL = "verdicts";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;

    public RuleEngine(RulePack pack) {
        try {
            KieContainer container = KieServices.get().newKieClasspathContainer(pack.classLoader());
            this.kieBase = container.getKieBase(pack.kieBaseName());
        } catch (RuntimeException e) {
            throw new ConfigurationException("cannot load KieBase '" + pack.kieBaseName() + "' of rule pack "
                    + pack.name() + ": " + e.getMessage(), e);
        }
        if (kieBase.getKiePackages().stream().allMatch(p -> p.getRules().isEmpty())) {
            throw new ConfigurationException("KieBase '" + pack.kieBaseName() + "' of rule pack " + pack.name()
                    + " has no rules");
        }
        // Reusing sessions from a pool saves building the network memory per evaluation (docs/performance.md).
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
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
