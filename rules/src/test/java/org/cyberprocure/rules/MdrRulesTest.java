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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** mdr.drl: one case per rule. */
class MdrRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("MDR-AI-17.2 met: security life-cycle standard covers information security", MET,
                    device(withEvidence("SDL-STANDARD", "IEC_81001_5_1"))),
            RuleCase.of("MDR-AI-17.2 met: life cycle with information-security risk management and security testing", MET,
                    device(withEvidence("SDL-STANDARD", "IEC_62304_ONLY"), withEvidence("MD-SDL-SECURITY", "yes"))),
            RuleCase.of("MDR-AI-17.2 partial: information security in the life cycle not confirmed", PARTIALLY_MET,
                    device(a("SDL-STANDARD", "OWN_PROCESS"), a("MD-SDL-SECURITY", "partial"))),
            RuleCase.of("MDR-AI-17.2 not met: information security outside the software life cycle", NOT_MET,
                    device(a("SDL-STANDARD", "IEC_62304_ONLY"), a("MD-SDL-SECURITY", "no"))),
            RuleCase.of("MDR-AI-17.2 not met: no life-cycle standard", NOT_MET, device(a("SDL-STANDARD", "NONE"))),
            RuleCase.of("MDR-AI-17.2-HS met: recognised security life-cycle standard with evidence", MET,
                    device(withEvidence("SDL-STANDARD", "IEC_81001_5_1"))),
            RuleCase.of("MDR-AI-17.2-HS partial: security life-cycle standard claimed without evidence", PARTIALLY_MET,
                    device(a("SDL-STANDARD", "IEC_62443_4_1"))),
            RuleCase.of("MDR-AI-17.2-HS partial: no recognised device security life-cycle standard", PARTIALLY_MET,
                    device(withEvidence("SDL-STANDARD", "IEC_62304_ONLY"), a("MD-SDL-SECURITY", "yes"))),
            RuleCase.of("MDR-AI-17.2-HS not met: no life-cycle standard", NOT_MET, device(a("SDL-STANDARD", "NONE"))),
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
            RuleCase.of("MDCG-EOS met: security support end declared", MET,
                    device(withEvidence("MD-SUPPORT-END", "2028-06-30"))),
            RuleCase.of("MDCG-EOS not met: support already ended", NOT_MET, device(a("MD-SUPPORT-END", "2026-10-31"))),
            RuleCase.of("MDCG-EOS partial: operating system support ends within the device's support lifetime",
                    PARTIALLY_MET, device(a("MD-SUPPORT-END", "2032-01-01"), a("PLATFORM-SUPPORT-END", "2031-12-31"))),
            RuleCase.of("MDCG-EOS-HS met: support covers the period the hospital needs", MET,
                    device(withEvidence("MD-SUPPORT-END", "2031-11-01"))),
            RuleCase.of("MDCG-EOS-HS partial: support ends before the period the hospital needs", PARTIALLY_MET,
                    device(a("MD-SUPPORT-END", "2031-11-01")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2032, 12, 31))),
            RuleCase.of("MDCG-EOS-HS partial: operating system support ends before the period the hospital needs",
                    PARTIALLY_MET, device(a("MD-SUPPORT-END", "2032-01-01"), a("PLATFORM-SUPPORT-END", "2028-10-14"))),
            RuleCase.of("MDCG-EOS-HS not met: support already ended", NOT_MET,
                    device(a("MD-SUPPORT-END", "2026-10-31"))),

            RuleCase.of("MDR-AI-23.4ab met: IT security requirements in the instructions for use", MET,
                    device(withEvidence("MD-IFU-IT-SECURITY", "IN_REFERENCED_DOCUMENT"))),
            RuleCase.of("MDR-AI-23.4ab partial: stated without the instructions as evidence", PARTIALLY_MET,
                    device(a("MD-IFU-IT-SECURITY", "IN_IFU"))),
            RuleCase.of("MDR-AI-23.4ab partial: instructions state hardware only", PARTIALLY_MET,
                    device(withEvidence("MD-IFU-IT-SECURITY", "HARDWARE_ONLY"))),
            RuleCase.of("MDR-AI-23.4ab not met: not in the instructions for use", NOT_MET,
                    device(a("MD-IFU-IT-SECURITY", "NOT_IN_IFU"))),

            RuleCase.of("MDCG-4.2a met: security information given, with evidence", MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "60"))),
            RuleCase.of("MDCG-4.2a partial: security information claimed without the document", PARTIALLY_MET,
                    device(a("MD-IFU-SECURITY-COVERAGE", "95"))),
            RuleCase.of("MDCG-4.2a not met: no security information for the operator", NOT_MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "0"))),
            RuleCase.of("MDCG-4.2a-HS met: security items covered, with evidence", MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "90"))),
            RuleCase.of("MDCG-4.2a-HS partial: coverage claimed without the document", PARTIALLY_MET,
                    device(a("MD-IFU-SECURITY-COVERAGE", "95"))),
            RuleCase.of("MDCG-4.2a-HS partial: coverage below the hospital's standard", PARTIALLY_MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "89.5"))),
            RuleCase.of("MDCG-4.2a-HS not met: coverage below the hospital's floor", NOT_MET,
                    device(withEvidence("MD-IFU-SECURITY-COVERAGE", "49.5"))),

            RuleCase.of("MDCG-SBOM met: SBOM provided", MET, device(withEvidence("MD-SBOM", "yes"))),
            RuleCase.of("MDCG-SBOM partial: SBOM claimed but not referenced", PARTIALLY_MET, device(a("MD-SBOM", "yes"))),
            RuleCase.of("MDCG-SBOM partial: no SBOM among the security documentation", PARTIALLY_MET,
                    device(a("MD-SBOM", "no"))),
            RuleCase.of("MDCG-SBOM-HS met: standard SBOM, evidenced, updated with every release", MET,
                    device(withEvidence("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "SPDX"), a("MD-SBOM-UPDATED", "yes"))),
            RuleCase.of("MDCG-SBOM-HS partial: not in a machine-readable standard format", PARTIALLY_MET,
                    device(withEvidence("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "OTHER"), a("MD-SBOM-UPDATED", "yes"))),
            RuleCase.of("MDCG-SBOM-HS partial: not updated with every release", PARTIALLY_MET,
                    device(a("MD-SBOM", "yes"), withEvidence("MD-SBOM-FORMAT", "CYCLONEDX"), a("MD-SBOM-UPDATED", "no"))),
            RuleCase.of("MDCG-SBOM-HS partial: no SBOM file referenced", PARTIALLY_MET,
                    device(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "CYCLONEDX"), a("MD-SBOM-UPDATED", "yes"))),
            RuleCase.of("MDCG-SBOM-HS not met: no SBOM", NOT_MET, device(a("MD-SBOM", "no"))),

            RuleCase.of("MDCG-2.4 met: patches outside field safety corrective actions", MET,
                    device(withEvidence("MD-PATCH-OUTSIDE-FSCA", "yes"))),
            RuleCase.of("MDCG-2.4 partial: patches only with major releases or for some components", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "partial"))),
            RuleCase.of("MDCG-2.4 not met: device cannot be patched in the field", NOT_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "no"))),
            RuleCase.of("MDCG-2.4-HS met: third-party patches validated within the hospital's limit, under a change assessment",
                    MET, device(withEvidence("MD-PATCH-OUTSIDE-FSCA", "yes"), withEvidence("MD-PATCH-VALIDATION-DAYS", "30"),
                            withEvidence("MD-PATCH-CHANGE-ASSESSMENT", "yes"))),
            RuleCase.of("MDCG-2.4-HS partial: third-party patches validated later than the hospital's limit", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("MD-PATCH-VALIDATION-DAYS", "31"),
                            a("MD-PATCH-CHANGE-ASSESSMENT", "yes"))),
            RuleCase.of("MDCG-2.4-HS partial: no validation time stated", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("MD-PATCH-CHANGE-ASSESSMENT", "yes"))),
            RuleCase.of("MDCG-2.4-HS partial: no documented change assessment", PARTIALLY_MET,
                    device(a("MD-PATCH-OUTSIDE-FSCA", "yes"), a("MD-PATCH-VALIDATION-DAYS", "14"),
                            a("MD-PATCH-CHANGE-ASSESSMENT", "no"))),
            RuleCase.of("MDCG-2.4-HS not met: device cannot be patched in the field", NOT_MET,
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

            RuleCase.of("MDR-ART-83 met: cybersecurity in the post-market surveillance plan", MET,
                    device(withEvidence("MD-PMS-CYBER", "DEFINED"))),
            RuleCase.of("MDR-ART-83 partial: informal cybersecurity monitoring", PARTIALLY_MET,
                    device(a("MD-PMS-CYBER", "INFORMAL"), a("MD-SBOM-MONITORING", "yes"))),
            RuleCase.of("MDR-ART-83 not met: no cybersecurity in post-market surveillance", NOT_MET,
                    device(a("MD-PMS-CYBER", "NONE"))),
            RuleCase.of("MDR-ART-83-HS met: SBOM components monitored continuously", MET,
                    device(withEvidence("MD-SBOM-MONITORING", "yes"))),
            RuleCase.of("MDR-ART-83-HS partial: some components or occasional checks", PARTIALLY_MET,
                    device(a("MD-SBOM-MONITORING", "partial"))),
            RuleCase.of("MDR-ART-83-HS not met: components not monitored", NOT_MET,
                    device(a("MD-PMS-CYBER", "DEFINED"), a("MD-SBOM-MONITORING", "no"))),

            RuleCase.of("MDR-ART-87 met: security incidents in vigilance, hospital notified", MET,
                    device(a("MD-VIGILANCE-CYBER", "yes"), a("MD-FSN-NOTICE", "yes"))),
            RuleCase.of("MDR-ART-87 partial: only one of vigilance scope and hospital notice", PARTIALLY_MET,
                    device(a("MD-VIGILANCE-CYBER", "yes"), a("MD-FSN-NOTICE", "no"))),
            RuleCase.of("MDR-ART-87 not met: security incidents outside vigilance, no notice", NOT_MET,
                    device(a("MD-VIGILANCE-CYBER", "no"), a("MD-FSN-NOTICE", "no"))),

            RuleCase.of("MDCG-5.1 met: vulnerabilities handled and advisories shared", MET,
                    device(withEvidence("MD-PSIRT", "PSIRT_WITH_ADVISORIES"))),
            RuleCase.of("MDCG-5.1 partial: vulnerability handling claimed without evidence", PARTIALLY_MET,
                    device(a("MD-PSIRT", "PSIRT_WITH_ADVISORIES"))),
            RuleCase.of("MDCG-5.1 partial: vulnerabilities handled only reactively", PARTIALLY_MET,
                    device(a("MD-PSIRT", "REACTIVE_ONLY"))),
            RuleCase.of("MDCG-5.1 not met: no vulnerability response", NOT_MET, device(a("MD-PSIRT", "NONE"))),

            RuleCase.of("MDR-ART-52 met: certified or declared under the MDR", MET,
                    device(withEvidence("MD-NB-CERT", "MDR_CERTIFICATE"))),
            RuleCase.of("MDR-ART-52 met: legacy device under a valid MDD/AIMDD certificate", MET,
                    device(withEvidence("MD-NB-CERT", "MDD_AIMDD_CERTIFICATE"), withEvidence("MD-LEGACY-CERT", "yes"))),
            RuleCase.of("MDR-ART-52 partial: certificate claimed without the documents", PARTIALLY_MET,
                    device(a("MD-NB-CERT", "MDR_CERTIFICATE"))),
            RuleCase.of("MDR-ART-52 partial: legacy transition ends in 2027 for class III and implantable IIb devices",
                    PARTIALLY_MET, device(withEvidence("MD-NB-CERT", "MDD_AIMDD_CERTIFICATE"), a("MD-LEGACY-CERT", "yes")))
                    .with(EvaluationContext.defaults().withAsOf(LocalDate.of(2028, 1, 1))),
            RuleCase.of("MDR-ART-52 not met: legacy transition over", NOT_MET,
                    device(withEvidence("MD-NB-CERT", "MDD_AIMDD_CERTIFICATE"), a("MD-LEGACY-CERT", "yes")))
                    .with(EvaluationContext.defaults().withAsOf(LocalDate.of(2029, 1, 1))),
            RuleCase.of("MDR-ART-52 not met: no valid certificate", NOT_MET,
                    device(a("MD-NB-CERT", "NONE"), a("MD-ECONOMIC-OPERATOR", "DISTRIBUTOR"))),
            RuleCase.of("MDR-ART-29 met: UDI assigned, manufacturer and device registered", MET,
                    device(withEvidence("MD-UDI-EUDAMED", "REGISTERED"))),
            RuleCase.of("MDR-ART-29 partial: EUDAMED registration not confirmed", PARTIALLY_MET,
                    device(a("MD-UDI-EUDAMED", "UDI_ASSIGNED_NOT_REGISTERED"))),
            RuleCase.of("MDR-ART-29 partial: legacy device without UDI", PARTIALLY_MET,
                    device(a("MD-UDI-EUDAMED", "NONE"), a("MD-LEGACY-CERT", "yes"))),
            RuleCase.of("MDR-ART-29 not met: no UDI assigned", NOT_MET,
                    device(a("MD-UDI-EUDAMED", "NONE"), a("MD-LEGACY-CERT", "no"))),

            RuleCase.contradiction("CONS-MD-LEGACY-CE legacy device, yet not a medical device",
                    device(a("MD-LEGACY-CERT", "yes"), a("MD-MDR-CE", "no"))),
            RuleCase.contradiction("CONS-MD-KIND-CE declared a medical device, yet not under the MDR/IVDR",
                    device(a("MD-MDR-CE", "no"))),
            RuleCase.contradiction("CONS-MD-CLOUD-CE cloud service with a device certificate, yet no medical device software",
                    cloud(a("SCOPE-MDSW-SERVICE", "NONE"), a("MD-NB-CERT", "MDR_CERTIFICATE"))),
            RuleCase.contradiction("CONS-MD-LEGACY-CERTIFICATE legacy answer and certificate disagree",
                    device(a("MD-LEGACY-CERT", "yes"), a("MD-NB-CERT", "MDR_CERTIFICATE"))),
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

    @Test
    void hardCodedCredentials_areAKnockOutOfBindingMdrAnnexI18_8_butOnlyABenchmarkForALegacyDevice() {
        Finding mdr = RuleTesting.finding("MDR-AI-18.8", device(a("MD-MDR-CE", "yes"), a("MD-LEGACY-CERT", "no"),
                a("MD-INTERFACE-AUTH", "yes"), a("MD-DEFAULT-CREDS", "yes")));
        assertThat(mdr.status()).isEqualTo(NOT_MET);
        assertThat(mdr.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(mdr.knockOutHit()).isTrue();
        Finding legacy = RuleTesting.finding("MDR-AI-18.8", device(a("MD-MDR-CE", "yes"), a("MD-LEGACY-CERT", "yes"),
                a("MD-DEFAULT-CREDS", "yes")));
        assertThat(legacy.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(legacy.knockOutHit()).isFalse();
    }

    @Test
    void partlyProtectedInterfacesWithoutAComment_leaveNoDanglingColon() {
        Finding f = RuleTesting.finding("MDR-AI-18.8", device(a("MD-INTERFACE-AUTH", "partial")));
        assertThat(f.rationale()).doesNotEndWith(":").doesNotContain(": .").contains("ask which");
    }

    // ---- GATE-09 legacy devices ----

    @Test
    void gate09_legacyDevice_makesAnnexIRowsAdvisory_butKeepsSurveillanceAndVigilanceBinding() {
        Assessment a = RuleTesting.evaluate(device(a("MD-MDR-CE", "yes"), a("MD-LEGACY-CERT", "yes"),
                a("SDL-STANDARD", "NONE"), a("MD-IFU-IT-SECURITY", "NOT_IN_IFU"), a("MD-PMS-CYBER", "NONE"),
                a("MD-VIGILANCE-CYBER", "no"), a("MD-FSN-NOTICE", "no"), a("MD-UDI-EUDAMED", "NONE")));
        for (String annexI : List.of("MDR-AI-17.2", "MDR-AI-17.2-HS", "MDR-AI-17.4", "MDR-AI-18.8", "MDR-AI-23.4ab")) {
            Finding f = a.finding(annexI);
            assertThat(f.status()).as(annexI).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(f.legalForce()).as(annexI).isEqualTo(LegalForce.ADVISORY);
            assertThat(f.rule()).as(annexI).startsWith("GATE-09");
        }
        assertThat(a.finding("MDR-AI-17.2").rationale()).contains("Art 120(3)").contains("Benchmark only");
        assertThat(a.finding("MDR-ART-83").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("MDR-ART-83").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(a.finding("MDR-ART-87").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("MDR-ART-29").status()).isEqualTo(Status.PARTIALLY_MET); // no UDI needed, registration open
        assertThat(a.finding("CRA-AI-P1-2a").legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(a.scopeNotes()).extracting(ScopeNote::gate).contains("GATE-01", "GATE-09");
        assertThat(a.scopeNotes()).filteredOn(n -> n.gate().equals("GATE-09"))
                .anySatisfy(n -> assertThat(n.reason()).contains("CRA Art 2(2)").contains("our interpretation"));
    }

    @Test
    void gate09_mdrCertifiedDevice_keepsAnnexIBinding() {
        Finding f = RuleTesting.finding("MDR-AI-17.2", device(a("MD-MDR-CE", "yes"), a("MD-LEGACY-CERT", "no"),
                a("SDL-STANDARD", "NONE")));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }

    @Test
    void gate09_afterTheLastLegacyDate_annexIBindsAgain() {
        Questionnaire legacy = device(a("MD-MDR-CE", "yes"), a("MD-LEGACY-CERT", "yes"), a("SDL-STANDARD", "NONE"));
        assertThat(RuleTesting.finding("MDR-AI-17.2", legacy,
                EvaluationContext.defaults().withAsOf(LocalDate.of(2028, 12, 31))).status())
                .isEqualTo(Status.NOT_APPLICABLE);
        Finding after = RuleTesting.finding("MDR-AI-17.2", legacy,
                EvaluationContext.defaults().withAsOf(LocalDate.of(2029, 1, 1)));
        assertThat(after.status()).isEqualTo(Status.NOT_MET);
        assertThat(after.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }

    @Test
    void legacyDevice_strongOnEveryPoint_stillGetsAPlainAccept() {
        Assessment a = RuleTesting.CHECKER.evaluate(legacyDevice(), EvaluationContext.defaults());
        assertThat(a.finding("MDR-ART-52").status()).isEqualTo(Status.MET);
        assertThat(a.finding("MDR-ART-52").rationale()).contains("legacy device");
        assertThat(a.finding("MDR-AI-17.2").rule()).startsWith("GATE-09");
        assertThat(a.finding("MDR-ART-83").status()).isEqualTo(Status.MET);
        assertThat(a.missingMandatory()).isEmpty();
        assertThat(a.contradictions()).isEmpty();
        assertThat(a.decision()).as(String.join("\n", a.decisionReasons())).isEqualTo(Decision.ACCEPT);
    }

    // ---- GATE-10 medical device software as a cloud service ----

    @Test
    void gate10_mdswService_makesCraAdvisory_andAppliesTheMdrRowsInTheCloudProfile() {
        Assessment a = RuleTesting.evaluate(cloud(a("SCOPE-MDSW-SERVICE", "WHOLE_SERVICE"),
                a("SCOPE-CRA-REMOTE-PROCESSING", "yes"), a("CRA-DEFAULT-CREDS", "yes"), a("MD-PMS-CYBER", "NONE"),
                a("SDL-STANDARD", "IEC_62304_ONLY"), a("MD-SDL-SECURITY", "no")));
        Finding cra = a.finding("CRA-AI-P1-2b");
        assertThat(cra.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(cra.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(cra.rule()).startsWith("GATE-10");
        assertThat(cra.rationale()).contains("CRA Art 2(2)");
        assertThat(a.finding("MDR-ART-83").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("MDR-ART-83").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(a.finding("MDR-AI-17.2").status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void gate10_mdswServiceStrongOnEveryPoint_getsAPlainAccept() {
        List<Answer> answers = new java.util.ArrayList<>(DecisionTest.PERFECT_CLOUD);
        answers.addAll(List.of(a("SCOPE-MDSW-SERVICE", "WHOLE_SERVICE"), withEvidence("SDL-STANDARD", "IEC_81001_5_1"),
                withEvidence("MD-SDL-SECURITY", "yes"), withEvidence("MD-IFU-IT-SECURITY", "IN_IFU"),
                withEvidence("MD-PMS-CYBER", "DEFINED"), withEvidence("MD-SBOM-MONITORING", "yes"),
                withEvidence("MD-VIGILANCE-CYBER", "yes"), withEvidence("MD-FSN-NOTICE", "yes"),
                withEvidence("MD-NB-CERT", "MDR_CERTIFICATE"), withEvidence("MD-UDI-EUDAMED", "REGISTERED")));
        // Every claim with the evidence its question expects: this test is about the scope, not the evidence rule.
        Assessment a = RuleTesting.evaluate(RuleTesting.evidenced(cloud(answers.toArray(Answer[]::new))));
        assertThat(a.findings()).filteredOn(f -> f.citation().instrument().equals("MDR")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.status()).as(f.requirementId()).isEqualTo(Status.MET));
        assertThat(a.decision()).as(String.join("\n", a.decisionReasons())).isEqualTo(Decision.ACCEPT);
    }

    @Test
    void gate10_noMedicalDeviceSoftware_makesTheMdrRowsNotApplicableInTheCloudProfile() {
        Assessment a = RuleTesting.evaluate(cloud(a("SCOPE-MDSW-SERVICE", "NONE"), a("MD-PMS-CYBER", "NONE")));
        assertThat(a.findings()).filteredOn(f -> f.citation().instrument().equals("MDR")).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
                    assertThat(f.rule()).startsWith("GATE-10");
                });
        assertThat(a.missingMandatory()).doesNotContain("SCOPE-MDSW-SERVICE");
    }

    @Test
    void gate10_unanswered_leavesTheCloudSubmissionIncomplete() {
        Assessment a = RuleTesting.evaluate(cloud(a("SCOPE-CRA-REMOTE-PROCESSING", "no")));
        assertThat(a.missingMandatory()).contains("SCOPE-MDSW-SERVICE");
    }

    @Test
    void gate10_partOfTheService_notesThatTheOtherModulesKeepTheirRules() {
        Assessment a = RuleTesting.evaluate(cloud(a("SCOPE-MDSW-SERVICE", "PART_OF_SERVICE"),
                a("SCOPE-CRA-REMOTE-PROCESSING", "yes"), a("CRA-DEFAULT-CREDS", "yes")));
        assertThat(a.scopeNotes()).anySatisfy(n -> {
            assertThat(n.gate()).isEqualTo("GATE-10");
            assertThat(n.reason()).contains("other modules");
        });
        assertThat(a.finding("CRA-AI-P1-2b").status()).isEqualTo(Status.NOT_MET); // the CRA still reaches the rest
        assertThat(a.finding("MDR-ART-83").status()).isNotEqualTo(Status.NOT_APPLICABLE);
    }

    // ---- GATE-13 mixed offers ----

    @Test
    void gate13_mixedOffer_notesThatTheNonDeviceComponentsStayUnderTheCra_andChangesNoRow() {
        Questionnaire mixed = device(a("MD-MDR-CE", "yes"), commented("SCOPE-MIXED-OFFER", "yes",
                "integration gateway and reporting server"), a("MD-DEFAULT-CREDS", "yes"));
        Assessment a = RuleTesting.evaluate(mixed);
        assertThat(a.scopeNotes()).anySatisfy(n -> {
            assertThat(n.gate()).isEqualTo("GATE-13");
            assertThat(n.reason()).contains("CRA Art 2(2)").contains("integration gateway and reporting server")
                    .contains("own assessment");
        });
        Assessment single = RuleTesting.evaluate(device(a("MD-MDR-CE", "yes"), a("SCOPE-MIXED-OFFER", "no"),
                a("MD-DEFAULT-CREDS", "yes")));
        assertThat(single.scopeNotes()).extracting(ScopeNote::gate).doesNotContain("GATE-13");
        assertThat(a.findings()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("answers", "rationale")
                .isEqualTo(single.findings());
    }

    // ---- Issue 14: product kind against the MDR answers ----

    @Test
    void softwareProductDeclaredUnderTheMdr_isNoContradiction() {
        Assessment a = RuleTesting.evaluate(RuleTesting.questionnaire(Profile.MEDICAL_DEVICE,
                ProductKind.SOFTWARE_PRODUCT, a("MD-MDR-CE", "no")));
        assertThat(a.contradictions()).extracting(c -> c.checkId()).doesNotContain("CONS-MD-KIND-CE");
    }

    @Test
    void questionsThatCannotApplyToEveryDevice_acceptNotApplicable() {
        for (String id : List.of("MD-LEGACY-CERT", "SCOPE-MIXED-OFFER", "MD-PATCH-VALIDATION-DAYS",
                "MD-NETWORK-FLOWS", "MD-ALLOWED-CHANGES", "MD-PHI-STORED")) {
            assertThat(RuleTesting.CHECKER.catalog().question(id)).as(id).get()
                    .satisfies(q -> assertThat(q.naAllowed()).as(id).isTrue());
        }
        Finding f = RuleTesting.finding("MDCG-2.4-HS", device(withEvidence("MD-PATCH-OUTSIDE-FSCA", "yes"),
                withEvidence("MD-PATCH-VALIDATION-DAYS", "n/a"), withEvidence("MD-PATCH-CHANGE-ASSESSMENT", "yes")));
        assertThat(f.status()).isEqualTo(MET);
        assertThat(f.rationale()).contains("no third-party software");
    }

    @Test
    void hospitalStandardRows_readTheirThresholdsFromThePolicy() {
        Questionnaire slow = device(withEvidence("MD-PATCH-OUTSIDE-FSCA", "yes"),
                withEvidence("MD-PATCH-VALIDATION-DAYS", "45"), withEvidence("MD-PATCH-CHANGE-ASSESSMENT", "yes"));
        assertThat(RuleTesting.finding("MDCG-2.4-HS", slow).status()).isEqualTo(PARTIALLY_MET);
        assertThat(RuleTesting.finding("MDCG-2.4", slow).status()).isEqualTo(MET); // the guidance sets no limit
        assertThat(RuleTesting.CHECKER.catalog().requirement("MDCG-2.4-HS")).get()
                .satisfies(r -> assertThat(r.hospitalStandard().thresholds()).contains("thirdPartyPatchValidationDays"));
    }

    @Test
    void distributorBidder_isToldWhoseDutyTheCertificateIs() {
        Finding f = RuleTesting.finding("MDR-ART-52", device(a("MD-NB-CERT", "NONE"),
                a("MD-ECONOMIC-OPERATOR", "DISTRIBUTOR")));
        assertThat(f.rationale()).contains("manufacturer's duties").contains("Art 14(2)");
        Finding own = RuleTesting.finding("MDR-ART-52", device(a("MD-NB-CERT", "NONE"),
                a("MD-ECONOMIC-OPERATOR", "MANUFACTURER")));
        assertThat(own.rationale()).doesNotContain("Art 14(2)");
    }

    static Answer commented(String questionId, String value, String comment) {
        return new Answer(questionId, value, comment, List.of(), Answer.of(questionId, value).location());
    }

    /** The strong ECG cart of docs/examples, placed on the market as a legacy device under its MDD certificate. */
    static Questionnaire legacyDevice() {
        Questionnaire strong = RuleTesting.CHECKER.reader().read(ExamplesTest.EXAMPLES.resolve("device-strong.json"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        strong.answers().forEach(x -> answers.put(x.questionId(), x));
        answers.put("MD-LEGACY-CERT", withEvidence("MD-LEGACY-CERT", "yes"));
        answers.put("MD-NB-CERT", withEvidence("MD-NB-CERT", "MDD_AIMDD_CERTIFICATE"));
        answers.put("MD-UDI-EUDAMED", withEvidence("MD-UDI-EUDAMED", "REGISTERED"));
        return new Questionnaire(strong.id(), strong.profile(), strong.submitted(), strong.vendor(), strong.product(),
                List.copyOf(answers.values()));
    }
}
