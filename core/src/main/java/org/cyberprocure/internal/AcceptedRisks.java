package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Message;
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

    /** The notes are stored in English, like every text of the assessment; a report writes them in its language. */
    private static final Texts ENGLISH = Translations.labelsOnly().english();

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
            Outcome outcome;
            Message note;
            if (!w.coversProduct(questionnaire.product().name())) {
                outcome = Outcome.MISMATCHED;
                note = Message.of("waiver.note.otherProduct", w.product(),
                        SafeText.clean(questionnaire.product().name(), 200));
            } else if (f == null) {
                outcome = Outcome.MISMATCHED;
                note = Message.of("waiver.note.notInProfile", w.requirementId(), questionnaire.profile().id());
            } else if (w.expiresOn().isBefore(resolved.asOf())) {
                outcome = Outcome.EXPIRED;
                note = Message.of("waiver.note.expired", w.expiresOn(), resolved.asOf());
            } else if (w.acceptedOn().isAfter(resolved.asOf())) {
                outcome = Outcome.NOT_YET_IN_FORCE;
                note = Message.of("waiver.note.notYetInForce", w.acceptedOn(), resolved.asOf());
            } else if (f.status() == Status.RISK_ACCEPTED) {
                outcome = Outcome.NO_GAP;
                note = Message.of("waiver.note.alreadyAccepted", f.acceptedRisk().waiver().id());
            } else if (!f.status().isGap()) {
                outcome = Outcome.NO_GAP;
                note = Message.of("waiver.note.noGap", Message.of("waiver.note.status." + f.status().name()));
            } else if (f.bindingKnockOut() && !resolved.policy().waiveBindingKnockOuts()) {
                outcome = Outcome.NOT_ALLOWED_BY_POLICY;
                note = Message.of("waiver.note.notAllowed", policyName(resolved.policy()));
            } else {
                byId.put(f.requirementId(), f.acceptRisk(w));
                outcome = Outcome.APPLIED;
                note = Message.of(f.bindingKnockOut() ? "waiver.note.appliedKnockOut" : "waiver.note.applied",
                        w.acceptedOn(), w.expiresOn());
            }
            outcomes.add(new WaiverOutcome(w, outcome, ENGLISH.format(note), note));
        }
        return new Result(List.copyOf(byId.values()), outcomes);
    }

    /** The library's default policy by its name in the report's language, a hospital's by the name it gave. */
    private static Object policyName(Policy policy) {
        return policy.name().equals(Policy.defaults().name()) ? Message.of("policy.default", policy.version())
                : policy.label();
    }
}
