package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_APPLICABLE;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.LegalForce;
import org.junit.jupiter.api.Test;

/** nis2.drl: one case per rule, plus how the flow-down rows are labelled and scoped. */
class Nis2RulesTest extends RuleCasesTest {
    /** Answers that meet every NIS2 row for a cloud offer (used by DecisionTest's perfect offer). */
    static final List<Answer> PERFECT_CLOUD = List.of(withEvidence("NIS2-SEC-POLICY", "yes"),
            a("NIS2-POLICY-REVIEW-DATE", "2026-06-01"), withEvidence("INCIDENT-RESPONSE", "yes"),
            a("NIS2-IR-COVERAGE", "H24_7"), withEvidence("CONTINUITY-PLAN", "yes"), a("BACKUP-PROTECTED", "yes"),
            withEvidence("CONTINUITY-TEST-DATE", "2026-06-01"), withEvidence("NIS2-SUPPLIER-REQS", "yes"),
            a("NIS2-SUPPLIER-ASSESS", "yes"), withEvidence("VULN-MGMT-PROCESS", "yes"), withEvidence("CVD-POLICY", "PUBLISHED"),
            withEvidence("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2026-06-01"),
            a("NIS2-TRAINING", "yes"), a("NIS2-TRAINING-INTERVAL-MONTHS", "12"),
            withEvidence("NIS2-CRYPTO-POLICY", "yes"), a("NIS2-CRYPTO-INVENTORY", "yes"),
            a("NIS2-STAFF-SCREENING", "yes"), a("NIS2-ACCESS-REVIEW-MONTHS", "6"), a("NIS2-ASSET-INVENTORY", "yes"),
            a("NIS2-SECURE-COMMS", "yes"), a("NIS2-EMERGENCY-CHANNEL", "yes"), a("NIS2-CRITICAL-SUPPLIERS", "yes"),
            withEvidence("SDL-STANDARD", "NIST_SSDF"), a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "8"),
            a("NIS2-INCIDENT-ASSESSMENT", "yes"), a("NIS2-FINAL-REPORT-DAYS", "21"),
            withEvidence("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), withEvidence("NIS2-IR-ANNEX-MAPPING", "yes"),
            withEvidence("NIS2-IR-SUPPLY-POLICY", "yes"), a("NIS2-IR-SIGNIFICANCE", "yes"));

