package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.util.List;
import java.util.stream.Stream;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** The decision: knock-outs reject, missing mandatory answers make it incomplete, gaps add conditions. */
class DecisionTest {
    /** A cloud offer that meets every requirement. */
    static final List<Answer> PERFECT_CLOUD = Stream.of(List.of(
            a("PATIENT-DATA", "yes"), a("SCOPE-CRA-REMOTE-PROCESSING", "no"), a("REMOTE-MFA", "yes"),
            a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "yes"),
            a("LOG-EVENTS", "yes"), a("LOG-SIEM", "yes"),
            a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "7"), a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"),
            a("BREACH-COMMIT", "yes"), a("BREACH-HOURS", "24"), a("CLD-DATA-LOCATION", "EEA_ONLY"),
            a("CLD-SUBPROC-LIST", "yes"), a("CLD-SUBPROC-NOTICE-DAYS", "60"), a("CLD-SUBPROC-OBJECT", "yes"),
            a("CLD-RTO-RPO", "yes"), a("CLD-RESTORE-TEST-DATE", "2026-06-01"), withEvidence("CLD-ISO27001", "yes"),
            a("CLD-ISO27001-EXPIRY", "2029-01-01")), EnisaRulesTest.CLOUD_MET, CloudRulesTest.ALL_MET,
            GdprRulesTest.PERFECT_CLOUD, Nis2RulesTest.PERFECT_CLOUD, EhdsRulesTest.PERFECT).flatMap(List::stream).toList();

    /** With the expected evidence named: these tests are about the decision, not the evidence rule. */
    private static Assessment evaluate(Questionnaire q) {
        return RuleTesting.evaluate(RuleTesting.evidenced(q));
    }

    private static Assessment perfectCloudWith(Answer... overrides) {
        List<Answer> answers = new java.util.ArrayList<>(PERFECT_CLOUD);
        answers.addAll(List.of(overrides));
        return evaluate(cloud(answers.toArray(Answer[]::new)));
    }

    @Test
    void everythingMet_accepts_withFullScore() {
        Assessment a = perfectCloudWith();
        assertThat(a.decision()).isEqualTo(Decision.ACCEPT);
        assertThat(a.overallScore()).isEqualTo(100.0);
        // The CRA rows are out of scope for a stand-alone cloud service (GATE-02).
        assertThat(a.findings()).allMatch(f -> f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE);
    }

    @Test
    void aGap_acceptsWithConditions_andLowersTheDomainScore() {
        Assessment a = perfectCloudWith(a("LOG-SIEM", "no"));
        assertThat(a.decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);
        assertThat(a.domainScores()).filteredOn(d -> d.domain().equals("Logging and monitoring"))
                .singleElement().satisfies(d -> assertThat(d.score()).isEqualTo(50.0));
        assertThat(a.overallScore()).isLessThan(100.0);
    }

    @Test
    void knockOutNotMet_rejects_andNamesTheKnockOut() {
        Assessment a = perfectCloudWith(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"), a("CLD-TRANSFER-MECHANISM", "NONE"));
        assertThat(a.decision()).isEqualTo(Decision.REJECT);
        assertThat(a.decisionReasons()).anyMatch(r -> r.startsWith("Knock-out GDPR-44"));
    }

    @Test
    void unansweredMandatoryQuestion_isIncomplete() {
        Assessment a = evaluate(cloud(PERFECT_CLOUD.stream().filter(x -> !x.questionId().equals("SEC-UPDATES"))
                .toArray(Answer[]::new)));
        assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(a.missingMandatory()).containsExactly("SEC-UPDATES");
        assertThat(a.finding("EHP-GP-M06").status()).isEqualTo(Status.NOT_ANSWERED);
        assertThat(a.finding("EHP-GP-M06").rationale()).contains("SEC-UPDATES");
    }

    @Test
    void knockOutWinsOverIncomplete() {
        Assessment a = evaluate(cloud(a("BREACH-COMMIT", "no")));
        assertThat(a.decision()).isEqualTo(Decision.REJECT);
        assertThat(a.decisionReasons()).anyMatch(r -> r.startsWith("Mandatory questions unanswered"));
    }

    @Test
    void notApplicableRequirements_areLeftOutOfTheScore() {
        Assessment a = perfectCloudWith(a("PATIENT-DATA", "no"), a("ENC-REST", "no"),
                a("GDPR-BREACH-PATIENT-ID", "no")); // without patient data none can be identified
        assertThat(a.finding("GDPR-32-1a").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.overallScore()).isEqualTo(100.0);
        assertThat(a.decision()).isEqualTo(Decision.ACCEPT);
    }

    @Test
    void unansweredKnockOut_isIncomplete_neverAnAcceptWithConditions() {
        List<String> exit = RuleTesting.CHECKER.catalog().requirement("CLD-EXIT-PORTABILITY").orElseThrow()
                .questions();
        Assessment a = evaluate(cloud(PERFECT_CLOUD.stream().filter(x -> !exit.contains(x.questionId()))
                .toArray(Answer[]::new)));
        assertThat(a.missingMandatory()).isEmpty();
        assertThat(a.finding("CLD-EXIT-PORTABILITY").knockOutOpen()).isTrue();
        assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(a.decisionReasons().get(0)).startsWith("Knock-out CLD-EXIT-PORTABILITY")
                .contains("is not answered");
    }

    @Test
    void partlyMetKnockOut_isANamedConditionOfAward() {
        Assessment a = perfectCloudWith(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                a("CLD-TRANSFER-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"), a("CLD-TIA", "no"));
        assertThat(a.finding("GDPR-44").knockOutPartial()).isTrue();
        assertThat(a.decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);
        assertThat(a.decisionReasons().get(0)).startsWith("Knock-out GDPR-44").contains("condition of award");
    }

    @Test
    void aMandatoryQuestionWhoseRowsAScopeGateTookOut_isNotAskedFor() {
        // A stand-alone cloud service (GATE-02): the CRA rows are out, so a question only they use is not missing.
        List<String> craOnly = RuleTesting.CHECKER.catalog().questions(org.cyberprocure.model.Profile.CLOUD_MIGRATION)
                .stream().filter(q -> q.mandatory()).map(q -> q.id())
                .filter(id -> RuleTesting.CHECKER.catalog().requirementsServedBy(id).stream()
                        .filter(r -> r.appliesTo(org.cyberprocure.model.Profile.CLOUD_MIGRATION)).allMatch(r ->
                                r.citation().instrument().equals("CRA"))
                        && !RuleTesting.CHECKER.catalog().requirementsServedBy(id).isEmpty())
                .toList();
        Assessment standAlone = evaluate(cloud(a("PATIENT-DATA", "yes"), a("SCOPE-CRA-REMOTE-PROCESSING", "no")));
        Assessment backend = evaluate(cloud(a("PATIENT-DATA", "yes"), a("SCOPE-CRA-REMOTE-PROCESSING", "yes")));
        assertThat(standAlone.missingMandatory()).doesNotContainAnyElementsOf(craOnly);
        assertThat(backend.missingMandatory()).containsAll(craOnly);
    }

    @Test
    void incomplete_listsTheMissingMandatoryAnswersFirst() {
        Assessment a = evaluate(cloud(a("PATIENT-DATA", "yes"), a("LOG-SIEM", "no")));
        assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(a.decisionReasons().get(0)).startsWith("Mandatory questions unanswered");
    }

    @Test
    void lowScoreOfAnIncompleteSubmission_isIncomplete_notRejected() {
        Assessment a = evaluate(cloud(a("PATIENT-DATA", "yes")));
        assertThat(a.overallScore()).isLessThan(Policy.defaults().rejectBelowScore());
        assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
    }

    @Test
    void completeSubmissionBelowThePolicyMinimum_isRejected() {
        // Mandatory questions and those of knock-out rows: an unanswered knock-out would make it incomplete.
        var catalog = RuleTesting.CHECKER.catalog();
        List<Answer> mandatoryOnly = PERFECT_CLOUD.stream().filter(x -> catalog.question(x.questionId())
                .orElseThrow().mandatory() || catalog.requirementsServedBy(x.questionId()).stream()
                .anyMatch(r -> r.knockOut())).toList();
        Assessment a = evaluate(cloud(mandatoryOnly.toArray(Answer[]::new)));
        assertThat(a.missingMandatory()).isEmpty();
        assertThat(a.overallScore()).isLessThan(50.0);
        assertThat(a.decision()).isEqualTo(Decision.REJECT);
        assertThat(a.decisionReasons()).anyMatch(r -> r.contains("below the policy's minimum"));
    }

    @Test
    void hospitalPolicy_changesWeightsAndKnockOuts_withoutCode() {
        Policy strict = Policy.read(new java.io.ByteArrayInputStream("""
                {"policyFormat": "cyberprocure-policy/1", "name": "Strict", "version": "1",
                 "knockOuts": {"add": ["EHP-GP-G08"]}, "partialCredit": 0}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "strict.json");
        Assessment lenient = perfectCloudWith(a("LOG-EVENTS", "no"));
        Assessment judged = RuleTesting.CHECKER.evaluate(cloud(withOverride(a("LOG-EVENTS", "no"))),
                EvaluationContext.defaults().withPolicy(strict));
        assertThat(lenient.decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);
        assertThat(judged.decision()).isEqualTo(Decision.REJECT);
        assertThat(judged.policy()).isEqualTo("Strict 1");
        assertThat(judged.decisionReasons()).anyMatch(r -> r.startsWith("Knock-out EHP-GP-G08"));
    }

    private static Answer[] withOverride(Answer override) {
        List<Answer> answers = new java.util.ArrayList<>(PERFECT_CLOUD);
        answers.add(override);
        return answers.toArray(Answer[]::new);
    }
}
