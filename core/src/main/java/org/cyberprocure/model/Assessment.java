package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import org.cyberprocure.Policy;

/**
 * The result of evaluating one questionnaire: immutable, and a pure function of the questionnaire, the
 * evaluation context and the rule pack version.
 *
 * @param questionnaireId    the questionnaire's id
 * @param vendor             who answered
 * @param product            what is offered
 * @param profile            the profile evaluated
 * @param asOf               the date the evaluation reasons about
 * @param contractEnd        the end of the planned contract term, or {@code null}
 * @param catalogVersion     version of the requirement catalog and question bank
 * @param rulePack           name of the rule pack
 * @param rulePackVersion    version of the rule pack
 * @param decision           the recommendation
 * @param decisionReasons    why, one sentence per reason (every knock-out hit, missing answers, gaps)
 * @param overallScore       weighted percentage 0–100 over all applicable requirements, or {@code null}
 * @param domainScores       per domain, in catalog order
 * @param missingMandatory   mandatory question ids left unanswered
 * @param scopeNotes         scope gates that fired
 * @param findings           one per requirement of the profile, in catalog order
 * @param contradictions     answers that contradict each other, in check order
 * @param policy             the scoring policy applied ("name version")
 * @param answers            the answers evaluated, in questionnaire order, so that the assessment (and a report
 *                           built from it) shows every answer, not only those that decided a finding
 * @param forms              the vendor forms (MDS2, CAIQ) the answers were mapped from, if any
 * @param sboms              the SBOMs evaluated as evidence, if any
 * @param hospitalCountry    the hospital's Member State the national schemes were judged for, or {@code null}
 * @param waivers            the hospital's waivers addressed to this offer: applied, or why ignored
 * @param requirementDigests per requirement id of the profile, a digest of its definition in the rule pack, so a
 *                           later comparison tells a rule-pack change from the vendor's
 * @param scoringPolicy      the policy itself, so that a report can explain it
 *                           ({@link org.cyberprocure.report.ReportModel#of(Assessment, org.cyberprocure.catalog.Catalog)});
 *                           its label is {@code policy}. When {@code null} and {@code policy} is the default
 *                           policy's label, the default policy. Not written to JSON (the report lists its values).
 * @param decisionReasonMessages the decision reasons as messages, so a report can write them in its language;
 *                           empty when the reasons were given as text only
 */
