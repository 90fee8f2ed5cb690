package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // One weight lookup per finding and one pass to group by domain (was one filter pass per domain).
        // Sums still run in finding order, so the floating-point results are the same as before.
        int[] weights = new int[findings.size()];
        Map<String, List<Integer>> byDomain = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            weights[i] = weight(f);
            byDomain.computeIfAbsent(f.domain(), d -> new ArrayList<>()).add(i);
        }
        List<DomainScore> domainScores = new ArrayList<>(domains.size());
        for (String domain : domains) {
            domainScores.add(domainScore(domain, findings, byDomain.getOrDefault(domain, List.of()), weights));
        }
        Double overall = percentage(findings, allIndexes(findings.size()), weights);
        List<String> reasons = new ArrayList<>();
        Decision decision = decide(findings, missingMandatory, contradictions, overall, reasons);
        return new Result(decision, reasons, overall, List.copyOf(domainScores));
    }

    private Decision decide(List<Finding> findings, List<String> missingMandatory,
                            List<Contradiction> contradictions, Double overall, List<String> reasons) {
        List<Finding> knockOuts = findings.stream().filter(Finding::knockOutHit).toList();
        knockOuts.forEach(f -> reasons.add("Knock-out " + f.requirementId() + " (" + f.title() + ") is not met: "
                + f.rationale()));
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

    private DomainScore domainScore(String domain, List<Finding> all, List<Integer> indexes, int[] weights) {
        int[] counts = new int[Status.values().length];
        for (int i : indexes) {
            counts[all.get(i).status().ordinal()]++;
        }
        return new DomainScore(domain, percentage(all, indexes, weights), counts[Status.MET.ordinal()],
                counts[Status.PARTIALLY_MET.ordinal()], counts[Status.NOT_MET.ordinal()],
                counts[Status.NOT_ANSWERED.ordinal()], counts[Status.NOT_APPLICABLE.ordinal()]);
    }

    private int weight(Finding f) {
        Requirement requirement = catalog.requirement(f.requirementId()).orElse(null);
        return requirement != null ? policy.weight(requirement) : policy.severityWeights().get(f.severity());
    }

    private Double percentage(List<Finding> all, List<Integer> indexes, int[] weights) {
        double weight = 0;
        double earned = 0;
        for (int i : indexes) {
            Finding f = all.get(i);
            if (f.status() != Status.NOT_APPLICABLE) {
                int w = weights[i];
                weight += w;
                earned += w * policy.credit(f.status());
            }
        }
        return weight == 0 ? null : Math.round(1000.0 * earned / weight) / 10.0;
    }

    private static List<Integer> allIndexes(int size) {
        List<Integer> indexes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
