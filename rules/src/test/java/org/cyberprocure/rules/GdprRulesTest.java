package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** gdpr.drl: one case per rule, plus the device transfer knock-out and the patient-data gate on the new rows. */
class GdprRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("GDPR-32-1a met: encrypted at rest and in transit", MET,
                    cloud(a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("GDPR-32-1a partial: encrypted only at rest or only in transit", PARTIALLY_MET,
                    device(a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("GDPR-32-1a not met: no encryption", NOT_MET,
                    cloud(a("ENC-REST", "no"), a("ENC-TRANSIT", "no"))),
            RuleCase.of("GDPR-32-1a not met: patient data stored on the device without encryption at rest", NOT_MET,
                    device(a("MD-PHI-STORED", "yes"), a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("GDPR-33-2 met: breach notice within 24 hours", MET,
                    cloud(a("BREACH-COMMIT", "yes"), a("BREACH-HOURS", "24"))),
            RuleCase.of("GDPR-33-2 partial: breach notice slower than 24 hours", PARTIALLY_MET,
                    cloud(a("BREACH-COMMIT", "yes"), a("BREACH-HOURS", "72"))),
            RuleCase.of("GDPR-33-2 partial: no maximum notification time", PARTIALLY_MET,
                    device(a("BREACH-COMMIT", "yes"))),
            RuleCase.of("GDPR-33-2 not met: no breach notification commitment", NOT_MET,
                    cloud(a("BREACH-COMMIT", "no"))),
            RuleCase.of("GDPR-44 met: data stays in the EEA", MET, cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"))),
            RuleCase.of("GDPR-44 met: only countries with an adequacy decision", MET,
                    cloud(a("CLD-DATA-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"))),
            RuleCase.of("GDPR-44 met: safeguard and transfer impact assessment", MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            a("CLD-TRANSFER-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"), a("CLD-TIA", "yes"))),
            RuleCase.of("GDPR-44 partial: safeguard without transfer impact assessment", PARTIALLY_MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            a("CLD-TRANSFER-MECHANISM", "BINDING_CORPORATE_RULES"), a("CLD-TIA", "no"))),
            RuleCase.of("GDPR-44 not met: transfer without a safeguard", NOT_MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"), a("CLD-TRANSFER-MECHANISM", "NONE"))),
            RuleCase.of("GDPR-28-2 met: list, 30 days' notice and right to object", MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"), a("CLD-SUBPROC-NOTICE-DAYS", "30"),
                            a("CLD-SUBPROC-OBJECT", "yes"))),
            RuleCase.of("GDPR-28-2 partial: list without enough notice or right to object", PARTIALLY_MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"), a("CLD-SUBPROC-NOTICE-DAYS", "14"),
                            a("CLD-SUBPROC-OBJECT", "yes"))),
            RuleCase.of("GDPR-28-2 not met: no sub-processor list", NOT_MET, cloud(a("CLD-SUBPROC-LIST", "no"))),
            RuleCase.of("GDPR-32-1c met: targets agreed and restore tested within 12 months", MET,
                    cloud(a("CLD-RTO-RPO", "yes"), a("CLD-RESTORE-TEST-DATE", "2025-11-01"))),
            RuleCase.of("GDPR-32-1c partial: restore test older than 12 months", PARTIALLY_MET,
                    cloud(a("CLD-RTO-RPO", "yes"), a("CLD-RESTORE-TEST-DATE", "2025-11-01")))
                    .with(EvaluationContext.defaults().withAsOf(LocalDate.of(2026, 11, 2))),
            RuleCase.of("GDPR-32-1c partial: restore never tested", PARTIALLY_MET, cloud(a("CLD-RTO-RPO", "yes"))),
            RuleCase.of("GDPR-32-1c not met: no recovery objectives", NOT_MET, cloud(a("CLD-RTO-RPO", "no"))),

            RuleCase.of("GDPR-9-1 met: patient data categories documented", MET,
                    cloud(withEvidence("DATA-INVENTORY", "yes"))),
            RuleCase.of("GDPR-9-1 partial: data description claimed without evidence", PARTIALLY_MET,
                    device(a("DATA-INVENTORY", "yes"))),
            RuleCase.of("GDPR-9-1 not met: patient data processed is not documented", NOT_MET,
                    cloud(a("DATA-INVENTORY", "no"))),

            RuleCase.of("GDPR-9-3 met: professional secrecy and need-to-know access", MET,
                    device(a("GDPR-SECRECY-LEVEL", "PROFESSIONAL_SECRECY_ALL"), a("GDPR-ACCESS-NEED-TO-KNOW", "yes"))),
            RuleCase.of("GDPR-9-3 partial: access not limited or not logged", PARTIALLY_MET,
                    cloud(a("GDPR-SECRECY-LEVEL", "PROFESSIONAL_SECRECY_ALL"), a("GDPR-ACCESS-NEED-TO-KNOW", "no"))),
            RuleCase.of("GDPR-9-3 partial: general confidentiality undertaking only", PARTIALLY_MET,
                    cloud(a("GDPR-SECRECY-LEVEL", "NDA_ALL"), a("GDPR-ACCESS-NEED-TO-KNOW", "yes"))),
            RuleCase.of("GDPR-9-3 not met: no secrecy obligation", NOT_MET, device(a("GDPR-SECRECY-LEVEL", "NONE"))),

            RuleCase.of("GDPR-28-3 met: service-specific agreement provided", MET,
                    cloud(withEvidence("DPA", "SERVICE_SPECIFIC"))),
            RuleCase.of("GDPR-28-3 partial: service-specific agreement not provided", PARTIALLY_MET,
                    device(a("DPA", "SERVICE_SPECIFIC"))),
            RuleCase.of("GDPR-28-3 partial: generic agreement only", PARTIALLY_MET, cloud(a("DPA", "GENERIC"))),
            RuleCase.of("GDPR-28-3 not met: no data processing agreement", NOT_MET, device(a("DPA", "NONE"))),

            RuleCase.of("GDPR-28-3a met: documented instructions and notice of legal demands", MET,
                    cloud(a("GDPR-DPA-INSTRUCTIONS", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"))),
            RuleCase.of("GDPR-28-3a partial: no notice of legal demands", PARTIALLY_MET,
                    device(a("GDPR-DPA-INSTRUCTIONS", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "no"))),
            RuleCase.of("GDPR-28-3a not met: no instruction clause", NOT_MET, cloud(a("GDPR-DPA-INSTRUCTIONS", "no"))),

            RuleCase.of("GDPR-28-3b met: everyone with access committed to confidentiality", MET,
                    device(a("GDPR-SECRECY-LEVEL", "NDA_ALL"))),
            RuleCase.of("GDPR-28-3b partial: only some people committed", PARTIALLY_MET,
                    cloud(a("GDPR-SECRECY-LEVEL", "NDA_SOME"))),
            RuleCase.of("GDPR-28-3b not met: no confidentiality commitment", NOT_MET,
                    cloud(a("GDPR-SECRECY-LEVEL", "NONE"))),

            RuleCase.of("GDPR-28-3c met: service-specific measures annex provided", MET,
                    device(withEvidence("GDPR-TOMS-ANNEX", "SERVICE_SPECIFIC"))),
            RuleCase.of("GDPR-28-3c partial: measures annex not provided", PARTIALLY_MET,
                    cloud(a("GDPR-TOMS-ANNEX", "SERVICE_SPECIFIC"))),
            RuleCase.of("GDPR-28-3c partial: generic measures list only", PARTIALLY_MET,
                    cloud(withEvidence("GDPR-TOMS-ANNEX", "GENERIC"))),
            RuleCase.of("GDPR-28-3c not met: no measures described", NOT_MET, device(a("GDPR-TOMS-ANNEX", "NONE"))),

            RuleCase.of("GDPR-28-3d met: obligations flowed down, full liability", MET,
                    cloud(a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"))),
            RuleCase.of("GDPR-28-3d met: no sub-processors", MET, device(a("SUBPROC-FLOWDOWN", "n/a"))),
            RuleCase.of("GDPR-28-3d partial: liability for sub-processors limited", PARTIALLY_MET,
                    cloud(a("SUBPROC-FLOWDOWN", "FLOWDOWN_ONLY"))),
            RuleCase.of("GDPR-28-3d not met: sub-processors not bound", NOT_MET,
                    device(a("SUBPROC-FLOWDOWN", "NONE"))),

            RuleCase.of("GDPR-28-3e met: functions for patients' rights", MET, cloud(a("GDPR-DSR-SUPPORT", "TOOLING"))),
            RuleCase.of("GDPR-28-3e partial: manual support only", PARTIALLY_MET,
                    device(a("GDPR-DSR-SUPPORT", "MANUAL_SUPPORT"))),
            RuleCase.of("GDPR-28-3e not met: no help with patients' rights", NOT_MET,
                    cloud(a("GDPR-DSR-SUPPORT", "NONE"))),

            RuleCase.of("GDPR-28-3g met: open-format return and certified deletion of all copies", MET,
                    cloud(a("DATA-EXPORT", "OPEN_STANDARD"), a("GDPR-END-DELETION", "CERTIFIED_ALL_COPIES"))),
            RuleCase.of("GDPR-28-3g partial: deletion without usable return", PARTIALLY_MET,
                    device(a("DATA-EXPORT", "NONE"), a("GDPR-END-DELETION", "CERTIFIED_ALL_COPIES"))),
            RuleCase.of("GDPR-28-3g partial: only live data deleted", PARTIALLY_MET,
                    cloud(a("DATA-EXPORT", "OPEN_STANDARD"), a("GDPR-END-DELETION", "PRODUCTION_ONLY"))),
            RuleCase.of("GDPR-28-3g not met: no deletion commitment", NOT_MET,
                    device(a("GDPR-END-DELETION", "NONE"))),

            RuleCase.of("GDPR-28-3h met: audits including inspection", MET,
                    cloud(a("GDPR-AUDIT-RIGHTS", "REPORTS_AND_FOR_CAUSE"))),
            RuleCase.of("GDPR-28-3h partial: audit reports only", PARTIALLY_MET,
                    device(a("GDPR-AUDIT-RIGHTS", "REPORTS_ONLY"))),
            RuleCase.of("GDPR-28-3h not met: no audit rights", NOT_MET, cloud(a("GDPR-AUDIT-RIGHTS", "NONE"))),

            RuleCase.of("GDPR-28-10 met: no own use of identifiable data", MET,
                    device(a("GDPR-OWN-USE", "ANONYMISED_ON_INSTRUCTION"))),
            RuleCase.of("GDPR-28-10 partial: aggregated data used without instruction", PARTIALLY_MET,
                    cloud(a("GDPR-OWN-USE", "AGGREGATED"))),
            RuleCase.of("GDPR-28-10 not met: identifiable patient data used for own purposes", NOT_MET,
                    device(a("GDPR-OWN-USE", "IDENTIFIABLE"))),

            RuleCase.of("GDPR-32-1d met: independent test within 12 months, findings fixed", MET,
                    cloud(a("PENTEST", "INDEPENDENT_REGULAR"), withEvidence("PENTEST-DATE", "2026-04-01"),
                            a("GDPR-PENTEST-FINDINGS", "yes"))),
            RuleCase.of("GDPR-32-1d partial: test summary not provided", PARTIALLY_MET,
                    device(a("PENTEST", "INDEPENDENT_REGULAR"), a("PENTEST-DATE", "2026-04-01"),
                            a("GDPR-PENTEST-FINDINGS", "yes"))),
            RuleCase.of("GDPR-32-1d partial: no test within 12 months", PARTIALLY_MET,
                    cloud(a("PENTEST", "INDEPENDENT_REGULAR"), withEvidence("PENTEST-DATE", "2025-04-01"),
                            a("GDPR-PENTEST-FINDINGS", "yes"))),
            RuleCase.of("GDPR-32-1d partial: findings not confirmed fixed", PARTIALLY_MET,
                    device(a("PENTEST", "INDEPENDENT_REGULAR"), withEvidence("PENTEST-DATE", "2026-04-01"),
                            a("GDPR-PENTEST-FINDINGS", "no"))),
            RuleCase.of("GDPR-32-1d not met: no independent testing", NOT_MET, cloud(a("PENTEST", "NONE"))),

            RuleCase.of("GDPR-32-4 met: vendor access approved and logged", MET,
                    device(a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "yes"))),
            RuleCase.of("GDPR-32-4 partial: access either approved or logged", PARTIALLY_MET,
                    cloud(a("REMOTE-APPROVAL", "no"), a("REMOTE-LOGGED", "yes"))),
            RuleCase.of("GDPR-32-4 not met: vendor access neither approved nor logged", NOT_MET,
                    device(a("REMOTE-APPROVAL", "no"), a("REMOTE-LOGGED", "no"))),

            RuleCase.of("GDPR-33-3 met: complete notice and affected patients identified", MET,
                    cloud(withEvidence("GDPR-BREACH-CONTENT", "yes"), a("GDPR-BREACH-PATIENT-ID", "yes"))),
            RuleCase.of("GDPR-33-3 partial: notice template not provided", PARTIALLY_MET,
                    device(a("GDPR-BREACH-CONTENT", "yes"), a("GDPR-BREACH-PATIENT-ID", "yes"))),
            RuleCase.of("GDPR-33-3 partial: affected patients cannot be identified", PARTIALLY_MET,
                    cloud(withEvidence("GDPR-BREACH-CONTENT", "yes"), a("GDPR-BREACH-PATIENT-ID", "no"))),
            RuleCase.of("GDPR-33-3 partial: some notice elements missing", PARTIALLY_MET,
                    device(a("GDPR-BREACH-CONTENT", "partial"))),
            RuleCase.of("GDPR-33-3 not met: notice without the reportable facts", NOT_MET,
                    cloud(a("GDPR-BREACH-CONTENT", "no"))),

            RuleCase.of("GDPR-35 met: complete DPIA support pack", MET,
                    device(withEvidence("DPIA-SUPPORT", "DPIA_PACK"), a("GDPR-DPIA-CONTENT", "yes"))),
            RuleCase.of("GDPR-35 partial: DPIA pack not provided", PARTIALLY_MET,
                    cloud(a("DPIA-SUPPORT", "DPIA_PACK"), a("GDPR-DPIA-CONTENT", "yes"))),
            RuleCase.of("GDPR-35 partial: DPIA pack incomplete", PARTIALLY_MET,
                    device(withEvidence("DPIA-SUPPORT", "DPIA_PACK"), a("GDPR-DPIA-CONTENT", "no"))),
            RuleCase.of("GDPR-35 partial: DPIA input only on request", PARTIALLY_MET,
                    cloud(a("DPIA-SUPPORT", "ON_REQUEST"))),
            RuleCase.of("GDPR-35 not met: no DPIA support", NOT_MET, device(a("DPIA-SUPPORT", "NONE"))),

            RuleCase.of("GDPR-44-RS met: no remote access", MET, device(a("GDPR-REMOTE-LOCATION", "NO_REMOTE_ACCESS"))),
            RuleCase.of("GDPR-44-RS met: remote service from the EEA", MET, device(a("GDPR-REMOTE-LOCATION", "EEA_ONLY"))),
            RuleCase.of("GDPR-44-RS met: only countries with an adequacy decision", MET,
                    device(a("GDPR-REMOTE-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"))),
            RuleCase.of("GDPR-44-RS met: safeguard and transfer impact assessment", MET,
                    device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"),
                            a("GDPR-REMOTE-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"), a("GDPR-REMOTE-TIA", "yes"))),
            RuleCase.of("GDPR-44-RS partial: safeguard without transfer impact assessment", PARTIALLY_MET,
                    device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"),
                            a("GDPR-REMOTE-MECHANISM", "BINDING_CORPORATE_RULES"), a("GDPR-REMOTE-TIA", "no"))),
            RuleCase.of("GDPR-44-RS not met: remote access without a safeguard", NOT_MET,
                    device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"), a("GDPR-REMOTE-MECHANISM", "NONE"))),

            RuleCase.of("GDPR-48 met: request policy with notice to the hospital", MET,
                    cloud(withEvidence("GOV-REQUEST-POLICY", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"))),
            RuleCase.of("GDPR-48 partial: request policy claimed without evidence", PARTIALLY_MET,
                    cloud(a("GOV-REQUEST-POLICY", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"))),
            RuleCase.of("GDPR-48 partial: hospital not told of requests", PARTIALLY_MET,
                    cloud(withEvidence("GOV-REQUEST-POLICY", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "no"))),
            RuleCase.of("GDPR-48 partial: no policy, no foreign-law exposure", PARTIALLY_MET,
                    cloud(a("GOV-REQUEST-POLICY", "no"), a("FOREIGN-LAW-EXPOSURE", "no"))),
            RuleCase.of("GDPR-48 not met: no policy despite foreign-law exposure", NOT_MET,
                    cloud(a("GOV-REQUEST-POLICY", "no"), a("FOREIGN-LAW-EXPOSURE", "yes"))),

            RuleCase.contradiction("CONS-GDPR-PATIENT-DATA no patient data, yet hospital data used for own purposes",
                    cloud(a("PATIENT-DATA", "no"), a("GDPR-OWN-USE", "IDENTIFIABLE"))),
            RuleCase.contradiction("CONS-GDPR-PATIENT-DATA no patient data, yet affected patients can be identified",
                    device(a("PATIENT-DATA", "no"), a("GDPR-BREACH-PATIENT-ID", "yes"))),
            RuleCase.contradiction("CONS-GDPR-EEA-TRANSFER data in the EEA only, yet a transfer safeguard named",
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"), a("CLD-TRANSFER-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"))),
            RuleCase.contradiction(
                    "CONS-GDPR-EEA-TRANSFER remote service in the EEA only, yet a transfer safeguard named",
                    device(a("GDPR-REMOTE-LOCATION", "NO_REMOTE_ACCESS"),
                            a("GDPR-REMOTE-MECHANISM", "BINDING_CORPORATE_RULES"))),
            RuleCase.contradiction("CONS-GDPR-BREACH-HOURS no breach commitment, yet a notification time given",
                    cloud(a("BREACH-COMMIT", "no"), a("BREACH-HOURS", "24"))));

    /** Answers that meet every new GDPR row for a cloud offer (used by DecisionTest's perfect offer). */
    static final List<Answer> PERFECT_CLOUD = List.of(withEvidence("DATA-INVENTORY", "yes"),
            a("GDPR-SECRECY-LEVEL", "PROFESSIONAL_SECRECY_ALL"), a("GDPR-ACCESS-NEED-TO-KNOW", "yes"),
            withEvidence("DPA", "SERVICE_SPECIFIC"), a("GDPR-DPA-INSTRUCTIONS", "yes"),
            a("GDPR-GOV-ACCESS-NOTIFY", "yes"), withEvidence("GDPR-TOMS-ANNEX", "SERVICE_SPECIFIC"),
            a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"), a("GDPR-DSR-SUPPORT", "TOOLING"),
            a("DATA-EXPORT", "OPEN_STANDARD"), a("GDPR-END-DELETION", "CERTIFIED_ALL_COPIES"),
            a("GDPR-AUDIT-RIGHTS", "INSPECTION"), a("GDPR-OWN-USE", "NONE"), a("PENTEST", "INDEPENDENT_REGULAR"),
            withEvidence("PENTEST-DATE", "2026-06-01"), a("GDPR-PENTEST-FINDINGS", "yes"),
            withEvidence("GDPR-BREACH-CONTENT", "yes"), a("GDPR-BREACH-PATIENT-ID", "yes"),
            withEvidence("DPIA-SUPPORT", "DPIA_PACK"), a("GDPR-DPIA-CONTENT", "yes"),
            withEvidence("GOV-REQUEST-POLICY", "yes"), a("FOREIGN-LAW-EXPOSURE", "no"));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void remoteServiceFromAThirdCountryWithoutSafeguard_rejectsTheDevice() {
        Assessment assessment = RuleTesting.evaluate(device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"),
                a("GDPR-REMOTE-MECHANISM", "n/a")));
        assertThat(assessment.decision()).isEqualTo(Decision.REJECT);
        assertThat(assessment.decisionReasons()).anyMatch(r -> r.startsWith("Knock-out GDPR-44-RS"));
    }

    @Test
    void newGdprRows_areNotApplicable_withoutPatientData() {
        Assessment assessment = RuleTesting.evaluate(device(a("PATIENT-DATA", "no"), a("DPA", "NONE"),
                a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"), a("GDPR-REMOTE-MECHANISM", "NONE")));
        assertThat(assessment.finding("GDPR-28-3").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("GDPR-44-RS").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.decisionReasons()).noneMatch(r -> r.startsWith("Knock-out GDPR-44-RS"));
    }

    @Test
    void transferAnswersThatAgree_reportNoGdprContradiction() {
        Assessment assessment = RuleTesting.evaluate(cloud(a("PATIENT-DATA", "yes"), a("CLD-DATA-LOCATION", "EEA_ONLY"),
                a("CLD-TRANSFER-MECHANISM", "n/a"), a("GDPR-OWN-USE", "NONE"), a("BREACH-COMMIT", "yes"),
                a("BREACH-HOURS", "24")));
        assertThat(assessment.contradictions()).noneMatch(c -> c.checkId().startsWith("CONS-GDPR-"));
    }
}
