package org.cyberprocure.report.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.pdfua.checkers.PdfUA1Checker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.ReportLabels;
import org.cyberprocure.tender.AssessmentDiff;
import org.cyberprocure.tender.DiffReport;

/**
 * A short PDF of a resubmission comparison ({@link AssessmentDiff}): both decisions and scores, every requirement
 * whose status changed with its cause and the answers that changed, the conditions of award now satisfied, new gaps,
 * contradictions opened and closed, then the audit record and the sign-off block. Like the gap report it conforms
 * to PDF/A-3A and PDF/UA-1, carries its JSON ({@link DiffReport#json}) as an associated file, and is byte-identical
 * for the same diff, audit record and language.
 */
public final class DiffPdfRenderer {
    private static final String LAYOUT_VERSION = "cyberprocure-diff-pdf/2";
    private static final int LIMIT = 2_000;

    private final ReportLabels labels;

    /**
     * In a bundled language of the library's labels (English, German, French, Italian); requirement and
     * contradiction titles stay as the assessments recorded them. Prefer {@link #DiffPdfRenderer(Texts)}.
     *
     * @throws org.cyberprocure.ConfigurationException when the language is not bundled
     */
    public DiffPdfRenderer(Locale locale) {
        this.labels = ReportLabels.of(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * In the language of the given texts, e.g. {@code catalog.translations().texts(locale)} (possibly with a
     * language pack): labels, notes, requirement and contradiction titles and answer-code meanings in that language.
     */
    public DiffPdfRenderer(Texts texts) {
        this.labels = ReportLabels.of(texts);
    }

    /**
     * Writes the PDF.
     *
     * @param diff     the comparison
     * @param current  the current assessment (its versions are stated in the audit record)
     * @param audit    when and from which files
     * @param out      where to; not closed
     */
    public void render(AssessmentDiff diff, Assessment current, AuditRecord audit, OutputStream out) {
        byte[] json = DiffReport.json(diff, audit);
        byte[] id = documentId(json, labels.locale());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Fonts fonts = Fonts.create();
        ReportDocument.FontOrderedPdfADocument pdf = new ReportDocument.FontOrderedPdfADocument(
                new DeterministicPdfWriter(buffer, id), ReportDocument.outputIntent());
        pdf.getDiContainer().getInstance(ValidationContainer.class).addChecker(new PdfUA1Checker(pdf));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(labels.locale().getLanguage()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        String title = labels.get("diff.title") + " \u2014 " + clean(diff.current().vendor(), fonts);
        describe(pdf.getDocumentInfo(), title, diff, audit);
        Document document = new DeferredTagsDocument(pdf, PageSize.A4);
        document.setFont(fonts.regular()).setFontSize(9.5f).setFontColor(Palette.TEXT);
        document.setMargins(50, 42, 50, 42);
        new Layout(document, labels, fonts, diff).write(title);
        AuditPages.auditAndSignOff(document, labels, fonts, audit, current);
        PdfDictionary parameters = new PdfDictionary();
        parameters.put(PdfName.ModDate, date(audit).getPdfObject());
        pdf.addAssociatedFile(labels.get("report.attachment"), PdfFileSpec.createEmbeddedFileSpec(pdf, json,
                labels.get("report.attachment"), "diff.json", new PdfName("application/json"), parameters,
                PdfName.Data));
        document.close();
        try {
            out.write(buffer.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(PdfDocumentInfo info, String title, AssessmentDiff diff, AuditRecord audit) {
        info.setTitle(title);
        info.setSubject(diff.previous().questionnaireId() + " \u2192 " + diff.current().questionnaireId());
        info.setCreator(audit.tool() + " " + audit.toolVersion());
        // The generation time of the audit record: fixed by SOURCE_DATE_EPOCH for reproducible files.
        info.setMoreInfo(PdfName.CreationDate.getValue(), date(audit).getPdfObject().getValue());
        info.setMoreInfo(PdfName.ModDate.getValue(), date(audit).getPdfObject().getValue());
    }

    private static PdfDate date(AuditRecord audit) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(audit.generatedAt().toEpochMilli());
        return new PdfDate(calendar);
    }

    private static byte[] documentId(byte[] json, Locale language) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LAYOUT_VERSION.getBytes(StandardCharsets.US_ASCII));
            sha.update(language.getLanguage().getBytes(StandardCharsets.US_ASCII));
            sha.update(json);
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String clean(String text, Fonts fonts) {
        return fonts.printable(SafeText.clean(text == null ? "" : text, LIMIT));
    }

    /** The body of the comparison. */
    private record Layout(Document document, ReportLabels labels, Fonts fonts, AssessmentDiff diff) {

        void write(String title) {
            Paragraph h1 = new Paragraph(title).setFont(fonts.bold()).setFontSize(17).setFontColor(Palette.ACCENT)
                    .setMarginBottom(8);
            h1.getAccessibilityProperties().setRole(StandardRoles.H1);
            document.add(h1);
            document.add(new Paragraph(labels.get("report.disclaimer")).setFontSize(7.5f).setFontColor(Palette.MUTED));
            summary();
            changes();
            list(labels.get("diff.conditionsMet", diff.conditionsSatisfied().size()), diff.conditionsSatisfied());
            list(labels.get("diff.newGaps", diff.newGaps().size()), diff.newGaps());
            list(labels.get("diff.contradictionsNew", diff.newContradictions().size()), diff.newContradictions()
                    .stream().map(c -> c.checkId() + " \u2014 " + labels.checkTitle(c.checkId(), c.title())).toList());
            list(labels.get("diff.contradictionsClosed", diff.closedContradictions().size()),
                    diff.closedContradictions().stream().map(c -> c.checkId() + " \u2014 "
                            + labels.checkTitle(c.checkId(), c.title())).toList());
            Paragraph audit = AuditPages.subheading(labels.get("section.audit"), fonts).setFontSize(14)
                    .setFontColor(Palette.ACCENT);
            audit.getAccessibilityProperties().setRole(StandardRoles.H1);
            document.add(audit);
        }

        private void summary() {
            document.add(AuditPages.subheading(labels.get("diff.summary"), fonts));
            Table t = AuditPages.table(28, 36, 36);
            AuditPages.header(t, fonts, labels.get("column.item"), labels.get("diff.previous"),
                    labels.get("diff.current"));
            AssessmentDiff.Side p = diff.previous();
            AssessmentDiff.Side c = diff.current();
            row(t, labels.get("fact.questionnaire"), p.questionnaireId(), c.questionnaireId());
            row(t, labels.get("fact.vendor"), p.vendor(), c.vendor());
            row(t, labels.get("fact.product"), p.product(), c.product());
            row(t, labels.get("fact.asOf"), date(p.asOf()), date(c.asOf()));
            row(t, labels.get("fact.catalog"), p.catalogVersion(), c.catalogVersion());
            row(t, labels.get("fact.rulePack"), p.rulePack(), c.rulePack());
            row(t, labels.get("fact.policy"), p.policy(), c.policy());
            row(t, labels.get("diff.decision"), labels.decision(p.decision()), labels.decision(c.decision()));
            row(t, labels.get("diff.score"), labels.percent(p.score()), labels.percent(c.score()));
            document.add(t);
            if (!diff.notes().isEmpty()) {
                Div box = new Div().setBackgroundColor(Palette.NOTE_BACKGROUND)
                        .setBorder(new SolidBorder(Palette.RULE, 0.5f)).setPadding(6);
                diff.noteMessages().forEach(n -> box.add(new Paragraph(clean(labels.texts().format(n), fonts))
                        .setFontSize(8.5f).setMargin(0)));
                document.add(box);
            }
        }

        private void changes() {
            document.add(AuditPages.subheading(labels.get("diff.changes", diff.changes().size()), fonts));
            if (diff.changes().isEmpty()) {
                document.add(new Paragraph(labels.get("diff.noChanges")));
                return;
            }
            Table t = AuditPages.table(30, 24, 18, 28);
            AuditPages.header(t, fonts, labels.get("column.requirement"), labels.get("column.status"),
                    labels.get("diff.cause"), labels.get("diff.answers"));
            for (AssessmentDiff.RequirementChange change : diff.changes()) {
                Cell id = AuditPages.cell().add(new Paragraph().add(new Text(change.requirementId())
                        .setFont(fonts.bold())).add(" " + clean(labels.requirementTitle(change.requirementId(), change.title()),
                        fonts)));
                id.getAccessibilityProperties().setRole(StandardRoles.TH);
                id.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                        .addEnumAttribute("Scope", "Row"));
                t.addCell(id);
                Paragraph status = new Paragraph();
                status(status, change.before());
                status.add(" \u2192 ");
                status(status, change.after());
                t.addCell(AuditPages.cell().add(status));
                Paragraph cause = new Paragraph(labels.get("diff.cause." + change.cause().name()));
                if (!change.vendorsChange()) {
                    cause.setFont(fonts.bold());
                }
                t.addCell(AuditPages.cell().add(cause));
                Cell answers = AuditPages.cell();
                if (change.answers().isEmpty()) {
                    answers.add(new Paragraph(labels.get("diff.none")).setFontColor(Palette.MUTED));
                }
                change.answers().forEach(a -> answers.add(new Paragraph(clean(DiffReport.describe(a, labels), fonts))
                        .setFontSize(7.5f)));
                t.addCell(answers);
            }
            document.add(t);
        }

        /** An ISO date in the report's language. */
        private String date(String iso) {
            try {
                return labels.texts().date(java.time.LocalDate.parse(iso));
            } catch (java.time.format.DateTimeParseException e) {
                return iso;
            }
        }

        private void status(Paragraph p, Status status) {
            if (status == null) {
                p.add(new Text("\u2014"));
            } else {
                p.add(new Text(labels.status(status)).setFont(fonts.bold()).setFontColor(Palette.of(status)));
            }
        }

        private void row(Table t, String label, String before, String after) {
            Cell header = AuditPages.cell().add(new Paragraph(label).setFont(fonts.bold()));
            header.getAccessibilityProperties().setRole(StandardRoles.TH);
            header.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                    .addEnumAttribute("Scope", "Row"));
            t.addCell(header);
            boolean changed = !java.util.Objects.equals(before, after);
            t.addCell(AuditPages.cell().add(new Paragraph(clean(before, fonts))));
            Paragraph now = new Paragraph(clean(after, fonts));
            t.addCell(AuditPages.cell().add(changed ? now.setFont(fonts.bold()) : now));
        }

        private void list(String title, List<String> items) {
            document.add(AuditPages.subheading(title, fonts));
            if (items.isEmpty()) {
                document.add(new Paragraph(labels.get("diff.none")).setFontColor(Palette.MUTED));
                return;
            }
            com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List().setListSymbol("\u2022")
                    .setSymbolIndent(6).setMarginLeft(4);
            items.forEach(i -> list.add(new ListItem(clean(i, fonts))));
            document.add(list);
        }
    }
}
