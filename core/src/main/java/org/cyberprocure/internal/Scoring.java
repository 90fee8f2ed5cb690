package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Status;

/**
 * Weighted scores and the decision. Weight is the severity's weight; credit is 1 for met, 0.5 for partially
 * met, 0 for not met or not answered; not applicable is left out of both sides.
 */
final class Scoring {

    record Result(Decision decision, List<String> reasons, Double overall, List<DomainScore> domains) {
    }

    private Scoring() {
    }

    static Result score(List<String> domains, List<Finding> findings, List<String> missingMandatory) {
        List<DomainScore> domainScores = domains.stream()
                .map(d -> domainScore(d, findings.stream().filter(f -> f.domain().equals(d)).toList()))
                .toList();
        List<String> reasons = new ArrayList<>();
        Decision decision = decide(findings, missingMandatory, reasons);
        return new Result(decision, reasons, percentage(findings), domainScores);
    }

    private static Decision decide(List<Finding> findings, List<String> missingMandatory, List<String> reasons) {
        List<Finding> knockOuts = findings.stream().filter(Finding::knockOutHit).toList();
        knockOuts.forEach(f -> reasons.add("Knock-out " + f.requirementId() + " (" + f.title() + ") is not met: "
                + f.rationale()));
        if (!missingMandatory.isEmpty()) {
            reasons.add("Mandatory questions unanswered: " + String.join(", ", missingMandatory) + ".");
        }
        long gaps = findings.stream().filter(f -> f.status().isGap()).count();
        if (!knockOuts.isEmpty()) {
            return Decision.REJECT;
        }
        if (!missingMandatory.isEmpty()) {
            return Decision.INCOMPLETE;
        }
        if (gaps > 0) {
            reasons.add(gaps + " applicable requirement" + (gaps == 1 ? " is" : "s are")
                    + " not fully met; close the gaps through contract conditions before award.");
            return Decision.ACCEPT_WITH_CONDITIONS;
        }
        reasons.add("Every applicable requirement is met.");
        return Decision.ACCEPT;
    }

    private static DomainScore domainScore(String domain, List<Finding> findings) {
        return new DomainScore(domain, percentage(findings), count(findings, Status.MET),
                count(findings, Status.PARTIALLY_MET), count(findings, Status.NOT_MET),
                count(findings, Status.NOT_ANSWERED), count(findings, Status.NOT_APPLICABLE));
    }

    private static Double percentage(List<Finding> findings) {
        double weight = 0;
        double earned = 0;
        for (Finding f : findings) {
            if (f.status() != Status.NOT_APPLICABLE) {
                weight += f.severity().weight();
                earned += f.severity().weight() * f.status().credit();
            }
        }
        return weight == 0 ? null : Math.round(1000.0 * earned / weight) / 10.0;
    }

    private static int count(List<Finding> findings, Status status) {
        return (int) findings.stream().filter(f -> f.status() == status).count();
    }
}