    static final List<RuleCase> CASES = List.of(
            RuleCase.of("NIS2-21-2a met: approved policy and risk method with evidence", MET,
                    cloud(withEvidence("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2020-03-01"))),
            RuleCase.of("NIS2-21-2a partial: policy claimed without evidence", PARTIALLY_MET,
                    device(a("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2026-03-01"))),
            RuleCase.of("NIS2-21-2a partial: policy or risk method missing", PARTIALLY_MET,
                    device(a("NIS2-SEC-POLICY", "partial"))),
            RuleCase.of("NIS2-21-2a not met: no security policy or risk method", NOT_MET,
                    cloud(a("NIS2-SEC-POLICY", "no"))),
            // hospital standard: the review interval (securityPolicyReviewMonths, 12 by default; as of 2026-11-01)
            RuleCase.of("NIS2-21-2a-HS met: reviewed within the hospital's interval", MET,
                    cloud(withEvidence("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2025-11-01"))),
            RuleCase.of("NIS2-21-2a-HS partial: review older than the hospital's interval", PARTIALLY_MET,
                    cloud(withEvidence("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2025-10-31"))),
            RuleCase.of("NIS2-21-2a-HS not met: no policy to review", NOT_MET, device(a("NIS2-SEC-POLICY", "no"))),

            RuleCase.of("NIS2-21-2b met: documented incident response process", MET,
                    cloud(withEvidence("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "BUSINESS_HOURS"))),
            RuleCase.of("NIS2-21-2b partial: process claimed without evidence", PARTIALLY_MET,
                    device(a("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "H24_7"))),
            RuleCase.of("NIS2-21-2b not met: no incident response process", NOT_MET,
                    device(a("INCIDENT-RESPONSE", "no"))),
            // hospital standard: round-the-clock response (NIS2 sets no hours)
            RuleCase.of("NIS2-21-2b-HS met: detection and response around the clock", MET,
                    cloud(withEvidence("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "H24_7"))),
            RuleCase.of("NIS2-21-2b-HS partial: response in business hours only", PARTIALLY_MET,
                    cloud(withEvidence("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "BUSINESS_HOURS"))),
            RuleCase.of("NIS2-21-2b-HS partial: no defined response hours", PARTIALLY_MET,
                    cloud(withEvidence("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "NONE"))),
            RuleCase.of("NIS2-21-2b-HS not met: no incident response to staff", NOT_MET,
                    device(a("INCIDENT-RESPONSE", "no"))),

            RuleCase.of("NIS2-21-2c met: plan and protected backups", MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), a("BACKUP-PROTECTED", "yes"), a("CONTINUITY-TEST-DATE", "2019-05-01"))),
            RuleCase.of("NIS2-21-2c partial: backups not confirmed protected", PARTIALLY_MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), a("BACKUP-PROTECTED", "no"),
                            withEvidence("CONTINUITY-TEST-DATE", "2026-05-01"))),
            RuleCase.of("NIS2-21-2c not met: no continuity plan", NOT_MET, device(a("CONTINUITY-PLAN", "no"))),
            RuleCase.of("NIS2-21-2c-HS met: recovery tested within the hospital's interval, with a report", MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), withEvidence("CONTINUITY-TEST-DATE", "2026-05-01"))),
            RuleCase.of("NIS2-21-2c-HS partial: recovery test claimed without report", PARTIALLY_MET,
                    device(a("CONTINUITY-PLAN", "yes"), a("CONTINUITY-TEST-DATE", "2026-05-01"))),
            RuleCase.of("NIS2-21-2c-HS partial: recovery not tested within the hospital's interval", PARTIALLY_MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), withEvidence("CONTINUITY-TEST-DATE", "2025-10-31"))),
            RuleCase.of("NIS2-21-2c-HS not met: no plan to test", NOT_MET, cloud(a("CONTINUITY-PLAN", "no"))),

            RuleCase.of("NIS2-21-2d met: security requirements imposed and assessed", MET,
                    cloud(withEvidence("NIS2-SUPPLIER-REQS", "yes"), a("NIS2-SUPPLIER-ASSESS", "yes"))),
            RuleCase.of("NIS2-21-2d partial: supplier requirements claimed without evidence", PARTIALLY_MET,
                    device(a("NIS2-SUPPLIER-REQS", "yes"), a("NIS2-SUPPLIER-ASSESS", "yes"))),
            RuleCase.of("NIS2-21-2d partial: suppliers not assessed", PARTIALLY_MET,
                    cloud(withEvidence("NIS2-SUPPLIER-REQS", "yes"), a("NIS2-SUPPLIER-ASSESS", "no"))),
            RuleCase.of("NIS2-21-2d not met: no supplier security requirements", NOT_MET,
                    cloud(a("NIS2-SUPPLIER-REQS", "no"))),

            RuleCase.of("NIS2-21-2e met: vulnerability management and published disclosure policy", MET,
                    cloud(withEvidence("VULN-MGMT-PROCESS", "yes"), a("CVD-POLICY", "PUBLISHED"))),
            RuleCase.of("NIS2-21-2e partial: vulnerability process claimed without evidence", PARTIALLY_MET,
                    device(a("VULN-MGMT-PROCESS", "yes"), a("CVD-POLICY", "PUBLISHED"))),
            RuleCase.of("NIS2-21-2e partial: no published disclosure policy", PARTIALLY_MET,
                    cloud(withEvidence("VULN-MGMT-PROCESS", "yes"), a("CVD-POLICY", "NONE"))),
            RuleCase.of("NIS2-21-2e not met: no vulnerability management", NOT_MET,
                    device(a("VULN-MGMT-PROCESS", "no"))),

            RuleCase.of("NIS2-21-2f met: audit programme with evidence", MET,
                    cloud(withEvidence("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2022-02-01"))),
            RuleCase.of("NIS2-21-2f partial: audit programme claimed without evidence", PARTIALLY_MET,
                    device(a("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2026-02-01"))),
            RuleCase.of("NIS2-21-2f not met: effectiveness never assessed", NOT_MET,
                    cloud(a("NIS2-AUDIT-PROGRAMME", "no"))),
            RuleCase.of("NIS2-21-2f-HS met: audited within the hospital's interval", MET,
                    cloud(withEvidence("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2026-02-01"))),
            RuleCase.of("NIS2-21-2f-HS partial: no audit within the hospital's interval", PARTIALLY_MET,
                    cloud(withEvidence("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2024-12-01"))),
            RuleCase.of("NIS2-21-2f-HS not met: no audit programme", NOT_MET, device(a("NIS2-AUDIT-PROGRAMME", "no"))),

            RuleCase.of("NIS2-21-2g met: mandatory training for all staff with access", MET,
                    cloud(a("NIS2-TRAINING", "yes"), a("NIS2-TRAINING-INTERVAL-MONTHS", "36"))),
            RuleCase.of("NIS2-21-2g partial: training voluntary or for some staff only", PARTIALLY_MET,
                    cloud(a("NIS2-TRAINING", "partial"))),
            RuleCase.of("NIS2-21-2g not met: no security training", NOT_MET, device(a("NIS2-TRAINING", "no"))),
            RuleCase.of("NIS2-21-2g-HS met: refresher within the hospital's interval", MET,
                    cloud(a("NIS2-TRAINING", "yes"), a("NIS2-TRAINING-INTERVAL-MONTHS", "12"))),
            RuleCase.of("NIS2-21-2g-HS partial: refresher less often than the hospital's interval", PARTIALLY_MET,
                    device(a("NIS2-TRAINING", "yes"), a("NIS2-TRAINING-INTERVAL-MONTHS", "13"))),
            RuleCase.of("NIS2-21-2g-HS not met: no training to refresh", NOT_MET, cloud(a("NIS2-TRAINING", "no"))),

            RuleCase.of("NIS2-21-2h met: cryptography policy and inventory of algorithms and keys", MET,
                    cloud(withEvidence("NIS2-CRYPTO-POLICY", "yes"), a("NIS2-CRYPTO-INVENTORY", "yes"))),
            RuleCase.of("NIS2-21-2h partial: cryptography policy claimed without evidence", PARTIALLY_MET,
                    device(a("NIS2-CRYPTO-POLICY", "yes"), a("NIS2-CRYPTO-INVENTORY", "yes"))),
            RuleCase.of("NIS2-21-2h partial: no inventory of algorithms and keys", PARTIALLY_MET,
                    cloud(withEvidence("NIS2-CRYPTO-POLICY", "yes"), a("NIS2-CRYPTO-INVENTORY", "no"))),
            RuleCase.of("NIS2-21-2h not met: no cryptography policy", NOT_MET, cloud(a("NIS2-CRYPTO-POLICY", "no"))),

            RuleCase.of("NIS2-21-2i met: screening and asset inventory", MET,
                    cloud(a("NIS2-STAFF-SCREENING", "yes"), a("NIS2-ACCESS-REVIEW-MONTHS", "48"),
                            a("NIS2-ASSET-INVENTORY", "yes"))),
            RuleCase.of("NIS2-21-2i partial: screening or asset inventory missing", PARTIALLY_MET,
                    device(a("NIS2-STAFF-SCREENING", "yes"), a("NIS2-ASSET-INVENTORY", "no"))),
            RuleCase.of("NIS2-21-2i not met: neither screening nor asset inventory", NOT_MET,
                    cloud(a("NIS2-STAFF-SCREENING", "no"), a("NIS2-ASSET-INVENTORY", "no"))),
            RuleCase.of("NIS2-21-2i-HS met: access reviewed within the hospital's interval", MET,
                    cloud(a("NIS2-ACCESS-REVIEW-MONTHS", "12"))),
            RuleCase.of("NIS2-21-2i-HS partial: access reviewed less often than the hospital's interval", PARTIALLY_MET,
                    device(a("NIS2-ACCESS-REVIEW-MONTHS", "24"))),
            RuleCase.of("NIS2-21-2i-HS not met: access rights never reviewed", NOT_MET,
                    cloud(a("NIS2-ACCESS-REVIEW-MONTHS", "0"))),

            RuleCase.of("NIS2-21-2j met: MFA, secured channels and emergency contact", MET,
                    device(a("REMOTE-MFA", "yes"), a("NIS2-SECURE-COMMS", "yes"), a("NIS2-EMERGENCY-CHANNEL", "yes"))),
            RuleCase.of("NIS2-21-2j partial: MFA without secured or emergency communication", PARTIALLY_MET,
                    cloud(a("REMOTE-MFA", "yes"), a("NIS2-SECURE-COMMS", "yes"), a("NIS2-EMERGENCY-CHANNEL", "no"))),
            RuleCase.of("NIS2-21-2j not met: remote access without MFA", NOT_MET, cloud(a("REMOTE-MFA", "no"))),

            RuleCase.of("NIS2-21-3 met: recognised development standard with evidence, sub-suppliers listed", MET,
                    cloud(withEvidence("SDL-STANDARD", "NIST_SSDF"), a("NIS2-CRITICAL-SUPPLIERS", "yes"))),
            RuleCase.of("NIS2-21-3 partial: development standard claimed without evidence", PARTIALLY_MET,
                    device(a("SDL-STANDARD", "IEC_62443_4_1"), a("NIS2-CRITICAL-SUPPLIERS", "yes"))),
            RuleCase.of("NIS2-21-3 partial: no recognised secure development standard", PARTIALLY_MET,
                    cloud(a("SDL-STANDARD", "OWN_PROCESS"), a("NIS2-CRITICAL-SUPPLIERS", "yes"))),
            RuleCase.of("NIS2-21-3 partial: critical sub-suppliers not listed", PARTIALLY_MET,
                    device(withEvidence("SDL-STANDARD", "IEC_81001_5_1"), a("NIS2-CRITICAL-SUPPLIERS", "no"))),
            RuleCase.of("NIS2-21-3 not met: no secure development practice", NOT_MET,
                    device(a("SDL-STANDARD", "NONE"))),

            RuleCase.of("NIS2-23 met: notice, initial assessment and final report committed", MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "72"),
                            a("NIS2-INCIDENT-ASSESSMENT", "yes"), a("NIS2-FINAL-REPORT-DAYS", "28"))),
            RuleCase.of("NIS2-23 partial: initial assessment or final report not committed", PARTIALLY_MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "4"),
                            a("NIS2-INCIDENT-ASSESSMENT", "no"), a("NIS2-FINAL-REPORT-DAYS", "14"))),
            RuleCase.of("NIS2-23 not met: no incident notice commitment", NOT_MET, cloud(a("INCIDENT-COMMIT", "no"))),
            // hospital standard: incidentNoticeHours (24) and incidentFinalReportDays (21) by default
            RuleCase.of("NIS2-23-HS met: notice and final report within the hospital's times", MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "24"), a("NIS2-FINAL-REPORT-DAYS", "21"))),
            RuleCase.of("NIS2-23-HS partial: notice slower than the hospital's time", PARTIALLY_MET,
                    device(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "25"), a("NIS2-FINAL-REPORT-DAYS", "21"))),
            RuleCase.of("NIS2-23-HS partial: final report later than the hospital's time", PARTIALLY_MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "8"), a("NIS2-FINAL-REPORT-DAYS", "22"))),
            RuleCase.of("NIS2-23-HS partial: no maximum notice time", PARTIALLY_MET, cloud(a("INCIDENT-COMMIT", "yes"))),
            RuleCase.of("NIS2-23-HS not met: no incident notice commitment", NOT_MET, device(a("INCIDENT-COMMIT", "no"))),

            // GATE-14 and Implementing Regulation (EU) 2024/2690: binding only for digital-provider entities
            RuleCase.of("NIS2-IR-ANNEX met: measures mapped to the Annex with evidence", MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), withEvidence("NIS2-IR-ANNEX-MAPPING", "yes"))),
            RuleCase.of("NIS2-IR-ANNEX partial: claimed without evidence, or gaps remain", PARTIALLY_MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), a("NIS2-IR-ANNEX-MAPPING", "yes"))),
            RuleCase.of("NIS2-IR-ANNEX not met: Annex requirements not met", NOT_MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), a("NIS2-IR-ANNEX-MAPPING", "no"))),
            RuleCase.of("NIS2-IR-SUPPLY met: supply chain policy and supplier directory", MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), withEvidence("NIS2-IR-SUPPLY-POLICY", "yes"))),
            RuleCase.of("NIS2-IR-SUPPLY partial: policy claimed without evidence", PARTIALLY_MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), a("NIS2-IR-SUPPLY-POLICY", "yes"))),
            RuleCase.of("NIS2-IR-SUPPLY not met: no supply chain security policy", NOT_MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), a("NIS2-IR-SUPPLY-POLICY", "no"))),
            RuleCase.of("NIS2-IR-INCIDENT met: significance criteria applied, customers informed", MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), a("NIS2-IR-SIGNIFICANCE", "yes"))),
            RuleCase.of("NIS2-IR-INCIDENT partial: own criteria, or customers not informed", PARTIALLY_MET,
                    cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), a("NIS2-IR-SIGNIFICANCE", "partial"))),
            RuleCase.of("NIS2-IR-INCIDENT not met: significance criteria not applied", NOT_MET,
                    device(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), a("NIS2-IR-SIGNIFICANCE", "no"))),

            RuleCase.contradiction("CONS-NIS2-INCIDENT-RESPONSE no incident process, yet response hours given",
                    cloud(a("INCIDENT-RESPONSE", "no"), a("NIS2-IR-COVERAGE", "H24_7"))),
            RuleCase.contradiction("CONS-NIS2-INCIDENT-NOTICE no notice commitment, yet a notice time given",
                    device(a("INCIDENT-COMMIT", "no"), a("NIS2-INCIDENT-HOURS", "12"))),
            RuleCase.contradiction("CONS-NIS2-POLICY-REVIEW no security policy, yet a review date given",
                    cloud(a("NIS2-SEC-POLICY", "no"), a("NIS2-POLICY-REVIEW-DATE", "2026-01-01"))));


    /** Further cases for rules already listed once: policy thresholds and date boundaries. */
    static final List<RuleCase> MORE_CASES = List.of(
            RuleCase.of("NIS2-21-2a-HS met: reviewed within the hospital's interval", MET,
                    cloud(withEvidence("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2025-01-15")))
                    .with(HospitalThresholds.withThreshold("securityPolicyReviewMonths", 24)),
            RuleCase.of("NIS2-21-2c-HS partial: recovery not tested within the hospital's interval", PARTIALLY_MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), withEvidence("CONTINUITY-TEST-DATE", "2026-05-01")))
                    .with(HospitalThresholds.withThreshold("continuityTestMonths", 3)),
            RuleCase.of("NIS2-21-2f-HS partial: no audit within the hospital's interval", PARTIALLY_MET,
                    device(withEvidence("NIS2-AUDIT-PROGRAMME", "yes"))),
            RuleCase.of("NIS2-21-2g-HS partial: refresher less often than the hospital's interval", PARTIALLY_MET,
                    device(a("NIS2-TRAINING", "yes"), a("NIS2-TRAINING-INTERVAL-MONTHS", "12")))
                    .with(HospitalThresholds.withThreshold("trainingRefreshMonths", 6)),
            RuleCase.of("NIS2-21-2i-HS met: access reviewed within the hospital's interval", MET,
                    device(a("NIS2-ACCESS-REVIEW-MONTHS", "24")))
                    .with(HospitalThresholds.withThreshold("accessReviewMonths", 24)),
            RuleCase.of("NIS2-23 partial: initial assessment or final report not committed", PARTIALLY_MET,
                    device(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-ASSESSMENT", "yes"))),
            RuleCase.of("NIS2-23-HS partial: notice slower than the hospital's time", PARTIALLY_MET,
                    device(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "24"), a("NIS2-FINAL-REPORT-DAYS", "21")))
                    .with(HospitalThresholds.withThreshold("incidentNoticeHours", 12)),
            RuleCase.of("NIS2-IR-ANNEX partial: claimed without evidence, or gaps remain", PARTIALLY_MET,
                    device(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"), withEvidence("NIS2-IR-ANNEX-MAPPING", "partial"))),
            new RuleCase("GATE-14 the Implementing Regulation binds only digital-infrastructure and ICT-service-management entities", "NIS2-IR-ANNEX", cloud(a("NIS2-VENDOR-STATUS", "NOT_AN_ENTITY"), a("NIS2-IR-ANNEX-MAPPING", "no")),
                    EvaluationContext.defaults(), NOT_APPLICABLE),
            new RuleCase("GATE-14 the Implementing Regulation binds only digital-infrastructure and ICT-service-management entities", "NIS2-IR-INCIDENT", device(a("NIS2-VENDOR-STATUS", "OTHER_NIS2_ENTITY"), a("NIS2-IR-SIGNIFICANCE", "no")),
                    EvaluationContext.defaults(), NOT_APPLICABLE));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void flowDownRows_areExpectedPractice_becauseNis2BindsTheHospitalNotTheSupplier() {
        Assessment assessment = RuleTesting.evaluate(cloud(a("NIS2-TRAINING", "no")));
        var finding = assessment.finding("NIS2-21-2g");
        assertThat(finding.status()).isEqualTo(NOT_MET);
        assertThat(finding.legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
        assertThat(finding.citation().instrument()).isEqualTo("NIS2");
        assertThat(RuleTesting.CHECKER.catalog().requirement("NIS2-21-2g").orElseThrow().paraphrase())
                .contains("binds the hospital");
    }

    @Test
    void incidentNotice_staysApplicable_whenNoPatientDataTurnsTheGdprRowsOff() {
        Assessment assessment = RuleTesting.evaluate(device(a("PATIENT-DATA", "no"), a("BREACH-COMMIT", "no"),
                a("INCIDENT-COMMIT", "no")));
        assertThat(assessment.finding("GDPR-33-2").status()).isEqualTo(NOT_APPLICABLE);
        assertThat(assessment.finding("NIS2-23").status()).isEqualTo(NOT_MET);
    }

    @Test
    void consistentIncidentAnswers_reportNoNis2Contradiction() {
        Assessment assessment = RuleTesting.evaluate(cloud(a("INCIDENT-RESPONSE", "no"), a("NIS2-IR-COVERAGE", "NONE"),
                a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "12")));
        assertThat(assessment.contradictions()).noneMatch(c -> c.checkId().startsWith("CONS-NIS2-"));
    }

    @Test
    void thresholdAndGateCases_decideAsThePolicyAndTheDatesSay() {
        MORE_CASES.forEach(RuleCase::verify);
    }

    @Test
    void oneNotificationClock_enisaAndNis2RowsAgreeOnTheSupplierNoticeTime() {
        for (int hours : new int[] {4, 24, 25, 72}) {
            for (EvaluationContext context : List.of(EvaluationContext.defaults(),
                    HospitalThresholds.withThreshold("incidentNoticeHours", 12))) {
                Assessment assessment = RuleTesting.CHECKER.evaluate(cloud(withEvidence("INCIDENT-COMMIT", "yes"),
                        a("NIS2-INCIDENT-HOURS", String.valueOf(hours)), a("NIS2-FINAL-REPORT-DAYS", "14"),
                        withEvidence("VULN-NOTICE", "MACHINE_READABLE"), a("EHP-INCIDENT-COOPERATION", "yes")), context);
                var expected = hours <= context.policy().threshold("incidentNoticeHours") ? MET : PARTIALLY_MET;
                assertThat(assessment.finding("EHP-GP-M03").status()).as("EHP-GP-M03 at %d h", hours).isEqualTo(expected);
                assertThat(assessment.finding("NIS2-23-HS").status()).as("NIS2-23-HS at %d h", hours).isEqualTo(expected);
            }
        }
    }

    @Test
    void hospitalRows_nameHealthcareProvidersAsEssentialOrImportant_andNeverAllEssential() {
        for (var r : RuleTesting.CHECKER.catalog().requirements()) {
            assertThat(r.paraphrase()).as(r.id()).doesNotContain("the hospital, an essential entity");
            if (r.citation().instrument().equals("NIS2") && !r.isHospitalStandard()) {
                assertThat(r.paraphrase()).as(r.id()).contains("important entity", "flow-down");
                assertThat(r.legalForce()).as(r.id()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
            }
        }
        var r213 = RuleTesting.CHECKER.catalog().requirement("NIS2-21-3").orElseThrow();
        assertThat(r213.citation().reference()).contains("Art 21(3)", "Art 22(1)");
        assertThat(r213.paraphrase()).contains("Art 22(1)");
    }

    @Test
    void hospitalStandardRows_serveTheirNis2Row_withPolicyThresholds() {
        var catalog = RuleTesting.CHECKER.catalog();
        for (String id : List.of("NIS2-21-2a", "NIS2-21-2b", "NIS2-21-2c", "NIS2-21-2f", "NIS2-21-2g", "NIS2-21-2i", "NIS2-23")) {
            var hs = catalog.requirement(id + "-HS").orElseThrow();
            assertThat(hs.hospitalStandard().serves()).isEqualTo(id);
            // every number comes from the policy; round-the-clock response (21-2b) is a standard without a number
            assertThat(hs.hospitalStandard().thresholds().isEmpty()).as(id).isEqualTo(id.equals("NIS2-21-2b"));
            hs.hospitalStandard().thresholds().forEach(key -> assertThat(hs.paraphrase()).contains(key));
            assertThat(hs.legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
            assertThat(hs.citation().reference()).endsWith("hospital standard");
            // the row it serves reads no threshold question of the hospital standard
            assertThat(catalog.requirement(id).orElseThrow().questions())
                    .doesNotContain("NIS2-POLICY-REVIEW-DATE", "CONTINUITY-TEST-DATE", "NIS2-LAST-AUDIT-DATE",
                            "NIS2-TRAINING-INTERVAL-MONTHS", "NIS2-ACCESS-REVIEW-MONTHS", "NIS2-INCIDENT-HOURS",
                            "NIS2-IR-COVERAGE");
        }
    }

    @Test
    void gate14_digitalProviderEntity_isBoundByTheImplementingRegulation_andGetsAScopeNote() {
        Assessment bound = RuleTesting.evaluate(cloud(a("NIS2-VENDOR-STATUS", "DIGITAL_PROVIDER_ENTITY"),
                a("NIS2-IR-ANNEX-MAPPING", "no")));
        assertThat(bound.finding("NIS2-IR-ANNEX").status()).isEqualTo(NOT_MET);
        assertThat(bound.finding("NIS2-IR-ANNEX").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(bound.scopeNotes()).anySatisfy(n -> {
            assertThat(n.gate()).isEqualTo("GATE-14");
            assertThat(n.reason()).contains("DIGITAL_PROVIDER_ENTITY");
        });

        Assessment other = RuleTesting.evaluate(device(a("NIS2-VENDOR-STATUS", "OTHER_NIS2_ENTITY"),
                a("NIS2-IR-ANNEX-MAPPING", "no")));
        assertThat(other.finding("NIS2-IR-ANNEX").status()).isEqualTo(NOT_APPLICABLE);
        assertThat(other.scopeNotes()).anySatisfy(n -> assertThat(n.gate()).isEqualTo("GATE-14"));

        Assessment outside = RuleTesting.evaluate(cloud(a("NIS2-VENDOR-STATUS", "NOT_AN_ENTITY")));
        assertThat(outside.finding("NIS2-IR-SUPPLY").status()).isEqualTo(NOT_APPLICABLE);
        assertThat(outside.finding("NIS2-IR-SUPPLY").rationale()).contains("2024/2690");
        // the flow-down rows stay expected practice whatever the vendor's status
        assertThat(outside.finding("NIS2-21-2a").legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
    }
}
