package org.cyberprocure.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.internal.Prose;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.VexDocument;
import org.cyberprocure.model.WaiverOutcome;

/**
 * What a report shows, built once from an {@link Assessment} and independent of any output format; renderers
 * only lay it out. Every text a reader sees is in the model's language: labels, and the rule pack's texts (titles,
 * rationales, remediation, contract clauses, question texts, scope notes, decision reasons) from its bundles; a
 * text a language lacks is shown in English and counted ({@link #untranslated()}).
 *
 * @param assessment     the assessment reported on, its texts in the model's language (JSON renderers write it as
 *                       is: ids, statuses and codes are the same in every language)
 * @param policy         the scoring policy the assessment was made with
 * @param labels         the report's words, in its language
 * @param title          the report title
 * @param facts          cover facts in display order (vendor, product, profile, as-of date, decision, ...)
 * @param disclaimer     the statement that the report is decision support, not legal advice
 * @param reasons        why the decision was taken, as the evaluation recorded it
 * @param scopeNotes     what the scope gates decided, in words
 * @param rows           one row per finding, in catalog order
 * @param contradictions the contradictions between answers, in check order
 * @param answers        every question of the profile with the vendor's answer, by questionnaire section
 * @param methodology    paragraphs explaining status, weights, partial credit, knock-outs and the decision
 * @param policyFacts    the policy in force, as labelled values
 * @param notEvidenced   when the answers were mapped from a vendor form (MDS2, CAIQ): the requirements left
 *                       undecided because the form does not cover them, with the questions to ask the vendor;
 *                       empty otherwise
 * @param audit          when the report was made, by which tool version, from which input files (SHA-256)
 * @param vex            the vendor's VEX documents handed in next to the SBOM, if any: which known vulnerabilities
 *                       the vendor declares not affecting, fixed, under investigation or affecting the product
 *                       (shown as given; they change no verdict)
 */
