package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Status;

/**
 * Weighted scores and the decision, as the policy says: weight per requirement (by severity unless overridden),
 * credit 1 for met, the policy's partial credit, 0 for not met or not answered; not applicable is left out of
 * both sides. Decision order: knock-out → REJECT; missing mandatory answers → INCOMPLETE; score below the
 * threshold → REJECT; gaps or (by policy) contradictions → ACCEPT_WITH_CONDITIONS; otherwise ACCEPT.
 */
final class Scoring {

    record Result(Decision decision, List<String> reasons, Double overall, List<DomainScore> domains) {
    }

    private final Policy policy;
    private final Catalog catalog;

    Scoring(Policy policy, Catalog catalog) {
        this.policy = policy;
        this.catalog = catalog;
    }

    Result score(List<String> domains, List<Finding> findings, List<String> missingMandatory,
                 List<Contradiction> contradictions) {
        List<DomainScore> domainScores = domains.stream()
                .map(d -> domainScore(d, findings.stream().filter(f -> f.domain().equals(d)).toList()))
                .toList();
        Double overall = percentage(findings);
        List<String> reasons = new ArrayList<>();
        Decision decision = decide(findings, missingMandatory, contradictions, overall, reasons);
        return new Result(decision, reasons, overall, domainScores);
    }

    private Decision decide(List<Finding> findings, List<String> missingMandatory,
                            List<Contradiction> contradictions, Double overall, List<String> reasons) {
        List<Finding> knockOuts = findings.stream().filter(Finding::knockOutHit).toList();
        knockOuts.forEach(f -> reasons.add("Knock-out " + f.requirementId() + " (" + f.title() + ")"
                + (isHospitalStandard(f) ? ", the hospital's own standard (not a legal requirement), " : " ")
                + "is not met: " + f.rationale()));
        boolean belowThreshold = policy.rejectBelowScore() != null && overall != null
                && overall < policy.rejectBelowScore();
        if (belowThreshold) {
            reasons.add("The overall score " + overall + " is below the policy's minimum of "
                    + policy.rejectBelowScore() + ".");
        }
        if (!missingMandatory.isEmpty()) {
            reasons.add("Mandatory questions unanswered: " + String.join(", ", missingMandatory) + ".");
        }
        if (!contradictions.isEmpty()) {
            reasons.add(contradictions.size() + " contradiction" + (contradictions.size() == 1 ? "" : "s")
                    + " between answers must be clarified by the vendor.");
        }
        long hospitalTasks = count(findings, Status.HOSPITAL_RESPONSIBILITY);
        if (hospitalTasks > 0) {
            reasons.add(hospitalTasks + (hospitalTasks == 1 ? " control the vendor's form assigns" : " controls the"
                    + " vendor's form assigns") + " to the hospital (wholly or shared) " + (hospitalTasks == 1 ? "is"
                    : "are") + " not counted against the vendor; the hospital has to close " + (hospitalTasks == 1
                    ? "it" : "them") + " itself.");
        }
        long gaps = findings.stream().filter(f -> f.status().isGap()).count();
        if (!knockOuts.isEmpty()) {
            return Decision.REJECT;
        }
        // An incomplete submission scores low because it is incomplete: ask for the answers before judging the
        // score, so a vendor is never rejected for questions it has not yet answered.
        if (!missingMandatory.isEmpty()) {
            return Decision.INCOMPLETE;
        }
        if (belowThreshold) {
            return Decision.REJECT;
        }
        if (gaps > 0) {
            reasons.add(gaps + " applicable requirement" + (gaps == 1 ? " is" : "s are")
                    + " not fully met; close the gaps through contract conditions before award.");
            return Decision.ACCEPT_WITH_CONDITIONS;
        }
        if (!contradictions.isEmpty() && policy.contradictionsBlockAccept()) {
            return Decision.ACCEPT_WITH_CONDITIONS;
        }
        reasons.add("Every applicable requirement is met.");
        return Decision.ACCEPT;
    }

    private boolean isHospitalStandard(Finding f) {
        return catalog.requirement(f.requirementId()).map(Requirement::isHospitalStandard).orElse(false);
    }

    private DomainScore domainScore(String domain, List<Finding> findings) {
        return new DomainScore(domain, percentage(findings), count(findings, Status.MET),
                count(findings, Status.PARTIALLY_MET), count(findings, Status.NOT_MET),
                count(findings, Status.NOT_ANSWERED), count(findings, Status.NOT_APPLICABLE));
    }

    private Double percentage(List<Finding> findings) {
        double weight = 0;
        double earned = 0;
        for (Finding f : findings) {
            if (f.status().isScored()) {
                int w = catalog.requirement(f.requirementId()).map(policy::weight)
                        .orElse(policy.severityWeights().get(f.severity()));
                weight += w;
                earned += w * policy.credit(f.status());
            }
        }
        return weight == 0 ? null : Math.round(1000.0 * earned / weight) / 10.0;
    }

    private static int count(List<Finding> findings, Status status) {
        return (int) findings.stream().filter(f -> f.status() == status).count();
    }
}
