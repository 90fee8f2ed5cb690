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
import org.cyberprocure.Policy;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/**
 * gdpr.drl: one case per rule, plus the processor gate (GATE-08), the health-data gate (GATE-07), the policy
 * thresholds of the hospital-standard rows and the Chapter V routes.
 */
class GdprRulesTest extends RuleCasesTest {
    private static final EvaluationContext AFTER_ONE_YEAR =
            EvaluationContext.defaults().withAsOf(LocalDate.of(2026, 11, 2));

    static final List<RuleCase> CASES = List.of(
            RuleCase.of("GDPR-32-1a met: encrypted at rest and in transit", MET,
                    cloud(withEvidence("ENC-REST", "yes"), withEvidence("ENC-TRANSIT", "yes"))),
            RuleCase.of("GDPR-32-1a met: one layer left out, justified by the risk assessment", MET,
                    device(withEvidence("ENC-REST", "no"), withEvidence("ENC-TRANSIT", "yes"),
                            withEvidence("GDPR-ENC-RISK-BASIS", "yes"))),
            RuleCase.of("GDPR-32-1a partial: encrypted only at rest or only in transit, without justification",
                    PARTIALLY_MET, device(a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"),
                            a("GDPR-ENC-RISK-BASIS", "no"))),
            RuleCase.of("GDPR-32-1a partial: no encryption, justified by the risk assessment", PARTIALLY_MET,
                    cloud(a("ENC-REST", "no"), a("ENC-TRANSIT", "no"), a("GDPR-ENC-RISK-BASIS", "yes"))),
            RuleCase.of("GDPR-32-1a not met: no encryption and no risk-based justification", NOT_MET,
                    cloud(a("ENC-REST", "no"), a("ENC-TRANSIT", "no"))),
            RuleCase.of("GDPR-32-1a not met: patient data stored on the device without encryption at rest", NOT_MET,
                    device(a("MD-PHI-STORED", "yes"), a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("GDPR-33-2 met: commits to notify breaches without undue delay", MET,
                    cloud(withEvidence("BREACH-COMMIT", "yes"), withEvidence("BREACH-HOURS", "72"))),
            RuleCase.of("GDPR-33-2 partial: commitment with conditions that leave breaches out", PARTIALLY_MET,
                    device(a("BREACH-COMMIT", "partial"))),
            RuleCase.of("GDPR-33-2 not met: no breach notification commitment", NOT_MET,
                    cloud(a("BREACH-COMMIT", "no"))),
            RuleCase.of("GDPR-33-2-HS met: breach notice within the hospital's maximum hours", MET,
                    cloud(withEvidence("BREACH-COMMIT", "yes"), withEvidence("BREACH-HOURS", "24"))),
            RuleCase.of("GDPR-33-2-HS not met: breach notice slower than the hospital's standard", NOT_MET,
                    cloud(a("BREACH-COMMIT", "yes"), a("BREACH-HOURS", "25"))),
            RuleCase.of("GDPR-33-2-HS partial: no maximum notification time", PARTIALLY_MET,
                    device(a("BREACH-COMMIT", "yes"))),
            RuleCase.of("GDPR-33-2-HS not met: no breach notification commitment", NOT_MET,
                    device(a("BREACH-COMMIT", "no"))),
            RuleCase.of("GDPR-44 met: data stays in the EEA", MET,
                    cloud(withEvidence("CLD-DATA-LOCATION", "EEA_ONLY"))),
            RuleCase.of("GDPR-44 met: only countries with an adequacy decision", MET,
                    cloud(withEvidence("CLD-DATA-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"))),
            RuleCase.of("GDPR-44 met: adequacy decision for the recipients outside the EEA", MET,
                    cloud(withEvidence("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            withEvidence("CLD-TRANSFER-MECHANISM", "ADEQUACY_DECISION"))),
            RuleCase.of("GDPR-44 met: Art 46 safeguard and transfer impact assessment", MET,
                    cloud(withEvidence("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            withEvidence("CLD-TRANSFER-MECHANISM", "APPROVED_CODE_OF_CONDUCT"),
                                    withEvidence("CLD-TIA", "yes"))),
            RuleCase.of("GDPR-44 partial: Art 46 safeguard without transfer impact assessment", PARTIALLY_MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            a("CLD-TRANSFER-MECHANISM", "BINDING_CORPORATE_RULES"), a("CLD-TIA", "no"))),
            RuleCase.of("GDPR-44 not met: transfer without a Chapter V route", NOT_MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"), a("CLD-TRANSFER-MECHANISM", "NONE"))),
            RuleCase.of("GDPR-28-2 met: sub-processors disclosed, changes announced with a chance to object", MET,
                    cloud(withEvidence("CLD-SUBPROC-LIST", "yes"), withEvidence("CLD-SUBPROC-NOTICE-DAYS", "14"),
                            withEvidence("CLD-SUBPROC-OBJECT", "yes"))),
            RuleCase.of("GDPR-28-2 partial: list disclosed, authorisation mechanism not confirmed", PARTIALLY_MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"))),
            RuleCase.of("GDPR-28-2 not met: sub-processors not disclosed", NOT_MET,
                    cloud(a("CLD-SUBPROC-LIST", "no"), a("CLD-SUBPROC-OBJECT", "yes"))),
            RuleCase.of("GDPR-28-2 not met: no prior authorisation or chance to object", NOT_MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"), a("CLD-SUBPROC-OBJECT", "no"))),
            RuleCase.of("GDPR-28-2-HS met: changes announced at least the hospital's minimum days ahead", MET,
                    cloud(withEvidence("CLD-SUBPROC-OBJECT", "yes"), withEvidence("CLD-SUBPROC-NOTICE-DAYS", "30"))),
            RuleCase.of("GDPR-28-2-HS partial: changes announced, no notice period stated", PARTIALLY_MET,
                    cloud(a("CLD-SUBPROC-OBJECT", "yes"))),
            RuleCase.of("GDPR-28-2-HS not met: notice shorter than the hospital's standard", NOT_MET,
                    cloud(a("CLD-SUBPROC-OBJECT", "yes"), a("CLD-SUBPROC-NOTICE-DAYS", "29"))),
            RuleCase.of("GDPR-32-1b met: ongoing confidentiality, integrity, availability and resilience", MET,
                    cloud(withEvidence("GDPR-ONGOING-CIA", "yes"))),
            RuleCase.of("GDPR-32-1b partial: some properties not ensured", PARTIALLY_MET,
                    cloud(a("GDPR-ONGOING-CIA", "partial"))),
            RuleCase.of("GDPR-32-1b not met: ongoing protection not ensured", NOT_MET,
                    cloud(a("GDPR-ONGOING-CIA", "no"))),
            RuleCase.of("GDPR-32-1c met: recovery targets agreed and restore tested", MET,
                    cloud(withEvidence("CLD-RTO-RPO", "yes"), withEvidence("CLD-RESTORE-TEST-DATE", "2023-11-01"))),
            RuleCase.of("GDPR-32-1c partial: restore never tested", PARTIALLY_MET, cloud(a("CLD-RTO-RPO", "yes"))),
            RuleCase.of("GDPR-32-1c not met: no recovery objectives", NOT_MET, cloud(a("CLD-RTO-RPO", "no"))),
            RuleCase.of("GDPR-32-1c-HS met: recovery targets and restore test within the hospital's standard", MET,
                    cloud(a("CLD-RTO-RPO", "yes"), a("CLD-RESTORE-TEST-DATE", "2025-11-01"), a("CLD-RTO-HOURS", "8"),
                            a("CLD-RPO-HOURS", "1"))),
            RuleCase.of("GDPR-32-1c-HS partial: recovery time above the hospital's standard", PARTIALLY_MET,
                    cloud(a("CLD-RESTORE-TEST-DATE", "2026-06-01"), a("CLD-RTO-HOURS", "24"), a("CLD-RPO-HOURS", "1"))),
            RuleCase.of("GDPR-32-1c-HS partial: data loss above the hospital's standard", PARTIALLY_MET,
                    cloud(a("CLD-RESTORE-TEST-DATE", "2026-06-01"), a("CLD-RTO-HOURS", "4"), a("CLD-RPO-HOURS", "24"))),
            RuleCase.of("GDPR-32-1c-HS partial: recovery targets agreed, no restore test date", PARTIALLY_MET,
                    cloud(a("CLD-RTO-RPO", "yes"))),
            RuleCase.of("GDPR-32-1c-HS not met: restore test older than the hospital's interval", NOT_MET,
                    cloud(a("CLD-RTO-RPO", "yes"), a("CLD-RESTORE-TEST-DATE", "2025-11-01"))).with(AFTER_ONE_YEAR),

            RuleCase.of("GDPR-9-1 met: patient data categories documented", MET,
                    cloud(withEvidence("DATA-INVENTORY", "yes"))),
            RuleCase.of("GDPR-9-1 partial: data description claimed without evidence", PARTIALLY_MET,
                    device(a("DATA-INVENTORY", "yes"))),
            RuleCase.of("GDPR-9-1 not met: patient data processed is not documented", NOT_MET,
                    cloud(a("DATA-INVENTORY", "no"))),

            RuleCase.of("GDPR-9-3 met: statutory secrecy and need-to-know access", MET,
                    device(a("GDPR-SECRECY-LEVEL", "STATUTORY_SECRECY_ALL"), a("GDPR-ACCESS-NEED-TO-KNOW", "yes"))),
            RuleCase.of("GDPR-9-3 met: under the hospital's responsibility, confidentiality committed, need-to-know access",
                    MET, cloud(a("GDPR-SECRECY-LEVEL", "NDA_ALL"), a("GDPR-HOSPITAL-RESPONSIBILITY", "yes"),
                            a("GDPR-ACCESS-NEED-TO-KNOW", "yes"))),
            RuleCase.of("GDPR-9-3 partial: access not limited or not logged", PARTIALLY_MET,
                    cloud(a("GDPR-SECRECY-LEVEL", "STATUTORY_SECRECY_ALL"), a("GDPR-ACCESS-NEED-TO-KNOW", "no"))),
            RuleCase.of("GDPR-9-3 partial: confidentiality contract only, not under the hospital's responsibility",
                    PARTIALLY_MET, cloud(a("GDPR-SECRECY-LEVEL", "NDA_ALL"), a("GDPR-HOSPITAL-RESPONSIBILITY", "no"),
                            a("GDPR-ACCESS-NEED-TO-KNOW", "yes"))),
            RuleCase.of("GDPR-9-3 partial: only some people committed to confidentiality", PARTIALLY_MET,
                    device(a("GDPR-SECRECY-LEVEL", "NDA_SOME"))),
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

            RuleCase.of("GDPR-28-3f met: assistance with Art 32 to 36 committed", MET,
                    device(withEvidence("GDPR-ASSIST-32-36", "yes"))),
            RuleCase.of("GDPR-28-3f partial: assistance with some duties only", PARTIALLY_MET,
                    cloud(a("GDPR-ASSIST-32-36", "partial"))),
            RuleCase.of("GDPR-28-3f not met: no assistance clause", NOT_MET, cloud(a("GDPR-ASSIST-32-36", "no"))),

            RuleCase.of("GDPR-30-2 met: record of processing kept", MET,
                    cloud(withEvidence("GDPR-RECORDS-30-2", "yes"))),
            RuleCase.of("GDPR-30-2 partial: record incomplete", PARTIALLY_MET,
                    device(a("GDPR-RECORDS-30-2", "partial"))),
            RuleCase.of("GDPR-30-2 not met: no record of processing", NOT_MET, cloud(a("GDPR-RECORDS-30-2", "no"))),

            RuleCase.of("GDPR-28-3e met: functions for patients' rights", MET, cloud(a("GDPR-DSR-SUPPORT", "TOOLING"))),
            RuleCase.of("GDPR-28-3e partial: manual support only", PARTIALLY_MET,
                    device(a("GDPR-DSR-SUPPORT", "MANUAL_SUPPORT"))),
            RuleCase.of("GDPR-28-3e not met: no help with patients' rights", NOT_MET,
                    cloud(a("GDPR-DSR-SUPPORT", "NONE"))),

            RuleCase.of("GDPR-28-3g met: usable return and deletion of all copies", MET,
                    cloud(withEvidence("DATA-EXPORT", "DOCUMENTED_PROPRIETARY"),
                            a("GDPR-END-DELETION", "CERTIFIED_ALL_COPIES"))),
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

            RuleCase.of("GDPR-32-1d met: process for regular testing of the measures", MET,
                    cloud(withEvidence("GDPR-SEC-TESTING-PROCESS", "yes"), a("PENTEST", "INTERNAL_ONLY"))),
            RuleCase.of("GDPR-32-1d partial: testing not regular or not for this product", PARTIALLY_MET,
                    device(a("GDPR-SEC-TESTING-PROCESS", "partial"))),
            RuleCase.of("GDPR-32-1d not met: no testing process", NOT_MET, cloud(a("GDPR-SEC-TESTING-PROCESS", "no"))),
            RuleCase.of("GDPR-32-1d-HS met: independent test within the hospital's interval, findings fixed", MET,
                    cloud(a("PENTEST", "INDEPENDENT_REGULAR"), withEvidence("PENTEST-DATE", "2025-11-01"),
                            a("GDPR-PENTEST-FINDINGS", "yes"))),
            RuleCase.of("GDPR-32-1d-HS partial: no independent test within the hospital's interval", PARTIALLY_MET,
                    cloud(a("PENTEST", "INDEPENDENT_REGULAR"), withEvidence("PENTEST-DATE", "2025-11-01"),
                            a("GDPR-PENTEST-FINDINGS", "yes"))).with(AFTER_ONE_YEAR),
            RuleCase.of("GDPR-32-1d-HS partial: findings not confirmed fixed", PARTIALLY_MET,
                    device(a("PENTEST", "INDEPENDENT_REGULAR"), withEvidence("PENTEST-DATE", "2026-04-01"),
                            a("GDPR-PENTEST-FINDINGS", "no"))),
            RuleCase.of("GDPR-32-1d-HS not met: no independent testing", NOT_MET,
                    cloud(a("GDPR-SEC-TESTING-PROCESS", "yes"), a("PENTEST", "INTERNAL_ONLY"))),

            RuleCase.of("GDPR-32-4 met: vendor access approved and logged", MET,
                    device(withEvidence("REMOTE-APPROVAL", "yes"), withEvidence("REMOTE-LOGGED", "yes"))),
            RuleCase.of("GDPR-32-4 partial: access either approved or logged", PARTIALLY_MET,
                    cloud(a("REMOTE-APPROVAL", "no"), a("REMOTE-LOGGED", "yes"))),
            RuleCase.of("GDPR-32-4 not met: vendor access neither approved nor logged", NOT_MET,
                    device(a("REMOTE-APPROVAL", "no"), a("REMOTE-LOGGED", "no"))),

            RuleCase.of("GDPR-33-3 met: complete notice and affected patients identified", MET,
                    cloud(withEvidence("GDPR-BREACH-CONTENT", "yes"), a("GDPR-BREACH-PATIENT-ID", "yes"))),
            RuleCase.of("GDPR-33-3 met: complete notice, no patient data processed", MET,
                    cloud(a("PATIENT-DATA", "no"), withEvidence("GDPR-BREACH-CONTENT", "yes"),
                            a("GDPR-BREACH-PATIENT-ID", "no"))),
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
            RuleCase.of("GDPR-44-RS met: remote service from the EEA", MET,
                    device(a("GDPR-REMOTE-LOCATION", "EEA_ONLY"))),
            RuleCase.of("GDPR-44-RS met: only countries with an adequacy decision", MET,
                    device(a("GDPR-REMOTE-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"))),
            RuleCase.of("GDPR-44-RS met: adequacy decision for the recipients outside the EEA", MET,
                    device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"),
                            withEvidence("GDPR-REMOTE-MECHANISM", "ADEQUACY_DECISION"))),
            RuleCase.of("GDPR-44-RS met: Art 46 safeguard and transfer impact assessment", MET,
                    device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"),
                            withEvidence("GDPR-REMOTE-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"),
                                    withEvidence("GDPR-REMOTE-TIA", "yes"))),
            RuleCase.of("GDPR-44-RS partial: Art 46 safeguard without transfer impact assessment", PARTIALLY_MET,
                    device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"),
                            a("GDPR-REMOTE-MECHANISM", "AUTHORISED_CONTRACTUAL_CLAUSES"), a("GDPR-REMOTE-TIA", "no"))),
            RuleCase.of("GDPR-44-RS not met: transfer without a Chapter V route", NOT_MET,
                    device(a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"), a("GDPR-REMOTE-MECHANISM", "NONE"))),

            RuleCase.of("GDPR-48 met: no disclosure on third-country orders outside Chapter V", MET,
                    cloud(withEvidence("GDPR-FOREIGN-ORDER-COMMIT", "yes"), a("FOREIGN-LAW-EXPOSURE", "yes"))),
            RuleCase.of("GDPR-48 partial: no commitment, no foreign-law exposure", PARTIALLY_MET,
                    cloud(a("GDPR-FOREIGN-ORDER-COMMIT", "no"), a("FOREIGN-LAW-EXPOSURE", "no"))),
            RuleCase.of("GDPR-48 not met: no commitment despite foreign-law exposure", NOT_MET,
                    cloud(a("GDPR-FOREIGN-ORDER-COMMIT", "no"), a("FOREIGN-LAW-EXPOSURE", "yes"))),
            RuleCase.of("GDPR-48-HS met: request policy with notice to the hospital", MET,
                    cloud(withEvidence("GOV-REQUEST-POLICY", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"))),
            RuleCase.of("GDPR-48-HS partial: request policy claimed without evidence", PARTIALLY_MET,
                    cloud(a("GOV-REQUEST-POLICY", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"))),
            RuleCase.of("GDPR-48-HS partial: hospital not told of requests", PARTIALLY_MET,
                    cloud(withEvidence("GOV-REQUEST-POLICY", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "no"))),
            RuleCase.of("GDPR-48-HS partial: no policy, no foreign-law exposure", PARTIALLY_MET,
                    cloud(a("GOV-REQUEST-POLICY", "no"), a("FOREIGN-LAW-EXPOSURE", "no"))),
            RuleCase.of("GDPR-48-HS not met: no policy despite foreign-law exposure", NOT_MET,
                    cloud(a("GOV-REQUEST-POLICY", "no"), a("FOREIGN-LAW-EXPOSURE", "yes"))),

            RuleCase.contradiction("CONS-GDPR-PATIENT-DATA no patient data, yet hospital data used for own purposes",
                    cloud(a("PATIENT-DATA", "no"), a("GDPR-OWN-USE", "IDENTIFIABLE"))),
            RuleCase.contradiction("CONS-GDPR-PATIENT-DATA no patient data, yet affected patients can be identified",
                    device(a("PATIENT-DATA", "no"), a("GDPR-BREACH-PATIENT-ID", "yes"))),
            RuleCase.contradiction("CONS-GDPR-EEA-TRANSFER data in the EEA only, yet a transfer safeguard named",
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"), a("CLD-TRANSFER-MECHANISM", "ADEQUACY_DECISION"))),
            RuleCase.contradiction(
                    "CONS-GDPR-EEA-TRANSFER remote service in the EEA only, yet a transfer safeguard named",
                    device(a("GDPR-REMOTE-LOCATION", "NO_REMOTE_ACCESS"),
                            a("GDPR-REMOTE-MECHANISM", "BINDING_CORPORATE_RULES"))),
            RuleCase.contradiction("CONS-GDPR-PROCESSOR no access to personal data, yet a cloud service hosting patient data",
                    cloud(a("GDPR-PERSONAL-DATA-ACCESS", "no"), a("PATIENT-DATA", "yes"),
                            a("CLD-DATA-LOCATION", "EEA_ONLY"))),
            RuleCase.contradiction("CONS-GDPR-PROCESSOR no access to personal data, yet hospital data used for own purposes",
                    device(a("GDPR-PERSONAL-DATA-ACCESS", "no"), a("GDPR-OWN-USE", "AGGREGATED"))),
            RuleCase.contradiction("CONS-GDPR-BREACH-HOURS no breach commitment, yet a notification time given",
                    cloud(a("BREACH-COMMIT", "no"), a("BREACH-HOURS", "24"))));

    /** Answers that meet every new GDPR row for a cloud offer (used by DecisionTest's perfect offer). */
    static final List<Answer> PERFECT_CLOUD = List.of(withEvidence("DATA-INVENTORY", "yes"),
            a("GDPR-PERSONAL-DATA-ACCESS", "yes"), withEvidence("GDPR-ENC-RISK-BASIS", "n/a"),
            a("GDPR-SECRECY-LEVEL", "NDA_ALL"), a("GDPR-HOSPITAL-RESPONSIBILITY", "yes"),
            a("GDPR-ACCESS-NEED-TO-KNOW", "yes"), withEvidence("GDPR-ASSIST-32-36", "yes"),
                    withEvidence("GDPR-RECORDS-30-2", "yes"),
            withEvidence("GDPR-ONGOING-CIA", "yes"), withEvidence("GDPR-SEC-TESTING-PROCESS", "yes"),
                    withEvidence("GDPR-FOREIGN-ORDER-COMMIT", "yes"),
            withEvidence("DPA", "SERVICE_SPECIFIC"), a("GDPR-DPA-INSTRUCTIONS", "yes"),
            a("GDPR-GOV-ACCESS-NOTIFY", "yes"), withEvidence("GDPR-TOMS-ANNEX", "SERVICE_SPECIFIC"),
            a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"), a("GDPR-DSR-SUPPORT", "TOOLING"),
            withEvidence("DATA-EXPORT", "OPEN_STANDARD"), a("GDPR-END-DELETION", "CERTIFIED_ALL_COPIES"),
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
    void gate08_vendorWithoutAccessToPersonalData_isNoProcessor_rowsNotApplicable() {
        Assessment assessment = RuleTesting.evaluate(device(a("GDPR-PERSONAL-DATA-ACCESS", "no"), a("DPA", "NONE"),
                a("BREACH-COMMIT", "no"), a("GDPR-REMOTE-LOCATION", "OUTSIDE_EEA"),
                        a("GDPR-REMOTE-MECHANISM", "NONE")));
        for (String id : List.of("GDPR-28-3", "GDPR-33-2", "GDPR-33-2-HS", "GDPR-44-RS", "GDPR-32-1a", "GDPR-9-3")) {
            assertThat(assessment.finding(id).status()).as(id).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(assessment.finding(id).rule()).as(id).startsWith("GATE-08");
        }
        assertThat(assessment.finding("GDPR-33-2").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(assessment.finding("GDPR-33-2").rationale()).contains("Art 4(7)-(8), 28(1)");
        assertThat(assessment.decisionReasons()).noneMatch(r -> r.contains("GDPR-44-RS") || r.contains("GDPR-33-2"));
        assertThat(assessment.scopeNotes()).anySatisfy(n -> {
            assertThat(n.gate()).isEqualTo("GATE-08");
            assertThat(n.instrument()).isEqualTo("GDPR-PROCESSOR");
        });
    }

    @Test
    void gate08_processor_keepsTheDutiesBinding() {
        Assessment assessment = RuleTesting.evaluate(device(a("GDPR-PERSONAL-DATA-ACCESS", "yes"),
                a("BREACH-COMMIT", "no")));
        assertThat(assessment.finding("GDPR-33-2").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.finding("GDPR-33-2").knockOutHit()).isTrue();
        assertThat(assessment.scopeNotes()).noneMatch(n -> n.gate().equals("GATE-08"));
    }

    @Test
    void gate07_noPatientData_dropsOnlyTheHealthDataRows_processorDutiesStay() {
        // Staff accounts and audit logs are personal data: "no patient data" must not switch processor duties off.
        Assessment assessment = RuleTesting.evaluate(cloud(a("PATIENT-DATA", "no"),
                a("GDPR-PERSONAL-DATA-ACCESS", "yes"),
                a("BREACH-COMMIT", "no"), a("GDPR-SECRECY-LEVEL", "NONE"), a("DATA-INVENTORY", "no"),
                        a("DPA", "NONE")));
        assertThat(assessment.finding("GDPR-9-3").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("GDPR-9-1").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("GDPR-9-3").rule()).startsWith("GATE-07");
        assertThat(assessment.finding("GDPR-28-3").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.finding("GDPR-33-2").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.decision()).isEqualTo(Decision.REJECT);
        assertThat(assessment.decisionReasons()).anyMatch(r -> r.contains("GDPR-33-2"));
    }

    @Test
    void hospitalStandard_readsItsThresholdFromThePolicy() {
        Policy lenient = Policy.read(new java.io.ByteArrayInputStream("""
                {"policyFormat": "cyberprocure-policy/1", "name": "Lenient", "version": "1",
                 "thresholds": {"breachNoticeHours": 48, "subprocessorNoticeDays": 14}}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "lenient.json");
        EvaluationContext context = EvaluationContext.defaults().withPolicy(lenient);
        Assessment judged = RuleTesting.CHECKER.evaluate(RuleTesting.evidenced(cloud(a("BREACH-COMMIT", "yes"),
                a("BREACH-HOURS", "48"),
                a("CLD-SUBPROC-OBJECT", "yes"), a("CLD-SUBPROC-NOTICE-DAYS", "14"))), context);
        assertThat(judged.finding("GDPR-33-2-HS").status()).isEqualTo(MET);
        assertThat(judged.finding("GDPR-33-2-HS").rationale()).contains("48 hours").contains("breachNoticeHours");
        assertThat(judged.finding("GDPR-28-2-HS").status()).isEqualTo(MET);
        Assessment strict = RuleTesting.evaluate(RuleTesting.evidenced(cloud(a("BREACH-COMMIT", "yes"),
                a("BREACH-HOURS", "48"))));
        assertThat(strict.finding("GDPR-33-2-HS").status()).isEqualTo(NOT_MET);
        assertThat(strict.finding("GDPR-33-2-HS").legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
        // The binding row never reads the hours: the law says "without undue delay".
        assertThat(strict.finding("GDPR-33-2").status()).isEqualTo(MET);
    }

    @Test
    void everyChapterVRoute_isAccepted_andStorageOutsideTheEeaIsNeverResidency() {
        for (String route : List.of("STANDARD_CONTRACTUAL_CLAUSES", "BINDING_CORPORATE_RULES",
                "APPROVED_CODE_OF_CONDUCT",
                "APPROVED_CERTIFICATION", "AUTHORISED_CONTRACTUAL_CLAUSES", "PUBLIC_AUTHORITY_INSTRUMENT")) {
            Assessment a = RuleTesting.evaluate(RuleTesting.evidenced(cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                    a("CLD-TRANSFER-MECHANISM", route), a("CLD-TIA", "yes"),
                            withEvidence("CLD-RESIDENCY-COMMIT", "yes"),
                    a("CLD-RESIDENCY-REGIONS", "us-east-1"))));
            assertThat(a.finding("GDPR-44").status()).as(route).isEqualTo(MET);
            assertThat(a.finding("CLD-RESIDENCY").status()).as(route).isEqualTo(PARTIALLY_MET);
        }
        Assessment dpf = RuleTesting.evaluate(RuleTesting.evidenced(cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                a("CLD-TRANSFER-MECHANISM", "ADEQUACY_DECISION"))));
        assertThat(dpf.finding("GDPR-44").status()).isEqualTo(MET);
    }

    @Test
    void transferAnswersThatAgree_reportNoGdprContradiction() {
        Assessment assessment = RuleTesting.evaluate(cloud(a("PATIENT-DATA", "yes"), a("CLD-DATA-LOCATION", "EEA_ONLY"),
                a("CLD-TRANSFER-MECHANISM", "n/a"), a("GDPR-OWN-USE", "NONE"), a("BREACH-COMMIT", "yes"),
                a("BREACH-HOURS", "24")));
        assertThat(assessment.contradictions()).noneMatch(c -> c.checkId().startsWith("CONS-GDPR-"));
    }
}
