package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.imports.FormDefaults;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled CAIQ of a fictional EU cloud (docs/examples/eu-health-cloud-caiq.csv and its .xlsx twin), read and
 * evaluated end to end with the real rule pack: mapped answers, ownership turning gaps into the hospital's tasks,
 * the CAIQ's own contradictions, and what it cannot evidence.
 */
class CaiqExampleTest {
    static final Path CSV = ExamplesTest.EXAMPLES.resolve("eu-health-cloud-caiq.csv");
    static final Path XLSX = ExamplesTest.EXAMPLES.resolve("eu-health-cloud-caiq.xlsx");

    static Questionnaire read(Path file) {
        return RuleTesting.CHECKER.caiqReader().withDefaults(FormDefaults.none().with("vendor.country", "DE"))
                .read(file);
    }

    static Assessment evaluate(Path file) {
        return RuleTesting.CHECKER.evaluate(read(file), EvaluationContext.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-health-cloud-caiq.csv", "eu-health-cloud-caiq.xlsx"})
    void sample_readsTheHeaderAreaAndMapsItsAnswers(String name) {
        Questionnaire q = read(ExamplesTest.EXAMPLES.resolve(name));

        assertThat(q.vendor().name()).isEqualTo("Stellamed Cloud SE");
        assertThat(q.vendor().country()).isEqualTo("DE");
        assertThat(q.product().name()).isEqualTo("Stellamed Health Platform");
        assertThat(q.product().version()).isEqualTo("2026.3");
        assertThat(q.submitted()).hasToString("2026-09-30");
        assertThat(q.answers()).allMatch(Answer::mapped).allMatch(a -> a.evidence().isEmpty());
        assertThat(q.answer("ENC-REST").map(Answer::value)).contains("yes");
        assertThat(q.answer("VULN-MGMT-PROCESS").map(Answer::value)).contains("partial");
        assertThat(q.answer("DATA-INVENTORY").map(Answer::responsibility)).contains(Responsibility.HOSPITAL);
        assertThat(q.answer("LOG-EVENTS").map(Answer::responsibility)).contains(Responsibility.SHARED);
        // STA-14.1 is NA and the bank question does not accept n/a: left unanswered
        assertThat(q.answer("NIS2-SUPPLIER-ASSESS")).isEmpty();
        assertThat(q.forms().get(0).unknown()).extracting(FormItem::id).containsExactly("DSP-07.2");
    }

    @Test
    void csvAndWorkbook_giveTheSameAssessment() {
        Assessment csv = evaluate(CSV);
        Assessment xlsx = evaluate(XLSX);

        assertThat(xlsx.findings()).extracting(f -> f.requirementId() + " " + f.status())
                .isEqualTo(csv.findings().stream().map(f -> f.requirementId() + " " + f.status()).toList());
        assertThat(xlsx.decision()).isEqualTo(csv.decision());
    }

    @Test
    void customerOwnedControl_isTheHospitalsResponsibility_notTheProvidersGap() {
        var finding = evaluate(CSV).finding("GDPR-9-1");

        assertThat(finding.status()).isEqualTo(Status.HOSPITAL_RESPONSIBILITY);
        assertThat(finding.rationale()).contains("CAIQ DSP-03.1: HOSPITAL");
    }

    @Test
    void sharedControl_isTheHospitalsResponsibility_notTheProvidersGap() {
        var finding = evaluate(CSV).finding("EHP-GP-G08");

        assertThat(finding.status()).isEqualTo(Status.HOSPITAL_RESPONSIBILITY);
        assertThat(finding.rationale()).contains("CAIQ LOG-07.1, LOG-08.1: SHARED");
    }

    @Test
    void providerOwnedGap_staysTheProvidersGap() {
        Assessment a = evaluate(CSV);

        // DSP-14.1 No, CSP-owned: sub-processors are not disclosed before processing
        assertThat(a.finding("GDPR-28-2").status()).isIn(Status.NOT_MET, Status.PARTIALLY_MET);
        // IAM-11.1 No, CSP-owned: the customer does not approve privileged access
        assertThat(a.finding("EHP-GP-M05").status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void caiqContradictions_areReportedWithTheirItems() {
        Assessment a = evaluate(CSV);

        assertThat(a.contradictions()).extracting(Contradiction::checkId)
                .containsExactlyInAnyOrder("CAIQ-NA-OWNED", "CAIQ-YES-UNOWNED");
        assertThat(a.contradictions()).flatExtracting(Contradiction::items).extracting(FormItem::id)
                .containsExactlyInAnyOrder("STA-14.1", "GRC-08.1");
    }

    @Test
    void requirementsTheCaiqCannotEvidence_stayNotAnswered() {
        Assessment a = evaluate(CSV);

        // data location and transfer mechanism are free text in a CAIQ (DSP-19), not a mappable yes/no
        assertThat(a.finding("GDPR-44").status()).isEqualTo(Status.NOT_ANSWERED);
        assertThat(a.forms()).hasSize(1);
    }
}
