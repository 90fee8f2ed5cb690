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

    /**
     * A builder for an assessment made outside the checker (a test, an import, an assessment cut or translated):
     * the nine identifying components are required, every list starts empty, the map of digests empty, and the
     * optional values ({@code contractEnd}, {@code overallScore}, {@code hospitalCountry}) {@code null}.
     *
     * @return an empty builder; {@link Builder#build()} says what must be set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every component of this assessment, to make a copy that differs in a few of them.
     *
     * @return a builder that, built unchanged, gives an assessment equal to this one
     */
    public Builder toBuilder() {
        return new Builder().questionnaireId(questionnaireId).vendor(vendor).product(product).profile(profile)
                .asOf(asOf).contractEnd(contractEnd).catalogVersion(catalogVersion).rulePack(rulePack)
                .rulePackVersion(rulePackVersion).decision(decision).decisionReasons(decisionReasons)
                .overallScore(overallScore).domainScores(domainScores).missingMandatory(missingMandatory)
                .scopeNotes(scopeNotes).findings(findings).contradictions(contradictions).policy(policy)
                .answers(answers).forms(forms).sboms(sboms).hospitalCountry(hospitalCountry).waivers(waivers)
                .requirementDigests(requirementDigests).scoringPolicy(scoringPolicy)
                .decisionReasonMessages(decisionReasonMessages);
    }

    /**
     * Collects the components of an {@link Assessment}; each setter takes the value of the record component of the
     * same name (see the type description). Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String questionnaireId;
        private Vendor vendor;
        private Product product;
        private Profile profile;
        private LocalDate asOf;
        private LocalDate contractEnd;
        private String catalogVersion;
        private String rulePack;
        private String rulePackVersion;
        private Decision decision;
        private List<String> decisionReasons = List.of();
        private Double overallScore;
        private List<DomainScore> domainScores = List.of();
        private List<String> missingMandatory = List.of();
        private List<ScopeNote> scopeNotes = List.of();
        private List<Finding> findings = List.of();
        private List<Contradiction> contradictions = List.of();
        private String policy;
        private List<Answer> answers = List.of();
        private List<ImportedForm> forms = List.of();
        private List<SbomEvidence> sboms = List.of();
        private String hospitalCountry;
        private List<WaiverOutcome> waivers = List.of();
        private Map<String, String> requirementDigests = Map.of();
        private Policy scoringPolicy;
        private List<Message> decisionReasonMessages = List.of();

        private Builder() {
        }

        /**
         * @param questionnaireId the questionnaire's id; required
         * @return this builder
         */
        public Builder questionnaireId(String questionnaireId) {
            this.questionnaireId = questionnaireId;
            return this;
        }

        /**
         * @param vendor who answered; required
         * @return this builder
         */
        public Builder vendor(Vendor vendor) {
            this.vendor = vendor;
            return this;
        }

        /**
         * @param product what is offered; required
         * @return this builder
         */
        public Builder product(Product product) {
            this.product = product;
            return this;
        }

        /**
         * @param profile the profile evaluated; required
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /**
         * @param asOf the date the evaluation reasons about; required
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * @param contractEnd the end of the planned contract term, or {@code null}
         * @return this builder
         */
        public Builder contractEnd(LocalDate contractEnd) {
            this.contractEnd = contractEnd;
            return this;
        }

        /**
         * @param catalogVersion the requirement catalog's version; required
         * @return this builder
         */
        public Builder catalogVersion(String catalogVersion) {
            this.catalogVersion = catalogVersion;
            return this;
        }

        /**
         * @param rulePack the rule pack's name; required
         * @return this builder
         */
        public Builder rulePack(String rulePack) {
            this.rulePack = rulePack;
            return this;
        }

        /**
         * @param rulePackVersion the rule pack's version; required
         * @return this builder
         */
        public Builder rulePackVersion(String rulePackVersion) {
            this.rulePackVersion = rulePackVersion;
            return this;
        }

        /**
         * @param decision the recommendation; required
         * @return this builder
         */
        public Builder decision(Decision decision) {
            this.decision = decision;
            return this;
        }

        /**
         * @param decisionReasons why, one sentence per reason
         * @return this builder
         */
        public Builder decisionReasons(List<String> decisionReasons) {
            this.decisionReasons = decisionReasons;
            return this;
        }

        /**
         * @param overallScore weighted percentage 0–100, or {@code null} when nothing was scored
         * @return this builder
         */
        public Builder overallScore(Double overallScore) {
            this.overallScore = overallScore;
            return this;
        }

        /**
         * @param domainScores per domain, in catalog order
         * @return this builder
         */
        public Builder domainScores(List<DomainScore> domainScores) {
            this.domainScores = domainScores;
            return this;
        }

        /**
         * @param missingMandatory mandatory question ids left unanswered
         * @return this builder
         */
        public Builder missingMandatory(List<String> missingMandatory) {
            this.missingMandatory = missingMandatory;
            return this;
        }

        /**
         * @param scopeNotes scope gates that fired
         * @return this builder
         */
        public Builder scopeNotes(List<ScopeNote> scopeNotes) {
            this.scopeNotes = scopeNotes;
            return this;
        }

        /**
         * @param findings one per requirement of the profile, in catalog order
         * @return this builder
         */
        public Builder findings(List<Finding> findings) {
            this.findings = findings;
            return this;
        }

        /**
         * @param contradictions answers that contradict each other, in check order
         * @return this builder
         */
        public Builder contradictions(List<Contradiction> contradictions) {
            this.contradictions = contradictions;
            return this;
        }

        /**
         * @param policy the label ("name version") of the scoring policy applied; may be left unset when
         *               {@link #scoringPolicy(Policy)} is given, whose label it then is
         * @return this builder
         */
        public Builder policy(String policy) {
            this.policy = policy;
            return this;
        }

        /**
         * @param answers the answers evaluated, in questionnaire order
         * @return this builder
         */
        public Builder answers(List<Answer> answers) {
            this.answers = answers;
            return this;
        }

        /**
         * @param forms the vendor forms the answers were mapped from
         * @return this builder
         */
        public Builder forms(List<ImportedForm> forms) {
            this.forms = forms;
            return this;
        }

        /**
         * @param sboms the SBOMs evaluated as evidence
         * @return this builder
         */
        public Builder sboms(List<SbomEvidence> sboms) {
            this.sboms = sboms;
            return this;
        }

        /**
         * @param hospitalCountry the hospital's Member State, or {@code null}
         * @return this builder
         */
        public Builder hospitalCountry(String hospitalCountry) {
            this.hospitalCountry = hospitalCountry;
            return this;
        }

        /**
         * @param waivers the hospital's waivers addressed to this offer; {@code null} means none
         * @return this builder
         */
        public Builder waivers(List<WaiverOutcome> waivers) {
            this.waivers = waivers;
            return this;
        }

        /**
         * @param requirementDigests per requirement id, its definition's digest; {@code null} means none
         * @return this builder
         */
        public Builder requirementDigests(Map<String, String> requirementDigests) {
            this.requirementDigests = requirementDigests;
            return this;
        }

        /**
         * @param scoringPolicy the policy applied, so a report can explain it; {@code null} when only its label is
         *                      known (the default policy is then recognised by its label)
         * @return this builder
         */
        public Builder scoringPolicy(Policy scoringPolicy) {
            this.scoringPolicy = scoringPolicy;
            return this;
        }

        /**
         * @param decisionReasonMessages the decision reasons as messages, as many as the reasons; {@code null} or
         *                               empty when the reasons are text only
         * @return this builder
         */
        public Builder decisionReasonMessages(List<Message> decisionReasonMessages) {
            this.decisionReasonMessages = decisionReasonMessages;
            return this;
        }

        /**
         * Makes the assessment.
         *
         * @return a new immutable assessment
         * @throws NullPointerException     when a required component (questionnaire id, vendor, product, profile,
         *                                  as-of date, catalog version, rule pack name and version, decision, policy
         *                                  label) or a list is missing; the message names it
         * @throws IllegalArgumentException when the policy label is not the scoring policy's, or the decision
         *                                  reasons and their messages differ in number
         */
        public Assessment build() {
            String label = policy == null && scoringPolicy != null ? scoringPolicy.label() : policy;
            return new Assessment(questionnaireId, vendor, product, profile, asOf, contractEnd, catalogVersion,
                    rulePack, rulePackVersion, decision, decisionReasons, overallScore, domainScores,
                    missingMandatory, scopeNotes, findings, contradictions, label, answers, forms, sboms,
                    hospitalCountry, waivers, requirementDigests, scoringPolicy, decisionReasonMessages);
        }
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
