package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import org.junit.jupiter.api.Test;

/** End to end: a bundled sample file, the real kjar, a real PDF whose text and fonts are checked. */
class SampleReportTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples");

    static Assessment evaluateSample(String file) {
        Questionnaire q = RuleTesting.CHECKER.reader().read(EXAMPLES.resolve(file));
        return RuleTesting.CHECKER.evaluate(q, EvaluationContext.defaults());
    }

    static byte[] pdf(Assessment assessment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()), out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(page))).append('\n');
            }
            return text.toString().replaceAll("\\s+", " "); // table cells wrap words onto new lines
        }
    }

    /** Every font descriptor in the file points at an embedded font program. */
    static List<String> fontsNotEmbedded(byte[] pdf) throws Exception {
        List<String> missing = new ArrayList<>();
        int descriptors = 0;
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i < doc.getNumberOfPdfObjects(); i++) {
                PdfObject object = doc.getPdfObject(i);
                if (object instanceof PdfDictionary d && PdfName.FontDescriptor.equals(d.getAsName(PdfName.Type))) {
                    descriptors++;
                    if (!d.containsKey(PdfName.FontFile) && !d.containsKey(PdfName.FontFile2)
                            && !d.containsKey(PdfName.FontFile3)) {
                        missing.add(String.valueOf(d.get(PdfName.FontName)));
                    }
                }
            }
        }
        assertThat(descriptors).as("font descriptors").isPositive();
        return missing;
    }

    @Test
    void cloudSample_pdfShowsCoverFactsFindingsAndPageNumbers() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        assertThat(assessment.decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);
        assertThat(assessment.finding("GDPR-33-2").status()).isEqualTo(Status.PARTIALLY_MET);

        byte[] pdf = pdf(assessment);
        String text = text(pdf);
        assertThat(text).contains("Cybersecurity gap report")
                .contains("Chmura Medyczna Sp. z o.o. — Zakład Łódź")
                .contains("Archiwum Obrazów PACS Cloud")
                .contains("cloud-migration")
                .contains("2026-10-15")
                .contains("ACCEPT_WITH_CONDITIONS")
                .contains("Findings")
                .contains("GDPR-33-2").contains("Breach notification to") // extraction interleaves table columns
                .contains("not legal advice")
                .contains("Page 1 of ");
        assertThat(fontsNotEmbedded(pdf)).isEmpty();
    }

    @Test
    void deviceSample_reportsCraAsAdvisoryAndGreekVendorIntact() throws Exception {
        Assessment assessment = evaluateSample("medical-device.json");
        assertThat(assessment.finding("CRA-AI-P1-2b").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.ADVISORY);
        String text = text(pdf(assessment));
        assertThat(text).contains("Ιατρικά Συστήματα Αθηνών Α.Ε.").contains("CRA Art 2(2)").contains("ADVISORY");
    }

    @Test
    void unicodeVendorNames_fromEveryScript_extractIntact() throws Exception {
        for (String name : List.of("Szpital Wojewódzki — Zakład Łódź", "Νοσοκομείο Αθηνών",
                "Příliš žluťoučký kůň úpěl ďábelské ódy", "Университетска болница „Александровска“")) {
            Assessment base = evaluateSample("cloud-vendor.json");
            Assessment renamed = new Assessment(base.questionnaireId(),
                    new org.cyberprocure.model.Vendor(name, "PL", ""), base.product(), base.profile(), base.asOf(),
                    base.contractEnd(), base.catalogVersion(), base.rulePack(), base.rulePackVersion(),
                    base.decision(), base.decisionReasons(), base.overallScore(), base.domainScores(),
                    base.missingMandatory(), base.scopeNotes(), base.findings(), base.contradictions(), base.policy(),
                    base.answers());
            assertThat(text(pdf(renamed))).contains(name);
        }
    }

    @Test
    void jsonAssessment_carriesVersionsAndFindingsInStableOrder() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportRenderer().render(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()), out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.path("format").asText()).isEqualTo(JsonReportRenderer.FORMAT);
        JsonNode a = json.path("assessment");
        assertThat(a.path("catalogVersion").asText()).isEqualTo("2026.11.0");
        assertThat(a.path("rulePackVersion").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(a.path("decision").asText()).isEqualTo("ACCEPT_WITH_CONDITIONS");
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("questionnaireId", "vendor", "product", "profile", "asOf");
        JsonNode finding = a.path("findings").get(0);
        assertThat(finding.path("requirementId").asText()).isEqualTo("EHP-GP-M05");
        assertThat(finding.path("citation").path("reference").asText()).contains("M05");
        assertThat(finding.path("answers").get(0).path("location").path("pointer").asText()).startsWith("/answers/");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new JsonReportRenderer().render(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()), again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }
}
