package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cyberprocure.Policy;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF report passes veraPDF's machine checks for PDF/A-3A and for PDF/UA-1. */
class PdfConformanceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static byte[] render(Assessment assessment, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(
                ReportModel.of(assessment, RuleTesting.CHECKER.catalog(), Policy.defaults(), locale), out);
        return out.toByteArray();
    }

    /** The failed checks, one line each (clause, test number, message); empty when compliant. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " @ " + a.getLocation().getContext())
                    .distinct().limit(20).collect(Collectors.toList());
            assertThat(result.isCompliant()).as("%s compliant; failed: %s", flavour, failed)
                    .isEqualTo(failed.isEmpty());
            return failed;
        }
    }

    @Test
    void cloudSampleReport_conformsToPdfA3a() throws Exception {
        byte[] pdf = render(SampleReportTest.evaluateSample("cloud-vendor.json"), Locale.ENGLISH);
        assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void cloudSampleReport_conformsToPdfUa1() throws Exception {
        byte[] pdf = render(SampleReportTest.evaluateSample("cloud-vendor.json"), Locale.ENGLISH);
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void hostileSyntheticReport_conformsToBothFlavours() throws Exception {
        SyntheticReport.Input input = SyntheticReport.of(40); // long texts, emoji, CJK, many evidence references
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(
                ReportModel.of(input.assessment(), input.catalog(), Policy.defaults(), Locale.FRENCH), out);
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void plainUntaggedPdf_failsBothFlavours_soTheCheckIsReal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document document = new Document(pdf)) {
            document.add(new Paragraph("Helvetica, not embedded, not tagged"));
        }
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFA_3_A)).isNotEmpty();
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void germanDeviceReport_conformsToBothFlavours() throws Exception {
        byte[] pdf = render(SampleReportTest.evaluateSample("medical-device.json"), Locale.GERMAN);
        assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void reportWithAcceptedRisksAndAWaivedBindingKnockOut_conformsToBothFlavours() throws Exception {
        org.cyberprocure.Policy lenient = WaiverTest.withAcceptedRisks(null, true);
        Assessment waived = RuleTesting.CHECKER.evaluate(SampleReportTest.readSample("cloud-vendor.json"),
                org.cyberprocure.EvaluationContext.defaults().withPolicy(lenient).withWaivers(
                        org.cyberprocure.Waivers.read(SampleReportTest.EXAMPLES.resolve("waivers/hospital-waivers.json"))));
        byte[] pdf = SampleReportTest.pdf(ReportModel.of(waived, RuleTesting.CHECKER.catalog(), lenient, Locale.GERMAN)
                .withAudit(org.cyberprocure.report.AuditRecord.at(SampleReportTest.GENERATED_AT, List.of(
                        org.cyberprocure.report.AuditRecord.InputFile.of("questionnaire",
                                SampleReportTest.EXAMPLES.resolve("cloud-vendor.json"))))));
        assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(SampleReportTest.text(pdf)).contains("Akzeptierte Risiken").contains("Prüfvermerk und Freigabe")
                .contains("Unterschrift").contains("2026-12-01T09:00:00Z");
    }

    @Test
    void resubmissionComparisonPdf_conformsToBothFlavours_andRepeatsByteForByte() throws Exception {
        Assessment first = SampleReportTest.evaluateSample("cloud-vendor.json");
        Assessment second = SampleReportTest.evaluateSample("resubmission/cloud-vendor-round2.json");
        org.cyberprocure.tender.AssessmentDiff diff = org.cyberprocure.tender.AssessmentDiff.between(first, second);
        org.cyberprocure.report.AuditRecord audit = org.cyberprocure.report.AuditRecord.at(
                SampleReportTest.GENERATED_AT, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new org.cyberprocure.report.pdf.DiffPdfRenderer(Locale.FRENCH).render(diff, second, audit, out);
        byte[] pdf = out.toByteArray();
        assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new org.cyberprocure.report.pdf.DiffPdfRenderer(Locale.FRENCH).render(diff, second, audit, again);
        assertThat(again.toByteArray()).isEqualTo(pdf);
        assertThat(SampleReportTest.text(pdf)).contains("Comparaison de la nouvelle soumission").contains("EHP-GP-M06")
                .contains("BREACH-HOURS: 48 \u2192 24").contains("Revu par");
    }
}
