package org.cyberprocure.report.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportRenderer;

/**
 * The PDF gap report (iText 9). Text is set in an embedded, subset DejaVu Sans, which covers the Latin, Greek
 * and Cyrillic scripts of every EU official language. Vendor text is cleaned of control and bidi-override
 * characters and bounded, so a long answer wraps instead of overflowing.
 */
public final class PdfReportRenderer implements ReportRenderer {
    private static final String FONTS = "/org/cyberprocure/report/pdf/fonts/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    /** Longest vendor-supplied text shown in one cell; the JSON report keeps it whole. */
    private static final int CELL_TEXT_LIMIT = 2_000;

    private static final Color HEADER_BACKGROUND = new DeviceRgb(0xE8, 0xEC, 0xF1);
    private static final Map<Decision, Color> DECISION_COLOURS = Map.of(
            Decision.ACCEPT, new DeviceRgb(0x1B, 0x7F, 0x3B),
            Decision.ACCEPT_WITH_CONDITIONS, new DeviceRgb(0xB2, 0x6B, 0x00),
            Decision.REJECT, new DeviceRgb(0xB0, 0x1E, 0x1E),
            Decision.INCOMPLETE, new DeviceRgb(0x55, 0x55, 0x55));
    private static final Map<Status, Color> STATUS_COLOURS = Map.of(
            Status.MET, new DeviceRgb(0x1B, 0x7F, 0x3B),
            Status.PARTIALLY_MET, new DeviceRgb(0xB2, 0x6B, 0x00),
            Status.NOT_MET, new DeviceRgb(0xB0, 0x1E, 0x1E),
            Status.NOT_ANSWERED, new DeviceRgb(0x55, 0x55, 0x55),
            Status.NOT_APPLICABLE, new DeviceRgb(0x55, 0x55, 0x55));

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
             Document document = new Document(pdf, PageSize.A4, false)) {
            PdfFont regular = PdfFontFactory.createFont(REGULAR, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(BOLD, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            pdf.getDocumentInfo().setTitle(model.title() + " — " + model.assessment().vendor().name());
            pdf.getDocumentInfo().setCreator("CyberProcure");
            document.setFont(regular).setFontSize(9.5f);
            document.setMargins(48, 40, 56, 40);

            cover(model, document, bold);
            document.add(new AreaBreak());
            findings(model, document, bold);
            pageFooters(pdf, document, regular);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(ReportModel model, Document document, PdfFont bold) {
        document.add(new Paragraph(model.title()).setFont(bold).setFontSize(22).setMarginBottom(4));
        document.add(new Paragraph(clean(model.assessment().vendor().name()) + " — "
                + clean(model.assessment().product().name())).setFontSize(13).setMarginBottom(16));

        Table facts = new Table(UnitValue.createPercentArray(new float[] {28, 72})).useAllAvailableWidth();
        for (ReportModel.Fact fact : model.facts()) {
            facts.addCell(new Cell().add(new Paragraph(fact.label()).setFont(bold)));
            Paragraph value = new Paragraph(clean(fact.value()));
            if (fact.label().equals("Decision")) {
                value.setFont(bold).setFontColor(DECISION_COLOURS.get(model.assessment().decision()));
            }
            facts.addCell(new Cell().add(value));
        }
        document.add(facts);

        heading(document, bold, "Why this decision");
        model.reasons().forEach(r -> document.add(new Paragraph("• " + clean(r))));
        if (!model.scopeNotes().isEmpty()) {
            heading(document, bold, "Scope");
            model.scopeNotes().forEach(n -> document.add(new Paragraph("• " + clean(n))));
        }
        heading(document, bold, "Scores per domain");
        Table scores = new Table(UnitValue.createPercentArray(new float[] {40, 12, 12, 12, 12, 12}))
                .useAllAvailableWidth();
        for (String h : new String[] {"Domain", "Score", "Met", "Partial", "Not met", "Open / N/A"}) {
            scores.addHeaderCell(headerCell(h, bold));
        }
        for (DomainScore d : model.assessment().domainScores()) {
            scores.addCell(d.domain());
            scores.addCell(d.score() == null ? "n/a" : d.score() + " %");
            scores.addCell(String.valueOf(d.met()));
            scores.addCell(String.valueOf(d.partiallyMet()));
            scores.addCell(String.valueOf(d.notMet()));
            scores.addCell(d.notAnswered() + " / " + d.notApplicable());
        }
        document.add(scores);
        document.add(new Paragraph(model.disclaimer()).setFontSize(8).setMarginTop(18));
    }

    private static void findings(ReportModel model, Document document, PdfFont bold) {
        document.add(new Paragraph("Findings").setFont(bold).setFontSize(15).setMarginBottom(6));
        Table table = new Table(UnitValue.createPercentArray(new float[] {22, 13, 14, 51})).useAllAvailableWidth();
        for (String h : new String[] {"Requirement", "Status", "Legal force", "Source, rationale and deciding answers"}) {
            table.addHeaderCell(headerCell(h, bold));
        }
        for (ReportModel.FindingRow row : model.rows()) {
            var f = row.finding();
            table.addCell(new Cell().add(new Paragraph(f.requirementId()).setFont(bold))
                    .add(new Paragraph(f.title()))
                    .add(new Paragraph(f.severity() + (f.knockOut() ? " · knock-out" : "")).setFontSize(8)));
            table.addCell(new Cell().add(new Paragraph(f.status().name().replace('_', ' '))
                    .setFont(bold).setFontColor(STATUS_COLOURS.get(f.status()))));
            table.addCell(f.legalForce().name().replace('_', ' '));
            Cell detail = new Cell()
                    .add(new Paragraph(clean(row.citation())).setFontSize(8))
                    .add(new Paragraph(clean(f.rationale())));
            if (!row.answers().isEmpty()) {
                detail.add(new Paragraph().add(new Text("Answers: ").setFont(bold)).add(clean(row.answers()))
                        .setFontSize(8));
            }
            if (!row.remediation().isEmpty()) {
                detail.add(new Paragraph().add(new Text("To close the gap: ").setFont(bold))
                        .add(clean(row.remediation())).setFontSize(8));
            }
            table.addCell(detail);
        }
        document.add(table);
    }

    private static void pageFooters(PdfDocument pdf, Document document, PdfFont regular) {
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            document.showTextAligned(new Paragraph("CyberProcure — decision support, not legal advice")
                            .setFont(regular).setFontSize(7.5f),
                    40, 28, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
            document.showTextAligned(new Paragraph("Page " + page + " of " + pages)
                            .setFont(regular).setFontSize(7.5f),
                    size.getWidth() - 40, 28, page, TextAlignment.RIGHT, VerticalAlignment.BOTTOM, 0);
        }
    }

    private static void heading(Document document, PdfFont bold, String text) {
        document.add(new Paragraph(text).setFont(bold).setFontSize(12).setMarginTop(14).setMarginBottom(4));
    }

    private static Cell headerCell(String text, PdfFont bold) {
        return new Cell().add(new Paragraph(text).setFont(bold)).setBackgroundColor(HEADER_BACKGROUND);
    }

    private static String clean(String vendorText) {
        return SafeText.clean(vendorText, CELL_TEXT_LIMIT);
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new ConfigurationException("font " + name + " missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read font " + name, e);
        }
    }
}
