package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.spi.RulePack;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Holds the rule pack's KieBase, loaded once from the precompiled kjar on the class path (no DRL is compiled at
 * run time), and runs one stateless session per evaluation. A KieBase is immutable once built, so this class
 * is thread-safe.
 */
public final class RuleEngine {
    static final String VERDICTS_GLOBAL = "verdicts";

    private final KieBase kieBase;

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
    }

    VerdictCollector run(Questionnaire questionnaire, EvaluationContext resolvedContext) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        VerdictCollector collector = new VerdictCollector();
        session.setGlobal(VERDICTS_GLOBAL, collector);
        session.addEventListener(collector);
        List<Object> facts = new ArrayList<>(questionnaire.answers().size() + 2);
        facts.add(questionnaire.product());
        facts.add(resolvedContext);
        facts.addAll(questionnaire.answers());
        session.execute(facts);
        return collector;
    }
}
