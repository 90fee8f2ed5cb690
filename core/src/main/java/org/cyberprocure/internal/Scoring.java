package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;

/**
 * Weighted scores and the decision, as the policy says: weight per requirement (by severity unless overridden),
 * credit 1 for met, the policy's partial credit, 0 for not met or not answered; not applicable is left out of
 * both sides. Decision order: failed knock-out → REJECT; missing mandatory answers or an unanswered knock-out →
 * INCOMPLETE; score below the threshold → REJECT; gaps or (by policy) contradictions → ACCEPT_WITH_CONDITIONS
 * (a partly met knock-out is a named condition); otherwise ACCEPT.
 *
 * <p>Public for the library's own packages (the offer comparison re-scores assessments under varied weights with
 * {@link #rescore}); not part of the API.
 */
public final class Scoring {

    /** The decision, its reasons, the overall score and the domain scores. */
    public record Result(Decision decision, List<String> reasons, Double overall, List<DomainScore> domains) {
    }

    /**
     * Factors on the policy's weights and a replacement partial credit, for a weight sensitivity analysis: a
     * requirement's weight is the policy's, times its severity's factor, times its domain's factor (a missing
     * factor is 1). {@link #POLICY} scores exactly as the policy says.
     *
     * @param severityFactors factor per severity
     * @param domainFactors   factor per report domain
     * @param partialCredit   the partial credit to use instead of the policy's, or {@code null}
     */
    public record Weighting(Map<Severity, Double> severityFactors, Map<String, Double> domainFactors,
                            Double partialCredit) {
        public static final Weighting POLICY = new Weighting(Map.of(), Map.of(), null);

        public Weighting {
            severityFactors = Map.copyOf(severityFactors);
            domainFactors = Map.copyOf(domainFactors);
            if (partialCredit != null && (partialCredit < 0 || partialCredit > 1)) {
                throw new IllegalArgumentException("partialCredit must be between 0 and 1");
            }
        }

        double factor(Finding f) {
            return severityFactors.getOrDefault(f.severity(), 1.0) * domainFactors.getOrDefault(f.domain(), 1.0);
        }
    }

    private final Policy policy;
    private final Catalog catalog;

    public Scoring(Policy policy, Catalog catalog) {
        this.policy = policy;
        this.catalog = catalog;
    }

    Result score(List<String> domains, List<Finding> findings, List<String> missingMandatory,
                 List<Contradiction> contradictions) {
        return score(domains, findings, missingMandatory, contradictions, Weighting.POLICY);
    }

    /**
     * Scores and decides an assessment again, from its findings, under this scoring's policy and the weighting
     * given; with {@link Weighting#POLICY} and the policy the assessment was made with, the result is the
     * assessment's own decision and scores.
     */
    public Result rescore(Assessment assessment, Weighting weighting) {
        return score(assessment.domainScores().stream().map(DomainScore::domain).toList(), assessment.findings(),
                assessment.missingMandatory(), assessment.contradictions(), weighting);
    }

    private Result score(List<String> domains, List<Finding> findings, List<String> missingMandatory,
                         List<Contradiction> contradictions, Weighting weighting) {
        List<DomainScore> domainScores = domains.stream()
                .map(d -> domainScore(d, findings.stream().filter(f -> f.domain().equals(d)).toList(), weighting))
                .toList();
        Double overall = percentage(findings, weighting);
        List<String> reasons = new ArrayList<>();
        Decision decision = decide(findings, missingMandatory, contradictions, overall, reasons);
        return new Result(decision, reasons, overall, domainScores);
    }

