package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.imports.FormDefaults;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled CAIQ answer sheets, read and evaluated end to end with the real rule pack: the small sheet of a
 * fictional EU cloud (docs/examples/eu-health-cloud-caiq.csv and its .xlsx twin) and a complete CAIQ v4.0.3 sheet of
 * a fictional PACS cloud in the official layout (vitalis-pacs-cloud-caiq.xlsx, written by {@link CaiqRealisticSheet}):
 * mapped answers, ownership, the CAIQ's own contradictions, and what it cannot evidence.
 */
class CaiqExampleTest {
    static final Path CSV = ExamplesTest.EXAMPLES.resolve("eu-health-cloud-caiq.csv");
    static final Path XLSX = ExamplesTest.EXAMPLES.resolve("eu-health-cloud-caiq.xlsx");
    static final Path REALISTIC = ExamplesTest.EXAMPLES.resolve("vitalis-pacs-cloud-caiq.xlsx");

    static Questionnaire read(Path file) {
        return RuleTesting.CHECKER.caiqReader().withDefaults(FormDefaults.none().with("vendor.country", "DE"))
                .read(file);
    }

    static Assessment evaluate(Questionnaire q) {
        return RuleTesting.CHECKER.evaluate(q, EvaluationContext.defaults().withAsOf(q.submitted()));
    }

    static Assessment evaluate(Path file) {
        return evaluate(read(file));
    }

    /** The questionnaire a sheet stands for, with direct answers added (the rest of a tender's questions). */
    static Questionnaire plus(Questionnaire q, String... questionAndValue) {
        List<Answer> answers = new ArrayList<>(q.answers());
        for (int i = 0; i < questionAndValue.length; i += 2) {
            answers.add(new Answer(questionAndValue[i], questionAndValue[i + 1], "", List.of(),
                    SourceLocation.of("tender answers")));
        }
        return new Questionnaire(q.id(), q.profile(), q.submitted(), q.vendor(), q.product(), answers, q.forms(),
                q.sboms());
    }

    static String value(Questionnaire q, String question) {
        return q.answer(question).map(Answer::value).orElse("(unanswered)");
    }

    // ------------------------------------------------------------------------------------------- eu-health-cloud

