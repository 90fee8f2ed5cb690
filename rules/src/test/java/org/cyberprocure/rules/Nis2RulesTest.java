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
            withEvidence("SDL-STANDARD", "NIST_SSDF"), a("NIS2-INCIDENT-HOURS", "8"),
            a("NIS2-INCIDENT-ASSESSMENT", "yes"), a("NIS2-FINAL-REPORT-DAYS", "21"));

    static final List<RuleCase> CASES = List.of(
            RuleCase.of("NIS2-21-2a met: approved policy and risk method, reviewed within 12 months", MET,
                    cloud(withEvidence("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2026-03-01"))),
            RuleCase.of("NIS2-21-2a partial: policy claimed without evidence", PARTIALLY_MET,
                    device(a("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2026-03-01"))),
            RuleCase.of("NIS2-21-2a partial: not reviewed within 12 months", PARTIALLY_MET,
                    cloud(withEvidence("NIS2-SEC-POLICY", "yes"), a("NIS2-POLICY-REVIEW-DATE", "2025-01-15"))),
            RuleCase.of("NIS2-21-2a partial: policy or risk method missing", PARTIALLY_MET,
                    device(a("NIS2-SEC-POLICY", "partial"))),
            RuleCase.of("NIS2-21-2a not met: no security policy or risk method", NOT_MET,
                    cloud(a("NIS2-SEC-POLICY", "no"))),

            RuleCase.of("NIS2-21-2b met: documented process, 24/7 response", MET,
                    cloud(withEvidence("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "H24_7"))),
            RuleCase.of("NIS2-21-2b partial: process claimed without evidence", PARTIALLY_MET,
                    device(a("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "H24_7"))),
            RuleCase.of("NIS2-21-2b partial: response in business hours only", PARTIALLY_MET,
                    cloud(withEvidence("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "BUSINESS_HOURS"))),
            RuleCase.of("NIS2-21-2b partial: no defined response hours", PARTIALLY_MET,
                    cloud(withEvidence("INCIDENT-RESPONSE", "yes"), a("NIS2-IR-COVERAGE", "NONE"))),
            RuleCase.of("NIS2-21-2b not met: no incident response process", NOT_MET,
                    device(a("INCIDENT-RESPONSE", "no"))),

            RuleCase.of("NIS2-21-2c met: plan, protected backups, recovery tested within 12 months", MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), a("BACKUP-PROTECTED", "yes"),
                            withEvidence("CONTINUITY-TEST-DATE", "2026-05-01"))),
            RuleCase.of("NIS2-21-2c partial: recovery test claimed without report", PARTIALLY_MET,
                    device(a("CONTINUITY-PLAN", "yes"), a("BACKUP-PROTECTED", "n/a"),
                            a("CONTINUITY-TEST-DATE", "2026-05-01"))),
            RuleCase.of("NIS2-21-2c partial: recovery not tested within 12 months", PARTIALLY_MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), a("BACKUP-PROTECTED", "yes"),
                            withEvidence("CONTINUITY-TEST-DATE", "2025-06-01"))),
            RuleCase.of("NIS2-21-2c partial: backups not confirmed protected", PARTIALLY_MET,
                    cloud(a("CONTINUITY-PLAN", "yes"), a("BACKUP-PROTECTED", "no"),
                            withEvidence("CONTINUITY-TEST-DATE", "2026-05-01"))),
            RuleCase.of("NIS2-21-2c not met: no continuity plan", NOT_MET, device(a("CONTINUITY-PLAN", "no"))),

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

            RuleCase.of("NIS2-21-2f met: audit programme, audited within 12 months", MET,
                    cloud(withEvidence("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2026-02-01"))),
            RuleCase.of("NIS2-21-2f partial: audit programme claimed without evidence", PARTIALLY_MET,
                    device(a("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2026-02-01"))),
            RuleCase.of("NIS2-21-2f partial: no audit within 12 months", PARTIALLY_MET,
                    cloud(withEvidence("NIS2-AUDIT-PROGRAMME", "yes"), a("NIS2-LAST-AUDIT-DATE", "2024-12-01"))),
            RuleCase.of("NIS2-21-2f not met: effectiveness never assessed", NOT_MET,
                    cloud(a("NIS2-AUDIT-PROGRAMME", "no"))),

            RuleCase.of("NIS2-21-2g met: mandatory training refreshed at least yearly", MET,
                    cloud(a("NIS2-TRAINING", "yes"), a("NIS2-TRAINING-INTERVAL-MONTHS", "12"))),
            RuleCase.of("NIS2-21-2g partial: refresher not at least yearly", PARTIALLY_MET,
                    device(a("NIS2-TRAINING", "yes"), a("NIS2-TRAINING-INTERVAL-MONTHS", "24"))),
            RuleCase.of("NIS2-21-2g partial: training voluntary or for some staff only", PARTIALLY_MET,
                    cloud(a("NIS2-TRAINING", "partial"))),
            RuleCase.of("NIS2-21-2g not met: no security training", NOT_MET, device(a("NIS2-TRAINING", "no"))),

            RuleCase.of("NIS2-21-2h met: cryptography policy and inventory of algorithms and keys", MET,
                    cloud(withEvidence("NIS2-CRYPTO-POLICY", "yes"), a("NIS2-CRYPTO-INVENTORY", "yes"))),
            RuleCase.of("NIS2-21-2h partial: cryptography policy claimed without evidence", PARTIALLY_MET,
                    device(a("NIS2-CRYPTO-POLICY", "yes"), a("NIS2-CRYPTO-INVENTORY", "yes"))),
            RuleCase.of("NIS2-21-2h partial: no inventory of algorithms and keys", PARTIALLY_MET,
                    cloud(withEvidence("NIS2-CRYPTO-POLICY", "yes"), a("NIS2-CRYPTO-INVENTORY", "no"))),
            RuleCase.of("NIS2-21-2h not met: no cryptography policy", NOT_MET, cloud(a("NIS2-CRYPTO-POLICY", "no"))),

            RuleCase.of("NIS2-21-2i met: screening, yearly access reviews and asset inventory", MET,
                    cloud(a("NIS2-STAFF-SCREENING", "yes"), a("NIS2-ACCESS-REVIEW-MONTHS", "6"),
                            a("NIS2-ASSET-INVENTORY", "yes"))),
            RuleCase.of("NIS2-21-2i partial: some personnel, access or asset controls missing", PARTIALLY_MET,
                    device(a("NIS2-STAFF-SCREENING", "yes"), a("NIS2-ACCESS-REVIEW-MONTHS", "24"),
                            a("NIS2-ASSET-INVENTORY", "yes"))),
            RuleCase.of("NIS2-21-2i not met: neither screening nor asset inventory", NOT_MET,
                    cloud(a("NIS2-STAFF-SCREENING", "no"), a("NIS2-ASSET-INVENTORY", "no"))),

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

            RuleCase.of("NIS2-23 met: notice within 12 hours, assessment and final report in time", MET,
                    cloud(a("BREACH-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "8"),
                            a("NIS2-INCIDENT-ASSESSMENT", "yes"), a("NIS2-FINAL-REPORT-DAYS", "21"))),
            RuleCase.of("NIS2-23 partial: incident notice slower than 12 hours", PARTIALLY_MET,
                    device(a("BREACH-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "24"))),
            RuleCase.of("NIS2-23 partial: no maximum incident notice time", PARTIALLY_MET,
                    cloud(a("BREACH-COMMIT", "yes"))),
            RuleCase.of("NIS2-23 partial: follow-up reports not committed in time", PARTIALLY_MET,
                    cloud(a("BREACH-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "4"),
                            a("NIS2-INCIDENT-ASSESSMENT", "no"), a("NIS2-FINAL-REPORT-DAYS", "30"))),
            RuleCase.of("NIS2-23 not met: no incident notice commitment", NOT_MET, cloud(a("BREACH-COMMIT", "no"))),

            RuleCase.contradiction("CONS-NIS2-INCIDENT-RESPONSE no incident process, yet response hours given",
                    cloud(a("INCIDENT-RESPONSE", "no"), a("NIS2-IR-COVERAGE", "H24_7"))),
            RuleCase.contradiction("CONS-NIS2-INCIDENT-NOTICE no notice commitment, yet a notice time given",
                    device(a("BREACH-COMMIT", "no"), a("NIS2-INCIDENT-HOURS", "12"))),
            RuleCase.contradiction("CONS-NIS2-POLICY-REVIEW no security policy, yet a review date given",
                    cloud(a("NIS2-SEC-POLICY", "no"), a("NIS2-POLICY-REVIEW-DATE", "2026-01-01"))));

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
    void incidentNotice_staysApplicable_whenTheVendorIsNoProcessorAndTheGdprRowsAreOff() {
        Assessment assessment = RuleTesting.evaluate(device(a("PATIENT-DATA", "no"),
                a("GDPR-PERSONAL-DATA-ACCESS", "no"), a("BREACH-COMMIT", "no")));
        assertThat(assessment.finding("GDPR-33-2").status()).isEqualTo(NOT_APPLICABLE);
        assertThat(assessment.finding("NIS2-23").status()).isEqualTo(NOT_MET);
    }

    @Test
    void consistentIncidentAnswers_reportNoNis2Contradiction() {
        Assessment assessment = RuleTesting.evaluate(cloud(a("INCIDENT-RESPONSE", "no"), a("NIS2-IR-COVERAGE", "NONE"),
                a("BREACH-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "12")));
        assertThat(assessment.contradictions()).noneMatch(c -> c.checkId().startsWith("CONS-NIS2-"));
    }
}
