package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Message;
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

    /**
     * The decision, its reasons (as English text and as messages, for reports in other languages), the overall
     * score and the domain scores.
     */
    public record Result(Decision decision, List<String> reasons, Double overall, List<DomainScore> domains,
                         List<Message> reasonMessages) {
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
    private final Texts english;

    /** Scoring whose reasons are written in the catalog's English. */
    public Scoring(Policy policy, Catalog catalog) {
        this(policy, catalog, catalog.translations().english());
    }

    Scoring(Policy policy, Catalog catalog, Texts english) {
        this.policy = policy;
        this.catalog = catalog;
        this.english = english;
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
        List<Message> reasons = new ArrayList<>();
        Decision decision = decide(findings, missingMandatory, contradictions, overall, reasons);
        return new Result(decision, reasons.stream().map(english::format).toList(), overall, domainScores, reasons);
    }

    /**
     * The decision, with its reasons in the order that decided: what makes it a reject or incomplete comes first,
     * the conditions of award after, notes last.
     */
    private Decision decide(List<Finding> findings, List<String> missingMandatory,
                            List<Contradiction> contradictions, Double overall, List<Message> reasons) {
        List<Message> failed = knockOuts(findings, Finding::knockOutHit, Status.NOT_MET);
        // An unanswered knock-out is never "no knock-out failed": the offer cannot be judged until it is answered.
        List<Message> open = knockOuts(findings, Finding::knockOutOpen, Status.NOT_ANSWERED);
        List<Message> partial = knockOuts(findings, Finding::knockOutPartial, Status.PARTIALLY_MET);
        List<Message> incomplete = new ArrayList<>();
        if (!missingMandatory.isEmpty()) {
            incomplete.add(Message.of("reason.mandatoryUnanswered", missingMandatory));
        }
        incomplete.addAll(open);
        boolean belowThreshold = policy.rejectBelowScore() != null && overall != null
                && overall < policy.rejectBelowScore();
        List<Message> notes = new ArrayList<>();
        if (!contradictions.isEmpty()) {
            notes.add(counted("reason.contradictions", contradictions.size()));
        }
        long hospitalTasks = count(findings, Status.HOSPITAL_RESPONSIBILITY);
        if (hospitalTasks > 0) {
            notes.add(counted("reason.hospitalTasks", hospitalTasks));
        }
        List<Finding> accepted = findings.stream().filter(f -> f.status() == Status.RISK_ACCEPTED).toList();
        if (!accepted.isEmpty()) {
            List<Message> waived = accepted.stream()
                    .map(f -> Message.of("reason.acceptedRisks.item", f.requirementId(), f.acceptedRisk().waiver().id()))
                    .toList();
            notes.add(accepted.size() == 1 ? Message.of("reason.acceptedRisks.one", waived)
                    : Message.of("reason.acceptedRisks.other", accepted.size(), waived));
        }
        // Prominent: a waived knock-out of binding law leaves the legal obligation in place.
        List<Message> waivedLaw = accepted.stream().filter(f -> f.acceptedRisk().bindingKnockOut())
                .map(f -> Message.of("reason.waivedKnockOut." + f.acceptedRisk().originalStatus().name(),
                        f.requirementId(), Message.withFallback("req." + f.requirementId() + ".title", f.title()),
                        f.acceptedRisk().waiver().id()))
                .toList();
        long gaps = findings.stream().filter(f -> f.status().isGap()).count();

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
            reasons.add(Message.of("reason.belowThreshold", overall, policy.rejectBelowScore()));
        }
        reasons.addAll(partial);
        if (decision == Decision.ACCEPT_WITH_CONDITIONS && gaps > 0) {
            reasons.add(counted("reason.gaps", gaps));
        }
        reasons.addAll(notes);
        if (decision == Decision.ACCEPT) {
            reasons.add(Message.of(accepted.isEmpty() ? "reason.allMet" : "reason.allMet.accepted"));
        }
        return decision;
    }

    /** {@code key.one} for a count of 1, else {@code key.other} with the count. */
    private static Message counted(String key, long count) {
        return count == 1 ? Message.of(key + ".one") : Message.of(key + ".other", count);
    }

    /** One reason per knock-out criterion that matches; hospital standards are named so. */
    private List<Message> knockOuts(List<Finding> findings, Predicate<Finding> which, Status status) {
        return findings.stream().filter(which)
                .map(f -> Message.of("reason.knockOut." + status.name() + (isHospitalStandard(f) ? ".hospital" : ""),
                        f.requirementId(), Message.withFallback("req." + f.requirementId() + ".title", f.title()),
                        f.rationaleMessage() != null ? f.rationaleMessage() : Texts.verbatim(f.rationale())))
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
