package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.Policy;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.junit.jupiter.api.Test;

/** The PDF renderer's guarantees: determinism, languages, the attached assessment, and reports at scale. */
class PdfReportTest {

    @Test
    void sameInputs_giveByteIdenticalPdfs() {
        byte[] first = SampleReportTest.pdf(SampleReportTest.evaluateSample("cloud-vendor.json"));
        // Several renders: iText numbers its documents per JVM, and some of its hash orders follow that number.
        for (int render = 0; render < 4; render++) {
            assertThat(SampleReportTest.pdf(SampleReportTest.evaluateSample("cloud-vendor.json")))
                    .as("render %d", render).isEqualTo(first);
        }
    }

    @Test
    void anotherLanguage_givesAnotherDocument() {
        Assessment assessment = SampleReportTest.evaluateSample("medical-device.json");
        assertThat(SampleReportTest.pdf(assessment, Locale.GERMAN))
                .isNotEqualTo(SampleReportTest.pdf(assessment, Locale.ENGLISH));
    }

    @Test
    void germanAndFrenchLocales_labelTheReportInTheirLanguage() throws Exception {
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");

        byte[] german = SampleReportTest.pdf(assessment, Locale.GERMANY);
        assertThat(SampleReportTest.text(german)).contains("Bericht über Cybersicherheitslücken")
                .contains("Unter Auflagen annehmen").contains("Lückenregister").contains("Zusammenfassung")
                .contains("Anhang B — Methodik").contains("Seite 1 von ").contains("keine Rechtsberatung")
                .contains("Teilweise erfüllt")
                .contains(String.valueOf(assessment.overallScore()).replace('.', ','));
        assertThat(language(german)).isEqualTo("de");

        byte[] french = SampleReportTest.pdf(assessment, Locale.FRENCH);
        assertThat(SampleReportTest.text(french)).contains("Accepter sous conditions").contains("Registre des écarts")
                .contains("Synthèse").contains("Page 1 sur ").contains("Partiellement satisfaite");
        assertThat(language(french)).isEqualTo("fr");
    }

    @Test
    void unsupportedLocale_isRefused_notRenderedInEnglishUnawares() {
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");
        assertThatThrownBy(() -> SampleReportTest.pdf(assessment, Locale.forLanguageTag("pl-PL")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'pl'");
    }

    @Test
    void jsonAssessment_isAttachedAsAssociatedDataFile() throws Exception {
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");
        ReportModel model = SampleReportTest.fixedTime(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()));
        byte[] pdf = SampleReportTest.pdf(model);
        try (PdfDocument doc = SampleReportTest.open(pdf)) {
            PdfArray associated = doc.getCatalog().getPdfObject().getAsArray(PdfName.AF);
            assertThat(associated).isNotNull();
            assertThat(associated.size()).isEqualTo(1);
            PdfDictionary spec = associated.getAsDictionary(0);
            assertThat(spec.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("assessment.json");
            assertThat(spec.getAsName(PdfName.AFRelationship)).isEqualTo(PdfName.Data);
            PdfStream file = spec.getAsDictionary(PdfName.EF).getAsStream(PdfName.F);
            assertThat(file.getAsName(PdfName.Subtype).getValue()).isEqualTo("application/json");
            assertThat(file.getBytes()).isEqualTo(new JsonReportRenderer().bytes(model));
            Map<PdfString, PdfObject> embedded = doc.getCatalog().getNameTree(PdfName.EmbeddedFiles).getNames();
            assertThat(embedded).hasSize(1);
        }
    }

    @Test
    void threeHundredFindings_stayReadable_andNoTextLeavesThePage() throws Exception {
        SyntheticReport.Input input = SyntheticReport.of(300);
        ReportModel model = ReportModel.of(input.assessment(), input.catalog(), Policy.defaults(), Locale.ENGLISH);
        long start = System.nanoTime();
        byte[] pdf = SampleReportTest.pdf(model);
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<String> pages = SampleReportTest.pages(pdf);
        assertThat(pages.size()).as("pages of a 300-finding report (rendered in %d ms)", millis).isBetween(40, 400);
        String text = String.join(" ", pages);
        input.assessment().findings().forEach(f -> assertThat(text).contains(f.requirementId()));
        assertThat(text).contains("Page " + pages.size() + " of " + pages.size())
                .contains("…") // long texts are bounded ...
                .doesNotContain(SyntheticReport.LONG_RATIONALE_END) // ... and end before their end
                .contains("rocket ? launch, hospital ??") // glyphs the fonts lack become '?', not .notdef
                .contains("Evidence document 19").doesNotContain("Evidence document 20").contains("(+10)");
        assertThat(SampleReportTest.bookmarks(pdf)).filteredOn(b -> b.startsWith("  Domain ")).hasSize(13);
        assertThat(textOutsideMargins(pdf)).isEmpty();
    }

    @Test
    void charts_areFiguresWhoseAlternativeTextStatesTheNumbers() throws Exception {
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");
        List<String> figures = new ArrayList<>();
        try (PdfDocument doc = SampleReportTest.open(SampleReportTest.pdf(assessment))) {
            collectFigureAlternatives(doc.getStructTreeRoot().getKids(), figures);
        }
        assertThat(figures).hasSize(2);
        var domain = assessment.domainScores().get(0);
        assertThat(figures.get(0)).contains(domain.domain() + " " + domain.score().toString().replace(".0", ""));
        long met = assessment.findings().stream().filter(f -> f.status() == Status.MET).count();
        assertThat(figures.get(1)).contains("Met " + met).contains("Not met ");
    }

    private static void collectFigureAlternatives(List<IStructureNode> nodes, List<String> alternatives) {
        for (IStructureNode node : nodes) {
            if (node instanceof PdfStructElem element) {
                if (PdfName.Figure.equals(element.getRole())) {
                    alternatives.add(element.getAlt().toUnicodeString());
                }
                collectFigureAlternatives(element.getKids(), alternatives);
            }
        }
    }

    /** Text drawn left of the left margin or right of the right margin, e.g. an unbroken token that overflows. */
    static List<String> textOutsideMargins(byte[] pdf) throws Exception {
        List<String> outside = new ArrayList<>();
        try (PdfDocument doc = SampleReportTest.open(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                Rectangle size = doc.getPage(page).getPageSize();
                int number = page;
                IEventListener listener = new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        TextRenderInfo info = (TextRenderInfo) data;
                        Vector from = info.getBaseline().getStartPoint();
                        Vector to = info.getBaseline().getEndPoint();
                        if (from.get(0) < 36 || to.get(0) > size.getWidth() - 36) {
                            outside.add("page " + number + ": " + info.getText());
                        }
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                };
                new PdfCanvasProcessor(listener).processPageContent(doc.getPage(page));
            }
        }
        return outside;
    }

    private static String language(byte[] pdf) throws Exception {
        try (PdfDocument doc = SampleReportTest.open(pdf)) {
            return doc.getCatalog().getLang().toUnicodeString();
        }
    }
}
