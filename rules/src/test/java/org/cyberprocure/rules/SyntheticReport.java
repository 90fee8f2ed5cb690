package org.cyberprocure.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Vendor;

/**
 * A large, hostile assessment built in code, with its own catalog: many findings over many domains, every status,
 * texts far longer than a cell, an unbroken 900-character token, characters no embedded font has (emoji, CJK),
 * and more evidence references than a cell lists. Scores are computed the way the default policy does.
 */
final class SyntheticReport {
    static final String CATALOG_VERSION = "synthetic-1";
    static final String LONG_RATIONALE_END = "END-OF-A-VERY-LONG-RATIONALE";
    static final String UNBROKEN = "https://evidence.example/" + "x".repeat(900);
    static final String UNPRINTABLE = "rocket \uD83D\uDE80 launch, hospital \u533B\u9662";
    private static final List<String> DOMAINS = IntStream.rangeClosed(1, 14)
            .mapToObj(i -> i == 3 ? "A domain with a rather long name that a bar chart label cannot show in full " + i
                    : "Domain " + i).toList();
    /** The statuses of directly answered questionnaires (hospital responsibility needs a vendor form). */
    private static final Status[] STATUSES = {Status.MET, Status.PARTIALLY_MET, Status.NOT_MET,
        Status.NOT_ANSWERED, Status.NOT_APPLICABLE};

    record Input(Assessment assessment, Catalog catalog) {
    }

    private SyntheticReport() {
    }

    static Input of(int size) {
        List<Requirement> requirements = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("SYN-%03d", i);
            String questionId = String.format("Q-%03d", i);
            String domain = DOMAINS.get(i % DOMAINS.size());
            Severity severity = Severity.values()[i % 4];
            LegalForce force = LegalForce.values()[i % 3];
            boolean knockOut = i % 37 == 0;
            Citation citation = new Citation("SYN", "Synthetic Regulation (EU) 2099/" + i, "Art " + (i % 50 + 1));
            requirements.add(new Requirement(id, "Synthetic requirement " + i + " on " + domain.toLowerCase(),
                    citation, "Paraphrase " + i, domain, Set.of(Profile.CLOUD_MIGRATION), force, severity, knockOut,
                    List.of(questionId), "Remediation " + i + ": " + "do the right thing and evidence it. ".repeat(3),
                    "Contract clause " + i + ": the Supplier shall comply and report to the Hospital.", List.of(),
                    null, "", List.of()));
            questions.add(new Question(questionId, "Synthetic question " + i + " asking whether the control exists?",
                    AnswerType.YES_NO, List.of(), false, "yes", i % 5 == 0, "", Set.of(Profile.CLOUD_MIGRATION),
                    "Section " + (i % 15 + 1), ""));
            Status status = STATUSES[i % STATUSES.length];
            String rationale = rationale(i, status);
            List<Answer> decisive = List.of();
            if (status != Status.NOT_ANSWERED) {
                Answer answer = new Answer(questionId, i % 2 == 0 ? "yes" : "no", comment(i), evidence(i),
                        SourceLocation.jsonPointer("synthetic.json", "/answers/" + answers.size()));
                answers.add(answer);
                decisive = List.of(answer);
            }
            findings.add(new Finding(id, requirements.get(i).title(), domain, status, rationale, decisive,
                    id + " rule", citation, force, severity, knockOut));
        }
        Policy policy = Policy.defaults();
        Catalog catalog = new Catalog(CATALOG_VERSION, requirements, questions, List.of());
        List<DomainScore> scores = DOMAINS.stream().filter(d -> findings.stream().anyMatch(f -> f.domain().equals(d)))
                .map(d -> score(d, findings.stream().filter(f -> f.domain().equals(d)).toList(), policy)).toList();
        List<Contradiction> contradictions = IntStream.range(0, Math.min(6, answers.size() / 2))
                .mapToObj(i -> new Contradiction("CONS-SYN-" + i, "Answers " + i + " disagree",
                        "Answer " + answers.get(2 * i).questionId() + " contradicts " + answers.get(2 * i + 1)
                                .questionId() + ".", List.of(answers.get(2 * i), answers.get(2 * i + 1)), "rule",
                        Severity.HIGH))
                .toList();
        List<String> reasons = findings.stream().filter(Finding::knockOutHit)
                .map(f -> "Knock-out " + f.requirementId() + " (" + f.title() + ") is not met: " + f.rationale())
                .toList();
        Assessment assessment = Assessment.builder().questionnaireId("SYN-" + size)
                .vendor(new Vendor("Синтетичен доставчик — Νοσοκομειακά Συστήματα — Łódź "
                        + "very long vendor name ".repeat(20), "BG", ""))
                .product(new Product("Synthetic product " + UNPRINTABLE, "9.9", ProductKind.CLOUD_SERVICE))
                .profile(Profile.CLOUD_MIGRATION).asOf(LocalDate.of(2026, 11, 1)).catalogVersion(CATALOG_VERSION)
                .rulePack("synthetic").rulePackVersion("1").decision(Decision.REJECT).decisionReasons(reasons)
                .overallScore(score("all", findings, policy).score()).domainScores(scores)
                .scopeNotes(List.of(new ScopeNote("GATE-SYN", "SYN", ScopeNote.Outcome.ADVISORY_BENCHMARK,
                        "The synthetic instrument is an advisory benchmark here.", List.of())))
                .findings(findings).contradictions(contradictions).policy(policy.label()).answers(answers).build();
        return new Input(assessment, catalog);
    }

    private static String rationale(int i, Status status) {
        if (i % 50 == 7) {
            return "A rationale far longer than any cell should show. ".repeat(100) + LONG_RATIONALE_END;
        }
        if (i == 11) {
            return "The vendor pasted one unbroken token: " + UNBROKEN;
        }
        return "Finding " + i + " is " + status + " because the synthetic answer says so.";
    }

    private static String comment(int i) {
        if (i == 13) {
            return UNPRINTABLE;
        }
        return i % 9 == 0 ? "Komentarz dostawcy: żółć, Łódź; Σχόλιο; Коментар; " + "long comment ".repeat(40) : "";
    }

    private static List<String> evidence(int i) {
        if (i == 21) {
            return IntStream.range(0, 30).mapToObj(n -> "Evidence document " + n).toList();
        }
        return i % 4 == 0 ? List.of("Policy document " + i + ".pdf") : List.of();
    }

    private static DomainScore score(String domain, List<Finding> findings, Policy policy) {
        double weight = 0;
        double earned = 0;
        int[] counts = new int[STATUSES.length];
        for (Finding f : findings) {
            counts[f.status().ordinal()]++;
            if (f.status() != Status.NOT_APPLICABLE) {
                weight += policy.severityWeights().get(f.severity());
                earned += policy.severityWeights().get(f.severity()) * policy.credit(f.status());
            }
        }
        Double score = weight == 0 ? null : Math.round(1000.0 * earned / weight) / 10.0;
        return new DomainScore(domain, score, counts[Status.MET.ordinal()], counts[Status.PARTIALLY_MET.ordinal()],
                counts[Status.NOT_MET.ordinal()], counts[Status.NOT_ANSWERED.ordinal()],
                counts[Status.NOT_APPLICABLE.ordinal()]);
    }
}