public record ReportModel(Assessment assessment, Policy policy, ReportLabels labels, String title, List<Fact> facts,
                          String disclaimer, List<String> reasons, List<String> scopeNotes, List<FindingRow> rows,
                          List<ContradictionRow> contradictions, List<QuestionSection> answers,
                          List<String> methodology, List<Fact> policyFacts, List<UnevidencedRow> notEvidenced,
                          AuditRecord audit, List<VexDocument> vex) {

    /** The English disclaimer; machine-readable outputs carry it in this stable wording. */
    public static final String DISCLAIMER = ReportLabels.of(Locale.ENGLISH).get("report.disclaimer");

    /**
     * Gaps first by weight of consequence: binding rows before advisory ones; among them a failed knock-out, then
     * a knock-out partly met or unanswered, then status (not met, partially met, not answered: an unanswered
     * row must not hide a real gap), then severity and legal force; ties keep catalog order (the sort is stable).
     */
    public static final Comparator<Finding> MOST_SEVERE_FINDING_FIRST = Comparator
            .comparing((Finding f) -> f.legalForce() == LegalForce.ADVISORY)
            .thenComparing(f -> !f.knockOutHit())
            .thenComparing(f -> !(f.knockOutPartial() || f.knockOutOpen()))
            .thenComparing(f -> statusRank(f.status()))
            .thenComparing(Finding::severity)
            .thenComparing(Finding::legalForce);

    /** {@link #MOST_SEVERE_FINDING_FIRST} for report rows. */
    public static final Comparator<FindingRow> MOST_SEVERE_FIRST = Comparator.comparing(FindingRow::finding,
            MOST_SEVERE_FINDING_FIRST);

    private static final List<Status> STATUS_ORDER = List.of(Status.MET, Status.PARTIALLY_MET, Status.NOT_MET,
            Status.NOT_ANSWERED, Status.RISK_ACCEPTED, Status.NOT_APPLICABLE, Status.HOSPITAL_RESPONSIBILITY);

    /** A labelled value. */
    public record Fact(String label, String value) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param label the fact's label
         * @param value the fact's value
         */
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One finding, ready to show.
     *
     * @param finding        the finding
     * @param citation       the source, in words
     * @param answers        the deciding answers, e.g. {@code REMOTE-MFA = yes}
     * @param remediation    what the vendor can do; empty when the requirement is met or not applicable
     * @param contractClause a clause the hospital can put into the contract; empty when there is no gap
     * @param force          the legal force in words; a hospital-standard row names its policy thresholds
     */
    public record FindingRow(Finding finding, String citation, String answers, String remediation,
                             String contractClause, String force) {
        /**
         * Checks the components and makes the lists immutable; see the type description for their meaning.
         *
         * @param finding        the finding
         * @param citation       the source, in words
         * @param answers        the deciding answers, e.g. {@code REMOTE-MFA = yes}
         * @param remediation    what the vendor can do; empty when the requirement is met or not applicable
         * @param contractClause a clause the hospital can put into the contract; empty when there is no gap
         * @param force          the legal force in words; a hospital-standard row names its policy thresholds
         */
        public FindingRow {
            Objects.requireNonNull(finding, "finding");
            citation = Objects.requireNonNullElse(citation, "");
            answers = Objects.requireNonNullElse(answers, "");
            remediation = Objects.requireNonNullElse(remediation, "");
            contractClause = Objects.requireNonNullElse(contractClause, "");
            force = Objects.requireNonNullElse(force, "");
        }
    }

    /**
     * A question with the vendor's answer.
     *
     * @param questionId the question id
     * @param text       the question as the vendor read it (the id when the catalog does not know it)
     * @param mandatory  whether a complete submission must answer it
     * @param answer     the answer, or {@code null} when the vendor gave none
     */
    public record QuestionRow(String questionId, String text, boolean mandatory, Answer answer) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param questionId the question id
         * @param text       the question as the vendor read it (the id when the catalog does not know it)
         * @param mandatory  whether a complete submission must answer it
         * @param answer     the answer, or {@code null} when the vendor gave none
         */
        public QuestionRow {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(text, "text");
        }

        /** {@return whether the vendor answered the question} */
        public boolean answered() {
            return answer != null;
        }
    }

    /** The questions of one questionnaire section, in question bank order. */
    public record QuestionSection(String name, List<QuestionRow> questions) {
        /**
         * Checks the components and makes the lists immutable; see the type description for their meaning.
         *
         * @param name the section's name
         * @param questions the section's questions, in bank order
         */
        public QuestionSection {
            Objects.requireNonNull(name, "name");
            questions = List.copyOf(questions);
        }
    }

    /**
     * A contradiction with the questions and answers involved.
     *
     * @param contradiction the contradiction
     * @param answers       the questions involved with the answers given
     * @param clarify       what the vendor should clarify, from the consistency check; may be empty
     */
    public record ContradictionRow(Contradiction contradiction, List<QuestionRow> answers, String clarify) {
        /**
         * Checks the components and makes the lists immutable; see the type description for their meaning.
         *
         * @param contradiction the contradiction
         * @param answers       the questions involved with the answers given
         * @param clarify       what the vendor should clarify, from the consistency check; may be empty
         */
        public ContradictionRow {
            Objects.requireNonNull(contradiction, "contradiction");
            answers = List.copyOf(answers);
            clarify = Objects.requireNonNullElse(clarify, "");
        }
    }

    /** The gaps of one domain, most severe first, with the domain's score. */
    public record DomainGaps(DomainScore score, List<FindingRow> gaps) {
        /**
         * Checks the components and makes the lists immutable; see the type description for their meaning.
         *
         * @param score the domain's score
         * @param gaps the domain's gaps, most severe first
         */
        public DomainGaps {
            Objects.requireNonNull(score, "score");
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * A requirement a vendor form could not evidence, with the questions to put to the vendor.
     *
     * @param row   the requirement's finding (not answered)
     * @param toAsk the questions of the bank the form did not answer
     */
    public record UnevidencedRow(FindingRow row, List<QuestionRow> toAsk) {
        /**
         * Checks the components and makes the lists immutable; see the type description for their meaning.
         *
         * @param row   the requirement's finding (not answered)
         * @param toAsk the questions of the bank the form did not answer
         */
        public UnevidencedRow {
            Objects.requireNonNull(row, "row");
            toAsk = List.copyOf(toAsk);
        }
    }

    /** How many findings have a status. */
    public record StatusCount(Status status, int count) {
    }

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param assessment     the assessment reported on, its texts in the model's language (JSON renderers write it as
     *                       is: ids, statuses and codes are the same in every language)
     * @param policy         the scoring policy the assessment was made with
     * @param labels         the report's words, in its language
     * @param title          the report title
     * @param facts          cover facts in display order (vendor, product, profile, as-of date, decision, ...)
     * @param disclaimer     the statement that the report is decision support, not legal advice
     * @param reasons        why the decision was taken, as the evaluation recorded it
     * @param scopeNotes     what the scope gates decided, in words
     * @param rows           one row per finding, in catalog order
     * @param contradictions the contradictions between answers, in check order
     * @param answers        every question of the profile with the vendor's answer, by questionnaire section
     * @param methodology    paragraphs explaining status, weights, partial credit, knock-outs and the decision
     * @param policyFacts    the policy in force, as labelled values
     * @param notEvidenced   when the answers were mapped from a vendor form (MDS2, CAIQ): the requirements left
     *                       undecided because the form does not cover them, with the questions to ask the vendor;
     *                       empty otherwise
     * @param audit          when the report was made, by which tool version, from which input files (SHA-256)
     * @param vex            the vendor's VEX documents handed in next to the SBOM, if any: which known
     *                       vulnerabilities the vendor declares not affecting, fixed, under investigation or
     *                       affecting the product (shown as given; they change no verdict)
     */
    public ReportModel {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(disclaimer, "disclaimer");
        facts = List.copyOf(facts);
        reasons = List.copyOf(reasons);
        scopeNotes = List.copyOf(scopeNotes);
        rows = List.copyOf(rows);
        contradictions = List.copyOf(contradictions);
        answers = List.copyOf(answers);
        methodology = List.copyOf(methodology);
        vex = vex == null ? List.of() : List.copyOf(vex);
        policyFacts = List.copyOf(policyFacts);
        notEvidenced = List.copyOf(notEvidenced);
        Objects.requireNonNull(audit, "audit");
    }

    /**
     * {@return this report with another audit record: the input files' digests, or a fixed generation time for
     * byte-identical output} {@link #of} records the current time (or {@code SOURCE_DATE_EPOCH}) and no files.
     *
     * @param record the audit record to show
     */
    public ReportModel withAudit(AuditRecord record) {
        return new ReportModel(assessment, policy, labels, title, facts, disclaimer, reasons, scopeNotes, rows,
                contradictions, answers, methodology, policyFacts, notEvidenced, record, vex);
    }

    /** {@return gaps the hospital accepted as risks under a waiver, in catalog order} */
    public List<FindingRow> acceptedRisks() {
        return rows.stream().filter(r -> r.finding().status() == Status.RISK_ACCEPTED).toList();
    }

    /** {@return waivers addressed to this offer that were not applied (expired, mismatched, no gap, not allowed)} */
    public List<WaiverOutcome> ignoredWaivers() {
        return assessment.waivers().stream().filter(w -> !w.applied()).toList();
    }

    /** {@return knock-outs of binding law accepted as risks because the policy allows it: the report says so first} */
    public List<FindingRow> waivedBindingKnockOuts() {
        return acceptedRisks().stream().filter(r -> r.finding().acceptedRisk().bindingKnockOut()).toList();
    }

    /**
     * The English report of an assessment, explaining the policy it was scored with (which an assessment made by
     * {@link org.cyberprocure.ComplianceChecker#evaluate} records, custom or default).
     *
     * @param assessment the assessment
     * @param catalog    the catalog it was made with (remediation, contract clauses, question texts)
     * @return the renderer-neutral report
     * @throws ConfigurationException when the assessment was made with another catalog, or records its policy by
     *                                label only (built by hand): then use {@link #of(Assessment, Catalog, Policy,
     *                                Locale)}
     */
    public static ReportModel of(Assessment assessment, Catalog catalog) {
        return of(assessment, catalog, Locale.ENGLISH);
    }

    /**
     * The report of an assessment in the locale's language (English, German or French; English for any other),
     * explaining the policy the assessment records.
     *
     * @param assessment the assessment
     * @param catalog    the catalog it was made with
     * @param locale     the language of the labels
     * @return the renderer-neutral report
     * @throws ConfigurationException when the assessment was made with another catalog, or records its policy by
     *                                label only (built by hand): then use {@link #of(Assessment, Catalog, Policy,
     *                                Locale)}
     */
    public static ReportModel of(Assessment assessment, Catalog catalog, Locale locale) {
        return of(assessment, catalog, recordedPolicy(assessment), locale);
    }

    /** The policy an assessment made by the checker records; one built by hand may name it by label only. */
    static Policy recordedPolicy(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        if (assessment.scoringPolicy() == null) {
            throw new ConfigurationException("the assessment records its policy '" + assessment.policy()
                    + "' by label only: pass the policy to ReportModel.of(assessment, catalog, policy, locale)");
        }
        return assessment.scoringPolicy();
    }

    /**
     * {@return the report of an assessment in the locale's language, with the catalog's bundled translations}
     *
     * @param assessment the assessment
     * @param catalog    the catalog it was made with (remediation, contract clauses, question texts, translations)
     * @param policy     the policy it was scored with (explained in the methodology)
     * @param locale     the language of the report
     * @throws ConfigurationException when the catalog version or the policy differs from the assessment's, or
     *                                when the catalog has no texts in the locale's language (see {@code docs/i18n.md})
     */
    public static ReportModel of(Assessment assessment, Catalog catalog, Policy policy, Locale locale) {
        Objects.requireNonNull(catalog, "catalog");
        return of(assessment, catalog, policy, catalog.translations().texts(locale));
    }

    /**
     * {@return the report of an assessment in the language of the given texts, e.g. from
     * {@code catalog.translations().withLanguagePack(folder).texts(locale)}}
     *
     * @param assessment the assessment to report
     * @param catalog the catalog it was evaluated with (same version)
     * @param policy the policy it was scored under (same label)
     * @param texts the texts of the report's language
     * @throws ConfigurationException when the catalog version or the policy differs from the assessment's
     */
    public static ReportModel of(Assessment assessment, Catalog catalog, Policy policy, Texts texts) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(policy, "policy");
        if (!catalog.version().equals(assessment.catalogVersion())) {
            throw new ConfigurationException("the assessment was made with catalog " + assessment.catalogVersion()
                    + ", but the report was given catalog " + catalog.version());
        }
        if (!policy.label().equals(assessment.policy())) {
            throw new ConfigurationException("the assessment was scored with policy '" + assessment.policy()
                    + "', but the report was given policy '" + policy.label() + "'");
        }
        Texts counted = texts.fresh(); // counts the keys this report shows in English
        return new Builder(Localized.of(assessment, counted), catalog, policy, ReportLabels.of(counted)).build();
    }

    /**
     * {@return the keys this report shows in English because its language lacks them (empty for English and for a
     * complete language), sorted} A report in another language says how many there are.
     */
    public Set<String> untranslated() {
        return labels.texts().fellBackToEnglish();
    }

    /**
     * {@return the same report with the vendor's VEX documents listed (replacing any listed before)}
     *
     * @param documents the VEX documents read
     */
    public ReportModel withVex(List<VexDocument> documents) {
        return new ReportModel(assessment, policy, labels, title, facts, disclaimer, reasons, scopeNotes, rows,
                contradictions, answers, methodology, policyFacts, notEvidenced, audit, documents);
    }

    /** {@return the language of the labels} */
    public Locale locale() {
        return labels.locale();
    }

    /** {@return the decision in words, e.g. "Accept with conditions"} */
    public String decisionText() {
        return labels.decision(assessment.decision());
    }

    /** {@return knock-out criteria that are not met} */
    public List<FindingRow> knockOutsHit() {
        return rows.stream().filter(r -> r.finding().knockOutHit()).toList();
    }

    /** {@return knock-out criteria that are not answered: the submission is incomplete until they are} */
    public List<FindingRow> knockOutsOpen() {
        return rows.stream().filter(r -> r.finding().knockOutOpen()).toList();
    }

    /** {@return knock-out criteria that are only partly met: named conditions of award} */
    public List<FindingRow> knockOutsPartial() {
        return rows.stream().filter(r -> r.finding().knockOutPartial()).toList();
    }

    /** {@return every gap (partially met, not met, not answered), most severe first} */
    public List<FindingRow> gaps() {
        List<FindingRow> gaps = new ArrayList<>(rows.stream().filter(r -> r.finding().status().isGap()).toList());
        gaps.sort(MOST_SEVERE_FIRST);
        return gaps;
    }

    /**
     * {@return the {@code limit} most severe gaps}
     *
     * @param limit how many gaps at most
     */
    public List<FindingRow> mostSevereGaps(int limit) {
        return gaps().stream().limit(limit).toList();
    }

    /** {@return gaps grouped by domain in catalog order (domains without gaps left out), most severe first} */
    public List<DomainGaps> gapsByDomain() {
        Map<String, List<FindingRow>> byDomain = gaps().stream()
                .collect(Collectors.groupingBy(r -> r.finding().domain(), LinkedHashMap::new, Collectors.toList()));
        return assessment.domainScores().stream()
                .filter(d -> byDomain.containsKey(d.domain()))
                .map(d -> new DomainGaps(d, byDomain.get(d.domain())))
                .toList();
    }

    /**
     * {@return controls the vendor's form assigns to the hospital (wholly or shared) where a gap remains, in catalog
     * order}
     */
    public List<FindingRow> hospitalTasks() {
        return rows.stream().filter(r -> r.finding().status() == Status.HOSPITAL_RESPONSIBILITY).toList();
    }

    /** {@return whether the answers came, at least in part, from vendor forms, or an SBOM or VEX document was read} */
    public boolean hasSources() {
        return !assessment.forms().isEmpty() || !assessment.sboms().isEmpty() || !vex.isEmpty();
    }

    /** {@return findings that are met or not applicable, in catalog order} */
    public List<FindingRow> resolved() {
        return rows.stream().filter(r -> !r.finding().status().isGap())
                .filter(r -> r.finding().status() != Status.RISK_ACCEPTED).toList();
    }

    /**
     * {@return the rows out of scope grouped by the scope gate that took them out: the gate's reason once, then each
     * row with what its own rule would have found, when it is shown as a benchmark ({@code finding.benchmarkOnly});
     * groups in the order of their first row}
     */
    public List<ScopeGroup> outOfScope() {
        Texts texts = labels.texts();
        Map<String, List<ScopeGroup.Row>> groups = new LinkedHashMap<>();
        for (FindingRow row : rows) {
            Finding f = row.finding();
            if (f.status() != Status.NOT_APPLICABLE) {
                continue;
            }
            Message m = f.rationaleMessage();
            boolean benchmark = m != null && m.key().equals("finding.benchmarkOnly") && m.arguments().size() == 2
                    && m.arguments().get(0) instanceof Message && m.arguments().get(1) instanceof Message;
            String reason = benchmark ? Prose.tidy(texts.format((Message) m.arguments().get(0)), texts.locale())
                    : f.rationale();
            String verdict = benchmark ? Prose.tidy(texts.format((Message) m.arguments().get(1)), texts.locale())
                    : "";
            groups.computeIfAbsent(reason, r -> new ArrayList<>()).add(new ScopeGroup.Row(row, verdict));
        }
        return groups.entrySet().stream().map(e -> new ScopeGroup(e.getKey(), e.getValue())).toList();
    }

    /**
     * Rows out of scope for one reason.
     *
     * @param reason what the scope gate decided, in words
     * @param rows   the rows, each with what its rule would have found as a benchmark ("" when it was not judged)
     */
    public record ScopeGroup(String reason, List<Row> rows) {
        /**
         * Makes the list immutable.
         *
         * @param reason what the scope gate decided, in words
         * @param rows   the rows, each with what its rule would have found as a benchmark ("" when it was not judged)
         */
        public ScopeGroup {
            rows = List.copyOf(rows);
        }

        /** A row out of scope and its benchmark verdict, "" when none. */
        public record Row(FindingRow row, String benchmark) {
        }
    }

    /**
     * {@return number of findings per status (zero counts included), from best to worst and then out of scope: met,
     * partially met, not met, not answered, not applicable}
     */
    public List<StatusCount> statusCounts() {
        EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
        rows.forEach(r -> counts.merge(r.finding().status(), 1, Integer::sum));
        return STATUS_ORDER.stream().map(s -> new StatusCount(s, counts.getOrDefault(s, 0))).toList();
    }

    private static int statusRank(Status status) {
        return switch (status) {
            case NOT_MET -> 0;
            case PARTIALLY_MET -> 1;
            case NOT_ANSWERED -> 2;
            case MET -> 3;
            case NOT_APPLICABLE -> 4;
            case HOSPITAL_RESPONSIBILITY -> 5;
            case RISK_ACCEPTED -> 6;
        };
    }

    /** Assembles the model; kept apart so that {@code of} reads as the contract. */
    private static final class Builder {
        private final Assessment a;
        private final Catalog catalog;
        private final Policy policy;
        private final ReportLabels labels;

        Builder(Assessment a, Catalog catalog, Policy policy, ReportLabels labels) {
            this.a = a;
            this.catalog = catalog;
            this.policy = policy;
            this.labels = labels;
        }

        ReportModel build() {
            return new ReportModel(a, policy, labels, labels.get("report.title"), facts(),
                    labels.get("report.disclaimer"), a.decisionReasons(),
                    a.scopeNotes().stream().map(ScopeNote::reason).toList(),
                    a.findings().stream().map(this::row).toList(), contradictions(), answers(), methodology(),
                    policyFacts(), notEvidenced(), AuditRecord.now(List.of()), List.of());
        }

        private List<Fact> facts() {
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact(labels.get("fact.vendor"), a.vendor().name()
                    + (a.vendor().country().isEmpty() ? "" : " (" + a.vendor().country() + ")")));
            facts.add(new Fact(labels.get("fact.product"), a.product().name()
                    + (a.product().version().isEmpty() ? "" : ", " + a.product().version())));
            facts.add(new Fact(labels.get("fact.productKind"), labels.productKind(a.product().kind())));
            facts.add(new Fact(labels.get("fact.profile"), a.profile().id()));
            facts.add(new Fact(labels.get("fact.questionnaire"), a.questionnaireId()));
            facts.add(new Fact(labels.get("fact.asOf"), labels.texts().date(a.asOf())));
            if (a.contractEnd() != null) {
                facts.add(new Fact(labels.get("fact.contractEnd"), labels.texts().date(a.contractEnd())));
            }
            facts.add(new Fact(labels.get("fact.decision"), labels.decision(a.decision())));
            facts.add(new Fact(labels.get("fact.overallScore"), labels.percent(a.overallScore())));
            facts.add(new Fact(labels.get("fact.catalog"), a.catalogVersion()));
            facts.add(new Fact(labels.get("fact.rulePack"), a.rulePack() + " " + a.rulePackVersion()));
            facts.add(new Fact(labels.get("fact.policy"), labels.policyLabel(a.policy())));
            facts.add(new Fact(labels.get("fact.hospitalCountry"), a.hospitalCountry() == null
                    ? labels.get("fact.hospitalCountryUnknown") : a.hospitalCountry()));
            return facts;
        }

        private FindingRow row(Finding f) {
            boolean gap = f.status().isGap();
            Requirement requirement = catalog.requirement(f.requirementId()).orElse(null);
            Texts texts = labels.texts();
            return new FindingRow(f, f.citation().describe(),
                    f.answers().stream().map(this::describeWithOrigin).collect(Collectors.joining("; ")),
                    gap && requirement != null
                            ? texts.textOr("req." + requirement.id() + ".remediation", requirement.remediation()) : "",
                    gap && requirement != null
                            ? texts.textOr("req." + requirement.id() + ".clause", requirement.contractClause()) : "",
                    force(f, requirement));
        }

        /**
         * The legal force in words. A hospital-standard row in force says so, with the thresholds it applied, so no
         * reader takes the hospital's own number for the law's.
         */
        private String force(Finding f, Requirement requirement) {
            if (requirement == null || !requirement.isHospitalStandard() || f.legalForce() != LegalForce.EXPECTED_PRACTICE) {
                return labels.legalForce(f.legalForce());
            }
            List<String> thresholds = requirement.hospitalStandard().thresholds().stream()
                    .map(k -> k + " " + policy.threshold(k)).toList();
            return labels.get("force.HOSPITAL_STANDARD") + (thresholds.isEmpty() ? ""
                    : " (" + String.join(", ", thresholds) + ")");
        }

        /** {@code MD-AUTH = yes (MDS2 AUTH-1, AUTH-3)} for a mapped answer, so the reader sees where it came from. */
        private String describeWithOrigin(Answer answer) {
            return answer.questionId() + " = " + labels.texts().value(answer)
                    + (answer.mapped() ? " (" + labels.texts().format(answer.origin().message()) + ")" : "");
        }

        /** Requirements left without answers when the questionnaire was built from a vendor form. */
        private List<UnevidencedRow> notEvidenced() {
            if (a.forms().isEmpty()) {
                return List.of();
            }
            Map<String, Answer> given = new HashMap<>();
            a.answers().forEach(ans -> given.putIfAbsent(ans.questionId(), ans));
            List<UnevidencedRow> rows = new ArrayList<>();
            for (Finding f : a.findings()) {
                if (f.status() != Status.NOT_ANSWERED) {
                    continue;
                }
                List<QuestionRow> toAsk = catalog.requirement(f.requirementId()).map(Requirement::questions)
                        .orElse(List.of()).stream()
                        .filter(q -> !given.containsKey(q))
                        .filter(q -> catalog.question(q).map(x -> x.belongsTo(a.profile())).orElse(false))
                        .map(q -> questionRow(q, null)).toList();
                rows.add(new UnevidencedRow(row(f), toAsk));
            }
            return rows;
        }

        private List<ContradictionRow> contradictions() {
            return a.contradictions().stream().map(c -> new ContradictionRow(c,
                    c.answers().stream().map(ans -> questionRow(ans.questionId(), ans)).toList(),
                    catalog.consistencyCheck(c.checkId()).map(check -> labels.texts()
                            .textOr("check." + check.id() + ".remediation", check.remediation())).orElse("")))
                    .toList();
        }

        private QuestionRow questionRow(String questionId, Answer answer) {
            Question q = catalog.question(questionId).orElse(null);
            return new QuestionRow(questionId, q == null ? questionId : questionText(q), q != null && q.mandatory(),
                    answer);
        }

        private String questionText(Question q) {
            return labels.texts().textOr("q." + q.id() + ".text", q.text());
        }

        private List<QuestionSection> answers() {
            Map<String, Answer> given = new LinkedHashMap<>();
            a.answers().forEach(ans -> given.putIfAbsent(ans.questionId(), ans));
            Map<String, List<QuestionRow>> sections = new LinkedHashMap<>();
            for (Question q : catalog.questions(a.profile())) {
                sections.computeIfAbsent(Localized.section(q.section(), labels.texts()), s -> new ArrayList<>())
                        .add(new QuestionRow(q.id(), questionText(q), q.mandatory(), given.remove(q.id())));
            }
            // Answers the profile's bank does not list (readers reject them; code may build them) are still shown.
            given.values().forEach(ans -> sections.computeIfAbsent("\u2014", s -> new ArrayList<>())
                    .add(questionRow(ans.questionId(), ans)));
            return sections.entrySet().stream().map(e -> new QuestionSection(e.getKey(), e.getValue())).toList();
        }

        private List<String> methodology() {
            return List.of(labels.get("method.status"), labels.get("method.weights"), labels.get("method.partial"),
                    labels.get("method.knockOuts"), labels.get("method.decision"), labels.get("method.force"),
                    labels.get("method.hospitalStandard"), labels.get("method.evidence"), labels.get("method.scope"));
        }

        private List<Fact> policyFacts() {
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact(labels.get("policy.name"), labels.policyLabel(policy.label())));
            StringBuilder weights = new StringBuilder();
            for (Severity s : Severity.values()) { // enum order: the policy's map has none
                weights.append(weights.length() == 0 ? "" : ", ").append(labels.severity(s)).append(' ')
                        .append(policy.severityWeights().get(s));
            }
            facts.add(new Fact(labels.get("policy.weights"), weights.toString()));
            facts.add(new Fact(labels.get("policy.partialCredit"), labels.number(policy.partialCredit())));
            facts.add(new Fact(labels.get("policy.rejectBelow"), policy.rejectBelowScore() == null
                    ? labels.get("policy.noThreshold") : labels.percent(policy.rejectBelowScore())));
            facts.add(new Fact(labels.get("policy.contradictions"),
                    labels.get(policy.contradictionsBlockAccept() ? "policy.yes" : "policy.no")));
            List<String> knockOuts = catalog.requirements(a.profile()).stream().filter(policy::isKnockOut)
                    .map(Requirement::id).toList();
            facts.add(new Fact(labels.get("policy.knockOuts", knockOuts.size()), listOrNone(knockOuts)));
            facts.add(new Fact(labels.get("policy.addedKnockOuts"),
                    listOrNone(policy.addedKnockOuts().stream().sorted().toList())));
            facts.add(new Fact(labels.get("policy.removedKnockOuts"),
                    listOrNone(policy.removedKnockOuts().stream().sorted().toList())));
            facts.add(new Fact(labels.get("policy.requirementWeights"), listOrNone(
                    new TreeMap<>(policy.requirementWeights()).entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList())));
            facts.add(new Fact(labels.get("policy.acceptedRiskCredit"), policy.acceptedRiskCredit() == null
                    ? labels.get("policy.acceptedRiskCreditOriginal") : labels.number(policy.acceptedRiskCredit())));
            facts.add(new Fact(labels.get("policy.waiveBindingKnockOuts"),
                    labels.get(policy.waiveBindingKnockOuts() ? "policy.yes" : "policy.no")));
            facts.add(new Fact(labels.get("policy.thresholds"), listOrNone(policy.effectiveThresholds().entrySet()
                    .stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
            return facts;
        }

        private String listOrNone(List<String> items) {
            return items.isEmpty() ? labels.get("policy.none") : String.join(", ", items);
        }
    }
}
