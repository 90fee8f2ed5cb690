package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.finding;
import static org.cyberprocure.rules.RuleTesting.questionnaire;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/**
 * cra.drl: one case per rule, for products the CRA covers (not an MDR device, or a cloud service that is a
 * product's remote data processing). Questionnaires are submitted on 2026-11-01, so "recent" means on or after
 * 2025-11-01 (12 months) or 2026-10-02 (30 days), and five years of support reach 2031-11-01.
 */
class CraRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            // Annex I Part I(1)
            RuleCase.of("CRA-AI-P1-1 met: current, evidenced risk assessment with an Annex I matrix", MET,
                    craProduct(withEvidence("CRA-RISK-ASSESSMENT", "yes"), a("CRA-RISK-ASSESSMENT-DATE", "2026-03-01"),
                            a("CRA-ANNEX-I-MATRIX", "yes"))),
            RuleCase.of("CRA-AI-P1-1 partial: risk assessment generic, outdated, unevidenced or without matrix",
                    PARTIALLY_MET, craProduct(withEvidence("CRA-RISK-ASSESSMENT", "yes"),
                            a("CRA-RISK-ASSESSMENT-DATE", "2025-10-31"), a("CRA-ANNEX-I-MATRIX", "yes"))),
            RuleCase.of("CRA-AI-P1-1 not met: no risk assessment", NOT_MET,
                    craProduct(a("CRA-RISK-ASSESSMENT", "no"))),
            // Annex I Part I(2)(a)
            RuleCase.of("CRA-AI-P1-2a met: recent scan, nothing exploitable open", MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "NONE"), a("CRA-VULN-SCAN-DATE", "2026-10-02"))),
            RuleCase.of("CRA-AI-P1-2a partial: no scan within 30 days", PARTIALLY_MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "NONE"), a("CRA-VULN-SCAN-DATE", "2026-10-01"))),
            RuleCase.of("CRA-AI-P1-2a partial: exploitable findings open with a fix plan", PARTIALLY_MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "OPEN_WITH_FIX_PLAN"), a("CRA-VULN-SCAN-DATE", "2026-10-20"))),
            RuleCase.of("CRA-AI-P1-2a not met: actively exploited vulnerability open", NOT_MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "OPEN_KNOWN_EXPLOITED"), a("CRA-VULN-SCAN-DATE", "2026-10-20"))),
            // Annex I Part I(2)(b)
            RuleCase.of("CRA-AI-P1-2b met: no default credentials, reset available", MET,
                    craProduct(a("MD-DEFAULT-CREDS", "no"), a("MD-FACTORY-RESET", "yes"))),
            RuleCase.of("CRA-AI-P1-2b partial: no reset to the secure state", PARTIALLY_MET,
                    craProduct(a("MD-DEFAULT-CREDS", "no"), a("MD-FACTORY-RESET", "no"))),
            RuleCase.of("CRA-AI-P1-2b not met: default or hard-coded credentials", NOT_MET,
                    craCloud(a("CRA-DEFAULT-CREDS", "yes"), a("MD-FACTORY-RESET", "yes"))),
            // Annex I Part I(2)(c)
            RuleCase.of("CRA-AI-P1-2c met: updates announced or automatic, and deferrable", MET,
                    craProduct(a("SEC-UPDATES", "yes"), a("CRA-UPDATE-DELIVERY", "NOTIFIED"), a("UPDATE-SCHEDULING", "yes"))),
            RuleCase.of("CRA-AI-P1-2c partial: updates unannounced or not deferrable", PARTIALLY_MET,
                    craProduct(a("SEC-UPDATES", "yes"), a("CRA-UPDATE-DELIVERY", "MANUAL_UNANNOUNCED"),
                            a("UPDATE-SCHEDULING", "yes"))),
            RuleCase.of("CRA-AI-P1-2c not met: no security updates", NOT_MET,
                    craProduct(a("SEC-UPDATES", "no"), a("CRA-UPDATE-DELIVERY", "AUTOMATIC"))),
            // Annex I Part I(2)(d)
            RuleCase.of("CRA-AI-P1-2d met: strong authentication and access alerts", MET,
                    craProduct(a("CRA-AUTH-STRONG", "yes"), a("CRA-ACCESS-ALERTS", "yes"))),
            RuleCase.of("CRA-AI-P1-2d partial: gaps in authentication or no access alerts", PARTIALLY_MET,
                    craProduct(a("CRA-AUTH-STRONG", "partial"), a("CRA-ACCESS-ALERTS", "yes"))),
            RuleCase.of("CRA-AI-P1-2d not met: no individual authentication", NOT_MET,
                    craProduct(a("CRA-AUTH-STRONG", "no"), a("CRA-ACCESS-ALERTS", "yes"))),
            // Annex I Part I(2)(e)
            RuleCase.of("CRA-AI-P1-2e met: encrypted at rest and in transit", MET,
                    craProduct(a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("CRA-AI-P1-2e partial: encrypted at rest or in transit only", PARTIALLY_MET,
                    craProduct(a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("CRA-AI-P1-2e not met: data in cleartext", NOT_MET,
                    craProduct(a("ENC-REST", "no"), a("ENC-TRANSIT", "no"))),
            // Annex I Part I(2)(f)
            RuleCase.of("CRA-AI-P1-2f met: signed code and integrity monitoring", MET,
                    craProduct(a("CRA-CODE-SIGNING", "yes"), a("CRA-INTEGRITY-MONITOR", "yes"))),
            RuleCase.of("CRA-AI-P1-2f partial: signed code without run-time integrity checks", PARTIALLY_MET,
                    craProduct(a("CRA-CODE-SIGNING", "yes"), a("CRA-INTEGRITY-MONITOR", "no"))),
            RuleCase.of("CRA-AI-P1-2f not met: unsigned software", NOT_MET,
                    craProduct(a("CRA-CODE-SIGNING", "no"), a("CRA-INTEGRITY-MONITOR", "yes"))),
            // Annex I Part I(2)(g)
            RuleCase.of("CRA-AI-P1-2g met: data inventory and telemetry under control", MET,
                    craProduct(a("DATA-INVENTORY", "yes"), a("CRA-TELEMETRY-CONTROL", "CAN_BE_DISABLED"))),
            RuleCase.of("CRA-AI-P1-2g partial: telemetry cannot be switched off", PARTIALLY_MET,
                    craProduct(a("DATA-INVENTORY", "yes"), a("CRA-TELEMETRY-CONTROL", "ALWAYS_ON"))),
            RuleCase.of("CRA-AI-P1-2g not met: no data inventory", NOT_MET,
                    craProduct(a("DATA-INVENTORY", "no"), a("CRA-TELEMETRY-CONTROL", "NO_TELEMETRY"))),
            // Annex I Part I(2)(h)
            RuleCase.of("CRA-AI-P1-2h met: essential functions documented and resilience tested", MET,
                    craProduct(a("CRA-ESSENTIAL-FUNCTIONS", "yes"), a("CRA-DOS-TESTED", "yes"))),
            RuleCase.of("CRA-AI-P1-2h partial: resilience not tested", PARTIALLY_MET,
                    craProduct(a("CRA-ESSENTIAL-FUNCTIONS", "yes"), a("CRA-DOS-TESTED", "no"))),
            RuleCase.of("CRA-AI-P1-2h not met: essential functions not described", NOT_MET,
                    craProduct(a("CRA-ESSENTIAL-FUNCTIONS", "no"))),
            // Annex I Part I(2)(i)
            RuleCase.of("CRA-AI-P1-2i met: network load bounded and tested", MET,
                    craProduct(withEvidence("CRA-NETWORK-LOAD-LIMITS", "yes"))),
            RuleCase.of("CRA-AI-P1-2i partial: load limits without evidence", PARTIALLY_MET,
                    craProduct(a("CRA-NETWORK-LOAD-LIMITS", "yes"))),
            RuleCase.of("CRA-AI-P1-2i not met: network load unbounded", NOT_MET,
                    craProduct(a("CRA-NETWORK-LOAD-LIMITS", "no"))),
            // Annex I Part I(2)(j)
            RuleCase.of("CRA-AI-P1-2j met: interfaces listed, unused ones off", MET,
                    craProduct(a("INTERFACE-LIST", "yes"), a("CRA-INTERFACES-LOCKED", "yes"))),
            RuleCase.of("CRA-AI-P1-2j partial: unused or debug interfaces open", PARTIALLY_MET,
                    craProduct(a("INTERFACE-LIST", "yes"), a("CRA-INTERFACES-LOCKED", "no"))),
            RuleCase.of("CRA-AI-P1-2j not met: no interface list", NOT_MET,
                    craProduct(a("INTERFACE-LIST", "no"), a("CRA-INTERFACES-LOCKED", "yes"))),
            // Annex I Part I(2)(k)
            RuleCase.of("CRA-AI-P1-2k met: layered exploitation mitigations", MET,
                    craProduct(a("CRA-EXPLOIT-MITIGATIONS", "LAYERED"))),
            RuleCase.of("CRA-AI-P1-2k partial: minimal exploitation mitigation", PARTIALLY_MET,
                    craProduct(a("CRA-EXPLOIT-MITIGATIONS", "MINIMAL"))),
            RuleCase.of("CRA-AI-P1-2k not met: no exploitation mitigation", NOT_MET,
                    craProduct(a("CRA-EXPLOIT-MITIGATIONS", "NONE"))),
            // Annex I Part I(2)(l)
            RuleCase.of("CRA-AI-P1-2l met: security events logged, exported, opt-out under the administrator", MET,
                    craProduct(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "yes"), a("CRA-LOG-OPTOUT-ADMIN", "yes"))),
            RuleCase.of("CRA-AI-P1-2l partial: logging incomplete, local or not enforceable", PARTIALLY_MET,
                    craProduct(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "yes"), a("CRA-LOG-OPTOUT-ADMIN", "no"))),
            RuleCase.of("CRA-AI-P1-2l not met: no security logging", NOT_MET,
                    craProduct(a("LOG-EVENTS", "no"), a("LOG-SIEM", "yes"))),
            // Annex I Part I(2)(m)
            RuleCase.of("CRA-AI-P1-2m met: user-operated secure erase and protected export", MET,
                    craProduct(a("CRA-SECURE-ERASE", "USER_FUNCTION"), a("DATA-EXPORT", "OPEN_STANDARD"))),
            RuleCase.of("CRA-AI-P1-2m partial: erase only by the vendor, or no secure export", PARTIALLY_MET,
                    craProduct(a("CRA-SECURE-ERASE", "VENDOR_SERVICE_ONLY"), a("DATA-EXPORT", "OPEN_STANDARD"))),
            RuleCase.of("CRA-AI-P1-2m not met: no secure erase", NOT_MET,
                    craProduct(a("CRA-SECURE-ERASE", "NONE"), a("DATA-EXPORT", "OPEN_STANDARD"))),
            // Annex I Part II(1)
            RuleCase.of("CRA-AI-P2-1 met: machine-readable SBOM", MET,
                    craProduct(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "SPDX"))),
            RuleCase.of("CRA-AI-P2-1 partial: SBOM not in a standard format", PARTIALLY_MET,
                    craProduct(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "OTHER"))),
            RuleCase.of("CRA-AI-P2-1 not met: no SBOM", NOT_MET, craProduct(a("MD-SBOM", "no"))),
            // Annex I Part II(2)
            RuleCase.of("CRA-AI-P2-2 met: remediation targets, critical within 30 days, security-only patches", MET,
                    craProduct(a("CRA-REMEDIATION-TARGETS", "yes"), a("PATCH-CRITICAL-DAYS", "30"),
                            a("CRA-SECURITY-PATCH-SEPARATE", "yes"))),
            RuleCase.of("CRA-AI-P2-2 partial: slow critical fixes or fixes only in feature releases", PARTIALLY_MET,
                    craProduct(a("CRA-REMEDIATION-TARGETS", "yes"), a("PATCH-CRITICAL-DAYS", "31"),
                            a("CRA-SECURITY-PATCH-SEPARATE", "yes"))),
            RuleCase.of("CRA-AI-P2-2 not met: no remediation targets", NOT_MET,
                    craProduct(a("CRA-REMEDIATION-TARGETS", "no"), a("PATCH-CRITICAL-DAYS", "7"))),
            // Annex I Part II(3)
            RuleCase.of("CRA-AI-P2-3 met: tests per release and a recent independent test", MET,
                    craProduct(a("SECURITY-TESTING", "yes"), a("PENTEST-DATE", "2025-11-01"))),
            RuleCase.of("CRA-AI-P2-3 partial: occasional tests or no recent independent test", PARTIALLY_MET,
                    craProduct(a("SECURITY-TESTING", "yes"), a("PENTEST-DATE", "2025-10-31"))),
            RuleCase.of("CRA-AI-P2-3 not met: no security testing", NOT_MET,
                    craProduct(a("SECURITY-TESTING", "no"), a("PENTEST-DATE", "2026-06-01"))),
            // Annex I Part II(4)
            RuleCase.of("CRA-AI-P2-4 met: public advisories", MET,
                    craProduct(a("ADVISORIES", "PUBLIC_MACHINE_READABLE"))),
            RuleCase.of("CRA-AI-P2-4 partial: advisories to customers only", PARTIALLY_MET,
                    craProduct(a("ADVISORIES", "CUSTOMERS_ONLY"))),
            RuleCase.of("CRA-AI-P2-4 not met: silent fixes", NOT_MET, craProduct(a("ADVISORIES", "NONE"))),
            // Annex I Part II(5)
            RuleCase.of("CRA-AI-P2-5 met: published CVD policy", MET,
                    craProduct(withEvidence("CVD-POLICY", "PUBLISHED"))),
            RuleCase.of("CRA-AI-P2-5 partial: informal or unreferenced CVD policy", PARTIALLY_MET,
                    craProduct(a("CVD-POLICY", "PUBLISHED"))),
            RuleCase.of("CRA-AI-P2-5 not met: no CVD policy", NOT_MET, craProduct(a("CVD-POLICY", "NONE"))),
            // Annex I Part II(6)
            RuleCase.of("CRA-AI-P2-6 met: reporting contact and upstream reporting", MET,
                    craProduct(a("CRA-VULN-CONTACT", "yes"), a("CRA-UPSTREAM-REPORTING", "yes"))),
            RuleCase.of("CRA-AI-P2-6 partial: contact without upstream reporting", PARTIALLY_MET,
                    craProduct(a("CRA-VULN-CONTACT", "yes"), a("CRA-UPSTREAM-REPORTING", "no"))),
            RuleCase.of("CRA-AI-P2-6 not met: no reporting contact", NOT_MET,
                    craProduct(a("CRA-VULN-CONTACT", "no"), a("CRA-UPSTREAM-REPORTING", "yes"))),
            // Annex I Part II(7)
            RuleCase.of("CRA-AI-P2-7 met: signed updates, rollback protection, staging", MET,
                    craProduct(a("CRA-CODE-SIGNING", "yes"), a("CRA-UPDATE-ROLLBACK-PROTECTION", "yes"),
                            a("CRA-UPDATE-STAGING", "yes"))),
            RuleCase.of("CRA-AI-P2-7 partial: signed updates without rollback protection or staging", PARTIALLY_MET,
                    craProduct(a("CRA-CODE-SIGNING", "yes"), a("CRA-UPDATE-ROLLBACK-PROTECTION", "yes"),
                            a("CRA-UPDATE-STAGING", "no"))),
            RuleCase.of("CRA-AI-P2-7 not met: unsigned updates", NOT_MET,
                    craProduct(a("CRA-CODE-SIGNING", "no"), a("CRA-UPDATE-ROLLBACK-PROTECTION", "yes"))),
            // Annex I Part II(8)
            RuleCase.of("CRA-AI-P2-8 met: free updates with advisories", MET,
                    craProduct(a("CRA-UPDATES-FREE", "FREE_FOR_SUPPORT_PERIOD"), a("CRA-UPDATE-ADVISORY", "yes"))),
            RuleCase.of("CRA-AI-P2-8 partial: updates tied to maintenance or without advisories", PARTIALLY_MET,
                    craProduct(a("CRA-UPDATES-FREE", "ONLY_WITH_MAINTENANCE_CONTRACT"), a("CRA-UPDATE-ADVISORY", "yes"))),
            RuleCase.of("CRA-AI-P2-8 not met: security updates charged for", NOT_MET,
                    craProduct(a("CRA-UPDATES-FREE", "CHARGED"), a("CRA-UPDATE-ADVISORY", "yes"))),
            // Annex II
            RuleCase.of("CRA-AII-1 met: manufacturer named, contact staffed by people", MET,
                    craProduct(a("CRA-MANUFACTURER-CONTACT", "yes"), a("CRA-SPOC-HUMAN", "yes"))),
            RuleCase.of("CRA-AII-1 partial: contact through automated tools only", PARTIALLY_MET,
                    craProduct(a("CRA-MANUFACTURER-CONTACT", "yes"), a("CRA-SPOC-HUMAN", "no"))),
            RuleCase.of("CRA-AII-1 not met: manufacturer not identified", NOT_MET,
                    craProduct(a("CRA-MANUFACTURER-CONTACT", "no"))),
            RuleCase.of("CRA-AII-4 met: evidenced security description", MET,
                    craProduct(withEvidence("CRA-SECURITY-DESCRIPTION", "yes"))),
            RuleCase.of("CRA-AII-4 partial: security description incomplete or not evidenced", PARTIALLY_MET,
                    craProduct(withEvidence("CRA-SECURITY-DESCRIPTION", "partial"))),
            RuleCase.of("CRA-AII-4 not met: no security description", NOT_MET,
                    craProduct(a("CRA-SECURITY-DESCRIPTION", "no"))),
            RuleCase.of("CRA-AII-6 met: declaration of conformity available", MET,
                    craProduct(a("CRA-DOC-URL", "URL_OR_COPY"))),
            RuleCase.of("CRA-AII-6 partial: declaration of conformity planned", PARTIALLY_MET,
                    craProduct(a("CRA-DOC-URL", "PLANNED"))),
            RuleCase.of("CRA-AII-6 not met: no declaration of conformity", NOT_MET, craProduct(a("CRA-DOC-URL", "NONE"))),
            RuleCase.of("CRA-AII-7 met: support end date stated", MET,
                    craProduct(a("CRA-SUPPORT-STATED", "DATE_IN_OFFER"))),
            RuleCase.of("CRA-AII-7 partial: open-ended support wording", PARTIALLY_MET,
                    craProduct(a("CRA-SUPPORT-STATED", "OPEN_ENDED"))),
            RuleCase.of("CRA-AII-7 not met: support end not stated", NOT_MET,
                    craProduct(a("CRA-SUPPORT-STATED", "NONE"))),
            RuleCase.of("CRA-AII-8 met: secure use, update and decommissioning instructions in the hospital's language",
                    MET, craProduct(a("CRA-HARDENING-GUIDE", "yes"), a("CRA-UPDATE-INSTRUCTIONS", "yes"),
                            a("CRA-DECOMMISSION-GUIDE", "yes"), a("CRA-USER-INFO-LANGUAGE", "yes"))),
            RuleCase.of("CRA-AII-8 partial: instructions incomplete", PARTIALLY_MET,
                    craProduct(a("CRA-HARDENING-GUIDE", "yes"), a("CRA-UPDATE-INSTRUCTIONS", "yes"),
                            a("CRA-DECOMMISSION-GUIDE", "yes"), a("CRA-USER-INFO-LANGUAGE", "no"))),
            RuleCase.of("CRA-AII-8 not met: no secure use instructions", NOT_MET,
                    craProduct(a("CRA-HARDENING-GUIDE", "no"), a("CRA-UPDATE-INSTRUCTIONS", "yes"))),
            // Art 13
            RuleCase.of("CRA-13-8 met: support reaches the contract end or five years", MET,
                    craProduct(a("MD-SUPPORT-END", "2031-11-01"))),
            RuleCase.of("CRA-13-8 met: shorter support matches a shorter expected use", MET,
                    craCloud(a("CRA-SUPPORT-END", "2029-11-01"), a("CRA-EXPECTED-USE-YEARS", "3"))),
            RuleCase.of("CRA-13-8 partial: support ends before the needed date", PARTIALLY_MET,
                    craProduct(a("MD-SUPPORT-END", "2031-10-31"))),
            RuleCase.of("CRA-13-8 not met: support already ended", NOT_MET,
                    craProduct(a("MD-SUPPORT-END", "2026-10-31"), a("CRA-EXPECTED-USE-YEARS", "3"))),
            RuleCase.of("CRA-13-9 met: updates available for ten years", MET,
                    craProduct(a("CRA-UPDATE-RETENTION-YEARS", "10"))),
            RuleCase.of("CRA-13-9 partial: updates available for less than ten years", PARTIALLY_MET,
                    craProduct(a("CRA-UPDATE-RETENTION-YEARS", "9.5"))),
            RuleCase.of("CRA-13-9 not met: updates withdrawn when superseded", NOT_MET,
                    craProduct(a("CRA-UPDATE-RETENTION-YEARS", "0"))),
            RuleCase.of("CRA-13-SBOM met: SBOM in the technical documentation and shared", MET,
                    craProduct(a("CRA-SBOM-IN-TECHDOC", "yes"), a("CRA-SBOM-SHARED", "ON_REQUEST"))),
            RuleCase.of("CRA-13-SBOM partial: SBOM kept but not shared", PARTIALLY_MET,
                    craProduct(a("CRA-SBOM-IN-TECHDOC", "yes"), a("CRA-SBOM-SHARED", "NOT_SHARED"))),
            RuleCase.of("CRA-13-SBOM not met: SBOM not in the technical documentation", NOT_MET,
                    craProduct(a("CRA-SBOM-IN-TECHDOC", "no"))),
            // Art 14
            RuleCase.of("CRA-14-2 met: all reporting stages and the coordinating CSIRT known", MET,
                    craProduct(a("CRA-VULN-REPORTING", "ALL_STAGES"), a("CRA-CSIRT-IDENTIFIED", "yes"))),
            RuleCase.of("CRA-14-2 partial: reporting stages missing or CSIRT unknown", PARTIALLY_MET,
                    craProduct(a("CRA-VULN-REPORTING", "SOME_STAGES"), a("CRA-CSIRT-IDENTIFIED", "yes"))),
            RuleCase.of("CRA-14-2 not met: no vulnerability reporting procedure", NOT_MET,
                    craProduct(a("CRA-VULN-REPORTING", "NONE"), a("CRA-CSIRT-IDENTIFIED", "yes"))),
            RuleCase.of("CRA-14-4 met: incident reporting stages exercised within a year", MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "ALL_STAGES"), a("CRA-REPORTING-EXERCISE-DATE", "2026-05-04"))),
            RuleCase.of("CRA-14-4 partial: stages missing or not exercised", PARTIALLY_MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "ALL_STAGES"), a("CRA-REPORTING-EXERCISE-DATE", "2025-05-04"))),
            RuleCase.of("CRA-14-4 not met: no incident reporting procedure", NOT_MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "NONE"))),
            RuleCase.of("CRA-14-8 met: machine-readable notice within 24 hours", MET,
                    craProduct(a("VULN-NOTICE", "MACHINE_READABLE"), a("CRA-USER-NOTICE-HOURS", "24"))),
            RuleCase.of("CRA-14-8 partial: slow, unbounded or human-readable notice only", PARTIALLY_MET,
                    craProduct(a("VULN-NOTICE", "MACHINE_READABLE"), a("CRA-USER-NOTICE-HOURS", "48"))),
            RuleCase.of("CRA-14-8 not met: users not informed", NOT_MET,
                    craProduct(a("VULN-NOTICE", "NONE"), a("CRA-USER-NOTICE-HOURS", "24"))),
            // Consistency
            RuleCase.contradiction("CONS-CRA-CVD no disclosure policy, but a reporting contact is published",
                    craProduct(a("CVD-POLICY", "NONE"), a("CRA-VULN-CONTACT", "yes"))),
            RuleCase.contradiction("CONS-CRA-SUPPORT a support end date, but none stated to the buyer",
                    craCloud(a("CRA-SUPPORT-STATED", "NONE"), a("CRA-SUPPORT-END", "2032-01-31"))),
            RuleCase.contradiction("CONS-CRA-SBOM no SBOM, but one is kept or shared",
                    craProduct(a("MD-SBOM", "no"), a("CRA-SBOM-SHARED", "ON_REQUEST"))),
            RuleCase.contradiction("CONS-CRA-UPDATE-CHARGE free security updates promised, but charged for",
                    craProduct(a("SEC-UPDATES", "yes"), a("CRA-UPDATES-FREE", "ONLY_WITH_MAINTENANCE_CONTRACT"))));

    /** A gateway sold with a device but not itself an MDR device: the CRA applies. */
    static Questionnaire craProduct(Answer... answers) {
        return questionnaire(Profile.MEDICAL_DEVICE, ProductKind.SOFTWARE_PRODUCT, prepend(a("MD-MDR-CE", "no"), answers));
    }

    /** A cloud service that is the remote data processing solution of a product: the CRA applies. */
    static Questionnaire craCloud(Answer... answers) {
        return questionnaire(Profile.CLOUD_MIGRATION, ProductKind.CLOUD_SERVICE,
                prepend(a("SCOPE-CRA-REMOTE-PROCESSING", "yes"), answers));
    }

    private static Answer[] prepend(Answer first, Answer... rest) {
        Answer[] all = new Answer[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void supportEndingBeforeTheContractEnd_isPartial_evenBeyondFiveYears() {
        EvaluationContext longContract = EvaluationContext.defaults().withContractEnd(LocalDate.of(2033, 6, 30));
        Finding f = finding("CRA-13-8", craProduct(a("MD-SUPPORT-END", "2032-12-31")), longContract);
        assertThat(f.status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(f.rationale()).contains("2033-06-30");
    }

    @Test
    void shorterExpectedUse_doesNotExcuseSupportEndingBeforeTheContract() {
        EvaluationContext contract = EvaluationContext.defaults().withContractEnd(LocalDate.of(2030, 12, 31));
        Finding f = finding("CRA-13-8", craCloud(a("CRA-SUPPORT-END", "2029-11-01"),
                a("CRA-EXPECTED-USE-YEARS", "3")), contract);
        assertThat(f.status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void expectedUseOfFiveYearsOrMore_needsFullFiveYears() {
        Finding f = finding("CRA-13-8", craCloud(a("CRA-SUPPORT-END", "2030-11-01"),
                a("CRA-EXPECTED-USE-YEARS", "8")));
        assertThat(f.status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void reportingRows_bindFromSeptember2026_annexRowsOnlyFromDecember2027() {
        Questionnaire q = craProduct(a("CRA-VULN-REPORTING", "NONE"), a("SECURITY-TESTING", "no"));
        Finding reporting = finding("CRA-14-2", q);
        Finding testing = finding("CRA-AI-P2-3", q);
        assertThat(reporting.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(testing.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(testing.rationale()).contains("Binding only from 2027-12-11");
        Finding before = finding("CRA-14-2", q, EvaluationContext.defaults().withAsOf(LocalDate.of(2026, 9, 10)));
        assertThat(before.legalForce()).isEqualTo(LegalForce.ADVISORY);
        Finding later = finding("CRA-AI-P2-3", q, EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 12, 11)));
        assertThat(later.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }

    @Test
    void noSecurityUpdates_isAKnockOut_whereTheCraBinds() {
        Finding f = finding("CRA-AI-P1-2c", craProduct(a("SEC-UPDATES", "no")),
                EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 12, 11)));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.knockOutHit()).isTrue();
    }

    @Test
    void noSecurityUpdates_beforeTheCraBinds_isAnAdvisoryGapThatDoesNotReject() {
        Finding f = finding("CRA-AI-P1-2c", craProduct(a("SEC-UPDATES", "no")),
                EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 12, 10)));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(f.knockOutHit()).isFalse();
    }
}
