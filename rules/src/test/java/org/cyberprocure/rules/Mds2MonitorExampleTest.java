package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.cyberprocure.imports.FormDefaults;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second bundled MDS2 (docs/examples/patient-monitor-mds2.xlsx and its CSV export): a realistic device with
 * mixed strengths and weaknesses, many items answered "Yes, optional", and notes; what it yields.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Mds2MonitorExampleTest {
    static final Path CSV = ExamplesTest.EXAMPLES.resolve("patient-monitor-mds2.csv");
    static final Path XLSX = ExamplesTest.EXAMPLES.resolve("patient-monitor-mds2.xlsx");

    @BeforeAll
    void writeWorkbookWhenAsked() throws IOException {
        if (Boolean.getBoolean("cyberprocure.writeMds2Sample")) {
            Mds2SampleWorkbook.write(CSV, XLSX);
        }
    }

    static Questionnaire read(Path file) {
        return RuleTesting.CHECKER.mds2Reader().read(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"patient-monitor-mds2.xlsx", "patient-monitor-mds2.csv"})
    void monitor_isIncomplete_withItsGapsAndStrengthsNamed(String file) {
        Assessment a = RuleTesting.CHECKER.evaluate(read(ExamplesTest.EXAMPLES.resolve(file)));
        assertThat(a.decision()).as(ExamplesTest.gaps(a)).isEqualTo(Decision.INCOMPLETE);
        assertThat(a.contradictions()).isEmpty();
        assertThat(a.findings()).noneMatch(Finding::knockOutHit);
        // Trends stored on the device, encryption at rest optional and off by default: not met, not a blended partial.
        assertThat(status(a, "GDPR-32-1a")).isEqualTo(Status.NOT_MET);
        // Unique accounts only for configuration ("Yes, optional"): shared accounts, a condition of award.
        assertThat(status(a, "EHP-GP-M09")).isEqualTo(Status.PARTIALLY_MET);
        assertThat(a.finding("EHP-GP-M09").rationale()).contains("shared");
        // IEC 62304 is a software life cycle, not a security life cycle.
        assertThat(status(a, "MDR-AI-17.2")).isEqualTo(Status.PARTIALLY_MET);
        assertThat(a.finding("MDR-AI-17.2").rationale()).contains("IEC_62304_ONLY");
        // "Yes, Internal": a self-declaration, not an independent certificate.
        assertThat(status(a, "EHP-GP-S01")).isEqualTo(Status.PARTIALLY_MET);
        assertThat(a.finding("EHP-GP-S01").rationale()).contains("own declaration");
        // No device firewall (NAUT-2 = no): some interfaces rely on the hospital network.
        assertThat(status(a, "MDR-AI-18.8")).isEqualTo(Status.PARTIALLY_MET);
        // Owner-initiated remote sessions with an indicator, logged: a strength, claimed (the rows expect documents).
        assertThat(status(a, "GDPR-32-4")).isEqualTo(Status.PARTIALLY_MET);
        assertThat(a.finding("GDPR-32-4").rationale()).contains("Claimed, not evidenced");
        // Wi-Fi and optional Bluetooth: the MDS2 does not say which modes, so the wireless row stays open.
        assertThat(status(a, "EHP-GP-G04")).isEqualTo(Status.NOT_ANSWERED);
        // The MDS2 itself is supplied; the device is an MDR device, so the CRA is only a benchmark.
        assertThat(status(a, "MDCG-3.3")).isEqualTo(Status.MET);
        assertThat(a.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(a.decisionReasons()).anyMatch(r -> r.contains("REMOTE-MFA") && r.contains("SEC-UPDATES"));
    }

    @Test
    void qualifiedAnswers_andNotes_readAsTheyAreMeant() {
        Map<String, Answer> answers = Mds2ExampleTest.answers(read(CSV));
        assertThat(answers.get("PATIENT-DATA").value()).isEqualTo("yes"); // MPII-1 "Yes, optional" still handles data
        assertThat(answers.get("ENC-REST").value()).isEqualTo("no"); // STCF-1 optional, STCF-1.2 no
        assertThat(answers.get("EHP-MD-ACCOUNTS").value()).isEqualTo("SHARED_ACCOUNTS");
        assertThat(answers.get("UPDATE-SCHEDULING").value()).isEqualTo("yes"); // automatic install optional, off
        assertThat(answers.get("CVD-POLICY").value()).isEqualTo("INFORMAL"); // disclosed to affected customers
        assertThat(answers.get("SDL-STANDARD").value()).isEqualTo("IEC_62304_ONLY");
        assertThat(answers.get("EHP-MD-PRODUCT-CERT").value()).isEqualTo("SELF_DECLARATION");
        assertThat(answers.get("MD-SBOM-FORMAT").value()).isEqualTo("CYCLONEDX");
        assertThat(answers.get("REMOTE-APPROVAL").value()).isEqualTo("yes");
        assertThat(answers.get("CRA-AUTH-STRONG").value()).isEqualTo("partial");
        assertThat(answers).doesNotContainKey("EHP-MD-WIRELESS").doesNotContainKey("CRA-SUPPORT-STATED")
                .doesNotContainKey("GDPR-REMOTE-LOCATION");
        assertThat(answers.get("MD-DEFAULT-CREDS").value()).isEqualTo("no");
        assertThat(answers.get("ENC-REST").comment()).contains("STCF-1: optional; Needs the encryption licence");
    }

    @Test
    void legacyCertificate_statedByTheHospital_orNotedAsOpen() {
        Questionnaire open = read(CSV);
        boolean bankHasIt = RuleTesting.CHECKER.catalog().question("MD-LEGACY-CERT").isPresent();
        assertThat(open.forms().get(0).notes().stream().anyMatch(n -> n.contains("MD-LEGACY-CERT")))
                .isEqualTo(bankHasIt);
        if (bankHasIt) {
            Questionnaire stated = RuleTesting.CHECKER.mds2Reader()
                    .withDefaults(FormDefaults.none().withAnswer("MD-LEGACY-CERT", "no")).read(CSV);
            assertThat(Mds2ExampleTest.answers(stated).get("MD-LEGACY-CERT").value()).isEqualTo("no");
            assertThat(stated.forms().get(0).notes()).noneMatch(n -> n.contains("MD-LEGACY-CERT"));
        }
    }

    @Test
    void workbookAndCsvExport_readTheSame() {
        assertThat(read(XLSX).answers()).extracting(Answer::describe).containsExactlyElementsOf(
                read(CSV).answers().stream().map(Answer::describe).toList());
    }

    private static Status status(Assessment a, String id) {
        return a.finding(id).status();
    }
}
