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
import org.cyberprocure.Policy;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.ScopeNote;
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
            RuleCase.of("CRA-AI-P1-1 met: documented risk assessment with an Annex I matrix", MET,
                    craProduct(a("CRA-RISK-ASSESSMENT", "yes"), a("CRA-RISK-ASSESSMENT-DATE", "2020-03-01"),
                            a("CRA-ANNEX-I-MATRIX", "yes"))),
            RuleCase.of("CRA-AI-P1-1 partial: risk assessment generic or without matrix", PARTIALLY_MET,
                    craProduct(a("CRA-RISK-ASSESSMENT", "yes"), a("CRA-ANNEX-I-MATRIX", "no"))),
            RuleCase.of("CRA-AI-P1-1 not met: no risk assessment", NOT_MET,
                    craProduct(a("CRA-RISK-ASSESSMENT", "no"))),
            RuleCase.of("CRA-AI-P1-1-HS met: risk assessment updated within the hospital's period", MET,
                    craProduct(a("CRA-RISK-ASSESSMENT", "yes"), a("CRA-RISK-ASSESSMENT-DATE", "2025-11-01"))),
            RuleCase.of("CRA-AI-P1-1-HS partial: risk assessment older than the hospital's period", PARTIALLY_MET,
                    craProduct(a("CRA-RISK-ASSESSMENT", "yes"), a("CRA-RISK-ASSESSMENT-DATE", "2025-10-31"))),
            RuleCase.of("CRA-AI-P1-1-HS not met: no risk assessment to keep current", NOT_MET,
                    craProduct(a("CRA-RISK-ASSESSMENT", "no"))),
            // Annex I Part I(2)(a): the scan's age is the hospital's standard; a fix plan is not met
            RuleCase.of("CRA-AI-P1-2a met: nothing exploitable open, supported by a scan", MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "NONE"), a("CRA-VULN-SCAN-DATE", "2026-01-01"))),
            RuleCase.of("CRA-AI-P1-2a partial: no exploitable vulnerability declared, but no scan behind it",
                    PARTIALLY_MET, craProduct(a("CRA-OPEN-EXPLOITABLE", "NONE"))),
            RuleCase.of("CRA-AI-P1-2a not met: known exploitable vulnerability open, only a fix plan", NOT_MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "OPEN_WITH_FIX_PLAN"), a("CRA-VULN-SCAN-DATE", "2026-10-20"))),
            RuleCase.of("CRA-AI-P1-2a not met: actively exploited vulnerability open", NOT_MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "OPEN_KNOWN_EXPLOITED"), a("CRA-VULN-SCAN-DATE", "2026-10-20"))),
            RuleCase.of("CRA-AI-P1-2a-HS met: scan within the hospital's period", MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "NONE"), a("CRA-VULN-SCAN-DATE", "2026-10-02"))),
            RuleCase.of("CRA-AI-P1-2a-HS partial: scan older than the hospital's period", PARTIALLY_MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "NONE"), a("CRA-VULN-SCAN-DATE", "2026-10-01"))),
            RuleCase.of("CRA-AI-P1-2a-HS not met: no scan dated", NOT_MET,
                    craProduct(a("CRA-OPEN-EXPLOITABLE", "NONE"))),
            // Annex I Part I(2)(b): a unique password per device is not a default or hard-coded credential
            RuleCase.of("CRA-AI-P1-2b met: no shared or hard-coded credentials, reset available", MET,
                    craProduct(a("MD-DEFAULT-CREDS", "yes"), a("CRA-CREDENTIALS", "UNIQUE_PER_DEVICE"),
                            a("MD-FACTORY-RESET", "yes"))),
            RuleCase.of("CRA-AI-P1-2b partial: no reset to the original state", PARTIALLY_MET,
                    craProduct(a("MD-DEFAULT-CREDS", "no"), a("MD-FACTORY-RESET", "no"))),
            RuleCase.of("CRA-AI-P1-2b partial: tailor-made product, deviation from secure defaults to be agreed",
                    PARTIALLY_MET, craProduct(a("CRA-TAILOR-MADE", "yes"), a("CRA-CREDENTIALS", "SHARED_DEFAULT"),
                            a("MD-FACTORY-RESET", "yes"))),
            RuleCase.of("CRA-AI-P1-2b not met: shared default or hard-coded credentials", NOT_MET,
                    craCloud(a("CRA-DEFAULT-CREDS", "yes"), a("MD-FACTORY-RESET", "yes"))),
            // Annex I Part I(2)(c): the ability to fix vulnerabilities by updates (charging is Part II(8))
            RuleCase.of("CRA-AI-P1-2c met: updatable, updates announced or automatic, and deferrable", MET,
                    craProduct(a("SEC-UPDATES", "no"), a("CRA-UPDATE-DELIVERY", "NOTIFIED"), a("UPDATE-SCHEDULING", "yes"))),
            RuleCase.of("CRA-AI-P1-2c partial: updatable, but updates unannounced or not deferrable", PARTIALLY_MET,
                    craProduct(a("CRA-UPDATE-DELIVERY", "MANUAL_UNANNOUNCED"), a("UPDATE-SCHEDULING", "yes"))),
            RuleCase.of("CRA-AI-P1-2c not met: the product cannot be updated", NOT_MET,
                    craProduct(a("CRA-UPDATE-DELIVERY", "NOT_UPDATABLE"), a("UPDATE-SCHEDULING", "yes"))),
            // Annex I Part I(2)(d): MFA/SSO is the hospital's standard
            RuleCase.of("CRA-AI-P1-2d met: authenticated, controlled access and access alerts", MET,
                    craProduct(a("CRA-AUTH-STRONG", "yes"), a("CRA-ACCESS-ALERTS", "yes"), a("CRA-ADMIN-MFA", "no"))),
            RuleCase.of("CRA-AI-P1-2d partial: gaps in access control or no access alerts", PARTIALLY_MET,
                    craProduct(a("CRA-AUTH-STRONG", "partial"), a("CRA-ACCESS-ALERTS", "yes"))),
            RuleCase.of("CRA-AI-P1-2d not met: no access control", NOT_MET,
                    craProduct(a("CRA-AUTH-STRONG", "no"), a("CRA-ACCESS-ALERTS", "yes"))),
            RuleCase.of("CRA-AI-P1-2d-HS met: multi-factor or single sign-on for administrators", MET,
                    craProduct(a("CRA-ADMIN-MFA", "yes"))),
            RuleCase.of("CRA-AI-P1-2d-HS partial: multi-factor or single sign-on on some paths only", PARTIALLY_MET,
                    craProduct(a("CRA-ADMIN-MFA", "partial"))),
            RuleCase.of("CRA-AI-P1-2d-HS not met: passwords only for administrators", NOT_MET,
                    craProduct(a("CRA-ADMIN-MFA", "no"))),
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
            // Annex I Part I(2)(l): SIEM export is the hospital's standard
            RuleCase.of("CRA-AI-P1-2l met: security events recorded, opt-out under the user's control", MET,
                    craProduct(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "no"), a("CRA-LOG-OPTOUT-ADMIN", "yes"))),
            RuleCase.of("CRA-AI-P1-2l partial: logging incomplete or opt-out not under the user's control",
                    PARTIALLY_MET, craProduct(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "yes"), a("CRA-LOG-OPTOUT-ADMIN", "no"))),
            RuleCase.of("CRA-AI-P1-2l not met: no security logging", NOT_MET,
                    craProduct(a("LOG-EVENTS", "no"), a("LOG-SIEM", "yes"))),
            RuleCase.of("CRA-AI-P1-2l-HS met: logs exported to the hospital's SIEM", MET,
                    craProduct(a("LOG-EVENTS", "partial"), a("LOG-SIEM", "yes"))),
            RuleCase.of("CRA-AI-P1-2l-HS partial: logs kept locally only", PARTIALLY_MET,
                    craProduct(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "no"))),
            RuleCase.of("CRA-AI-P1-2l-HS not met: nothing to export", NOT_MET,
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
            // Annex I Part II(2): "without delay"; the number of days is the hospital's standard
            RuleCase.of("CRA-AI-P2-2 met: remediation targets and separate security updates", MET,
                    craProduct(a("CRA-REMEDIATION-TARGETS", "yes"), a("PATCH-CRITICAL-DAYS", "60"),
                            a("CRA-SECURITY-PATCH-SEPARATE", "yes"))),
            RuleCase.of("CRA-AI-P2-2 partial: security fixes only with functionality updates", PARTIALLY_MET,
                    craProduct(a("CRA-REMEDIATION-TARGETS", "yes"), a("PATCH-CRITICAL-DAYS", "7"),
                            a("CRA-SECURITY-PATCH-SEPARATE", "no"))),
            RuleCase.of("CRA-AI-P2-2 not met: no remediation targets", NOT_MET,
                    craProduct(a("CRA-REMEDIATION-TARGETS", "no"), a("PATCH-CRITICAL-DAYS", "7"))),
            RuleCase.of("CRA-AI-P2-2-HS met: critical fixes within the hospital's deadline", MET,
                    craProduct(a("PATCH-CRITICAL-DAYS", "30"))),
            RuleCase.of("CRA-AI-P2-2-HS partial: critical fixes slower than the hospital's deadline", PARTIALLY_MET,
                    craProduct(a("PATCH-CRITICAL-DAYS", "31"))),
            RuleCase.of("CRA-AI-P2-2-HS not met: no committed remediation time", NOT_MET,
                    craProduct(a("CRA-REMEDIATION-TARGETS", "no"))),
            // Annex I Part II(3): the test frequency is the hospital's standard
            RuleCase.of("CRA-AI-P2-3 met: security tests for every release", MET,
                    craProduct(a("SECURITY-TESTING", "yes"), a("PENTEST-DATE", "2020-06-01"))),
            RuleCase.of("CRA-AI-P2-3 partial: occasional or incomplete tests", PARTIALLY_MET,
                    craProduct(a("SECURITY-TESTING", "partial"), a("PENTEST-DATE", "2026-06-01"))),
            RuleCase.of("CRA-AI-P2-3 not met: no security testing", NOT_MET,
                    craProduct(a("SECURITY-TESTING", "no"), a("PENTEST-DATE", "2026-06-01"))),
            RuleCase.of("CRA-AI-P2-3-HS met: penetration test within the hospital's period", MET,
                    craProduct(a("SECURITY-TESTING", "yes"), a("PENTEST-DATE", "2025-11-01"))),
            RuleCase.of("CRA-AI-P2-3-HS partial: penetration test older than the hospital's period", PARTIALLY_MET,
                    craProduct(a("SECURITY-TESTING", "yes"), a("PENTEST-DATE", "2025-10-31"))),
            RuleCase.of("CRA-AI-P2-3-HS not met: never penetration-tested", NOT_MET,
                    craProduct(a("SECURITY-TESTING", "yes"))),
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
            RuleCase.of("CRA-AI-P2-7 met: signed updates with rollback protection", MET,
                    craProduct(a("CRA-CODE-SIGNING", "yes"), a("CRA-UPDATE-ROLLBACK-PROTECTION", "yes"),
                            a("CRA-UPDATE-STAGING", "no"))),
            RuleCase.of("CRA-AI-P2-7 partial: signed updates without rollback protection", PARTIALLY_MET,
                    craProduct(a("CRA-CODE-SIGNING", "yes"), a("CRA-UPDATE-ROLLBACK-PROTECTION", "no"),
                            a("CRA-UPDATE-STAGING", "yes"))),
            RuleCase.of("CRA-AI-P2-7 not met: unsigned updates", NOT_MET,
                    craProduct(a("CRA-CODE-SIGNING", "no"), a("CRA-UPDATE-ROLLBACK-PROTECTION", "yes"))),
            RuleCase.of("CRA-AI-P2-7-HS met: the hospital can stage updates", MET,
                    craProduct(a("CRA-UPDATE-STAGING", "yes"))),
            RuleCase.of("CRA-AI-P2-7-HS partial: staging only for some updates", PARTIALLY_MET,
                    craProduct(a("CRA-UPDATE-STAGING", "partial"))),
            RuleCase.of("CRA-AI-P2-7-HS not met: no staging", NOT_MET,
                    craProduct(a("CRA-UPDATE-STAGING", "no"))),
            // Annex I Part II(8): free of charge unless agreed for a tailor-made product
            RuleCase.of("CRA-AI-P2-8 met: free updates with advisories", MET,
                    craProduct(a("CRA-UPDATES-FREE", "FREE_FOR_SUPPORT_PERIOD"), a("CRA-UPDATE-ADVISORY", "yes"))),
            RuleCase.of("CRA-AI-P2-8 met: tailor-made product, update terms agreed with the hospital", MET,
                    craProduct(a("CRA-TAILOR-MADE", "yes"), a("CRA-UPDATES-FREE", "ONLY_WITH_MAINTENANCE_CONTRACT"),
                            a("CRA-UPDATE-ADVISORY", "yes"))),
            RuleCase.of("CRA-AI-P2-8 partial: updates without advisories", PARTIALLY_MET,
                    craProduct(a("CRA-UPDATES-FREE", "FREE_FOR_SUPPORT_PERIOD"), a("CRA-UPDATE-ADVISORY", "no"))),
            RuleCase.of("CRA-AI-P2-8 not met: security updates charged for", NOT_MET,
                    craProduct(a("CRA-UPDATES-FREE", "ONLY_WITH_MAINTENANCE_CONTRACT"), a("CRA-UPDATE-ADVISORY", "yes"))),
            // Annex II
            RuleCase.of("CRA-AII-1 met: manufacturer named with contact details", MET,
                    craProduct(a("CRA-MANUFACTURER-CONTACT", "yes"))),
            RuleCase.of("CRA-AII-1 partial: contact details incomplete", PARTIALLY_MET,
                    craProduct(a("CRA-MANUFACTURER-CONTACT", "partial"))),
            RuleCase.of("CRA-AII-1 not met: manufacturer not identified", NOT_MET,
                    craProduct(a("CRA-MANUFACTURER-CONTACT", "no"))),
            RuleCase.of("CRA-AII-2 met: vulnerability contact in the user information, reachable by people", MET,
                    craProduct(a("CRA-SPOC-IN-USER-INFO", "yes"), a("CRA-SPOC-HUMAN", "yes"))),
            RuleCase.of("CRA-AII-2 partial: contact through automated tools only", PARTIALLY_MET,
                    craProduct(a("CRA-SPOC-IN-USER-INFO", "yes"), a("CRA-SPOC-HUMAN", "no"))),
            RuleCase.of("CRA-AII-2 not met: no vulnerability contact in the user information", NOT_MET,
                    craProduct(a("CRA-SPOC-IN-USER-INFO", "no"), a("CRA-SPOC-HUMAN", "yes"))),
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
            RuleCase.of("CRA-AII-8 met: instructions for secure use, changes, updates and decommissioning in the hospital's language",
                    MET, craProduct(a("CRA-HARDENING-GUIDE", "yes"), a("CRA-CHANGE-SECURITY-INFO", "yes"),
                            a("CRA-UPDATE-INSTRUCTIONS", "yes"), a("CRA-DECOMMISSION-GUIDE", "yes"),
                            a("CRA-USER-INFO-LANGUAGE", "yes"))),
            RuleCase.of("CRA-AII-8 partial: instructions incomplete", PARTIALLY_MET,
                    craProduct(a("CRA-HARDENING-GUIDE", "yes"), a("CRA-CHANGE-SECURITY-INFO", "no"),
                            a("CRA-UPDATE-INSTRUCTIONS", "yes"), a("CRA-DECOMMISSION-GUIDE", "yes"),
                            a("CRA-USER-INFO-LANGUAGE", "yes"))),
            RuleCase.of("CRA-AII-8 not met: no secure use instructions", NOT_MET,
                    craProduct(a("CRA-HARDENING-GUIDE", "no"), a("CRA-UPDATE-INSTRUCTIONS", "yes"))),
            // Art 13(8): five years from placing on the market; the contract term is the hospital's standard
            RuleCase.of("CRA-13-8 met: support reaches five years from placing on the market", MET,
                    craProduct(a("CRA-PLACED-ON-MARKET", "2026-11-01"), a("MD-SUPPORT-END", "2031-11-01"))),
            RuleCase.of("CRA-13-8 met: shorter support matches a shorter expected use", MET,
                    craCloud(a("CRA-PLACED-ON-MARKET", "2026-11-01"), a("CRA-SUPPORT-END", "2029-11-01"),
                            a("CRA-EXPECTED-USE-YEARS", "3"))),
            RuleCase.of("CRA-13-8 partial: support shorter than five years from placing on the market", PARTIALLY_MET,
                    craProduct(a("CRA-PLACED-ON-MARKET", "2027-01-01"), a("MD-SUPPORT-END", "2031-12-31"))),
            RuleCase.of("CRA-13-8 not met: support already ended", NOT_MET,
                    craProduct(a("MD-SUPPORT-END", "2026-10-31"), a("CRA-EXPECTED-USE-YEARS", "3"))),
            RuleCase.of("CRA-13-8-HS met: support covers the hospital's term", MET,
                    craProduct(a("MD-SUPPORT-END", "2031-11-01"))),
            RuleCase.of("CRA-13-8-HS partial: support ends before the hospital's term", PARTIALLY_MET,
                    craProduct(a("MD-SUPPORT-END", "2031-10-31"))),
            RuleCase.of("CRA-13-8-HS not met: support already ended", NOT_MET,
                    craProduct(a("MD-SUPPORT-END", "2026-10-31"))),
            RuleCase.of("CRA-13-9 met: updates available for ten years", MET,
                    craProduct(a("CRA-UPDATE-RETENTION-YEARS", "10"))),
            RuleCase.of("CRA-13-9 partial: updates available for less than ten years", PARTIALLY_MET,
                    craProduct(a("CRA-UPDATE-RETENTION-YEARS", "9.5"))),
            RuleCase.of("CRA-13-9 not met: updates withdrawn when superseded", NOT_MET,
                    craProduct(a("CRA-UPDATE-RETENTION-YEARS", "0"))),
            RuleCase.of("CRA-13-10 met: older versions patched, or a free compatible upgrade", MET,
                    craProduct(a("CRA-LATEST-VERSION-FIXES", "FREE_COMPATIBLE_UPGRADE"))),
            RuleCase.of("CRA-13-10 partial: free upgrade that may need a new environment", PARTIALLY_MET,
                    craProduct(a("CRA-LATEST-VERSION-FIXES", "FREE_UPGRADE_MAY_NEED_ENVIRONMENT_CHANGE"))),
            RuleCase.of("CRA-13-10 not met: fixes only in a paid upgrade", NOT_MET,
                    craProduct(a("CRA-LATEST-VERSION-FIXES", "PAID_UPGRADE"))),
            // Annex I Part II(1): the SBOM is drawn up; receiving it is the hospital's standard (Annex II(9))
            RuleCase.of("CRA-13-SBOM met: SBOM kept in the technical documentation", MET,
                    craProduct(a("CRA-SBOM-IN-TECHDOC", "yes"), a("CRA-SBOM-SHARED", "NOT_SHARED"))),
            RuleCase.of("CRA-13-SBOM partial: SBOM not kept current or not monitored", PARTIALLY_MET,
                    craProduct(a("CRA-SBOM-IN-TECHDOC", "partial"))),
            RuleCase.of("CRA-13-SBOM not met: SBOM not in the technical documentation", NOT_MET,
                    craProduct(a("CRA-SBOM-IN-TECHDOC", "no"))),
            RuleCase.of("CRA-13-SBOM-HS met: SBOM delivered with each release", MET,
                    craProduct(a("CRA-SBOM-SHARED", "WITH_EACH_RELEASE"))),
            RuleCase.of("CRA-13-SBOM-HS partial: SBOM only on request", PARTIALLY_MET,
                    craProduct(a("CRA-SBOM-SHARED", "ON_REQUEST"))),
            RuleCase.of("CRA-13-SBOM-HS not met: SBOM not shared", NOT_MET,
                    craProduct(a("CRA-SBOM-SHARED", "NOT_SHARED"))),
            // Art 14
            RuleCase.of("CRA-14-2 met: all reporting stages and the coordinating CSIRT known", MET,
                    craProduct(a("CRA-VULN-REPORTING", "ALL_STAGES"), a("CRA-CSIRT-IDENTIFIED", "yes"))),
            RuleCase.of("CRA-14-2 partial: reporting stages missing or CSIRT unknown", PARTIALLY_MET,
                    craProduct(a("CRA-VULN-REPORTING", "SOME_STAGES"), a("CRA-CSIRT-IDENTIFIED", "yes"))),
            RuleCase.of("CRA-14-2 not met: no vulnerability reporting procedure", NOT_MET,
                    craProduct(a("CRA-VULN-REPORTING", "NONE"), a("CRA-CSIRT-IDENTIFIED", "yes"))),
            RuleCase.of("CRA-14-4 met: all incident reporting stages", MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "ALL_STAGES"), a("CRA-REPORTING-EXERCISE-DATE", "2020-05-04"))),
            RuleCase.of("CRA-14-4 partial: reporting stages missing", PARTIALLY_MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "SOME_STAGES"), a("CRA-REPORTING-EXERCISE-DATE", "2026-05-04"))),
            RuleCase.of("CRA-14-4 not met: no incident reporting procedure", NOT_MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "NONE"))),
            RuleCase.of("CRA-14-4-HS met: reporting procedure exercised within the hospital's period", MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "ALL_STAGES"), a("CRA-REPORTING-EXERCISE-DATE", "2025-11-01"))),
            RuleCase.of("CRA-14-4-HS partial: last exercise older than the hospital's period", PARTIALLY_MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "ALL_STAGES"), a("CRA-REPORTING-EXERCISE-DATE", "2025-10-31"))),
            RuleCase.of("CRA-14-4-HS not met: no reporting procedure to exercise", NOT_MET,
                    craProduct(a("CRA-INCIDENT-REPORTING", "NONE"))),
            // Art 14(8): no deadline in the law; the hours are the hospital's standard
            RuleCase.of("CRA-14-8 met: users informed in a machine-readable format", MET,
                    craProduct(a("VULN-NOTICE", "MACHINE_READABLE"), a("CRA-USER-NOTICE-HOURS", "72"))),
            RuleCase.of("CRA-14-8 partial: human-readable notice only", PARTIALLY_MET,
                    craProduct(a("VULN-NOTICE", "HUMAN_READABLE"), a("CRA-USER-NOTICE-HOURS", "4"))),
            RuleCase.of("CRA-14-8 not met: users not informed", NOT_MET,
                    craProduct(a("VULN-NOTICE", "NONE"), a("CRA-USER-NOTICE-HOURS", "24"))),
            RuleCase.of("CRA-14-8-HS met: notice within the hospital's deadline", MET,
                    craProduct(a("VULN-NOTICE", "HUMAN_READABLE"), a("CRA-USER-NOTICE-HOURS", "24"))),
            RuleCase.of("CRA-14-8-HS partial: notice slower than the hospital's deadline", PARTIALLY_MET,
                    craProduct(a("VULN-NOTICE", "MACHINE_READABLE"), a("CRA-USER-NOTICE-HOURS", "25"))),
            RuleCase.of("CRA-14-8-HS not met: no notice committed", NOT_MET,
                    craProduct(a("VULN-NOTICE", "NONE"))),
            // Conformity and market access
            RuleCase.of("CRA-32 met: route allowed for the class", MET,
                    craProduct(a("CRA-PRODUCT-CLASS", "DEFAULT"), a("CRA-CONFORMITY-ROUTE", "INTERNAL_CONTROL"),
                            a("CRA-NB-CERTIFICATE", "NONE"))),
            RuleCase.of("CRA-32 partial: route allowed, certificate not yet issued", PARTIALLY_MET,
                    craProduct(a("CRA-PRODUCT-CLASS", "IMPORTANT_CLASS_II"), a("CRA-CONFORMITY-ROUTE", "TYPE_EXAMINATION_B_C"),
                            a("CRA-NB-CERTIFICATE", "APPLIED"))),
            RuleCase.of("CRA-32 not met: no conformity assessment, or a route the class does not allow", NOT_MET,
                    craProduct(a("CRA-PRODUCT-CLASS", "IMPORTANT_CLASS_I"), a("CRA-CONFORMITY-ROUTE", "INTERNAL_CONTROL"))),
            RuleCase.of("CRA-30 met: CE marking affixed", MET, craProduct(a("CRA-CE-MARKING", "AFFIXED"))),
            RuleCase.of("CRA-30 partial: CE marking planned", PARTIALLY_MET, craProduct(a("CRA-CE-MARKING", "PLANNED"))),
            RuleCase.of("CRA-30 not met: no CE marking", NOT_MET, craProduct(a("CRA-CE-MARKING", "NONE"))),
            RuleCase.of("CRA-19-20 met: reseller checked the manufacturer's conformity", MET,
                    craProduct(a("CRA-ECONOMIC-OPERATOR", "DISTRIBUTOR"), a("CRA-RESELLER-CHECKS", "yes"))),
            RuleCase.of("CRA-19-20 partial: reseller checks incomplete", PARTIALLY_MET,
                    craProduct(a("CRA-ECONOMIC-OPERATOR", "IMPORTER"), a("CRA-RESELLER-CHECKS", "partial"))),
            RuleCase.of("CRA-19-20 not met: reseller did not check conformity", NOT_MET,
                    craProduct(a("CRA-ECONOMIC-OPERATOR", "DISTRIBUTOR"), a("CRA-RESELLER-CHECKS", "no"))),
            // Consistency
            RuleCase.contradiction("CONS-CRA-CVD no disclosure policy, but a reporting contact is published",
                    craProduct(a("CVD-POLICY", "NONE"), a("CRA-VULN-CONTACT", "yes"))),
            RuleCase.contradiction("CONS-CRA-SUPPORT a support end date, but none stated to the buyer",
                    craCloud(a("CRA-SUPPORT-STATED", "NONE"), a("CRA-SUPPORT-END", "2032-01-31"))),
            RuleCase.contradiction("CONS-CRA-SBOM no SBOM, but one is kept or shared",
                    craProduct(a("MD-SBOM", "no"), a("CRA-SBOM-SHARED", "ON_REQUEST"))),
            RuleCase.contradiction("CONS-CRA-UPDATE-CHARGE free security updates promised, but charged for",
                    craProduct(a("SEC-UPDATES", "yes"), a("CRA-UPDATES-FREE", "ONLY_WITH_MAINTENANCE_CONTRACT"))),
            RuleCase.contradiction("CONS-CRA-RESELLER manufacturer, yet reseller checks answered",
                    craProduct(a("CRA-ECONOMIC-OPERATOR", "MANUFACTURER"), a("CRA-RESELLER-CHECKS", "yes"))));

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

    static final EvaluationContext IN_2028 = EvaluationContext.defaults().withAsOf(LocalDate.of(2028, 1, 15));

    /** Shared default credentials (a knock-out where the CRA binds) and no Art 14 reporting procedure. */
    static Questionnaire legacyCandidate(Answer... scope) {
        Answer[] answers = java.util.stream.Stream.concat(java.util.Arrays.stream(scope), java.util.stream.Stream.of(
                a("MD-DEFAULT-CREDS", "yes"), a("CRA-VULN-REPORTING", "NONE"))).toArray(Answer[]::new);
        return craProduct(answers);
    }

    @Test
    void aCraProductStrongOnEveryPoint_getsAPlainAccept_withEveryCraRowMetOrNotApplicable() {
        Questionnaire example = RuleTesting.CHECKER.reader().read(ExamplesTest.EXAMPLES.resolve("cra-software-product.json"));
        List<Answer> answers = new java.util.ArrayList<>(example.answers().stream()
                .filter(x -> !x.questionId().equals("EHP-MD-PRODUCT-CERT")).toList());
        answers.add(withEvidence("EHP-MD-PRODUCT-CERT", "INDEPENDENT_CERTIFICATE")); // the only gap: ENISA's independent check
        Questionnaire strong = new Questionnaire(example.id(), example.profile(), example.submitted(), example.vendor(),
                example.product(), answers);
        Assessment a = RuleTesting.CHECKER.evaluate(RuleTesting.evidenced(strong), EvaluationContext.defaults());
        assertThat(a.decision()).as(ExamplesTest.gaps(a)).isEqualTo(org.cyberprocure.model.Decision.ACCEPT);
        assertThat(a.findings()).filteredOn(f -> f.citation().instrument().equals("CRA"))
                .allMatch(f -> f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE);
    }

    @Test
    void gate12_placedOn2027_12_10_withoutModification_makesProductRowsAdvisory_butArt14Binds() {
        Assessment a = RuleTesting.CHECKER.evaluate(legacyCandidate(a("CRA-PLACED-ON-MARKET", "2027-12-10"),
                a("CRA-SUBSTANTIAL-MODIFICATION", "no")), IN_2028);
        Finding creds = a.finding("CRA-AI-P1-2b");
        assertThat(creds.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(creds.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(creds.rule()).startsWith("GATE-12");
        assertThat(creds.rationale()).contains("Art 69(2)").contains("Benchmark only");
        assertThat(creds.knockOutHit()).isFalse();
        assertThat(a.finding("CRA-30").status()).isEqualTo(Status.NOT_APPLICABLE); // conformity rows too
        Finding reporting = a.finding("CRA-14-2");
        assertThat(reporting.status()).isEqualTo(Status.NOT_MET);
        assertThat(reporting.legalForce()).isEqualTo(LegalForce.BINDING_LAW); // Art 69(3)
        assertThat(a.scopeNotes()).extracting(ScopeNote::gate).contains("GATE-12");
        assertThat(a.decisionReasons()).noneMatch(r -> r.startsWith("Knock-out CRA-AI-P1-2b"));
        // The same for the product behind a cloud service (its remote data processing).
        Finding cloud = finding("CRA-AI-P1-2b", craCloud(a("CRA-PLACED-ON-MARKET", "2027-12-10"),
                a("CRA-SUBSTANTIAL-MODIFICATION", "no"), a("CRA-DEFAULT-CREDS", "yes")), IN_2028);
        assertThat(cloud.rule()).startsWith("GATE-12");
    }

    @Test
    void gate12_placedOn2027_12_11_isCovered_andTheKnockOutBinds() {
        Assessment a = RuleTesting.CHECKER.evaluate(legacyCandidate(a("CRA-PLACED-ON-MARKET", "2027-12-11"),
                a("CRA-SUBSTANTIAL-MODIFICATION", "no")), IN_2028);
        Finding creds = a.finding("CRA-AI-P1-2b");
        assertThat(creds.status()).isEqualTo(Status.NOT_MET);
        assertThat(creds.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(creds.knockOutHit()).isTrue();
        assertThat(a.scopeNotes()).noneMatch(n -> n.gate().equals("GATE-12"));
    }

    @Test
    void gate12_placedOn2027_12_10_butSubstantiallyModified_isCovered_withANote() {
        Assessment a = RuleTesting.CHECKER.evaluate(legacyCandidate(a("CRA-PLACED-ON-MARKET", "2027-12-10"),
                a("CRA-SUBSTANTIAL-MODIFICATION", "yes")), IN_2028);
        assertThat(a.finding("CRA-AI-P1-2b").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(a.scopeNotes()).filteredOn(n -> n.gate().equals("GATE-12")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("substantial modification"));
    }

    @Test
    void gate12_placedBefore2027_12_11_modificationUnanswered_staysBinding_andSaysTheForceIsUnresolved() {
        Assessment a = RuleTesting.CHECKER.evaluate(legacyCandidate(a("CRA-PLACED-ON-MARKET", "2025-03-01")),
                IN_2028);
        assertThat(a.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(a.scopeNotes()).filteredOn(n -> n.gate().equals("GATE-12")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("Legal force unresolved")
                        .contains("CRA-SUBSTANTIAL-MODIFICATION"));
    }

    @Test
    void gate12_placingDateNotGiven_isNoted_notSilentlyAssumed() {
        Assessment a = RuleTesting.CHECKER.evaluate(legacyCandidate(), IN_2028);
        assertThat(a.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(a.scopeNotes()).filteredOn(n -> n.gate().equals("GATE-12")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("Placing on the market not stated"));
        assertThat(a.finding("CRA-13-8").status()).isNotEqualTo(Status.MET);
    }

    @Test
    void gate12_unitsPlacedLater_thanAnEarlyEvaluation_areNoted() {
        Assessment a = RuleTesting.evaluate(legacyCandidate(a("CRA-PLACED-ON-MARKET", "2028-03-01")));
        assertThat(a.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.ADVISORY); // as-of 2026-11-01
        assertThat(a.scopeNotes()).filteredOn(n -> n.gate().equals("GATE-12")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("must meet the CRA when placed"));
    }

    @Test
    void gate12_doesNotSpeakForMdrDevicesOrStandAloneCloudServices() {
        Assessment device = RuleTesting.CHECKER.evaluate(RuleTesting.device(a("MD-MDR-CE", "yes"),
                a("CRA-PLACED-ON-MARKET", "2025-01-01"), a("CRA-SUBSTANTIAL-MODIFICATION", "no")), IN_2028);
        assertThat(device.finding("CRA-AI-P1-2b").rule()).startsWith("GATE-01");
        assertThat(device.scopeNotes()).noneMatch(n -> n.gate().equals("GATE-12"));
        Assessment cloud = RuleTesting.CHECKER.evaluate(RuleTesting.cloud(a("SCOPE-CRA-REMOTE-PROCESSING", "no")),
                IN_2028);
        assertThat(cloud.finding("CRA-AI-P1-2b").rule()).startsWith("GATE-02");
        assertThat(cloud.scopeNotes()).noneMatch(n -> n.gate().equals("GATE-12"));
    }

    @Test
    void gate12_manufacturer_makesImporterAndDistributorChecksNotApplicable() {
        Finding f = finding("CRA-19-20", craProduct(a("CRA-ECONOMIC-OPERATOR", "MANUFACTURER")));
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.rule()).startsWith("GATE-12");
    }

    @Test
    void supportPeriod_countsFromPlacingOnTheMarket_notFromTheEvaluationDate() {
        // Placed 2027-06-30: five years reach 2032-06-30, whatever the as-of date.
        Questionnaire q = RuleTesting.evidenced(craProduct(a("CRA-PLACED-ON-MARKET", "2027-06-30"),
                a("MD-SUPPORT-END", "2032-06-29")));
        assertThat(finding("CRA-13-8", q).status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(finding("CRA-13-8", q).rationale()).contains("2032-06-30");
        assertThat(finding("CRA-13-8", RuleTesting.evidenced(craProduct(a("CRA-PLACED-ON-MARKET", "2027-06-30"),
                a("MD-SUPPORT-END", "2032-06-30"))), IN_2028).status()).isEqualTo(Status.MET);
    }

    @Test
    void supportEndingBeforeTheContractEnd_isTheHospitalsStandard_notTheLaw() {
        EvaluationContext longContract = EvaluationContext.defaults().withContractEnd(LocalDate.of(2033, 6, 30));
        Questionnaire q = RuleTesting.evidenced(craProduct(a("CRA-PLACED-ON-MARKET", "2026-11-01"),
                a("MD-SUPPORT-END", "2032-12-31")));
        Finding hs = finding("CRA-13-8-HS", q, longContract);
        assertThat(hs.status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(hs.rationale()).contains("2033-06-30");
        assertThat(hs.legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
        assertThat(finding("CRA-13-8", q, longContract).status()).isEqualTo(Status.MET);
    }

    @Test
    void expectedUseOfFiveYearsOrMore_needsFullFiveYears() {
        Finding f = finding("CRA-13-8", craCloud(a("CRA-PLACED-ON-MARKET", "2026-11-01"),
                a("CRA-SUPPORT-END", "2030-11-01"), a("CRA-EXPECTED-USE-YEARS", "8")));
        assertThat(f.status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void hospitalStandardThresholds_comeFromThePolicy() {
        Policy strict = Policy.read(new java.io.ByteArrayInputStream("""
                {"policyFormat": "cyberprocure-policy/1", "name": "Strict", "version": "1",
                 "thresholds": {"criticalPatchDays": 14, "incidentNoticeHours": 48}}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "strict.json");
        EvaluationContext context = EvaluationContext.defaults().withPolicy(strict);
        Finding patch = finding("CRA-AI-P2-2-HS", RuleTesting.evidenced(craProduct(a("PATCH-CRITICAL-DAYS", "20"))), context);
        assertThat(patch.status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(patch.rationale()).contains("criticalPatchDays").contains("14 days");
        assertThat(finding("CRA-14-8-HS", RuleTesting.evidenced(craProduct(a("CRA-USER-NOTICE-HOURS", "48"))), context).status())
                .isEqualTo(Status.MET);
        assertThat(finding("CRA-AI-P2-2", RuleTesting.evidenced(craProduct(a("CRA-REMEDIATION-TARGETS", "yes"),
                a("CRA-SECURITY-PATCH-SEPARATE", "yes"), a("PATCH-CRITICAL-DAYS", "90"))), context).status())
                .isEqualTo(Status.MET);
    }

    @Test
    void hospitalStandardRows_areExpectedPractice_andCiteTheLawTheyServe() {
        for (String id : List.of("CRA-AI-P1-1-HS", "CRA-AI-P1-2a-HS", "CRA-AI-P1-2d-HS", "CRA-AI-P1-2l-HS",
                "CRA-AI-P2-2-HS", "CRA-AI-P2-3-HS", "CRA-13-8-HS", "CRA-13-SBOM-HS", "CRA-14-4-HS", "CRA-14-8-HS")) {
            Requirement r = RuleTesting.CHECKER.catalog().requirement(id).orElseThrow();
            assertThat(r.legalForce()).as(id).isEqualTo(LegalForce.EXPECTED_PRACTICE);
            assertThat(r.hospitalStandard().serves()).as(id).isEqualTo(id.substring(0, id.length() - 3));
            assertThat(r.citation().instrument()).isEqualTo("CRA");
            assertThat(r.citation().reference()).endsWith("— hospital standard");
        }
    }

    @Test
    void chargingForUpdates_ofAProductNotTailorMade_isNotMet() {
        Finding f = finding("CRA-AI-P2-8", RuleTesting.evidenced(craProduct(
                a("CRA-UPDATES-FREE", "ONLY_WITH_MAINTENANCE_CONTRACT"), a("CRA-UPDATE-ADVISORY", "yes"),
                a("CRA-TAILOR-MADE", "no"))));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.citation().reference()).isEqualTo("Annex I Part II(8)");
        // Other terms agreed for a tailor-made product are lawful.
        assertThat(finding("CRA-AI-P2-8", RuleTesting.evidenced(craProduct(a("CRA-UPDATES-FREE", "CHARGED"),
                a("CRA-UPDATE-ADVISORY", "yes"), a("CRA-TAILOR-MADE", "yes")))).status()).isEqualTo(Status.MET);
    }

    @Test
    void noCeMarking_forUnitsPlacedUnderTheCra_rejects() {
        Assessment a = RuleTesting.CHECKER.evaluate(craProduct(a("CRA-PLACED-ON-MARKET", "2028-01-10"),
                a("CRA-CE-MARKING", "NONE")), IN_2028);
        assertThat(a.finding("CRA-30").knockOutHit()).isTrue();
        assertThat(a.decisionReasons()).anyMatch(r -> r.startsWith("Knock-out CRA-30"));
        Assessment legacy = RuleTesting.CHECKER.evaluate(craProduct(a("CRA-PLACED-ON-MARKET", "2027-12-10"),
                a("CRA-SUBSTANTIAL-MODIFICATION", "no"), a("CRA-CE-MARKING", "NONE")), IN_2028);
        assertThat(legacy.finding("CRA-30").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(legacy.decisionReasons()).noneMatch(r -> r.startsWith("Knock-out CRA-30"));
    }

    @Test
    void secureTransfer_needsNoParticularFormat() {
        assertThat(finding("CRA-AI-P1-2m", RuleTesting.evidenced(craProduct(a("CRA-SECURE-ERASE", "USER_FUNCTION"),
                a("DATA-EXPORT", "DOCUMENTED_PROPRIETARY")))).status()).isEqualTo(Status.MET);
    }

    @Test
    void hardCodedCredentials_areNotMet_evenWhenTheYesNoQuestionSaysNo() {
        Finding f = finding("CRA-AI-P1-2b", craProduct(a("MD-DEFAULT-CREDS", "no"), a("CRA-CREDENTIALS", "HARD_CODED"),
                a("MD-FACTORY-RESET", "yes")));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void classTwoProduct_selfAssessed_isNotMet_andCriticalNeedsACertificateRoute() {
        assertThat(finding("CRA-32", craProduct(a("CRA-PRODUCT-CLASS", "IMPORTANT_CLASS_II"),
                a("CRA-CONFORMITY-ROUTE", "INTERNAL_CONTROL_FULL_STANDARDS"))).status()).isEqualTo(Status.NOT_MET);
        assertThat(finding("CRA-32", craProduct(a("CRA-PRODUCT-CLASS", "IMPORTANT_CLASS_I"),
                a("CRA-CONFORMITY-ROUTE", "INTERNAL_CONTROL_FULL_STANDARDS"))).status()).isEqualTo(Status.MET);
        assertThat(finding("CRA-32", craProduct(a("CRA-PRODUCT-CLASS", "CRITICAL"),
                a("CRA-CONFORMITY-ROUTE", "EU_CYBERSECURITY_CERTIFICATE"), a("CRA-NB-CERTIFICATE", "ISSUED"))).status())
                .isEqualTo(Status.MET);
        assertThat(finding("CRA-32", craProduct(a("CRA-PRODUCT-CLASS", "DEFAULT"),
                a("CRA-CONFORMITY-ROUTE", "NOT_DONE"))).status()).isEqualTo(Status.NOT_MET);
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
    void aProductThatCannotBeUpdated_isAKnockOut_whereTheCraBinds() {
        Finding f = finding("CRA-AI-P1-2c", craProduct(a("CRA-UPDATE-DELIVERY", "NOT_UPDATABLE")),
                EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 12, 11)));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.knockOutHit()).isTrue();
    }

    @Test
    void aProductThatCannotBeUpdated_beforeTheCraBinds_isAnAdvisoryGapThatDoesNotReject() {
        Finding f = finding("CRA-AI-P1-2c", craProduct(a("CRA-UPDATE-DELIVERY", "NOT_UPDATABLE")),
                EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 12, 10)));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(f.knockOutHit()).isFalse();
    }
}
