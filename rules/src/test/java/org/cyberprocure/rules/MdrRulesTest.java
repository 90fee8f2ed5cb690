package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.LegalForce;
import org.junit.jupiter.api.Test;

/** mdr.drl: one case per rule. */
class MdrRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("MDR-AI-17.2 met: security life-cycle standard with evidence", MET,
                    device(withEvidence("SDL-STANDARD", "IEC_81001_5_1"))),
            RuleCase.of("MDR-AI-17.2 partial: security life-cycle claimed without evidence", PARTIALLY_MET,
                    device(a("SDL-STANDARD", "IEC_62443_4_1"))),
            RuleCase.of("MDR-AI-17.2 partial: software life cycle without a security standard", PARTIALLY_MET,
                    device(a("SDL-STANDARD", "IEC_62304_ONLY"))),
            RuleCase.of("MDR-AI-17.2 not met: no life-cycle standard", NOT_MET, device(a("SDL-STANDARD", "NONE"))),
            RuleCase.of("MDR-AI-17.4 met: minimum IT and security requirements stated", MET,
                    device(a("MD-IFU-IT-SECURITY", "IN_IFU"))),
            RuleCase.of("MDR-AI-17.4 partial: hardware only", PARTIALLY_MET,
                    device(a("MD-IFU-IT-SECURITY", "HARDWARE_ONLY"))),
            RuleCase.of("MDR-AI-17.4 not met: no minimum requirements", NOT_MET, device(a("MD-IFU-IT-SECURITY", "NOT_IN_IFU"))),
            RuleCase.of("MDR-AI-18.8 met: every interface protected", MET, device(a("MD-INTERFACE-AUTH", "yes"))),
            RuleCase.of("MDR-AI-18.8 partial: some interfaces unprotected", PARTIALLY_MET,
                    device(a("MD-INTERFACE-AUTH", "partial"))),
            RuleCase.of("MDR-AI-18.8 not met: interfaces unprotected", NOT_MET, device(a("MD-INTERFACE-AUTH", "no"))),
            RuleCase.of("MDR-AI-18.8 not met: default or hard-coded credentials", NOT_MET,
                    device(a("MD-INTERFACE-AUTH", "yes"), a("MD-DEFAULT-CREDS", "yes"))),
            RuleCase.of("MDCG-EOS met: support covers the contract term", MET,
                    device(a("MD-SUPPORT-END", "2031-11-01"))),
            RuleCase.of("MDCG-EOS partial: support ends before the contract term", PARTIALLY_MET,
                    device(a("MD-SUPPORT-END", "2031-11-01")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2032, 12, 31))),
            RuleCase.of("MDCG-EOS not met: support already ended", NOT_MET, device(a("MD-SUPPORT-END", "2026-10-31"))),
            RuleCase.of("MDCG-EOS partial: operating system support ends before the period needed", PARTIALLY_MET,
                    device(a("MD-SUPPORT-END", "2032-01-01"), a("PLATFORM-SUPPORT-END", "2028-10-14"))),

            RuleCase.of("MDR-AI-23.4ab met: IT security requirements in the instructions for use", MET,
                    device(withEvidence("MD-IFU-IT-SECURITY", "IN_REFERENCED_DOCUMENT"))),
            RuleCase.of("MDR-AI-23.4ab partial: stated without the instructions as evidence", PARTIALLY_MET,
                    device(a("MD-IFU-IT-SECURITY", "IN_IFU"))),
            RuleCase.of("MDR-AI-23.4ab partial: instructions state hardware only", PARTIALLY_MET,
                    device(withEvidence("MD-IFU-IT-SECURITY", "HARDWARE_ONLY"))),
            RuleCase.of("MDR-AI-23.4ab not met: not in the instructions for use", NOT_MET,
                    device(a("MD-IFU-IT-SECURITY", "NOT_IN_IFU"))),

            RuleCase.of("MDCG-4.2a met: security items covered, with evidence", MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "90"))),
            RuleCase.of("MDCG-4.2a partial: coverage claimed without the document", PARTIALLY_MET,
                    device(a("MD-IFU-SECURITY-COVERAGE", "95"))),
            RuleCase.of("MDCG-4.2a partial: between half and 90 percent of the items", PARTIALLY_MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "89.5"))),
            RuleCase.of("MDCG-4.2a not met: fewer than half of the items", NOT_MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "49.5"))),

            RuleCase.of("MDCG-SBOM met: standard SBOM, evidenced, updated with every release", MET,
                    device(withEvidence("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "SPDX"), a("MD-SBOM-UPDATED", "yes"))),
            RuleCase.of("MDCG-SBOM partial: not in a machine-readable standard format", PARTIALLY_MET,
                    device(withEvidence("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "OTHER"), a("MD-SBOM-UPDATED", "yes"))),
            RuleCase.of("MDCG-SBOM partial: not updated with every release", PARTIALLY_MET,
                    device(a("MD-SBOM", "yes"), withEvidence("MD-SBOM-FORMAT", "CYCLONEDX"), a("MD-SBOM-UPDATED", "no"))),
            RuleCase.of("MDCG-SBOM partial: no SBOM file referenced", PARTIALLY_MET,
                    device(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "CYCLONEDX"), a("MD-SBOM-UPDATED", "yes"))),
            RuleCase.of("MDCG-SBOM not met: no SBOM", NOT_MET, device(a("MD-SBOM", "no"))),

            RuleCase.of("MDCG-2.4 met: routine patches with change assessment and validation target", MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("MD-PATCH-VALIDATION-DAYS", "30"),
                            a("MD-PATCH-CHANGE-ASSESSMENT", "yes"))),
            RuleCase.of("MDCG-2.4 partial: third-party patches validated in more than 30 days", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("MD-PATCH-VALIDATION-DAYS", "60"),
                            a("MD-PATCH-CHANGE-ASSESSMENT", "yes"))),
            RuleCase.of("MDCG-2.4 partial: no validation time stated", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("MD-PATCH-CHANGE-ASSESSMENT", "yes"))),
            RuleCase.of("MDCG-2.4 partial: no documented change assessment", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("MD-PATCH-VALIDATION-DAYS", "14"),
                            a("MD-PATCH-CHANGE-ASSESSMENT", "no"))),
            RuleCase.of("MDCG-2.4 partial: patches only with major releases or for some components", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "partial"))),
            RuleCase.of("MDCG-2.4 not met: device cannot be patched in the field", NOT_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "no"))),

            RuleCase.of("MDCG-3.3 met: current MDS2 supplied", MET, device(withEvidence("MD-MDS2", "CURRENT"))),
            RuleCase.of("MDCG-3.3 partial: current MDS2 claimed but not supplied", PARTIALLY_MET,
                    device(a("MD-MDS2", "CURRENT"))),
            RuleCase.of("MDCG-3.3 partial: MDS2 outdated", PARTIALLY_MET, device(withEvidence("MD-MDS2", "OUTDATED"))),
            RuleCase.of("MDCG-3.3 not met: no MDS2", NOT_MET, device(a("MD-MDS2", "NONE"))),

            RuleCase.of("MDCG-4.3 met: ports, network flows and incident guidance provided", MET,
                    device(a("INTERFACE-LIST", "yes"), a("MD-NETWORK-FLOWS", "yes"), a("MD-INCIDENT-GUIDE", "yes"))),
            RuleCase.of("MDCG-4.3 partial: part of the operator information missing", PARTIALLY_MET,
                    device(a("INTERFACE-LIST", "yes"), a("MD-NETWORK-FLOWS", "no"), a("MD-INCIDENT-GUIDE", "no"))),
            RuleCase.of("MDCG-4.3 not met: no network or incident information", NOT_MET,
                    device(a("INTERFACE-LIST", "no"), a("MD-NETWORK-FLOWS", "no"), a("MD-INCIDENT-GUIDE", "no"))),

            RuleCase.of("MDCG-2.6 met: validated hospital-side measures published", MET,
                    device(withEvidence("MD-ALLOWED-CHANGES", "PUBLISHED_LIST"))),
            RuleCase.of("MDCG-2.6 partial: list claimed but not referenced", PARTIALLY_MET,
                    device(a("MD-ALLOWED-CHANGES", "PUBLISHED_LIST"))),
            RuleCase.of("MDCG-2.6 partial: approval case by case", PARTIALLY_MET,
                    device(a("MD-ALLOWED-CHANGES", "CASE_BY_CASE"))),
            RuleCase.of("MDCG-2.6 not met: every hospital-side measure forbidden", NOT_MET,
                    device(a("MD-ALLOWED-CHANGES", "ALL_FORBIDDEN"))),

            RuleCase.of("MDCG-3.6 met: reliance on the environment justified and documented", MET,
                    device(withEvidence("MD-ENV-RELIANCE", "JUSTIFIED_LIST"))),
            RuleCase.of("MDCG-3.6 partial: justification claimed without documentation", PARTIALLY_MET,
                    device(a("MD-ENV-RELIANCE", "JUSTIFIED_LIST"))),
            RuleCase.of("MDCG-3.6 partial: reliance not justified", PARTIALLY_MET,
                    device(a("MD-ENV-RELIANCE", "UNJUSTIFIED_LIST"))),
            RuleCase.of("MDCG-3.6 not met: reliance undisclosed", NOT_MET, device(a("MD-ENV-RELIANCE", "UNDISCLOSED"))),

            RuleCase.of("MDR-ART-83 met: cybersecurity in the surveillance plan with SBOM monitoring", MET,
                    device(a("MD-PMS-CYBER", "DEFINED"), a("MD-SBOM-MONITORING", "yes"))),
            RuleCase.of("MDR-ART-83 partial: components not monitored continuously", PARTIALLY_MET,
                    device(a("MD-PMS-CYBER", "DEFINED"))),
            RuleCase.of("MDR-ART-83 partial: informal cybersecurity monitoring", PARTIALLY_MET,
                    device(a("MD-PMS-CYBER", "INFORMAL"), a("MD-SBOM-MONITORING", "yes"))),
            RuleCase.of("MDR-ART-83 not met: no cybersecurity in post-market surveillance", NOT_MET,
                    device(a("MD-PMS-CYBER", "NONE"))),

            RuleCase.of("MDR-ART-87 met: security incidents in vigilance, hospital notified", MET,
                    device(a("MD-VIGILANCE-CYBER", "yes"), a("MD-FSN-NOTICE", "yes"))),
            RuleCase.of("MDR-ART-87 partial: only one of vigilance scope and hospital notice", PARTIALLY_MET,
                    device(a("MD-VIGILANCE-CYBER", "yes"), a("MD-FSN-NOTICE", "no"))),
            RuleCase.of("MDR-ART-87 not met: security incidents outside vigilance, no notice", NOT_MET,
                    device(a("MD-VIGILANCE-CYBER", "no"), a("MD-FSN-NOTICE", "no"))),

            RuleCase.of("MDCG-5.1 met: PSIRT, disclosure policy and advisories", MET,
                    device(withEvidence("MD-PSIRT", "PSIRT_WITH_ADVISORIES"))),
            RuleCase.of("MDCG-5.1 partial: PSIRT claimed without policy or advisory referenced", PARTIALLY_MET,
                    device(a("MD-PSIRT", "PSIRT_WITH_ADVISORIES"))),
            RuleCase.of("MDCG-5.1 partial: vulnerabilities handled only reactively", PARTIALLY_MET,
                    device(a("MD-PSIRT", "REACTIVE_ONLY"))),
            RuleCase.of("MDCG-5.1 not met: no vulnerability response", NOT_MET, device(a("MD-PSIRT", "NONE"))),

            RuleCase.contradiction("CONS-MD-SBOM-UPDATE no SBOM, yet it is updated with every patch",
                    device(a("MD-SBOM", "no"), a("MD-SBOM-UPDATED", "yes"))),
            RuleCase.contradiction("CONS-MD-PATCH-UPDATES routine patching claimed, no security updates promised",
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("SEC-UPDATES", "no"))),
            RuleCase.contradiction("CONS-MD-PHI-STORED patient data stored, yet none processed",
                    device(a("MD-PHI-STORED", "yes"), a("PATIENT-DATA", "no"))));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void operatingSystemOutlivingTheNeededPeriod_leavesSupportMet() {
        var finding = RuleTesting.finding("MDCG-EOS",
                RuleTesting.evidenced(device(a("MD-SUPPORT-END", "2032-01-01"), a("PLATFORM-SUPPORT-END", "2033-12-31"))));
        assertThat(finding.status()).isEqualTo(MET);
    }

    @Test
    void deviceWithoutOwnOperatingSystem_isJudgedOnSupportEndAlone() {
        var finding = RuleTesting.finding("MDCG-EOS",
                RuleTesting.evidenced(device(a("MD-SUPPORT-END", "2032-01-01"), a("PLATFORM-SUPPORT-END", "n/a"))));
        assertThat(finding.status()).isEqualTo(MET);
    }

    @Test
    void mdcgRows_areExpectedPractice_andMdrRowsBindingLaw() {
        var assessment = RuleTesting.evaluate(device(a("MD-PSIRT", "NONE"), a("MD-PMS-CYBER", "NONE")));
        assertThat(assessment.finding("MDCG-5.1").legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
        assertThat(assessment.finding("MDR-ART-83").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }

    @Test
    void consistentDeviceAnswers_reportNoContradiction() {
        var assessment = RuleTesting.evaluate(device(a("MD-SBOM", "yes"), a("MD-SBOM-UPDATED", "yes"),
                a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("SEC-UPDATES", "yes"), a("MD-IFU-IT-SECURITY", "IN_IFU"),
                a("MD-IFU-IT-SECURITY", "IN_IFU"), a("MD-PHI-STORED", "yes"), a("PATIENT-DATA", "yes")));
        assertThat(assessment.contradictions()).isEmpty();
    }
}