    @ParameterizedTest
    @ValueSource(strings = {"eu-health-cloud-caiq.csv", "eu-health-cloud-caiq.xlsx"})
    void sample_readsTheHeaderAreaAndMapsItsAnswers(String name) {
        Questionnaire q = read(ExamplesTest.EXAMPLES.resolve(name));

        assertThat(q.vendor().name()).isEqualTo("Stellamed Cloud SE");
        assertThat(q.vendor().country()).isEqualTo("DE");
        assertThat(q.product().name()).isEqualTo("Stellamed Health Platform");
        assertThat(q.product().version()).isEqualTo("2026.3");
        assertThat(q.submitted()).hasToString("2026-09-30");
        assertThat(q.answers()).allMatch(Answer::mapped)
                .filteredOn(a -> !a.origin().items().isEmpty()).allMatch(a -> a.evidence().isEmpty());
        assertThat(value(q, "VULN-MGMT-PROCESS")).isEqualTo("partial");
        assertThat(value(q, "CONTINUITY-PLAN")).isEqualTo("yes");
        assertThat(q.answer("GDPR-ACCESS-NEED-TO-KNOW").map(Answer::responsibility)).contains(Responsibility.SHARED);
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
    void sample_isIncomplete_theCommitmentsACaiqCannotMakeStayOpen() {
        Assessment a = evaluate(CSV);

        // SEF-07.1 (breach procedures) and IAM-14.1 (MFA policy) say nothing of this contract or this offer's
        // vendor-staff remote access: the mandatory BREACH-COMMIT and REMOTE-MFA stay for the vendor to answer
        assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(a.missingMandatory()).contains("BREACH-COMMIT", "REMOTE-MFA");
        assertThat(a.finding("GDPR-33-2").status()).isEqualTo(Status.NOT_ANSWERED);
        assertThat(a.finding("GDPR-28-2").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("CLD-SUBPROC-ASSURANCE").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("EHP-GP-G02").status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(a.finding("NIS2-21-2c").status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void sharedControlTheHospitalCanRun_isTheHospitalsResponsibility() {
        // IAM-05.1 and LOG-08.1 No, both Shared CSP and CSC; the tender adds the secrecy answer
        Assessment a = evaluate(plus(read(CSV), "GDPR-SECRECY-LEVEL", "PROFESSIONAL_SECRECY_ALL"));

        assertThat(a.finding("GDPR-9-3").status()).isEqualTo(Status.HOSPITAL_RESPONSIBILITY);
        assertThat(a.finding("GDPR-9-3").rationale()).contains("CAIQ IAM-05.1, LOG-08.1: SHARED");
    }

    @Test
    void capabilityOnlyTheProviderCanOffer_staysTheProvidersGap_whoeverTheSheetNamesOwner() {
        // CEK-08.1 No, "Shared CSP and CSC": customer-managed keys are the provider's to offer
        Questionnaire q = read(CSV);
        Assessment a = evaluate(plus(q, "CLD-KEY-CONTROL", "BYOK"));

        assertThat(q.answer("CLD-KEY-REVOKE").map(Answer::responsibility)).contains(Responsibility.VENDOR);
        assertThat(a.finding("CLD-CMK").status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(q.forms().get(0).notes()).anyMatch(n -> n.startsWith("CEK-08.1 (")
                && n.contains("declared Shared CSP and CSC, but only the vendor can offer this capability"));
    }

    @Test
    void caiqContradictions_areReportedWithTheirItems_naWithAnOwnerIsOnlyANote() {
        Assessment a = evaluate(CSV);

        assertThat(a.contradictions()).extracting(Contradiction::checkId).containsExactly("CAIQ-YES-UNOWNED");
        assertThat(a.contradictions()).flatExtracting(Contradiction::items).extracting(FormItem::id)
                .containsExactly("GRC-08.1");
        assertThat(a.forms().get(0).notes()).contains("1 question answered NA names a control owner as well, common in"
                + " real sheets; read as not applicable, the owner ignored: STA-14.1 (CSP-owned)");
    }

    @Test
    void theFormItself_answersWhichDisclosureIsProvided() {
        Questionnaire q = read(CSV);

        assertThat(value(q, "EHP-STD-DISCLOSURE")).isEqualTo("CAIQ");
        assertThat(q.answer("EHP-STD-DISCLOSURE").orElseThrow().evidence()).containsExactly("eu-health-cloud-caiq.csv");
    }

    @Test
    void requirementsTheCaiqCannotEvidence_stayNotAnswered() {
        Assessment a = evaluate(CSV);

        // data location and transfer mechanism are free text in a CAIQ (DSP-19), not a mappable yes/no
        assertThat(a.finding("GDPR-44").status()).isEqualTo(Status.NOT_ANSWERED);
        assertThat(a.forms()).hasSize(1);
    }

    // -------------------------------------------------------------------------- vitalis-pacs-cloud (v4.0.3)

    @Test
    void realisticSheet_readsAll261Questions_inTheOfficialLayout() {
        Questionnaire q = read(REALISTIC);

        assertThat(q.vendor().name()).isEqualTo("Vitalis Cloud Services B.V.");
        assertThat(q.vendor().country()).isEqualTo("NL");
        assertThat(q.product().name()).isEqualTo("Vitalis PACS Cloud");
        assertThat(q.submitted()).hasToString("2026-10-15");
        assertThat(q.forms().get(0).items()).hasSize(261);
        assertThat(q.forms().get(0).unknown()).isEmpty();
        assertThat(q.forms().get(0).notes()).anyMatch(n -> n.startsWith("28 questions answered NA name a control owner"));
    }

    @Test
    void realisticSheet_narrowNoBesideBroadYes_leavesTheQuestionOpen_notANo() {
        Questionnaire q = read(REALISTIC);

        // BCR-04.1 continuity plan Yes, BCR-09.1 separate disaster response plan No
        assertThat(q.answer("CONTINUITY-PLAN")).isEmpty();
        // STA-07.1 supplier register Yes, DSP-14.1 prior disclosure of new sub-processors No
        assertThat(q.answer("CLD-SUBPROC-LIST")).isEmpty();
        // HRS-01.1 screening Yes, IAM-07.1 leavers (customer users not removed by the provider) No
        assertThat(q.answer("NIS2-STAFF-SCREENING")).isEmpty();
        assertThat(q.forms().get(0).notes())
                .anyMatch(n -> n.startsWith("CONTINUITY-PLAN left unanswered") && n.contains("against BCR-09.1 no"))
                .anyMatch(n -> n.startsWith("CLD-SUBPROC-LIST left unanswered"))
                .anyMatch(n -> n.startsWith("NIS2-STAFF-SCREENING left unanswered"));
        // a YES_NO_PARTIAL question takes the mix as partial
        assertThat(value(q, "NIS2-TRAINING")).isEqualTo("partial");
        // DCS-06.1 (logical assets in the CMDB) Yes with the endpoint inventory UEM-04.1 Yes
        assertThat(value(q, "NIS2-ASSET-INVENTORY")).isEqualTo("yes");
    }

    @Test
    void realisticSheet_providerOnlyCapabilitiesMarkedCustomerOwned_stayTheProviders() {
        Questionnaire q = read(REALISTIC);

        assertThat(q.answer("REMOTE-APPROVAL").orElseThrow().responsibility()).isEqualTo(Responsibility.VENDOR);
        assertThat(q.answer("CLD-KEY-REVOKE").orElseThrow().responsibility()).isEqualTo(Responsibility.VENDOR);
        Assessment a = evaluate(plus(q, "REMOTE-LOGGED", "no", "CLD-KEY-CONTROL", "BYOK"));
        assertThat(a.finding("GDPR-32-4").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("CLD-CMK").status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void realisticSheet_formNosTheBankCanUse_areFindings_formYesesOfCommitmentsAreNot() {
        Questionnaire q = read(REALISTIC);
        Assessment a = evaluate(q);

        // TVM-06.1 No: no independent penetration testing
        assertThat(value(q, "PENTEST")).isEqualTo("INTERNAL_ONLY");
        assertThat(a.finding("GDPR-32-1d").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("GDPR-32-1d").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(a.finding("EHP-GP-M10").status()).isEqualTo(Status.PARTIALLY_MET);
        // IPY-04.1 No: no exit terms agreed in advance
        assertThat(value(q, "CLD-EXIT-ASSISTANCE")).isEqualTo("no");
        assertThat(a.finding("EHP-GP-P06").status()).isEqualTo(Status.PARTIALLY_MET);
        // STA-09.1 Yes and DSP-16.1 Yes are practices, not commitments to this hospital: no answer
        assertThat(q.answer("EHP-REQ-CONTRACT")).isEmpty();
        assertThat(q.answer("GDPR-END-DELETION")).isEmpty();
        // SEF-07.1 Yes, IAM-14.1 Yes: still no breach-notice commitment, no answer on vendor remote access
        assertThat(q.answer("BREACH-COMMIT")).isEmpty();
        assertThat(q.answer("REMOTE-MFA")).isEmpty();
    }

    @Test
    void realisticSheet_decision_andNoCaiqAnswerDecidesACraRow() {
        Assessment a = evaluate(REALISTIC);

        assertThat(a.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(a.missingMandatory()).contains("BREACH-COMMIT", "REMOTE-MFA");
        assertThat(a.contradictions()).isEmpty();
        assertThat(a.findings()).filteredOn(f -> f.citation().instrument().equals("CRA"))
                .allMatch(f -> f.status() == Status.NOT_ANSWERED || f.status() == Status.NOT_APPLICABLE)
                .allMatch(f -> f.answers().stream().noneMatch(Answer::mapped));
        assertThat(a.findings()).filteredOn(f -> f.status() == Status.MET).isEmpty();
        assertThat(a.finding("NIS2-21-2g").status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void serviceAgreementAndDeletionNos_areFindings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("nos.csv");
        java.nio.file.Files.writeString(sheet, "Cloud Service Provider,Example Cloud SE\nCloud Service,Example\n"
                + "Assessment Date,2026-09-30\n\nQuestion ID,CSP CAIQ Answer,SSRM Control Ownership\n"
                + "STA-09.1,No,CSP-owned\nDSP-16.1,No,CSP-owned\nIPY-04.1,Yes,CSP-owned\n");
        Questionnaire q = read(sheet);
        Assessment a = evaluate(q);

        assertThat(value(q, "EHP-REQ-CONTRACT")).isEqualTo("no");
        assertThat(value(q, "GDPR-END-DELETION")).isEqualTo("NONE");
        assertThat(q.answer("CLD-EXIT-ASSISTANCE")).isEmpty();
        assertThat(a.finding("EHP-GP-P02").status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(a.finding("GDPR-28-3g").status()).isEqualTo(Status.NOT_MET);
    }

    /** Writes both bundled workbooks from their sources: run with -Dcyberprocure.writeExamples=true. */
    @Test
    @EnabledIfSystemProperty(named = "cyberprocure.writeExamples", matches = "true")
    void writeWorkbooks() throws Exception {
        CaiqSampleWorkbook.write(CSV, XLSX);
        CaiqRealisticSheet.write(CaiqMappingDocTest.CAIQ, REALISTIC);
    }
}
