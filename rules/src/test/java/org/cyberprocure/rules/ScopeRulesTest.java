package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.evaluate;
import static org.cyberprocure.rules.RuleTesting.finding;
import static org.cyberprocure.rules.RuleTesting.questionnaire;

import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
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
