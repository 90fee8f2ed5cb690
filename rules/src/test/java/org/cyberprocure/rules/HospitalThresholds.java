package org.cyberprocure.rules;

import java.util.Map;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;

/** Evaluation contexts whose policy sets one hospital-standard threshold of its own (the rest keep the default). */
final class HospitalThresholds {
    private HospitalThresholds() {
    }

    static EvaluationContext withThreshold(String key, int value) {
        Policy d = Policy.defaults();
        return EvaluationContext.defaults().withPolicy(new Policy(d.name(), d.version(), d.severityWeights(),
                d.partialCredit(), d.rejectBelowScore(), d.contradictionsBlockAccept(), d.addedKnockOuts(),
                d.removedKnockOuts(), d.requirementWeights(), Map.of(key, value), null));
    }
}