    /**
     * The decision, with its reasons in the order that decided: what makes it a reject or incomplete comes first,
     * the conditions of award after, notes last.
     */
    private Decision decide(List<Finding> findings, List<String> missingMandatory,
                            List<Contradiction> contradictions, Double overall, List<String> reasons) {
        List<String> failed = knockOuts(findings, Finding::knockOutHit, "is not met");
        // An unanswered knock-out is never "no knock-out failed": the offer cannot be judged until it is answered.
        List<String> open = knockOuts(findings, Finding::knockOutOpen, "is not answered, so the offer cannot be judged");
        List<String> partial = knockOuts(findings, Finding::knockOutPartial,
                "is only partly met: a condition of award");
        List<String> incomplete = new ArrayList<>();
        if (!missingMandatory.isEmpty()) {
            incomplete.add("Mandatory questions unanswered: " + String.join(", ", missingMandatory) + ".");
        }
        incomplete.addAll(open);
        boolean belowThreshold = policy.rejectBelowScore() != null && overall != null
                && overall < policy.rejectBelowScore();
        String threshold = "The overall score " + overall + " is below the policy's minimum of "
                + policy.rejectBelowScore() + ".";
        List<String> notes = new ArrayList<>();
        if (!contradictions.isEmpty()) {
            notes.add(contradictions.size() + " contradiction" + (contradictions.size() == 1 ? "" : "s")
                    + " between answers must be clarified by the vendor.");
        }
        long hospitalTasks = count(findings, Status.HOSPITAL_RESPONSIBILITY);
        if (hospitalTasks > 0) {
            notes.add(hospitalTasks + (hospitalTasks == 1 ? " control the vendor's form assigns" : " controls the"
                    + " vendor's form assigns") + " to the hospital (wholly or shared) " + (hospitalTasks == 1 ? "is"
                    : "are") + " not counted against the vendor; the hospital has to close " + (hospitalTasks == 1
                    ? "it" : "them") + " itself.");
        }
        List<Finding> accepted = findings.stream().filter(f -> f.status() == Status.RISK_ACCEPTED).toList();
        if (!accepted.isEmpty()) {
            notes.add(accepted.size() + (accepted.size() == 1 ? " gap is" : " gaps are") + " accepted as a risk under"
                    + " the hospital's waivers (" + String.join(", ", accepted.stream()
                    .map(f -> f.requirementId() + " by " + f.acceptedRisk().waiver().id()).toList())
                    + "); each stands only with its compensating control and until its waiver expires.");
        }
        // Prominent: a waived knock-out of binding law leaves the legal obligation in place.
        List<String> waivedLaw = accepted.stream().filter(f -> f.acceptedRisk().bindingKnockOut())
                .map(f -> "Knock-out " + f.requirementId() + " (" + f.title() + ") is binding law and "
                        + f.acceptedRisk().originalStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + "; it is waived by " + f.acceptedRisk().waiver().id() + " only because the policy allows"
                        + " waiving binding knock-outs: the legal obligation still applies.")
                .toList();
        long gaps = findings.stream().filter(f -> f.status().isGap()).count();
        String gapReason = gaps + " applicable requirement" + (gaps == 1 ? " is" : "s are")
                + " not fully met; close the gaps through contract conditions before award.";

        // An incomplete submission scores low because it is incomplete: ask for the answers before judging the
        // score, so a vendor is never rejected for questions it has not yet answered.
        Decision decision = !failed.isEmpty() ? Decision.REJECT
                : !incomplete.isEmpty() ? Decision.INCOMPLETE
                : belowThreshold ? Decision.REJECT
                : gaps > 0 || !contradictions.isEmpty() && policy.contradictionsBlockAccept()
                        ? Decision.ACCEPT_WITH_CONDITIONS : Decision.ACCEPT;
        // The reasons follow the same order, so what decided always comes first.
        reasons.addAll(waivedLaw);
        reasons.addAll(failed);
        reasons.addAll(incomplete);
        if (belowThreshold) {
            reasons.add(threshold);
        }
        reasons.addAll(partial);
        if (decision == Decision.ACCEPT_WITH_CONDITIONS && gaps > 0) {
            reasons.add(gapReason);
        }
        reasons.addAll(notes);
        if (decision == Decision.ACCEPT) {
            reasons.add(accepted.isEmpty() ? "Every applicable requirement is met."
                    : "Every applicable requirement is met or accepted as a risk.");
        }
        return decision;
    }

    /** One reason per knock-out criterion that matches; hospital standards are named so. */
    private List<String> knockOuts(List<Finding> findings, Predicate<Finding> which,
                                   String verdict) {
        return findings.stream().filter(which)
                .map(f -> "Knock-out " + f.requirementId() + " (" + f.title() + ")"
                        + (isHospitalStandard(f) ? ", the hospital's own standard (not a legal requirement)," : "")
                        + " " + verdict + ": " + f.rationale())
                .toList();
    }

    private boolean isHospitalStandard(Finding f) {
        return catalog.requirement(f.requirementId()).map(Requirement::isHospitalStandard).orElse(false);
    }

    private DomainScore domainScore(String domain, List<Finding> findings, Weighting weighting) {
        return new DomainScore(domain, percentage(findings, weighting), count(findings, Status.MET),
                count(findings, Status.PARTIALLY_MET), count(findings, Status.NOT_MET),
                count(findings, Status.NOT_ANSWERED), count(findings, Status.NOT_APPLICABLE));
    }

    private Double percentage(List<Finding> findings, Weighting weighting) {
        double weight = 0;
        double earned = 0;
        for (Finding f : findings) {
            if (f.status().isScored()) {
                double w = catalog.requirement(f.requirementId()).map(policy::weight)
                        .orElse(policy.severityWeights().get(f.severity())) * weighting.factor(f);
                weight += w;
                earned += w * (f.status() == Status.PARTIALLY_MET && weighting.partialCredit() != null
                        ? weighting.partialCredit() : policy.credit(f));
            }
        }
        return weight == 0 ? null : Math.round(1000.0 * earned / weight) / 10.0;
    }

    private static int count(List<Finding> findings, Status status) {
        return (int) findings.stream().filter(f -> f.status() == status).count();
    }
}