public record Assessment(String questionnaireId, Vendor vendor, Product product, Profile profile, LocalDate asOf,
                         LocalDate contractEnd, String catalogVersion, String rulePack, String rulePackVersion,
                         Decision decision, List<String> decisionReasons, Double overallScore,
                         List<DomainScore> domainScores, List<String> missingMandatory,
                         List<ScopeNote> scopeNotes, List<Finding> findings,
                         List<Contradiction> contradictions, String policy, List<Answer> answers,
                         List<ImportedForm> forms, List<SbomEvidence> sboms, String hospitalCountry,
                         List<WaiverOutcome> waivers, Map<String, String> requirementDigests,
                         @JsonIgnore Policy scoringPolicy, @JsonIgnore List<Message> decisionReasonMessages) {

    /** Checks the components and makes the lists immutable; see the type description for their meaning. */
    public Assessment {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(rulePack, "rulePack");
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        Objects.requireNonNull(decision, "decision");
        decisionReasons = List.copyOf(decisionReasons);
        domainScores = List.copyOf(domainScores);
        missingMandatory = List.copyOf(missingMandatory);
        scopeNotes = List.copyOf(scopeNotes);
        findings = List.copyOf(findings);
        contradictions = List.copyOf(contradictions);
        Objects.requireNonNull(policy, "policy");
        if (scoringPolicy == null && policy.equals(Policy.defaults().label())) {
            scoringPolicy = Policy.defaults();
        }
        if (scoringPolicy != null && !scoringPolicy.label().equals(policy)) {
            throw new IllegalArgumentException("policy '" + policy + "' is not the label of the scoring policy '"
                    + scoringPolicy.label() + "'");
        }
        answers = List.copyOf(answers);
        forms = List.copyOf(forms);
        sboms = List.copyOf(sboms);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
        requirementDigests = requirementDigests == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(requirementDigests));
        decisionReasonMessages = decisionReasonMessages == null ? List.of() : List.copyOf(decisionReasonMessages);
        if (!decisionReasonMessages.isEmpty() && decisionReasonMessages.size() != decisionReasons.size()) {
            throw new IllegalArgumentException("decision reasons and their messages differ in number");
        }
    }

    /** An assessment with waivers and requirement digests whose decision reasons are text only (not translatable). */
    public Assessment(String questionnaireId, Vendor vendor, Product product, Profile profile, LocalDate asOf,
                      LocalDate contractEnd, String catalogVersion, String rulePack, String rulePackVersion,
                      Decision decision, List<String> decisionReasons, Double overallScore,
                      List<DomainScore> domainScores, List<String> missingMandatory,
                      List<ScopeNote> scopeNotes, List<Finding> findings,
                      List<Contradiction> contradictions, String policy, List<Answer> answers,
                      List<ImportedForm> forms, List<SbomEvidence> sboms, String hospitalCountry,
                      List<WaiverOutcome> waivers, Map<String, String> requirementDigests) {
        this(questionnaireId, vendor, product, profile, asOf, contractEnd, catalogVersion, rulePack, rulePackVersion,
                decision, decisionReasons, overallScore, domainScores, missingMandatory, scopeNotes, findings,
                contradictions, policy, answers, forms, sboms, hospitalCountry, waivers, requirementDigests, null,
                List.of());
    }

    /** An assessment with its scoring policy whose decision reasons are text only (not translatable). */
    public Assessment(String questionnaireId, Vendor vendor, Product product, Profile profile, LocalDate asOf,
                      LocalDate contractEnd, String catalogVersion, String rulePack, String rulePackVersion,
                      Decision decision, List<String> decisionReasons, Double overallScore,
                      List<DomainScore> domainScores, List<String> missingMandatory,
                      List<ScopeNote> scopeNotes, List<Finding> findings,
                      List<Contradiction> contradictions, String policy, List<Answer> answers,
                      List<ImportedForm> forms, List<SbomEvidence> sboms, String hospitalCountry,
                      List<WaiverOutcome> waivers, Map<String, String> requirementDigests, Policy scoringPolicy) {
        this(questionnaireId, vendor, product, profile, asOf, contractEnd, catalogVersion, rulePack, rulePackVersion,
                decision, decisionReasons, overallScore, domainScores, missingMandatory, scopeNotes, findings,
                contradictions, policy, answers, forms, sboms, hospitalCountry, waivers, requirementDigests,
                scoringPolicy, List.of());
    }

    /** An assessment without waivers or requirement digests whose decision reasons are text only. */
    public Assessment(String questionnaireId, Vendor vendor, Product product, Profile profile, LocalDate asOf,
                      LocalDate contractEnd, String catalogVersion, String rulePack, String rulePackVersion,
                      Decision decision, List<String> decisionReasons, Double overallScore,
                      List<DomainScore> domainScores, List<String> missingMandatory,
                      List<ScopeNote> scopeNotes, List<Finding> findings,
                      List<Contradiction> contradictions, String policy, List<Answer> answers,
                      List<ImportedForm> forms, List<SbomEvidence> sboms, String hospitalCountry) {
        this(questionnaireId, vendor, product, profile, asOf, contractEnd, catalogVersion, rulePack,
                rulePackVersion, decision, decisionReasons, overallScore, domainScores, missingMandatory, scopeNotes,
                findings, contradictions, policy, answers, forms, sboms, hospitalCountry, List.of(), Map.of(), null,
                List.of());
    }

    /** An assessment made without a hospital country. */
    public Assessment(String questionnaireId, Vendor vendor, Product product, Profile profile, LocalDate asOf,
                      LocalDate contractEnd, String catalogVersion, String rulePack, String rulePackVersion,
                      Decision decision, List<String> decisionReasons, Double overallScore,
                      List<DomainScore> domainScores, List<String> missingMandatory,
                      List<ScopeNote> scopeNotes, List<Finding> findings,
                      List<Contradiction> contradictions, String policy, List<Answer> answers,
                      List<ImportedForm> forms, List<SbomEvidence> sboms) {
        this(questionnaireId, vendor, product, profile, asOf, contractEnd, catalogVersion, rulePack,
                rulePackVersion, decision, decisionReasons, overallScore, domainScores, missingMandatory, scopeNotes,
                findings, contradictions, policy, answers, forms, sboms, null);
    }

    /** An assessment of answers given directly, without vendor forms or SBOMs. */
    public Assessment(String questionnaireId, Vendor vendor, Product product, Profile profile, LocalDate asOf,
                      LocalDate contractEnd, String catalogVersion, String rulePack, String rulePackVersion,
                      Decision decision, List<String> decisionReasons, Double overallScore,
                      List<DomainScore> domainScores, List<String> missingMandatory,
                      List<ScopeNote> scopeNotes, List<Finding> findings,
                      List<Contradiction> contradictions, String policy, List<Answer> answers) {
        this(questionnaireId, vendor, product, profile, asOf, contractEnd, catalogVersion, rulePack,
                rulePackVersion, decision, decisionReasons, overallScore, domainScores, missingMandatory, scopeNotes,
                findings, contradictions, policy, answers, List.of(), List.of());
    }

    /** The finding for a requirement; throws when the requirement is not part of this assessment. */
    public Finding finding(String requirementId) {
        return findings.stream()
                .filter(f -> f.requirementId().equals(requirementId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding for " + requirementId));
    }

    /**
     * Answers that say "yes" but qualify it in their comment ("best effort", "planned", "optional", ...): the rules
     * take the "yes", so the officer must read these before relying on them. Derived from {@link #answers()}.
     */
    @JsonProperty(value = "qualifiedAnswers", access = JsonProperty.Access.READ_ONLY)
    public List<Answer> qualifiedAnswers() {
        return answers.stream().filter(Answer::qualified).toList();
    }
}
