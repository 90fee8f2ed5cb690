package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.evaluate;
import static org.cyberprocure.rules.RuleTesting.finding;
import static org.cyberprocure.rules.RuleTesting.questionnaire;

import java.time.LocalDate;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** scope.drl: one test per gate. */
class ScopeRulesTest {

    @Test
    void gate01_mdrDevice_makesCraRowsAdvisoryNotApplicable_withBenchmarkVerdict() {
        Finding f = finding("CRA-AI-P1-2b", device(a("MD-MDR-CE", "yes"), a("MD-DEFAULT-CREDS", "yes")));
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(f.rationale()).contains("CRA Art 2(2)").contains("Benchmark only")
                .contains("hard-coded credentials");
        assertThat(f.knockOutHit()).isFalse();
        assertThat(f.rule()).startsWith("GATE-01");
        assertThat(evaluate(device(a("MD-MDR-CE", "yes"))).scopeNotes()).extracting(ScopeNote::gate)
                .containsExactly("GATE-01");
    }

    @Test
    void gate01_notAnMdrDevice_leavesCraRowsToTheirRules() {
        Finding f = finding("CRA-AI-P1-2b", questionnaire(Profile.MEDICAL_DEVICE, ProductKind.SOFTWARE_PRODUCT,
                a("MD-MDR-CE", "no"), a("MD-DEFAULT-CREDS", "yes")));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        // Before 2027-12-11 the CRA's Annex I is not yet binding: reported as advisory with the date.
        assertThat(f.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(f.rationale()).contains("Binding only from 2027-12-11");
    }

    @Test
    void gate01_softwareDeclaredUnderTheMdr_isAlsoOutOfCraScope() {
        Finding f = finding("CRA-AI-P1-2b", questionnaire(Profile.MEDICAL_DEVICE, ProductKind.SOFTWARE_PRODUCT,
                a("MD-MDR-CE", "yes"), a("MD-DEFAULT-CREDS", "yes")));
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(f.rule()).startsWith("GATE-01");
    }

    @Test
    void gate01_hospitalItEquipmentNotUnderTheMdr_isBoundByTheCraFromItsDate() {
        Questionnaire equipment = questionnaire(Profile.MEDICAL_DEVICE, ProductKind.MEDICAL_DEVICE,
                a("MD-MDR-CE", "no"), a("MD-DEFAULT-CREDS", "yes"));
        Finding f = finding("CRA-AI-P1-2b", equipment,
                EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 12, 11)));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(f.knockOutHit()).isTrue();
        assertThat(evaluate(equipment).scopeNotes()).extracting(ScopeNote::gate).containsOnly("GATE-03", "GATE-12");
    }

    @Test
    void gate03_productNotUnderTheMdr_makesMdrAndMdcgRowsNotApplicable() {
        Questionnaire software = questionnaire(Profile.MEDICAL_DEVICE, ProductKind.SOFTWARE_PRODUCT,
                a("MD-MDR-CE", "no"), a("MD-SBOM", "no"));
        Assessment a = evaluate(software);
        assertThat(a.finding("MDR-AI-17.2").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.finding("MDR-AI-17.2").rule()).startsWith("GATE-03");
        assertThat(a.finding("MDCG-SBOM").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.finding("CRA-AI-P2-1").status()).isNotEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.scopeNotes()).filteredOn(n -> !n.gate().equals("GATE-12")) // CRA placing date not given
                .extracting(ScopeNote::instrument).containsExactlyInAnyOrder("MDR", "MDCG");
    }

    @Test
    void gate03_deviceUnderTheMdr_keepsMdrRows() {
        Assessment a = evaluate(device(a("MD-MDR-CE", "yes")));
        assertThat(a.finding("MDR-AI-17.2").status()).isNotEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void gate02_standAloneCloudService_makesCraRowsNotApplicable() {
        Assessment a = evaluate(cloud(a("SCOPE-CRA-REMOTE-PROCESSING", "no"), a("CRA-DEFAULT-CREDS", "yes"),
                a("CRA-VULN-REPORTING", "NONE")));
        Finding f = a.finding("CRA-AI-P1-2b");
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.rule()).startsWith("GATE-02");
        assertThat(f.rationale()).contains("stand-alone cloud service").contains("Benchmark only");
        assertThat(f.knockOutHit()).isFalse();
        assertThat(a.finding("CRA-14-2").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.scopeNotes()).singleElement().satisfies(n -> {
            assertThat(n.gate()).isEqualTo("GATE-02");
            assertThat(n.instrument()).isEqualTo("CRA");
            assertThat(n.outcome()).isEqualTo(ScopeNote.Outcome.NOT_APPLICABLE);
        });
        assertThat(a.findings()).filteredOn(x -> x.citation().instrument().equals("CRA"))
                .isNotEmpty().allMatch(x -> x.status() == Status.NOT_APPLICABLE);
    }

    @Test
    void gate02_remoteDataProcessingOfAProduct_keepsCraRowsBindingByDate() {
        Assessment a = evaluate(cloud(a("SCOPE-CRA-REMOTE-PROCESSING", "yes"), a("CRA-DEFAULT-CREDS", "yes"),
                a("CRA-VULN-REPORTING", "NONE")));
        assertThat(a.scopeNotes()).extracting(ScopeNote::gate).containsOnly("GATE-12"); // placing date not given
        Finding creds = a.finding("CRA-AI-P1-2b");
        assertThat(creds.status()).isEqualTo(Status.NOT_MET);
        assertThat(creds.legalForce()).isEqualTo(LegalForce.ADVISORY); // Annex I binds from 2027-12-11
        Finding reporting = a.finding("CRA-14-2");
        assertThat(reporting.status()).isEqualTo(Status.NOT_MET);
        assertThat(reporting.legalForce()).isEqualTo(LegalForce.BINDING_LAW); // Art 14 binds from 2026-09-11
    }

    @Test
    void gate02_onlyForCloudServices_aSoftwareProductInTheCloudProfileStaysInScope() {
        Assessment a = evaluate(questionnaire(Profile.CLOUD_MIGRATION, ProductKind.SOFTWARE_PRODUCT,
                a("SCOPE-CRA-REMOTE-PROCESSING", "no"), a("CRA-DEFAULT-CREDS", "yes")));
        assertThat(a.scopeNotes()).extracting(ScopeNote::gate).containsOnly("GATE-12"); // placing date not given
        assertThat(a.finding("CRA-AI-P1-2b").status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void gate02_unanswered_leavesTheSubmissionIncomplete() {
        Assessment a = evaluate(cloud(a("CRA-DEFAULT-CREDS", "no")));
        assertThat(a.missingMandatory()).contains("SCOPE-CRA-REMOTE-PROCESSING");
        assertThat(a.scopeNotes()).isEmpty();
    }

    @Test
    void gate07_noPatientData_makesGdprRowsNotApplicable() {
        Finding f = finding("GDPR-33-2", device(a("PATIENT-DATA", "no"), a("BREACH-COMMIT", "no")));
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(f.knockOutHit()).isFalse();
        assertThat(evaluate(device(a("PATIENT-DATA", "no"))).scopeNotes().get(0).outcome())
                .isEqualTo(ScopeNote.Outcome.NOT_APPLICABLE);
    }

    @Test
    void gate07_patientData_keepsGdprRowsBinding() {
        Finding f = finding("GDPR-33-2", device(a("PATIENT-DATA", "yes"), a("BREACH-COMMIT", "no")));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.knockOutHit()).isTrue();
    }
}
