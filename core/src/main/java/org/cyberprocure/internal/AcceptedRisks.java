package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Waiver;
import org.cyberprocure.model.WaiverOutcome;
import org.cyberprocure.model.WaiverOutcome.Outcome;

/**
 * Applies the hospital's waivers to the findings of one offer: a waiver addressed to the offer, in force on the
 * as-of date, for a gap of the offer, turns it into {@link Status#RISK_ACCEPTED} (docs/adr/0016). Every waiver
 * addressed to the offer gets an outcome; waivers for other offers are not this report's business.
 */
final class AcceptedRisks {

    record Result(List<Finding> findings, List<WaiverOutcome> outcomes) {
    }

    private AcceptedRisks() {
    }

    static Result apply(List<Finding> findings, Questionnaire questionnaire, EvaluationContext resolved) {
        if (resolved.waivers().isEmpty()) {
            return new Result(findings, List.of());
        }
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.put(f.requirementId(), f));
        List<WaiverOutcome> outcomes = new ArrayList<>();
        for (Waiver w : resolved.waivers().waivers()) {
            if (!w.addressedTo(questionnaire.id(), questionnaire.vendor().name())) {
                continue;
            }
            Finding f = byId.get(w.requirementId());
            WaiverOutcome outcome;
            if (!w.coversProduct(questionnaire.product().name())) {
                outcome = new WaiverOutcome(w, Outcome.MISMATCHED, "for product '" + w.product() + "', not '"
                        + SafeText.clean(questionnaire.product().name(), 200) + "'");
            } else if (f == null) {
                outcome = new WaiverOutcome(w, Outcome.MISMATCHED, "requirement " + w.requirementId()
                        + " is not part of the " + questionnaire.profile().id() + " profile");
            } else if (w.expiresOn().isBefore(resolved.asOf())) {
                outcome = new WaiverOutcome(w, Outcome.EXPIRED, "expired on " + w.expiresOn()
                        + ", before the as-of date " + resolved.asOf());
            } else if (w.acceptedOn().isAfter(resolved.asOf())) {
                outcome = new WaiverOutcome(w, Outcome.NOT_YET_IN_FORCE, "accepted on " + w.acceptedOn()
                        + ", after the as-of date " + resolved.asOf());
            } else if (f.status() == Status.RISK_ACCEPTED) {
                outcome = new WaiverOutcome(w, Outcome.NO_GAP, "waiver " + f.acceptedRisk().waiver().id()
                        + " already accepts this gap");
            } else if (!f.status().isGap()) {
                outcome = new WaiverOutcome(w, Outcome.NO_GAP, "the requirement is "
                        + f.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": no gap to accept");
            } else if (f.bindingKnockOut() && !resolved.policy().waiveBindingKnockOuts()) {
                outcome = new WaiverOutcome(w, Outcome.NOT_ALLOWED_BY_POLICY, "a knock-out of binding law; policy "
                        + resolved.policy().label() + " does not allow waiving it (acceptedRisks.waiveBindingKnockOuts)");
            } else {
                byId.put(f.requirementId(), f.acceptRisk(w));
                outcome = new WaiverOutcome(w, Outcome.APPLIED, "in force from " + w.acceptedOn() + " to "
                        + w.expiresOn() + " (inclusive)" + (f.bindingKnockOut()
                        ? "; a knock-out of binding law, waived because the policy allows it" : ""));
            }
            outcomes.add(outcome);
        }
        return new Result(List.copyOf(byId.values()), outcomes);
    }
}
