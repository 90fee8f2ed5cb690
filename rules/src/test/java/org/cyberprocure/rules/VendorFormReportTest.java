package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.Policy;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerOrigin;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Answers mapped from a vendor's own form: where each came from, what the form cannot evidence, and controls the
 * form assigns to the hospital, through evaluation, report model and PDF.
 */
class VendorFormReportTest {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final String SHEET = "CAIQv4";

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void gapInAControlTheFormAssignsToTheHospital_isTheHospitalsTask_notTheVendorsGap() {
        Assessment vendorOwned = RuleTesting.evaluate(cloudFromForm(Responsibility.VENDOR));
        Assessment hospitalOwned = RuleTesting.evaluate(cloudFromForm(Responsibility.HOSPITAL));

        Assessment strong = RuleTesting.evaluate(
                RuleTesting.CHECKER.reader().read(EXAMPLES.resolve("cloud-strong.json")));
        // The gaps the insecure LOG-SIEM answer causes (the dropped answers cause NOT_ANSWERED rows instead).
        List<Finding> vendorGaps = vendorOwned.findings().stream()
                .filter(f -> f.status() == Status.PARTIALLY_MET || f.status() == Status.NOT_MET)
                .filter(f -> !strong.finding(f.requirementId()).status().isGap())
                .toList();
        assertThat(vendorGaps).as("the insecure mapped answer is a vendor gap when the vendor owns it").isNotEmpty();
        for (Finding gap : vendorGaps) {
            Finding same = hospitalOwned.finding(gap.requirementId());
            assertThat(same.status()).isEqualTo(Status.HOSPITAL_RESPONSIBILITY);
            assertThat(same.rationale()).contains("CAIQ LOG-05.1").contains("hospital");
            assertThat(same.knockOutHit()).isFalse();
        }
        assertThat(hospitalOwned.overallScore()).isGreaterThan(vendorOwned.overallScore());
    }

    @Test
    void report_showsWhereAnswersCameFrom_whatTheFormCannotEvidence_andTheHospitalsTasks() throws Exception {
        Assessment assessment = RuleTesting.evaluate(cloudFromForm(Responsibility.HOSPITAL));
        ReportModel model = ReportModel.of(assessment, RuleTesting.CHECKER.catalog(), Policy.defaults(),
                Locale.ENGLISH);

        assertThat(model.hasSources()).isTrue();
        assertThat(model.hospitalTasks()).isNotEmpty();
        assertThat(model.notEvidenced()).as("the dropped answers leave requirements undecided").isNotEmpty()
                .allSatisfy(row -> assertThat(row.row().finding().status()).isEqualTo(Status.NOT_ANSWERED));
        assertThat(model.notEvidenced()).anySatisfy(row -> assertThat(row.toAsk()).isNotEmpty());
        assertThat(model.rows()).anySatisfy(r -> assertThat(r.answers()).contains("(CAIQ LOG-05.1)"));

        byte[] pdf = SampleReportTest.pdf(model);
        String text = SampleReportTest.text(pdf);
        assertThat(text).contains("Vendor forms and evidence")
                .contains("Read from eu-cloud-caiq.xlsx")
                .contains("requirements the form cannot evidence")
                .contains("Questions to ask the vendor")
                .contains("controls that are the hospital's responsibility")
                .contains("CAIQ XYZ-99.9 = yes")
                .contains("LOG-05.1 read as the CAIQ v4 id");
        assertThat(PdfConformanceTest.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void sbomWithGaps_isDescribedWithWhatItLacks() throws Exception {
        Questionnaire device = RuleTesting.CHECKER.reader().read(EXAMPLES.resolve("device-strong.json"))
                .withSbom(SbomRulesTest.GAPS);
        Assessment assessment = RuleTesting.evaluate(device);
        byte[] pdf = SampleReportTest.pdf(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()));
        String text = SampleReportTest.text(pdf);

        assertThat(SbomRulesTest.GAPS.problems()).isNotEmpty();
        assertThat(text).contains("Software bill of materials (CycloneDX " + SbomRulesTest.GAPS.specVersion() + ")")
                .contains("What the SBOM lacks (" + SbomRulesTest.GAPS.problems().size() + ")")
                .contains(SbomRulesTest.GAPS.problems().get(0).replaceAll("\\s+", " "));
        assertThat(PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void directAnswers_giveNoSourcesSection() throws Exception {
        Assessment assessment = RuleTesting.evaluate(
                RuleTesting.CHECKER.reader().read(EXAMPLES.resolve("cloud-strong.json")));
        ReportModel model = ReportModel.of(assessment, RuleTesting.CHECKER.catalog());
        assertThat(model.hasSources()).isFalse();
        assertThat(model.notEvidenced()).isEmpty();
        assertThat(SampleReportTest.text(SampleReportTest.pdf(model))).doesNotContain("Vendor forms and evidence");
    }

    /**
     * The strong cloud example as if mapped from a CAIQ: LOG-SIEM answered insecurely from one item owned as
     * given, the first answers dropped (the form does not cover them), one unknown item.
     */
    private static Questionnaire cloudFromForm(Responsibility owner) {
        Questionnaire strong = RuleTesting.CHECKER.reader().read(EXAMPLES.resolve("cloud-strong.json"));
        SourceLocation cell = SourceLocation.cell("eu-cloud-caiq.xlsx", SHEET, 40, 3);
        FormItem logItem = new FormItem("CAIQ", "LOG-05.1", "no", "Export to customer SIEM is the customer's job",
                owner, cell);
        FormItem unknown = new FormItem("CAIQ", "XYZ-99.9", "yes", "", Responsibility.VENDOR,
                SourceLocation.cell("eu-cloud-caiq.xlsx", SHEET, 41, 3));
        List<Answer> answers = new ArrayList<>();
        for (Answer a : strong.answers()) {
            if (a.questionId().equals("LOG-SIEM")) {
                answers.add(new Answer("LOG-SIEM", "no", logItem.note(), List.of(), cell,
                        new AnswerOrigin("CAIQ", List.of("LOG-05.1"), owner)));
            } else if (!List.of("REMOTE-MFA", "REMOTE-APPROVAL", "REMOTE-LOGGED").contains(a.questionId())) {
                answers.add(a);
            }
        }
        ImportedForm form = new ImportedForm("CAIQ", "CAIQ v4 (test)", "eu-cloud-caiq.xlsx", List.of(logItem),
                List.of(unknown), List.of("LOG-05.1 read as the CAIQ v4 id (row 40)"));
        return new Questionnaire(strong.id(), strong.profile(), strong.submitted(), strong.vendor(),
                strong.product(), answers, List.of(form), List.of());
    }
}
