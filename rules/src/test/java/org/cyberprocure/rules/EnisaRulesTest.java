package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.questionnaire;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** enisa.drl: one case per rule, plus the coverage of the 28 practices and their knock-outs. */
class EnisaRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("EHP-GP-M05 met: MFA, hospital approval and logging", MET,
                    cloud(a("REMOTE-MFA", "yes"), a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "yes"))),
            RuleCase.of("EHP-GP-M05 partial: MFA without hospital control or logging", PARTIALLY_MET,
                    device(a("REMOTE-MFA", "yes"), a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "no"))),
            RuleCase.of("EHP-GP-M05 not met: remote access without MFA", NOT_MET,
                    cloud(a("REMOTE-MFA", "no"), a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "yes"))),
            RuleCase.of("EHP-GP-G08 met: security events logged and exportable", MET,
                    cloud(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "yes"))),
            RuleCase.of("EHP-GP-G08 partial: logs stay local", PARTIALLY_MET,
                    cloud(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "no"))),
            RuleCase.of("EHP-GP-G08 partial: some event types missing", PARTIALLY_MET,
                    device(a("LOG-EVENTS", "partial"), a("LOG-SIEM", "yes"))),
            RuleCase.of("EHP-GP-G08 not met: no audit logging", NOT_MET,
                    cloud(a("LOG-EVENTS", "no"), a("LOG-SIEM", "yes"))),
            RuleCase.of("EHP-GP-M06 met: free updates, critical fixes within the hospital's time", MET,
                    cloud(a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "30"))),
            RuleCase.of("EHP-GP-M06 partial: critical fixes slower than the hospital's time", PARTIALLY_MET,
                    device(a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "31"))),
            RuleCase.of("EHP-GP-M06 partial: no remediation time committed", PARTIALLY_MET,
                    cloud(a("SEC-UPDATES", "yes"))),
            RuleCase.of("EHP-GP-M06 not met: no security updates", NOT_MET,
                    cloud(a("SEC-UPDATES", "no"), a("PATCH-CRITICAL-DAYS", "10"))),
            RuleCase.of("EHP-GP-S01 met: certificate with evidence, valid for the term", MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2028-01-31")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2028, 1, 31))),
            RuleCase.of("EHP-GP-S01 partial: certification claimed without evidence", PARTIALLY_MET,
                    cloud(a("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2029-01-31"))),
            RuleCase.of("EHP-GP-S01 partial: certificate ends before the contract does", PARTIALLY_MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2027-06-30")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2029, 12, 31))),
            RuleCase.of("EHP-GP-S01 met: certificate ends before the contract does, renewal committed", MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2027-06-30"),
                            a("CERT-RENEWAL-COMMIT", "yes")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2029, 12, 31))),
            RuleCase.of("EHP-GP-S01 partial: validity not stated", PARTIALLY_MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"))),
            RuleCase.of("EHP-GP-S01 not met: certificate expired", NOT_MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2026-10-31"))),
            RuleCase.of("EHP-GP-S01 not met: no certification", NOT_MET, cloud(a("CLD-ISO27001", "no"))),
            RuleCase.of("EHP-GP-S01 met: device security independently certified", MET,
                    device(withEvidence("EHP-MD-PRODUCT-CERT", "INDEPENDENT_CERTIFICATE"))),
            RuleCase.of("EHP-GP-S01 partial: device certificate claimed without evidence", PARTIALLY_MET,
                    device(a("EHP-MD-PRODUCT-CERT", "INDEPENDENT_CERTIFICATE"))),
            RuleCase.of("EHP-GP-S01 partial: device security self-declared only", PARTIALLY_MET,
                    device(withEvidence("EHP-MD-PRODUCT-CERT", "SELF_DECLARATION"))),
            RuleCase.of("EHP-GP-S01 not met: no device security certification", NOT_MET,
                    device(a("EHP-MD-PRODUCT-CERT", "NONE"))),

            // general practices
            RuleCase.of("EHP-GP-G01 met: contact named, documentation before award", MET,
                    cloud(a("EHP-TECH-CONTACT", "yes"), a("EHP-TECH-DOCS", "BEFORE_AWARD"))),
            RuleCase.of("EHP-GP-G01 partial: documentation late or incomplete", PARTIALLY_MET,
                    device(a("EHP-TECH-CONTACT", "yes"), a("EHP-TECH-DOCS", "AFTER_AWARD_OR_PARTIAL"))),
            RuleCase.of("EHP-GP-G01 not met: no technical documentation", NOT_MET,
                    cloud(a("EHP-TECH-CONTACT", "yes"), a("EHP-TECH-DOCS", "NONE"))),
            RuleCase.of("EHP-GP-G01 not met: no technical contact", NOT_MET,
                    device(a("EHP-TECH-CONTACT", "no"), a("EHP-TECH-DOCS", "BEFORE_AWARD"))),
            RuleCase.of("EHP-GP-G02 met: process, published CVD policy and advisories", MET,
                    cloud(a("VULN-MGMT-PROCESS", "yes"), withEvidence("CVD-POLICY", "PUBLISHED"),
                            a("ADVISORIES", "PUBLIC"))),
            RuleCase.of("EHP-GP-G02 partial: process covers only part of the product", PARTIALLY_MET,
                    device(a("VULN-MGMT-PROCESS", "partial"), withEvidence("CVD-POLICY", "PUBLISHED"),
                            a("ADVISORIES", "PUBLIC"))),
            RuleCase.of("EHP-GP-G02 partial: no published CVD policy or no advisories", PARTIALLY_MET,
                    cloud(a("VULN-MGMT-PROCESS", "yes"), withEvidence("CVD-POLICY", "PUBLISHED"),
                            a("ADVISORIES", "NONE"))),
            RuleCase.of("EHP-GP-G02 partial: CVD policy claimed without a reference", PARTIALLY_MET,
                    device(a("CVD-POLICY", "PUBLISHED"))),
            RuleCase.of("EHP-GP-G02 not met: no vulnerability management", NOT_MET,
                    cloud(a("VULN-MGMT-PROCESS", "no"), withEvidence("CVD-POLICY", "PUBLISHED"))),
            RuleCase.of("EHP-GP-G03 met: written update policy, hospital decides timing", MET,
                    device(a("SEC-UPDATES", "yes"), withEvidence("EHP-UPDATE-POLICY", "yes"),
                            a("UPDATE-SCHEDULING", "yes"))),
            RuleCase.of("EHP-GP-G03 partial: updates without an agreed policy or schedule", PARTIALLY_MET,
                    cloud(a("SEC-UPDATES", "yes"), withEvidence("EHP-UPDATE-POLICY", "yes"),
                            a("UPDATE-SCHEDULING", "no"))),
            RuleCase.of("EHP-GP-G03 partial: update policy not evidenced", PARTIALLY_MET,
                    cloud(a("EHP-UPDATE-POLICY", "yes"))),
            RuleCase.of("EHP-GP-G03 not met: no update commitment", NOT_MET,
                    device(a("SEC-UPDATES", "no"), withEvidence("EHP-UPDATE-POLICY", "yes"))),
            RuleCase.of("EHP-GP-G04 met: device has no radio", MET, device(a("EHP-MD-WIRELESS", "NO_WIRELESS"))),
            RuleCase.of("EHP-GP-G04 met: current modes only, radios can be disabled", MET,
                    device(a("EHP-MD-WIRELESS", "CURRENT_MODES_ONLY"), a("EHP-MD-RADIO-OFF", "yes"))),
            RuleCase.of("EHP-GP-G04 partial: legacy wireless modes enabled", PARTIALLY_MET,
                    device(a("EHP-MD-WIRELESS", "LEGACY_MODES_ENABLED"), a("EHP-MD-RADIO-OFF", "yes"))),
            RuleCase.of("EHP-GP-G04 partial: radios cannot be disabled", PARTIALLY_MET,
                    device(a("EHP-MD-WIRELESS", "CURRENT_MODES_ONLY"), a("EHP-MD-RADIO-OFF", "no"))),
            RuleCase.of("EHP-GP-G04 not met: unencrypted wireless", NOT_MET,
                    device(a("EHP-MD-WIRELESS", "UNENCRYPTED"), a("EHP-MD-RADIO-OFF", "yes"))),
            RuleCase.of("EHP-GP-G05 met: evidenced test regime, acceptance testing supported", MET,
                    cloud(withEvidence("SECURITY-TESTING", "yes"), a("EHP-ACCEPTANCE-TEST", "yes"))),
            RuleCase.of("EHP-GP-G05 partial: testing claimed without results", PARTIALLY_MET,
                    device(a("SECURITY-TESTING", "yes"), a("EHP-ACCEPTANCE-TEST", "yes"))),
            RuleCase.of("EHP-GP-G05 partial: only some security tests", PARTIALLY_MET,
                    cloud(a("SECURITY-TESTING", "partial"), a("EHP-ACCEPTANCE-TEST", "yes"))),
            RuleCase.of("EHP-GP-G05 partial: no acceptance testing by the hospital", PARTIALLY_MET,
                    device(withEvidence("SECURITY-TESTING", "yes"), a("EHP-ACCEPTANCE-TEST", "no"))),
            RuleCase.of("EHP-GP-G05 not met: no security testing", NOT_MET,
                    cloud(a("SECURITY-TESTING", "no"), a("EHP-ACCEPTANCE-TEST", "yes"))),
            RuleCase.of("EHP-GP-G06 met: plan shared and tested within the hospital's interval", MET,
                    cloud(withEvidence("CONTINUITY-PLAN", "yes"), a("CONTINUITY-TEST-DATE", "2025-11-01"))),
            RuleCase.of("EHP-GP-G06 partial: plan not tested within the hospital's interval", PARTIALLY_MET,
                    device(withEvidence("CONTINUITY-PLAN", "yes"), a("CONTINUITY-TEST-DATE", "2025-10-31"))),
            RuleCase.of("EHP-GP-G06 partial: plan never tested", PARTIALLY_MET,
                    cloud(withEvidence("CONTINUITY-PLAN", "yes"))),
            RuleCase.of("EHP-GP-G06 partial: plan not evidenced", PARTIALLY_MET,
                    device(a("CONTINUITY-PLAN", "yes"), a("CONTINUITY-TEST-DATE", "2026-09-01"))),
            RuleCase.of("EHP-GP-G06 not met: no continuity plan", NOT_MET,
                    cloud(a("CONTINUITY-PLAN", "no"), a("CONTINUITY-TEST-DATE", "2026-09-01"))),
            RuleCase.of("EHP-GP-G07 met: secured standard interfaces and full export", MET,
                    cloud(a("EHP-INTEROP-STANDARDS", "yes"), a("EHP-INTEROP-SECURED", "yes"),
                            a("DATA-EXPORT", "OPEN_STANDARD"))),
            RuleCase.of("EHP-GP-G07 partial: some proprietary interfaces", PARTIALLY_MET,
                    device(a("EHP-INTEROP-STANDARDS", "partial"), a("EHP-INTEROP-SECURED", "yes"),
                            a("DATA-EXPORT", "OPEN_STANDARD"))),
            RuleCase.of("EHP-GP-G07 partial: interfaces not secured by default", PARTIALLY_MET,
                    cloud(a("EHP-INTEROP-STANDARDS", "yes"), a("EHP-INTEROP-SECURED", "no"),
                            a("DATA-EXPORT", "OPEN_STANDARD"))),
            RuleCase.of("EHP-GP-G07 partial: export partial or proprietary", PARTIALLY_MET,
                    device(a("EHP-INTEROP-STANDARDS", "yes"), a("EHP-INTEROP-SECURED", "yes"),
                            a("DATA-EXPORT", "DOCUMENTED_PROPRIETARY"))),
            RuleCase.of("EHP-GP-G07 not met: proprietary interfaces only", NOT_MET,
                    cloud(a("EHP-INTEROP-STANDARDS", "no"), a("DATA-EXPORT", "OPEN_STANDARD"))),
            RuleCase.of("EHP-GP-G07 not met: no data export", NOT_MET,
                    device(a("EHP-INTEROP-STANDARDS", "yes"), a("EHP-INTEROP-SECURED", "yes"),
                            a("DATA-EXPORT", "NONE"))),
            RuleCase.of("EHP-GP-G09 met: encrypted at rest and in transit, keys managed", MET,
                    cloud(a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"), a("EHP-CRYPTO-LEGACY", "no"),
                            a("EHP-CRYPTO-KEYS", "CUSTOMER_MANAGED"))),
            RuleCase.of("EHP-GP-G09 met: no patient data stored, traffic encrypted", MET,
                    device(a("PATIENT-DATA", "no"), a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"),
                            a("EHP-CRYPTO-LEGACY", "no"), a("EHP-CRYPTO-KEYS", "VENDOR_MANAGED_DOCUMENTED"))),
            RuleCase.of("EHP-GP-G09 partial: patient data not encrypted at rest", PARTIALLY_MET,
                    device(a("PATIENT-DATA", "yes"), a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"),
                            a("EHP-CRYPTO-LEGACY", "no"), a("EHP-CRYPTO-KEYS", "VENDOR_MANAGED_DOCUMENTED"))),
            RuleCase.of("EHP-GP-G09 partial: traffic not encrypted", PARTIALLY_MET,
                    cloud(a("ENC-REST", "yes"), a("ENC-TRANSIT", "no"), a("EHP-CRYPTO-LEGACY", "no"),
                            a("EHP-CRYPTO-KEYS", "CUSTOMER_MANAGED"))),
            RuleCase.of("EHP-GP-G09 partial: legacy cryptography still enabled", PARTIALLY_MET,
                    cloud(a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"), a("EHP-CRYPTO-LEGACY", "yes"),
                            a("EHP-CRYPTO-KEYS", "CUSTOMER_MANAGED"))),
            RuleCase.of("EHP-GP-G09 partial: key management undocumented", PARTIALLY_MET,
                    device(a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"), a("EHP-CRYPTO-LEGACY", "no"),
                            a("EHP-CRYPTO-KEYS", "UNDOCUMENTED"))),
            RuleCase.of("EHP-GP-G09 not met: no encryption", NOT_MET,
                    cloud(a("PATIENT-DATA", "no"), a("ENC-TRANSIT", "no"), a("EHP-CRYPTO-LEGACY", "no"))),

            // plan phase
            RuleCase.of("EHP-GP-P01 met: full risk assessment inputs with a standard disclosure", MET,
                    device(withEvidence("EHP-RA-INPUTS", "yes"), a("EHP-STD-DISCLOSURE", "MDS2"))),
            RuleCase.of("EHP-GP-P01 partial: some risk assessment inputs missing", PARTIALLY_MET,
                    cloud(a("EHP-RA-INPUTS", "partial"), a("EHP-STD-DISCLOSURE", "CAIQ"))),
            RuleCase.of("EHP-GP-P01 partial: no standard security disclosure", PARTIALLY_MET,
                    device(withEvidence("EHP-RA-INPUTS", "yes"), a("EHP-STD-DISCLOSURE", "NONE"))),
            RuleCase.of("EHP-GP-P01 partial: inputs promised without evidence", PARTIALLY_MET,
                    cloud(a("EHP-RA-INPUTS", "yes"), a("EHP-STD-DISCLOSURE", "CAIQ"))),
            RuleCase.of("EHP-GP-P01 not met: risk assessment inputs refused", NOT_MET,
                    device(a("EHP-RA-INPUTS", "no"), a("EHP-STD-DISCLOSURE", "MDS2"))),
            RuleCase.of("EHP-GP-P02 met: full compliance, annex and audit right accepted", MET,
                    cloud(a("EHP-REQ-COMPLIANCE", "FULL_COMPLIANCE"), a("EHP-REQ-CONTRACT", "yes"))),
            RuleCase.of("EHP-GP-P02 partial: deviations with mitigations", PARTIALLY_MET,
                    device(a("EHP-REQ-COMPLIANCE", "DEVIATIONS_MITIGATED"), a("EHP-REQ-CONTRACT", "yes"))),
            RuleCase.of("EHP-GP-P02 partial: annex or audit right not accepted", PARTIALLY_MET,
                    cloud(a("EHP-REQ-COMPLIANCE", "FULL_COMPLIANCE"), a("EHP-REQ-CONTRACT", "no"))),
            RuleCase.of("EHP-GP-P02 not met: unmitigated critical deviation or no statement", NOT_MET,
                    device(a("EHP-REQ-COMPLIANCE", "CRITICAL_DEVIATION"), a("EHP-REQ-CONTRACT", "yes"))),
            RuleCase.of("EHP-GP-P03 met: product-specific threat model shared", MET,
                    device(withEvidence("EHP-THREAT-MODEL", "PRODUCT_SPECIFIC"))),
            RuleCase.of("EHP-GP-P03 partial: threat model not shared", PARTIALLY_MET,
                    cloud(a("EHP-THREAT-MODEL", "PRODUCT_SPECIFIC"))),
            RuleCase.of("EHP-GP-P03 partial: generic threat list only", PARTIALLY_MET,
                    device(withEvidence("EHP-THREAT-MODEL", "GENERIC"))),
            RuleCase.of("EHP-GP-P03 not met: no threat model", NOT_MET, cloud(a("EHP-THREAT-MODEL", "NONE"))),
            RuleCase.of("EHP-GP-P04 met: complete flow list, works segregated", MET,
                    device(a("INTERFACE-LIST", "yes"), a("EHP-NET-SEGREGATED", "yes"), a("EHP-NET-OFFLINE", "yes"))),
            RuleCase.of("EHP-GP-P04 partial: flow list incomplete", PARTIALLY_MET,
                    cloud(a("INTERFACE-LIST", "partial"), a("EHP-NET-SEGREGATED", "yes"))),
            RuleCase.of("EHP-GP-P04 partial: essential function needs internet", PARTIALLY_MET,
                    device(a("INTERFACE-LIST", "yes"), a("EHP-NET-SEGREGATED", "yes"), a("EHP-NET-OFFLINE", "no"))),
            RuleCase.of("EHP-GP-P04 not met: needs a flat network", NOT_MET,
                    device(a("INTERFACE-LIST", "yes"), a("EHP-NET-SEGREGATED", "no"), a("EHP-NET-OFFLINE", "yes"))),
            RuleCase.of("EHP-GP-P04 not met: no flow list", NOT_MET,
                    cloud(a("INTERFACE-LIST", "no"), a("EHP-NET-SEGREGATED", "yes"))),
            RuleCase.of("EHP-GP-P05 met: certified ISMS, CVD policy, subcontractor control", MET,
                    cloud(withEvidence("EHP-ISMS-ORG", "yes"), a("CVD-POLICY", "PUBLISHED"),
                            a("EHP-SUBCONTRACTORS", "yes"), a("EHP-INCIDENT-HISTORY", "DISCLOSED_WITH_REMEDIATION"))),
            RuleCase.of("EHP-GP-P05 partial: ISMS certification not evidenced", PARTIALLY_MET,
                    device(a("EHP-ISMS-ORG", "yes"), a("CVD-POLICY", "PUBLISHED"), a("EHP-SUBCONTRACTORS", "yes"),
                            a("EHP-INCIDENT-HISTORY", "NONE"))),
            RuleCase.of("EHP-GP-P05 partial: no certified ISMS", PARTIALLY_MET,
                    cloud(a("EHP-ISMS-ORG", "no"), a("CVD-POLICY", "PUBLISHED"), a("EHP-SUBCONTRACTORS", "yes"),
                            a("EHP-INCIDENT-HISTORY", "NONE"))),
            RuleCase.of("EHP-GP-P05 partial: no CVD policy or subcontractor control", PARTIALLY_MET,
                    device(withEvidence("EHP-ISMS-ORG", "yes"), a("CVD-POLICY", "PUBLISHED"),
                            a("EHP-SUBCONTRACTORS", "no"), a("EHP-INCIDENT-HISTORY", "NONE"))),
            RuleCase.of("EHP-GP-P05 partial: incident history not disclosed", PARTIALLY_MET,
                    cloud(withEvidence("EHP-ISMS-ORG", "yes"), a("CVD-POLICY", "PUBLISHED"),
                            a("EHP-SUBCONTRACTORS", "yes"), a("EHP-INCIDENT-HISTORY", "NOT_DISCLOSED"))),
            RuleCase.of("EHP-GP-P05 not met: no security governance", NOT_MET,
                    device(a("EHP-ISMS-ORG", "no"), a("CVD-POLICY", "NONE"), a("EHP-SUBCONTRACTORS", "no"))),
            RuleCase.of("EHP-GP-P06 met: locations, sub-processors, responsibilities and exit disclosed", MET,
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"), a("CLD-SUBPROC-LIST", "yes"),
                            a("CLD-RESPONSIBILITY-MATRIX", "CONTROL_BY_CONTROL"), a("CLD-EXIT-ASSISTANCE", "yes"), a("CLD-DELETION-CERT", "yes"))),
            RuleCase.of("EHP-GP-P06 partial: sub-processors or responsibilities not disclosed", PARTIALLY_MET,
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"), a("CLD-SUBPROC-LIST", "yes"),
                            a("CLD-RESPONSIBILITY-MATRIX", "NONE"), a("CLD-EXIT-ASSISTANCE", "yes"), a("CLD-DELETION-CERT", "yes"))),
            RuleCase.of("EHP-GP-P06 partial: exit plan incomplete", PARTIALLY_MET,
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"), a("CLD-SUBPROC-LIST", "yes"),
                            a("CLD-RESPONSIBILITY-MATRIX", "CONTROL_BY_CONTROL"), a("CLD-EXIT-ASSISTANCE", "no"))),
            RuleCase.of("EHP-GP-P06 not met: no cloud-specific information", NOT_MET,
                    cloud(a("CLD-SUBPROC-LIST", "no"), a("CLD-RESPONSIBILITY-MATRIX", "NONE"))),

            // source phase
            RuleCase.of("EHP-GP-S02 met: DPIA inputs supplied, processing agreement accepted", MET,
                    cloud(a("PATIENT-DATA", "yes"), a("DPIA-SUPPORT", "DPIA_PACK"), a("DPA", "SERVICE_SPECIFIC"))),
            RuleCase.of("EHP-GP-S02 met: no patient data to assess", MET,
                    device(a("PATIENT-DATA", "no"), a("DPIA-SUPPORT", "NONE"), a("DPA", "NONE"))),
            RuleCase.of("EHP-GP-S02 partial: DPIA inputs incomplete", PARTIALLY_MET,
                    device(a("PATIENT-DATA", "yes"), a("DPIA-SUPPORT", "ON_REQUEST"), a("DPA", "SERVICE_SPECIFIC"))),
            RuleCase.of("EHP-GP-S02 partial: processing agreement not accepted", PARTIALLY_MET,
                    cloud(a("DPIA-SUPPORT", "DPIA_PACK"), a("DPA", "NONE"))),
            RuleCase.of("EHP-GP-S02 not met: DPIA inputs refused", NOT_MET,
                    cloud(a("PATIENT-DATA", "yes"), a("DPIA-SUPPORT", "NONE"), a("DPA", "SERVICE_SPECIFIC"))),
            RuleCase.of("EHP-GP-S03 met: no end-of-life components for the contract term", MET,
                    device(a("EHP-EOL-COMPONENTS", "NONE"), withEvidence("EHP-COMPONENT-EOL-LIST", "yes"),
                            a("PLATFORM-SUPPORT-END", "2031-12-31")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2031, 12, 31))),
            RuleCase.of("EHP-GP-S03 partial: end-of-life components mitigated", PARTIALLY_MET,
                    cloud(a("EHP-EOL-COMPONENTS", "PRESENT_MITIGATED"), a("EHP-COMPONENT-EOL-LIST", "yes"),
                            a("PLATFORM-SUPPORT-END", "2020-01-14"))),
            // without a contract end, support is needed for five years from the as-of date 2026-11-01
            RuleCase.of("EHP-GP-S03 partial: platform support ends during the contract", PARTIALLY_MET,
                    device(a("EHP-EOL-COMPONENTS", "NONE"), a("EHP-COMPONENT-EOL-LIST", "yes"),
                            a("PLATFORM-SUPPORT-END", "2031-10-31"))),
            RuleCase.of("EHP-GP-S03 partial: component support dates not listed", PARTIALLY_MET,
                    cloud(a("EHP-EOL-COMPONENTS", "NONE"), a("EHP-COMPONENT-EOL-LIST", "no"),
                            a("PLATFORM-SUPPORT-END", "2032-01-01"))),
            RuleCase.of("EHP-GP-S03 not met: unmitigated end-of-life components", NOT_MET,
                    device(a("EHP-EOL-COMPONENTS", "PRESENT_UNMITIGATED"), a("EHP-COMPONENT-EOL-LIST", "yes"))),
            RuleCase.of("EHP-GP-S03 not met: platform already out of support", NOT_MET,
                    device(a("EHP-COMPONENT-EOL-LIST", "yes"), a("PLATFORM-SUPPORT-END", "2025-10-14"))),

            // manage phase
            RuleCase.of("EHP-GP-M01 met: security documentation and training", MET,
                    cloud(a("EHP-TRAINING", "DOCUMENTATION_AND_TRAINING"))),
            RuleCase.of("EHP-GP-M01 partial: documentation only", PARTIALLY_MET,
                    device(a("EHP-TRAINING", "DOCUMENTATION_ONLY"))),
            RuleCase.of("EHP-GP-M01 not met: neither documentation nor training", NOT_MET,
                    cloud(a("EHP-TRAINING", "NONE"))),
            RuleCase.of("EHP-GP-M02 met: incident response team and 24/7 contact", MET,
                    device(a("INCIDENT-RESPONSE", "yes"), a("EHP-EMERGENCY-CONTACT", "yes"))),
            RuleCase.of("EHP-GP-M02 partial: incident response process incomplete", PARTIALLY_MET,
                    cloud(a("INCIDENT-RESPONSE", "partial"), a("EHP-EMERGENCY-CONTACT", "yes"))),
            RuleCase.of("EHP-GP-M02 partial: no round-the-clock contact", PARTIALLY_MET,
                    device(a("INCIDENT-RESPONSE", "yes"), a("EHP-EMERGENCY-CONTACT", "no"))),
            RuleCase.of("EHP-GP-M02 not met: no incident response", NOT_MET,
                    cloud(a("INCIDENT-RESPONSE", "no"), a("EHP-EMERGENCY-CONTACT", "yes"))),
            RuleCase.of("EHP-GP-M03 met: notice within the hospital's time, vulnerability notice and cooperation committed", MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "24"), a("VULN-NOTICE", "MACHINE_READABLE"),
                            a("EHP-INCIDENT-COOPERATION", "yes"))),
            RuleCase.of("EHP-GP-M03 partial: no defined notification time", PARTIALLY_MET,
                    device(a("INCIDENT-COMMIT", "yes"), a("VULN-NOTICE", "MACHINE_READABLE"),
                            a("EHP-INCIDENT-COOPERATION", "yes"))),
            // 72 hours was once "met" here while the NIS2 and GDPR rows asked for far less: one clock now
            RuleCase.of("EHP-GP-M03 partial: notification slower than the hospital's time", PARTIALLY_MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "72"), a("VULN-NOTICE", "MACHINE_READABLE"),
                            a("EHP-INCIDENT-COOPERATION", "yes"))),
            RuleCase.of("EHP-GP-M03 partial: no vulnerability notice or cooperation", PARTIALLY_MET,
                    device(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "24"), a("VULN-NOTICE", "MACHINE_READABLE"),
                            a("EHP-INCIDENT-COOPERATION", "no"))),
            RuleCase.of("EHP-GP-M03 not met: no notification commitment", NOT_MET,
                    device(a("PATIENT-DATA", "no"), a("INCIDENT-COMMIT", "no"))),
            RuleCase.of("EHP-GP-M04 met: documented, hospital-approved maintenance", MET,
                    device(a("EHP-MAINT-PROCEDURE", "yes"), a("EHP-MAINT-APPROVAL", "yes"))),
            RuleCase.of("EHP-GP-M04 partial: maintenance not controlled by the hospital", PARTIALLY_MET,
                    cloud(a("EHP-MAINT-PROCEDURE", "yes"), a("EHP-MAINT-APPROVAL", "no"))),
            RuleCase.of("EHP-GP-M04 not met: no maintenance procedure", NOT_MET,
                    device(a("EHP-MAINT-PROCEDURE", "no"), a("EHP-MAINT-APPROVAL", "yes"))),
            RuleCase.of("EHP-GP-M07 met: product-specific awareness material", MET,
                    device(a("EHP-AWARENESS", "PRODUCT_SPECIFIC"))),
            RuleCase.of("EHP-GP-M07 partial: generic awareness material", PARTIALLY_MET,
                    cloud(a("EHP-AWARENESS", "GENERIC"))),
            RuleCase.of("EHP-GP-M07 not met: no awareness material", NOT_MET, device(a("EHP-AWARENESS", "NONE"))),
            RuleCase.of("EHP-GP-M08 met: standard SBOM and configuration baseline", MET,
                    device(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "SPDX"), a("EHP-MD-CONFIG-BASELINE", "yes"))),
            RuleCase.of("EHP-GP-M08 partial: SBOM not machine-readable", PARTIALLY_MET,
                    device(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "OTHER"), a("EHP-MD-CONFIG-BASELINE", "yes"))),
            RuleCase.of("EHP-GP-M08 partial: configuration baseline incomplete", PARTIALLY_MET,
                    device(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "CYCLONEDX"),
                            a("EHP-MD-CONFIG-BASELINE", "partial"))),
            RuleCase.of("EHP-GP-M08 partial: baseline without SBOM", PARTIALLY_MET,
                    device(a("MD-SBOM", "no"), a("EHP-MD-CONFIG-BASELINE", "yes"))),
            RuleCase.of("EHP-GP-M08 not met: no inventory data", NOT_MET,
                    device(a("MD-SBOM", "no"), a("EHP-MD-CONFIG-BASELINE", "no"))),
            RuleCase.of("EHP-GP-M09 met: personal accounts, no fixed credentials, physical protection", MET,
                    device(a("MD-DEFAULT-CREDS", "no"), a("EHP-MD-ACCOUNTS", "UNIQUE_ROLE_BASED"),
                            a("EHP-MD-PHYSICAL", "yes"))),
            RuleCase.of("EHP-GP-M09 met: software without physical parts, personal accounts, no fixed credentials",
                    MET, questionnaire(Profile.MEDICAL_DEVICE, ProductKind.SOFTWARE_PRODUCT,
                            a("MD-DEFAULT-CREDS", "no"), a("EHP-MD-ACCOUNTS", "UNIQUE_ROLE_BASED"),
                            a("EHP-MD-PHYSICAL", "n/a"))),
            RuleCase.of("EHP-GP-M09 partial: shared accounts", PARTIALLY_MET,
                    device(a("MD-DEFAULT-CREDS", "no"), a("EHP-MD-ACCOUNTS", "SHARED_ACCOUNTS"),
                            a("EHP-MD-PHYSICAL", "yes"))),
            RuleCase.of("EHP-GP-M09 partial: physical protection incomplete", PARTIALLY_MET,
                    device(a("MD-DEFAULT-CREDS", "no"), a("EHP-MD-ACCOUNTS", "UNIQUE_ROLE_BASED"),
                            a("EHP-MD-PHYSICAL", "partial"))),
            RuleCase.of("EHP-GP-M09 not met: default or hard-coded credentials", NOT_MET,
                    device(a("MD-DEFAULT-CREDS", "yes"), a("EHP-MD-ACCOUNTS", "UNIQUE_ROLE_BASED"),
                            a("EHP-MD-PHYSICAL", "yes"))),
            RuleCase.of("EHP-GP-M09 not met: no user authentication", NOT_MET,
                    device(a("MD-DEFAULT-CREDS", "no"), a("EHP-MD-ACCOUNTS", "NONE"), a("EHP-MD-PHYSICAL", "yes"))),
            RuleCase.of("EHP-GP-M10 met: independent regular tests, recent and shared", MET,
                    cloud(a("PENTEST", "INDEPENDENT_REGULAR"), a("PENTEST-DATE", "2026-03-15"),
                            a("EHP-PENTEST-SHARING", "yes"))),
            RuleCase.of("EHP-GP-M10 partial: occasional or internal tests only", PARTIALLY_MET,
                    device(a("PENTEST", "INTERNAL_ONLY"), a("PENTEST-DATE", "2026-03-15"),
                            a("EHP-PENTEST-SHARING", "yes"))),
            RuleCase.of("EHP-GP-M10 partial: last test older than the hospital's interval", PARTIALLY_MET,
                    cloud(a("PENTEST", "INDEPENDENT_REGULAR"), a("PENTEST-DATE", "2025-06-30"),
                            a("EHP-PENTEST-SHARING", "yes"))),
            RuleCase.of("EHP-GP-M10 partial: results not shared", PARTIALLY_MET,
                    device(a("PENTEST", "INDEPENDENT_REGULAR"), a("PENTEST-DATE", "2026-03-15"),
                            a("EHP-PENTEST-SHARING", "no"))),
            RuleCase.of("EHP-GP-M10 not met: no penetration testing", NOT_MET, cloud(a("PENTEST", "NONE"))),

            // consistency checks
            RuleCase.contradiction("CONS-EHP-PATCH no security updates, yet a fix time is promised",
                    cloud(a("SEC-UPDATES", "no"), a("PATCH-CRITICAL-DAYS", "14"))),
            RuleCase.contradiction("CONS-EHP-KEYS customer-managed keys, yet no encryption at rest",
                    cloud(a("EHP-CRYPTO-KEYS", "CUSTOMER_MANAGED"), a("ENC-REST", "no"))),
            RuleCase.contradiction("CONS-EHP-EOL all components supported, yet the platform support has ended",
                    device(a("EHP-EOL-COMPONENTS", "NONE"), a("PLATFORM-SUPPORT-END", "2025-10-14"))),
            RuleCase.contradiction("CONS-EHP-PENTEST never penetration-tested, yet a test date is given",
                    device(a("PENTEST", "NONE"), a("PENTEST-DATE", "2024-05-01"))));

    /** Answers that meet every ENISA requirement of the cloud profile (also used by DecisionTest). */
    static final List<Answer> CLOUD_MET = List.of(a("PATIENT-DATA", "yes"), a("REMOTE-MFA", "yes"),
            a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "yes"), a("LOG-EVENTS", "yes"), a("LOG-SIEM", "yes"),
            a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "7"), withEvidence("CLD-ISO27001", "yes"),
            a("CLD-ISO27001-EXPIRY", "2029-01-01"), a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"),
            a("BREACH-COMMIT", "yes"), a("BREACH-HOURS", "24"), a("INCIDENT-COMMIT", "yes"),
            a("NIS2-INCIDENT-HOURS", "24"), a("CLD-DATA-LOCATION", "EEA_ONLY"),
            a("CLD-SUBPROC-LIST", "yes"),
            a("EHP-TECH-CONTACT", "yes"), a("EHP-TECH-DOCS", "BEFORE_AWARD"), a("VULN-MGMT-PROCESS", "yes"),
            withEvidence("CVD-POLICY", "PUBLISHED"), a("ADVISORIES", "PUBLIC"), withEvidence("EHP-UPDATE-POLICY", "yes"),
            a("UPDATE-SCHEDULING", "yes"), withEvidence("SECURITY-TESTING", "yes"),
            a("EHP-ACCEPTANCE-TEST", "yes"), withEvidence("CONTINUITY-PLAN", "yes"),
            a("CONTINUITY-TEST-DATE", "2026-05-01"), a("EHP-INTEROP-STANDARDS", "yes"),
            a("EHP-INTEROP-SECURED", "yes"), a("DATA-EXPORT", "OPEN_STANDARD"),
            a("EHP-CRYPTO-KEYS", "CUSTOMER_MANAGED"), a("EHP-CRYPTO-LEGACY", "no"), withEvidence("EHP-RA-INPUTS", "yes"),
            a("EHP-STD-DISCLOSURE", "CAIQ"), a("EHP-REQ-COMPLIANCE", "FULL_COMPLIANCE"), a("EHP-REQ-CONTRACT", "yes"),
            withEvidence("EHP-THREAT-MODEL", "PRODUCT_SPECIFIC"), a("INTERFACE-LIST", "yes"),
            a("EHP-NET-SEGREGATED", "yes"), withEvidence("EHP-ISMS-ORG", "yes"), a("EHP-SUBCONTRACTORS", "yes"),
            a("EHP-INCIDENT-HISTORY", "NONE"), a("CLD-RESPONSIBILITY-MATRIX", "CONTROL_BY_CONTROL"), a("CLD-EXIT-ASSISTANCE", "yes"), a("CLD-DELETION-CERT", "yes"),
            a("DPIA-SUPPORT", "DPIA_PACK"), a("DPA", "SERVICE_SPECIFIC"), a("EHP-EOL-COMPONENTS", "NONE"),
            withEvidence("EHP-COMPONENT-EOL-LIST", "yes"), a("PLATFORM-SUPPORT-END", "2033-12-31"),
            a("EHP-TRAINING", "DOCUMENTATION_AND_TRAINING"), a("INCIDENT-RESPONSE", "yes"), a("EHP-EMERGENCY-CONTACT", "yes"),
            a("VULN-NOTICE", "MACHINE_READABLE"), a("EHP-INCIDENT-COOPERATION", "yes"), a("EHP-MAINT-PROCEDURE", "yes"),
            a("EHP-MAINT-APPROVAL", "yes"), a("EHP-AWARENESS", "PRODUCT_SPECIFIC"),
            a("PENTEST", "INDEPENDENT_REGULAR"), a("PENTEST-DATE", "2026-09-01"),
            a("EHP-PENTEST-SHARING", "yes"));

    /** Answers that meet every ENISA requirement of the medical-device profile. */
    static final List<Answer> DEVICE_MET = Stream.concat(
            CLOUD_MET.stream().filter(x -> !x.questionId().startsWith("CLD-") && !x.questionId().startsWith("EHP-CLD-")),
            Stream.of(a("EHP-STD-DISCLOSURE", "MDS2"), withEvidence("EHP-MD-PRODUCT-CERT", "INDEPENDENT_CERTIFICATE"),
                    a("EHP-MD-WIRELESS", "CURRENT_MODES_ONLY"), a("EHP-MD-RADIO-OFF", "yes"),
                    a("EHP-NET-OFFLINE", "yes"), a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "CYCLONEDX"),
                    a("EHP-MD-CONFIG-BASELINE", "yes"), a("MD-DEFAULT-CREDS", "no"),
                    a("EHP-MD-ACCOUNTS", "UNIQUE_ROLE_BASED"), a("EHP-MD-PHYSICAL", "yes"))).toList();

    private static final Set<String> ASSET_TYPES = Set.of("clinical-information-systems", "medical-devices",
            "networking-equipment", "remote-care-systems", "mobile-client-devices", "identification-systems",
            "building-management-systems", "professional-services", "cloud-services");


    /** Further cases for rules already listed once: policy thresholds and date boundaries. */
    static final List<RuleCase> THRESHOLD_CASES = List.of(
            // the hospital's policy, not ENISA, sets the number: 14 days makes a 20-day fix too slow
            RuleCase.of("EHP-GP-M06 partial: critical fixes slower than the hospital's time", PARTIALLY_MET,
                    cloud(a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "20")))
                    .with(HospitalThresholds.withThreshold("criticalPatchDays", 14)),
            RuleCase.of("EHP-GP-M06 met: free updates, critical fixes within the hospital's time", MET,
                    cloud(a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "45")))
                    .with(HospitalThresholds.withThreshold("criticalPatchDays", 45)),
            RuleCase.of("EHP-GP-G06 partial: plan not tested within the hospital's interval", PARTIALLY_MET,
                    cloud(withEvidence("CONTINUITY-PLAN", "yes"), a("CONTINUITY-TEST-DATE", "2026-04-30")))
                    .with(HospitalThresholds.withThreshold("continuityTestMonths", 6)),
            RuleCase.of("EHP-GP-M03 partial: notification slower than the hospital's time", PARTIALLY_MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "25"), a("VULN-NOTICE", "MACHINE_READABLE"),
                            a("EHP-INCIDENT-COOPERATION", "yes"))),
            RuleCase.of("EHP-GP-M03 met: notice within the hospital's time, vulnerability notice and cooperation committed", MET,
                    cloud(a("INCIDENT-COMMIT", "yes"), a("NIS2-INCIDENT-HOURS", "48"), a("VULN-NOTICE", "MACHINE_READABLE"),
                            a("EHP-INCIDENT-COOPERATION", "yes")))
                    .with(HospitalThresholds.withThreshold("incidentNoticeHours", 48)),
            RuleCase.of("EHP-GP-M10 met: independent regular tests, recent and shared", MET,
                    cloud(a("PENTEST", "INDEPENDENT_REGULAR"), a("PENTEST-DATE", "2025-06-30"),
                            a("EHP-PENTEST-SHARING", "yes")))
                    .with(HospitalThresholds.withThreshold("pentestIntervalMonths", 24)));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    private static List<Requirement> enisaRequirements() {
        return RuleTesting.CHECKER.catalog().requirements().stream()
                .filter(r -> r.citation().instrument().equals("ENISA-HPG")).toList();
    }

    @Test
    void all28Practices_areEncodedOnce_withTheirPhaseAndAssetTypes() {
        List<Requirement> practices = enisaRequirements();
        assertThat(practices).hasSize(28);
        assertThat(practices.stream().map(Requirement::phase))
                .filteredOn("general"::equals).hasSize(9);
        assertThat(practices.stream().map(Requirement::phase)).filteredOn("plan"::equals).hasSize(6);
        assertThat(practices.stream().map(Requirement::phase)).filteredOn("source"::equals).hasSize(3);
        assertThat(practices.stream().map(Requirement::phase)).filteredOn("manage"::equals).hasSize(10);
        for (Requirement r : practices) {
            String code = r.id().substring("EHP-GP-".length());
            assertThat(code).matches("[GPSM]\\d\\d");
            assertThat(r.phase()).startsWith(Map.of('G', "general", 'P', "plan", 'S', "source", 'M', "manage")
                    .get(code.charAt(0)));
            // the EHP-GP ids are ours: the citation names ENISA's section and the practice's published title
            assertThat(r.citation().reference()).as(r.id())
                    .matches("Section 4\\.[1-4] \\((general practices|plan phase|source phase|manage phase)\\), good practice \".+\"")
                    .doesNotContain(code);
            assertThat(r.citation().title()).as(r.id()).startsWith("ENISA, Procurement Guidelines for Cybersecurity in Hospitals");
            assertThat(r.legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
            assertThat(r.assetTypes()).as("asset types of %s", r.id()).isNotEmpty().isSubsetOf(ASSET_TYPES);
            assertThat(r.contractClause()).as(r.id()).isNotBlank();
            assertThat(r.crosswalk()).as(r.id()).isNotEmpty();
        }
    }

    @Test
    void cloudOfferMeetingEveryPractice_isMetThroughout_withoutContradictions() {
        Assessment assessment = RuleTesting.evaluate(RuleTesting.evidenced(cloud(CLOUD_MET.toArray(Answer[]::new))));
        assertThat(assessment.findings()).filteredOn(f -> f.requirementId().startsWith("EHP-"))
                .hasSize(25).allSatisfy(f -> assertThat(f.status()).as(f.rationale()).isEqualTo(Status.MET));
        assertThat(assessment.contradictions()).isEmpty();
    }

    @Test
    void deviceOfferMeetingEveryPractice_isMetThroughout_withoutContradictions() {
        Assessment assessment = RuleTesting.evaluate(RuleTesting.evidenced(device(DEVICE_MET.toArray(Answer[]::new))));
        assertThat(assessment.findings()).filteredOn(f -> f.requirementId().startsWith("EHP-"))
                .hasSize(27).allSatisfy(f -> assertThat(f.status()).as(f.rationale()).isEqualTo(Status.MET));
        assertThat(assessment.contradictions()).isEmpty();
    }

    @Test
    void hardCodedCredentials_failM09_butEnisaSetsNoKnockOut() {
        List<Answer> answers = new ArrayList<>(DEVICE_MET);
        answers.add(a("MD-MDR-CE", "yes"));
        answers.add(a("MD-DEFAULT-CREDS", "yes"));
        Assessment assessment = RuleTesting.evaluate(device(answers.toArray(Answer[]::new)));
        assertThat(assessment.finding("CRA-AI-P1-2b").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("EHP-GP-M09").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.finding("EHP-GP-M09").knockOutHit()).isFalse();
        assertThat(assessment.decisionReasons()).noneMatch(r -> r.startsWith("Knock-out EHP-GP-M09"));
        assertThat(enisaRequirements()).noneMatch(r -> r.id().equals("EHP-GP-M09") && r.knockOut());
        // the practice names the rows that carry the law, and MDCG 2019-16 §2.2 on emergency access
        Requirement m09 = enisaRequirements().stream().filter(r -> r.id().equals("EHP-GP-M09")).findFirst().orElseThrow();
        assertThat(m09.paraphrase()).contains("CRA Annex I Part I(2)(b)", "MDR Annex I 18.8", "MDCG 2019-16 §2.2");
    }

    @Test
    void noIncidentNotification_rejects_evenWhenTheVendorIsNoProcessor() {
        List<Answer> answers = new ArrayList<>(CLOUD_MET);
        answers.add(a("PATIENT-DATA", "no"));
        answers.add(a("GDPR-PERSONAL-DATA-ACCESS", "no"));
        answers.add(a("INCIDENT-COMMIT", "no"));
        answers.removeIf(x -> x.questionId().equals("NIS2-INCIDENT-HOURS"));
        Assessment assessment = RuleTesting.evaluate(cloud(answers.toArray(Answer[]::new)));
        assertThat(assessment.finding("EHP-GP-M03").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void thresholdCases_decideAsThePolicyAndTheDatesSay() {
        THRESHOLD_CASES.forEach(RuleCase::verify);
    }
}
