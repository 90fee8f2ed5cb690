package org.cyberprocure.report.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Leading;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfua.checkers.PdfUA1Checker;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.VexDocument;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Waiver;
import org.cyberprocure.model.WaiverOutcome;
import org.cyberprocure.report.ReportLabels;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportModel.ContradictionRow;
import org.cyberprocure.report.ReportModel.DomainGaps;
import org.cyberprocure.report.ReportModel.FindingRow;
import org.cyberprocure.report.ReportModel.QuestionRow;
import org.cyberprocure.report.ReportModel.QuestionSection;

/**
 * Lays out a report into a tagged PDF/A-3A + PDF/UA-1 document in one pass. The table of contents needs the page
 * on which each section starts, which is known only after layout; nothing is drawn before the document closes
 * (no immediate flush), so the contents page draws its page numbers then ({@link DeferredPageNumberRenderer}).
 */
final class ReportDocument {
    private static final float MARGIN_X = 42f;
    private static final float MARGIN_TOP = 50f;
    private static final float MARGIN_BOTTOM = 46f;
    /** Line height as a multiple of DejaVu's height (about 1.16 em): iText's 1.35 is airier than a report needs. */
    private static final float LEADING = 1.1f;
    /** Longest vendor or catalog text shown in one cell; the attached JSON keeps it whole. */
    private static final int CELL_TEXT_LIMIT = 2_000;
    /** Format warnings of an SBOM listed in the PDF; the JSON report has them all. */
    private static final int FORMAT_WARNINGS_SHOWN = 10;
    /** Longest text in a header, a label or a short cell. */
    private static final int SHORT_TEXT_LIMIT = 300;
    /** Most evidence references listed for one answer. */
    private static final int EVIDENCE_LIMIT = 20;
    private static final int TOP_GAPS = 5;
    private static final float BODY_SIZE = 9.5f;
    private static final float TABLE_SIZE = 8.5f;
    private static final float SMALL_SIZE = 7.5f;
    /** Laid out in place of a contents page number, which is drawn right-aligned once known. */
    private static final String NO_PAGE = "\u2013";

    /** {@code REMOTE-LOGGED = } in a rationale: a question id and its value. */
    private static final Pattern ANSWER_IN_TEXT = Pattern.compile("\\b([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+) = ");

    /** The sections that start on a new page. */
    private static final java.util.Set<String> STARTS_PAGE = java.util.Set.of("contents", "summary", "register",
            "resolved", "answers");

    /** A section of the report, in reading order; level 1 is a part, level 2 a subsection. */
    record Section(String key, String title, int level) {
    }

    private final ReportModel model;
    private final ReportLabels labels;
    private final Fonts fonts;
    private final Map<String, Integer> pages = new HashMap<>();
    private final List<Section> sections;
    /** Question texts by id, to name the deciding answers in words. */
    private final Map<String, String> questionTexts = new HashMap<>();
    private PdfDocument pdf;
    private Document document;

    ReportDocument(ReportModel model, Fonts fonts) {
        this(model, fonts, PdfReportRenderer.Detail.FULL);
    }

    ReportDocument(ReportModel model, Fonts fonts, PdfReportRenderer.Detail detail) {
        this.model = model;
        this.labels = model.labels();
        this.fonts = fonts;
        this.sections = sections(model, detail);
        model.answers().forEach(s -> s.questions().forEach(q -> questionTexts.put(q.questionId(), q.text())));
    }

    /** The page each section starts on, as laid out by {@link #write}. */
    Map<String, Integer> pages() {
        return Map.copyOf(pages);
    }

    /** Lays out the report and returns the PDF bytes. */
    byte[] write(byte[] assessmentJson, byte[] documentId) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        open(buffer, documentId);
        content();
        outlines();
        headersAndFooters();
        attach(assessmentJson);
        document.close();
        return buffer.toByteArray();
    }

    /**
     * Lays out and draws a few tagged paragraphs and a table into a PDF/A + UA document that is then dropped
     * unfinished: loads and initialises the PDF library's classes and parses the fonts once, so a first report
     * in a fresh JVM starts warm. Nothing is written anywhere.
     */
    static void warmUp() {
        Fonts fonts = Fonts.create();
        PdfADocument pdfA = new FontOrderedPdfADocument(new DeterministicPdfWriter(OutputStream.nullOutputStream(),
                new byte[16]), outputIntent());
        pdfA.getDiContainer().getInstance(ValidationContainer.class).addChecker(new PdfUA1Checker(pdfA));
        pdfA.setTagged();
        pdfA.getCatalog().setLang(new PdfString("en"));
        Document document = new DeferredTagsDocument(pdfA, PageSize.A4);
        document.setFont(fonts.regular()).setFontSize(BODY_SIZE).setFontColor(Palette.TEXT);
        Paragraph heading = new Paragraph("CyberProcure").setFont(fonts.bold()).setFontSize(17);
        heading.getAccessibilityProperties().setRole(StandardRoles.H1);
        document.add(heading);
        Table t = table(30, 70);
        t.addHeaderCell(cell().add(new Paragraph("Requirement").setFont(fonts.bold())));
        t.addHeaderCell(cell().add(new Paragraph("Details").setFont(fonts.bold())));
        for (int row = 0; row < 60; row++) {
            t.addCell(cell().setKeepTogether(true).add(new Paragraph("REQ-" + row).setFont(fonts.bold())));
            t.addCell(cell().add(new Paragraph().add(new Text("Rationale: ").setFont(fonts.bold()))
                    .add("warm-up text that wraps over more than one line of the table's wider column, "
                            + "as the rationale of a finding does")));
        }
        document.add(t);
        document.flush(); // draws; the document is never closed, so no file is finished
    }

    private void open(ByteArrayOutputStream buffer, byte[] documentId) {
        this.pdf = openTagged(buffer, documentId, labels.locale().getLanguage());
        describe(pdf.getDocumentInfo());

        document = new DeferredTagsDocument(pdf, PageSize.A4);
        document.setFont(fonts.regular()).setFontSize(BODY_SIZE).setFontColor(Palette.TEXT);
        document.setProperty(Property.LEADING, new Leading(Leading.MULTIPLIED, LEADING));
        document.setMargins(MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM, MARGIN_X);
    }

    /**
     * A tagged PDF/A-3A document with iText's PDF/UA-1 checks, in a language, that shows its title and outlines:
     * what every report of this package starts from.
     */
    static PdfADocument openTagged(OutputStream buffer, byte[] documentId, String language) {
        PdfADocument pdfA = new FontOrderedPdfADocument(new DeterministicPdfWriter(buffer, documentId),
                outputIntent());
        // PdfADocument checks PDF/A while writing; add iText's PDF/UA-1 checks to the same validation run.
        pdfA.getDiContainer().getInstance(ValidationContainer.class).addChecker(new PdfUA1Checker(pdfA));
        pdfA.setTagged();
        pdfA.getCatalog().setLang(new PdfString(language));
        pdfA.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        pdfA.getCatalog().setPageMode(PdfName.UseOutlines);
        return pdfA;
    }

    private void content() {
        cover();
        for (Section section : sections) {
            // The main parts start a page; the short ones (charts, contradictions, accepted risks, sources,
            // methodology, audit) follow the previous section instead of leaving most of a page empty.
            if (section.level() == 1 && STARTS_PAGE.contains(section.key())) {
                document.add(new AreaBreak());
            }
            document.add(heading(section));
            switch (section.key()) {
                case "contents" -> contents();
                case "summary" -> summary();
                case "charts" -> charts();
                case "register" -> registerIntro();
                case "resolved" -> resolved();
                case "contradictions" -> contradictions();
                case "sources" -> sources();
                case "answers" -> answersIntro();
                case "methodology" -> methodology();
                case "policy" -> policy();
                case "risks" -> acceptedRisks();
                case "audit" -> audit();
                default -> subsection(section.key());
            }
        }
    }

    // ---------------------------------------------------------------- structure

    /** The full report's sections; the summary report has the cover, the summary and the gap register only. */
    private static List<Section> sections(ReportModel model, PdfReportRenderer.Detail detail) {
        ReportLabels l = model.labels();
        boolean full = detail == PdfReportRenderer.Detail.FULL;
        List<Section> sections = new ArrayList<>();
        if (full) {
            sections.add(new Section("contents", l.get("section.contents"), 1));
        }
        sections.add(new Section("summary", l.get("section.summary"), 1));
        if (full) {
            sections.add(new Section("charts", l.get("section.charts"), 1));
        }
        sections.add(new Section("register", l.get("section.register"), 1));
        List<DomainGaps> domains = model.gapsByDomain();
        for (int i = 0; i < domains.size(); i++) {
            DomainScore score = domains.get(i).score();
            sections.add(new Section("register-" + i, l.get("register.domainScore", score.domain(),
                    l.percent(score.score())), 2));
        }
        if (!full) {
            return List.copyOf(sections);
        }
        sections.add(new Section("resolved", l.get("section.resolved"), 1));
        sections.add(new Section("contradictions", l.get("section.contradictions"), 1));
        if (!model.assessment().waivers().isEmpty()) {
            sections.add(new Section("risks", l.get("section.risks"), 1));
        }
        if (model.hasSources()) {
            sections.add(new Section("sources", l.get("section.sources"), 1));
        }
        sections.add(new Section("answers", l.get("section.answers"), 1));
        List<QuestionSection> questions = model.answers();
        for (int i = 0; i < questions.size(); i++) {
            sections.add(new Section("answers-" + i, questions.get(i).name(), 2));
        }
        sections.add(new Section("methodology", l.get("section.methodology"), 1));
        sections.add(new Section("policy", l.get("method.policy"), 2));
        sections.add(new Section("audit", l.get("section.audit"), 1));
        return List.copyOf(sections);
    }

    private void subsection(String key) {
        int index = Integer.parseInt(key.substring(key.indexOf('-') + 1));
        if (key.startsWith("register-")) {
            document.add(gapTable(model.gapsByDomain().get(index).gaps()));
        } else {
            answers(model.answers().get(index));
        }
    }

    // ---------------------------------------------------------------- sections

    private void cover() {
        Assessment a = model.assessment();
        document.add(new Paragraph("CyberProcure").setFont(fonts.bold()).setFontSize(10)
                .setFontColor(Palette.ACCENT).setMarginBottom(28));
        Paragraph title = new Paragraph(model.title()).setFont(fonts.bold()).setFontSize(24).setMarginBottom(6)
                .setDestination("cover");
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        document.add(title);
        document.add(new Paragraph(text(a.vendor().name(), SHORT_TEXT_LIMIT) + " \u2014 "
                + text(a.product().name(), SHORT_TEXT_LIMIT)).setFontSize(14).setMarginBottom(22));

        Color colour = Palette.of(a.decision());
        Div band = new Div().setBackgroundColor(colour).setPadding(14).setMarginBottom(20);
        band.add(new Paragraph(labels.get("fact.decision")).setFontColor(Palette.WHITE).setFontSize(10)
                .setMargin(0));
        band.add(new Paragraph(model.decisionText()).setFont(fonts.bold()).setFontSize(22)
                .setFontColor(Palette.WHITE).setMargin(0).setMarginTop(2));
        band.add(new Paragraph(labels.decisionExplained(a.decision())).setFontColor(Palette.WHITE)
                .setFontSize(10).setMargin(0).setMarginTop(4));
        // Open and partly met knock-outs are named on the cover: they decide what the award depends on.
        if (!model.knockOutsOpen().isEmpty()) {
            band.add(coverLine(labels.get("cover.openKnockOuts", ids(model.knockOutsOpen()))));
        }
        if (!model.knockOutsPartial().isEmpty()) {
            band.add(coverLine(labels.get("cover.partialKnockOuts", ids(model.knockOutsPartial()))));
        }
        band.add(new Paragraph(labels.get("fact.overallScore") + ": " + labels.percent(a.overallScore()))
                .setFont(fonts.bold()).setFontColor(Palette.WHITE).setFontSize(12).setMargin(0).setMarginTop(8));
        document.add(band);

        Table facts = table(30, 70);
        for (ReportModel.Fact fact : model.facts()) {
            facts.addCell(rowHeader(fact.label()));
            Paragraph value = new Paragraph(text(fact.value(), SHORT_TEXT_LIMIT));
            if (fact.label().equals(labels.get("fact.decision"))) {
                value.setFont(fonts.bold()).setFontColor(colour);
            }
            facts.addCell(cell().add(value));
        }
        document.add(facts);
        document.add(note(model.disclaimer()).setMarginTop(24));
        int untranslated = model.untranslated().size();
        if (untranslated > 0) { // a language pack that lacks texts: say so, never mix languages silently
            document.add(note(labels.get("report.untranslated", untranslated)));
        }
    }

    private Paragraph coverLine(String line) {
        return new Paragraph(text(line, SHORT_TEXT_LIMIT)).setFont(fonts.bold()).setFontColor(Palette.WHITE)
                .setFontSize(10).setMargin(0).setMarginTop(4);
    }

    private static String ids(List<FindingRow> rows) {
        return rows.stream().map(r -> r.finding().requirementId()).collect(Collectors.joining(", "));
    }

    private void contents() {
        Table toc = table(88, 12);
        toc.addHeaderCell(headerCell(labels.get("column.section")));
        toc.addHeaderCell(headerCell(labels.get("column.page")).setTextAlignment(TextAlignment.RIGHT));
        for (Section section : sections) {
            // The appendix's question sections are in the bookmarks; listed here they would fill a second page.
            if (section.key().equals("contents") || section.key().startsWith("answers-")) {
                continue;
            }
            String title = text(section.title(), SHORT_TEXT_LIMIT);
            Link link = new Link(title, PdfAction.createGoTo(section.key()));
            link.getLinkAnnotation().setFlags(PdfAnnotation.PRINT);
            link.getLinkAnnotation().setBorder(new PdfArray(new float[] {0, 0, 0}));
            link.getLinkAnnotation().setContents(title);
            link.getAccessibilityProperties().setAlternateDescription(title);
            Paragraph entry = new Paragraph(link);
            if (section.level() == 1) {
                entry.setFont(fonts.bold());
            } else {
                entry.setMarginLeft(14);
            }
            toc.addCell(plainCell().add(entry));
            Text page = new Text(NO_PAGE).setFont(fonts.regular());
            page.setNextRenderer(new DeferredPageNumberRenderer(page, section.key(), pages, fonts.regular()));
            toc.addCell(plainCell().add(new Paragraph(page).setTextAlignment(TextAlignment.RIGHT)));
        }
        document.add(toc);
    }

    private com.itextpdf.layout.element.List knockOutBullets(List<FindingRow> rows) {
        return bullets(rows.stream().map(r -> r.finding().requirementId() + " \u2014 " + r.finding().title() + ": "
                + inWords(r.finding().rationale())).toList());
    }

    private void summary() {
        Assessment a = model.assessment();
        // A waived knock-out of binding law comes before anything else the summary says.
        if (!model.waivedBindingKnockOuts().isEmpty()) {
            document.add(bindingWaiverWarning());
        }
        document.add(subheading(labels.get("summary.why")));
        document.add(new Paragraph().add(new Text(model.decisionText()).setFont(fonts.bold())
                        .setFontColor(Palette.of(a.decision())))
                .add(" \u2014 " + labels.decisionExplained(a.decision())));

        List<FindingRow> knockOuts = model.knockOutsHit();
        document.add(label(labels.get("summary.knockOuts")));
        if (knockOuts.isEmpty()) {
            document.add(new Paragraph(labels.get("summary.noKnockOuts")));
        } else {
            document.add(knockOutBullets(knockOuts));
        }
        // An open or partly met knock-out must never hide behind "no knock-out criterion failed".
        if (!model.knockOutsOpen().isEmpty()) {
            document.add(label(labels.get("summary.openKnockOuts")));
            document.add(knockOutBullets(model.knockOutsOpen()));
        }
        if (!model.knockOutsPartial().isEmpty()) {
            document.add(label(labels.get("summary.partialKnockOuts")));
            document.add(knockOutBullets(model.knockOutsPartial()));
        }
        // Knock-outs are listed above in the report's language; the evaluation's other reasons follow.
        List<String> reasons = model.reasons().stream().filter(r -> !r.startsWith("Knock-out ")).toList();
        if (!reasons.isEmpty()) {
            document.add(label(labels.get("summary.reasons")));
            document.add(bullets(reasons));
        }
        // The rules take a "yes" at its word; a reservation in its comment is for the officer to weigh.
        List<Answer> qualified = a.qualifiedAnswers();
        if (!qualified.isEmpty()) {
            document.add(label(labels.get("summary.qualified", qualified.size())));
            document.add(bullets(qualified.stream().map(q -> q.describe() + " \u2014 \u201c"
                    + text(q.comment(), SHORT_TEXT_LIMIT) + "\u201d").toList()));
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        model.statusCounts().forEach(c -> counts.put(c.status(), c.count()));
        document.add(new Paragraph(labels.get("summary.counts", model.rows().size(), counts.get(Status.MET),
                counts.get(Status.PARTIALLY_MET), counts.get(Status.NOT_MET), counts.get(Status.NOT_ANSWERED),
                counts.get(Status.NOT_APPLICABLE)))
                .setFontColor(Palette.MUTED).setFontSize(TABLE_SIZE));
        if (counts.get(Status.RISK_ACCEPTED) > 0) {
            document.add(new Paragraph(labels.get("summary.riskAccepted", counts.get(Status.RISK_ACCEPTED)))
                    .setFontColor(Palette.MUTED).setFontSize(TABLE_SIZE));
        }

        document.add(subheading(labels.get("summary.domains")));
        document.add(domainTable());
        addNotApplicableDomains();

        document.add(subheading(labels.get("summary.topGaps")));
        List<FindingRow> top = model.mostSevereGaps(TOP_GAPS);
        if (top.isEmpty()) {
            document.add(new Paragraph(labels.get("summary.noGaps")));
        } else {
            Table t = table(47, 17, 16, 20);
            header(t, "column.requirement", "column.status", "column.severity", "column.force");
            for (FindingRow row : top) {
                Finding f = row.finding();
                t.addCell(cell().add(new Paragraph().add(new Text(f.requirementId()).setFont(fonts.bold()))
                        .add(" " + text(f.title(), SHORT_TEXT_LIMIT))));
                t.addCell(cell().add(status(f.status())));
                t.addCell(cell().add(severity(f, false)));
                t.addCell(cell().add(new Paragraph(row.force())));
            }
            document.add(t);
        }

        document.add(subheading(labels.get("summary.scope")));
        if (model.scopeNotes().isEmpty()) {
            document.add(new Paragraph(labels.get("summary.noScope")));
        } else {
            document.add(bullets(model.scopeNotes()));
        }
    }

    /** The domains with a score: those with at least one requirement in scope. */
    private List<DomainScore> scoredDomains() {
        return model.assessment().domainScores().stream().filter(d -> d.score() != null).toList();
    }

    /** The domains without a score (every row out of scope) in one line instead of a row each. */
    private void addNotApplicableDomains() {
        List<String> none = model.assessment().domainScores().stream().filter(d -> d.score() == null)
                .map(d -> text(d.domain(), SHORT_TEXT_LIMIT)).toList();
        if (!none.isEmpty()) {
            document.add(new Paragraph().add(new Text(labels.status(Status.NOT_APPLICABLE) + " (" + none.size()
                    + "): ").setFont(fonts.bold())).add(String.join(", ", none)).setFontSize(TABLE_SIZE)
                    .setFontColor(Palette.MUTED));
        }
    }

    /**
     * Every scored domain's score and counts per status (also the numbers of the domain chart, which has no table
     * of its own).
     */
    private Table domainTable() {
        Table t = table(31, 13, 11.2f, 11.2f, 11.2f, 11.2f, 11.2f);
        header(t, "column.domain", "column.score", "column.met", "column.partial", "column.notMet", "column.open",
                "column.na");
        for (DomainScore d : scoredDomains()) {
            t.addCell(cell().add(new Paragraph(text(d.domain(), SHORT_TEXT_LIMIT))));
            t.addCell(number(labels.percent(d.score())).setFont(fonts.bold()));
            t.addCell(number(String.valueOf(d.met())));
            t.addCell(number(String.valueOf(d.partiallyMet())));
            t.addCell(number(String.valueOf(d.notMet())));
            t.addCell(number(String.valueOf(d.notAnswered())));
            t.addCell(number(String.valueOf(d.notApplicable())));
        }
        return t;
    }

    private void charts() {
        float width = PageSize.A4.getWidth() - 2 * MARGIN_X;
        List<BarChart.Bar> domainBars = new ArrayList<>();
        List<String> domainAlt = new ArrayList<>();
        for (DomainScore d : scoredDomains()) {
            domainBars.add(new BarChart.Bar(text(d.domain(), SHORT_TEXT_LIMIT), d.score(), labels.percent(d.score()),
                    Palette.ACCENT));
            domainAlt.add(d.score() == null ? labels.get("chart.domains.none", d.domain())
                    : labels.get("chart.domains.item", d.domain(), labels.percent(d.score())));
        }
        document.add(subheading(labels.get("chart.domains")));
        document.add(BarChart.draw(pdf, fonts.regular(), domainBars, 100, width,
                v -> labels.percent(v), text(labels.get("chart.domains.alt", String.join("; ", domainAlt)),
                        CELL_TEXT_LIMIT * 4)));

        List<BarChart.Bar> statusBars = new ArrayList<>();
        List<String> statusAlt = new ArrayList<>();
        int max = 1;
        for (ReportModel.StatusCount c : model.statusCounts()) {
            max = Math.max(max, c.count());
        }
        int scale = niceScale(max);
        for (ReportModel.StatusCount c : model.statusCounts()) {
            statusBars.add(new BarChart.Bar(labels.status(c.status()), (double) c.count(),
                    String.valueOf(c.count()), Palette.of(c.status())));
            statusAlt.add(labels.get("chart.status.item", labels.status(c.status()), String.valueOf(c.count())));
        }
        document.add(subheading(labels.get("chart.status")));
        document.add(BarChart.draw(pdf, fonts.regular(), statusBars, scale, width,
                v -> String.valueOf(Math.round(v)), labels.get("chart.status.alt", String.join("; ", statusAlt))));
    }

    /** The smallest multiple of 4 (so that the quarter grid lines fall on whole numbers) at or above max. */
    private static int niceScale(int max) {
        return ((max + 3) / 4) * 4;
    }

    private void registerIntro() {
        document.add(new Paragraph(labels.get("register.intro")));
        if (model.gapsByDomain().isEmpty()) {
            document.add(new Paragraph(labels.get("register.none")).setFont(fonts.bold()));
            return;
        }
        // Each instrument's full title once; the rows cite it by its abbreviation.
        Map<String, String> sources = new java.util.TreeMap<>();
        model.gapsByDomain().forEach(d -> d.gaps().forEach(r -> sources.put(r.finding().citation().instrument(),
                r.finding().citation().title())));
        Paragraph legend = new Paragraph().add(new Text(labels.get("register.source") + ": ").setFont(fonts.bold()))
                .setFontSize(SMALL_SIZE).setFontColor(Palette.MUTED);
        legend.add(sources.entrySet().stream().map(e -> text(e.getKey(), SHORT_TEXT_LIMIT) + " \u2014 "
                + text(e.getValue(), SHORT_TEXT_LIMIT)).collect(Collectors.joining("; ")));
        document.add(legend);
    }

    /**
     * One row per gap across the full width: the requirement, its verdict, severity and force on one line, then
     * the evidence and what to do. A row is never split across pages, so a verdict is always read next to its
     * reasons.
     */
    private Table gapTable(List<FindingRow> gaps) {
        Table t = table(100);
        t.addHeaderCell(headerCell(labels.get("column.requirement") + " \u2014 " + labels.get("register.details")));
        for (FindingRow row : gaps) {
            Finding f = row.finding();
            Paragraph verdict = new Paragraph().add(new Text(f.requirementId() + " ").setFont(fonts.bold()))
                    .add(new Text(text(f.title(), SHORT_TEXT_LIMIT)).setFont(fonts.bold()))
                    .add(" \u00b7 ").add(new Text(labels.status(f.status())).setFont(fonts.bold())
                            .setFontColor(Palette.of(f.status())))
                    .add(" \u00b7 " + labels.get("column.severity") + ": " + labels.severity(f.severity()))
                    .add(" \u00b7 " + row.force());
            if (f.knockOut()) {
                verdict.add(" \u00b7 ").add(new Text(labels.get("register.knockOut")).setFont(fonts.bold())
                        .setFontColor(f.knockOutHit() ? Palette.of(Status.NOT_MET) : Palette.MUTED));
            }
            // The source on the same line; the instrument's full title is in the register's legend.
            Citation source = f.citation();
            verdict.add(" \u00b7 ").add(new Text(labels.get("register.source") + ": ").setFont(fonts.bold()))
                    .add(text(source.instrument() + ", " + source.reference(), SHORT_TEXT_LIMIT));
            Cell detail = cell().setKeepTogether(true).setPaddingLeft(6)
                    .setBorderLeft(new SolidBorder(Palette.of(f.status()), 2.5f));
            detail.add(verdict.setMarginBottom(3));
            detail.add(labelled("register.rationale", inWords(f.rationale())));
            if (!row.answers().isEmpty()) { // "not answered" says already that none was given
                detail.add(labelled("register.answers", decidingAnswers(f)));
            }
            if (!row.remediation().isEmpty()) {
                detail.add(labelled("register.remediation", row.remediation()));
            }
            if (!row.contractClause().isEmpty()) {
                detail.add(labelled("register.clause", row.contractClause()));
            }
            t.addCell(detail);
        }
        return t;
    }

    private void resolved() {
        document.add(new Paragraph(labels.get("resolved.intro")));
        List<FindingRow> met = model.resolved().stream()
                .filter(r -> r.finding().status() != Status.NOT_APPLICABLE).toList();
        // Met rows by domain, each with id and title: why each is met is in the attached JSON; the gaps are what the
        // reader acts on.
        Map<String, List<FindingRow>> byDomain = met.stream().collect(Collectors.groupingBy(r -> r.finding().domain(),
                java.util.LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<FindingRow>> domain : byDomain.entrySet()) {
            Paragraph line = breakAtSpaces(new Paragraph().add(new Text(text(domain.getKey(), SHORT_TEXT_LIMIT)
                    + " (" + domain.getValue().size() + "): ").setFont(fonts.bold())).setFontSize(TABLE_SIZE)
                    .setMarginTop(0).setMarginBottom(3));
            for (int i = 0; i < domain.getValue().size(); i++) {
                Finding f = domain.getValue().get(i).finding();
                line.add(new Text((i == 0 ? "" : " \u00b7 ") + f.requirementId() + " ").setFont(fonts.bold())
                        .setFontColor(Palette.of(Status.MET)));
                line.add(text(f.title(), SHORT_TEXT_LIMIT));
            }
            document.add(line);
        }
        // Rows out of scope share their gate's reason (e.g. 33 CRA rows): the reason once, then the rows, each
        // with what its rule found as a benchmark.
        for (ReportModel.ScopeGroup gate : model.outOfScope()) {
            Div group = new Div().setBorderLeft(new SolidBorder(Palette.MUTED, 1.5f)).setPaddingLeft(8)
                    .setMarginTop(8);
            group.add(new Paragraph().add(new Text(labels.status(Status.NOT_APPLICABLE) + " ("
                            + gate.rows().size() + "): ").setFont(fonts.bold()))
                    .add(text(gate.reason(), CELL_TEXT_LIMIT)).setFontSize(TABLE_SIZE).setMarginBottom(2)
                    .setKeepWithNext(true));
            List<ReportModel.ScopeGroup.Row> plain = gate.rows().stream().filter(r -> r.benchmark().isEmpty()).toList();
            if (!plain.isEmpty()) {
                group.add(breakAtSpaces(new Paragraph(plain.stream().map(r -> r.row().finding().requirementId()
                                + " " + text(r.row().finding().title(), SHORT_TEXT_LIMIT))
                        .collect(Collectors.joining(" \u00b7 "))).setFontSize(SMALL_SIZE).setFontColor(Palette.MUTED)
                        .setMarginBottom(2)));
            }
            if (plain.size() < gate.rows().size()) {
                group.add(new Paragraph(labels.get("finding.benchmarkOnly", "", "").strip()).setFont(fonts.bold())
                        .setFontSize(SMALL_SIZE).setMargin(0).setKeepWithNext(true));
            }
            for (ReportModel.ScopeGroup.Row r : gate.rows()) {
                if (!r.benchmark().isEmpty()) {
                    Finding f = r.row().finding();
                    group.add(new Paragraph().add(new Text(f.requirementId() + " ").setFont(fonts.bold()))
                            .add(text(f.title(), SHORT_TEXT_LIMIT) + ": ")
                            .add(new Text(text(r.benchmark(), CELL_TEXT_LIMIT)).setFontColor(Palette.MUTED))
                            .setFontSize(SMALL_SIZE).setMargin(0).setMarginBottom(1.5f).setKeepTogether(true));
                }
            }
            document.add(group);
        }
    }

    /**
     * The deciding answers with the question in words: {@code “Is every remote session logged …?” (REMOTE-LOGGED):
     * yes}, and the form items a mapped answer came from.
     */
    private String decidingAnswers(Finding f) {
        return f.answers().stream().map(a -> {
            String question = questionTexts.get(a.questionId());
            return (question == null ? "" : "\u201c" + shortText(question) + "\u201d ") + "(" + a.questionId() + "): "
                    + labels.texts().value(a) + (a.mapped() ? " (" + labels.texts().format(a.origin().message()) + ")"
                    : "");
        }).collect(Collectors.joining("; "));
    }

    /**
     * A rationale with each {@code ID = value} of a known question written as the question in words with its
     * id, so that the officer reads what was asked, not only a code.
     */
    private String inWords(String rationale) {
        Matcher m = ANSWER_IN_TEXT.matcher(rationale);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String question = questionTexts.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(question == null ? m.group()
                    : "\u201c" + shortText(question) + "\u201d (" + m.group(1) + "): "));
        }
        return m.appendTail(out).toString();
    }

    /** A question's text cut at a word boundary after about 70 characters. */
    private static String shortText(String question) {
        if (question.length() <= 80) {
            return question;
        }
        int cut = question.lastIndexOf(' ', 70);
        return question.substring(0, cut > 40 ? cut : 70).strip() + " \u2026";
    }

    private void contradictions() {
        document.add(new Paragraph(labels.get("contradictions.intro")));
        if (model.contradictions().isEmpty()) {
            document.add(new Paragraph(labels.get("contradictions.none")).setFont(fonts.bold()));
            return;
        }
        for (ContradictionRow row : model.contradictions()) {
            Div box = new Div().setBorderLeft(new SolidBorder(Palette.of(Status.NOT_MET), 2.5f)).setPaddingLeft(8)
                    .setMarginTop(10).setKeepTogether(true);
            box.add(new Paragraph().add(new Text(row.contradiction().checkId()).setFont(fonts.bold()))
                    .add(" \u2014 " + text(row.contradiction().title(), SHORT_TEXT_LIMIT) + " \u00b7 "
                            + labels.severity(row.contradiction().severity())).setMarginBottom(2));
            box.add(new Paragraph(text(row.contradiction().message(), CELL_TEXT_LIMIT)));
            box.add(label(labels.get("contradictions.answers")));
            // A check on a vendor form itself names the form's items, not questions of the bank.
            box.add(bullets(Stream.concat(row.answers().stream().map(this::describeAnswer),
                    row.contradiction().items().stream().map(this::describeItem)).toList()));
            if (!row.clarify().isEmpty()) {
                box.add(labelled("contradictions.clarify", row.clarify()).setFontSize(BODY_SIZE));
            }
            document.add(box);
        }
    }

    private Div bindingWaiverWarning() {
        Div box = new Div().setBorder(new SolidBorder(Palette.of(Status.NOT_MET), 1.5f)).setPadding(8)
                .setMarginBottom(8).setKeepTogether(true);
        box.add(new Paragraph(labels.get("risks.bindingWarning", model.waivedBindingKnockOuts().size()))
                .setFont(fonts.bold()).setFontColor(Palette.of(Status.NOT_MET)).setMarginTop(0));
        box.add(bullets(model.waivedBindingKnockOuts().stream().map(r -> r.finding().requirementId() + " \u2014 "
                + r.finding().title() + " (" + r.finding().acceptedRisk().waiver().id() + ")").toList()));
        return box;
    }

    /** Gaps accepted under a waiver, with the compensating control; then the waivers that were not applied. */
    private void acceptedRisks() {
        document.add(new Paragraph(labels.get("risks.intro")));
        if (!model.waivedBindingKnockOuts().isEmpty()) {
            document.add(bindingWaiverWarning());
        }
        List<FindingRow> risks = model.acceptedRisks();
        if (risks.isEmpty()) {
            document.add(new Paragraph(labels.get("risks.none")).setFont(fonts.bold()));
        }
        for (FindingRow row : risks) {
            Finding f = row.finding();
            Waiver w = f.acceptedRisk().waiver();
            Div box = new Div().setBorderLeft(new SolidBorder(Palette.of(Status.RISK_ACCEPTED), 2.5f))
                    .setPaddingLeft(8).setMarginTop(10).setKeepTogether(true);
            box.add(new Paragraph().add(new Text(f.requirementId()).setFont(fonts.bold()))
                    .add(" \u2014 " + text(f.title(), SHORT_TEXT_LIMIT) + " \u00b7 " + row.force()).setMarginBottom(2));
            box.add(new Paragraph().add(new Text(labels.get("risks.judged") + ": ").setFont(fonts.bold()))
                    .add(new Text(labels.status(f.acceptedRisk().originalStatus()))
                            .setFontColor(Palette.of(f.acceptedRisk().originalStatus())))
                    .add(" \u2014 " + text(f.rationale(), CELL_TEXT_LIMIT)));
            box.add(new Paragraph().add(new Text(labels.get("risks.waiver") + " " + text(w.id(), 80) + ": ")
                    .setFont(fonts.bold())).add(labels.get("risks.acceptedBy", text(w.acceptedBy(), SHORT_TEXT_LIMIT),
                    labels.texts().date(w.acceptedOn()), labels.texts().date(w.expiresOn()))));
            box.add(labelled("risks.reason", text(w.reason(), CELL_TEXT_LIMIT)).setFontSize(BODY_SIZE));
            box.add(labelled("risks.control", text(w.compensatingControl(), CELL_TEXT_LIMIT)).setFontSize(BODY_SIZE));
            document.add(box);
        }
        List<WaiverOutcome> ignored = model.ignoredWaivers();
        if (!ignored.isEmpty()) {
            document.add(subheading(labels.get("risks.ignored", ignored.size())));
            Table t = table(18, 22, 20, 40);
            header(t, "risks.waiver", "column.requirement", "column.outcome", "column.comment");
            for (WaiverOutcome o : ignored) {
                t.addCell(cell().add(new Paragraph(text(o.waiver().id(), 80)).setFont(fonts.bold())));
                t.addCell(cell().add(new Paragraph(text(o.waiver().requirementId(), 80))));
                t.addCell(cell().add(new Paragraph(labels.get("waiver." + o.outcome().name()))));
                t.addCell(cell().add(new Paragraph(text(o.note(), CELL_TEXT_LIMIT))));
            }
            document.add(t);
        }
    }

    /** How the report was made (time, tool, versions, input digests) and the reviewers' sign-off block. */
    private void audit() {
        AuditPages.auditAndSignOff(document, labels, fonts, model.audit(), model.assessment());
    }

    private String describeItem(FormItem item) {
        return labels.texts().format(item.message()) + (item.note().isEmpty() ? ""
                : " \u2014 \u201c" + item.note() + '\u201d') + " (" + labels.texts().format(item.location().message()) + ")";
    }

    /** Vendor forms the answers were mapped from: what was read, what it cannot evidence, the hospital's tasks. */
    private void sources() {
        document.add(new Paragraph(labels.get("sources.intro")));
        for (ImportedForm form : model.assessment().forms()) {
            document.add(subheading(form.title()));
            long mapped = model.assessment().answers().stream()
                    .filter(a -> a.mapped() && a.origin().form().equals(form.form())).count();
            document.add(new Paragraph(labels.get("sources.form", form.sourceMessage(), form.items().size(), mapped)));
            if (!form.notes().isEmpty()) {
                document.add(label(labels.get("sources.notes")));
                document.add(bullets(form.notes()));
            }
            if (!form.unknown().isEmpty()) {
                document.add(label(labels.get("sources.unknown", form.unknown().size())));
                document.add(bullets(form.unknown().stream().map(this::describeItem).toList()));
            }
        }
        for (SbomEvidence sbom : model.assessment().sboms()) {
            document.add(subheading(labels.get("sources.sbom", sbom.format(), sbom.specVersion())));
            document.add(new Paragraph(labels.get("sources.sbom.read", sbom.source(),
                    sbom.subject().isEmpty() ? "\u2014" : sbom.subject(), sbom.componentCount(),
                    sbom.timestamp().isEmpty() ? "\u2014" : sbom.timestamp())));
            if (sbom.problems().isEmpty()) {
                document.add(new Paragraph(labels.get("sources.sbom.complete")));
            } else {
                document.add(label(labels.get("sources.sbom.problems", sbom.problems().size())));
                document.add(bullets(sbom.problems().stream().map(p -> text(p, CELL_TEXT_LIMIT)).toList()));
            }
            if (!sbom.formatWarnings().isEmpty()) {
                document.add(label(labels.get("sources.sbom.formatWarnings", sbom.formatWarnings().size())));
                document.add(bullets(sbom.formatWarnings().stream().limit(FORMAT_WARNINGS_SHOWN)
                        .map(w -> text(w, CELL_TEXT_LIMIT)).toList()));
            }
        }
        vex();
        if (!model.notEvidenced().isEmpty()) {
            document.add(subheading(labels.get("sources.notEvidenced", model.notEvidenced().size())));
            document.add(new Paragraph(labels.get("sources.notEvidenced.intro")));
            Table t = table(34, 66);
            header(t, "column.requirement", "column.toAsk");
            for (ReportModel.UnevidencedRow row : model.notEvidenced()) {
                Finding f = row.row().finding();
                t.addCell(cell().add(new Paragraph(f.requirementId()).setFont(fonts.bold()))
                        .add(new Paragraph(text(f.title(), SHORT_TEXT_LIMIT)))
                        .add(severity(f, true)));
                Cell ask = cell();
                row.toAsk().forEach(q -> ask.add(new Paragraph().add(new Text(q.questionId()).setFont(fonts.bold()))
                        .add(" " + text(q.text(), CELL_TEXT_LIMIT))));
                t.addCell(ask);
            }
            document.add(t);
        }
        List<FindingRow> tasks = model.hospitalTasks();
        if (!tasks.isEmpty()) {
            document.add(subheading(labels.get("sources.hospital", tasks.size())));
            document.add(new Paragraph(labels.get("sources.hospital.intro")));
            Table t = table(34, 66);
            header(t, "column.requirement", "register.details");
            for (FindingRow row : tasks) {
                Finding f = row.finding();
                t.addCell(cell().add(new Paragraph(f.requirementId()).setFont(fonts.bold()))
                        .add(new Paragraph(text(f.title(), SHORT_TEXT_LIMIT))));
                t.addCell(cell().add(new Paragraph(text(f.rationale(), CELL_TEXT_LIMIT)))
                        .add(labelled("register.answers", decidingAnswers(f))));
            }
            document.add(t);
        }
    }

    private String describeAnswer(QuestionRow q) {
        StringBuilder line = new StringBuilder(q.questionId()).append(" (").append(q.text()).append("): ");
        if (q.answer() == null) {
            return line.append(labels.get("answers.notAnswered")).toString();
        }
        line.append(labels.texts().value(q.answer())); // a coded answer by its label in the report language
        if (!q.answer().comment().isEmpty()) {
            line.append(" \u2014 \u201c").append(q.answer().comment()).append('\u201d');
        }
        return line.toString();
    }

    /** The vendor's VEX statements, per document: vulnerability, what the vendor declares, for which products. */
    private void vex() {
        for (VexDocument vex : model.vex()) {
            document.add(subheading(labels.get("sources.vex", vex.format(), vex.specVersion())));
            document.add(new Paragraph(labels.get("sources.vex.read", vex.source(),
                    vex.publisher().isEmpty() ? "\u2014" : vex.publisher(),
                    vex.issued().isEmpty() ? "\u2014" : vex.issued(), vex.statements().size())));
            if (vex.statements().isEmpty()) {
                continue;
            }
            Table t = table(20, 18, 27, 35);
            header(t, "column.vulnerability", "column.vexStatus", "column.products", "column.vexDetail");
            for (VexDocument.VexStatus status : VexDocument.VexStatus.values()) {
                for (VexDocument.Statement s : vex.statements(status)) {
                    t.addCell(cell().add(new Paragraph(text(s.vulnerability(), SHORT_TEXT_LIMIT))));
                    t.addCell(cell().add(new Paragraph(labels.get("vex." + status.name()))));
                    t.addCell(cell().add(new Paragraph(text(String.join(", ", s.products()), CELL_TEXT_LIMIT))));
                    t.addCell(cell().add(new Paragraph(text((s.justification().isEmpty() ? ""
                            : s.justification() + ". ") + s.detail(), CELL_TEXT_LIMIT))));
                }
            }
            document.add(t);
        }
    }

    private void answersIntro() {
        document.add(new Paragraph(labels.get("answers.intro", model.assessment().profile().id())));
    }

    /** The answered questions in a table; the unanswered ones of the section in one line below it. */
    private void answers(QuestionSection section) {
        List<QuestionRow> answered = section.questions().stream().filter(QuestionRow::answered).toList();
        if (!answered.isEmpty()) {
            document.add(answerTable(answered));
        }
        List<String> open = section.questions().stream().filter(q -> !q.answered())
                .map(QuestionRow::questionId).toList();
        if (!open.isEmpty()) {
            document.add(breakAtSpaces(new Paragraph().add(new Text(labels.get("answers.notAnswered") + " ("
                            + open.size() + "): ").setFont(fonts.bold()).setFontColor(Palette.of(Status.NOT_ANSWERED)))
                    .add(String.join(", ", open)).setFontSize(TABLE_SIZE).setMarginTop(4)));
        }
    }

    /**
     * One entry per question, full width: the id and question, then the answer in bold, the comment and the
     * evidence. A two-column table left most of the answer column empty (answers are mostly one word).
     */
    private Table answerTable(List<QuestionRow> questions) {
        Table t = table(100);
        t.addHeaderCell(headerCell(labels.get("column.question") + " \u2192 " + labels.get("column.answer")));
        for (QuestionRow q : questions) {
            Paragraph entry = new Paragraph().add(new Text(q.questionId() + " ").setFont(fonts.bold()))
                    .add(text(q.text(), CELL_TEXT_LIMIT));
            if (q.mandatory()) {
                entry.add(new Text(" (" + labels.get("answers.mandatory") + ")").setFontColor(Palette.MUTED));
            }
            entry.add(" \u2192 ");
            Answer answer = q.answer();
            Cell cell = cell().setPaddingTop(1.5f).setPaddingBottom(1.5f).setKeepTogether(true).add(entry);
            t.addCell(cell);
            if (answer == null) {
                entry.add(new Text(labels.get("answers.notAnswered")).setFont(fonts.bold())
                        .setFontColor(Palette.of(Status.NOT_ANSWERED)));
                continue;
            }
            entry.add(new Text(text(labels.texts().value(answer), CELL_TEXT_LIMIT)).setFont(fonts.bold()));
            if (!answer.comment().isEmpty()) {
                entry.add(new Text(" \u00b7 " + labels.get("column.comment") + ": ").setFont(fonts.bold()))
                        .add(text(answer.comment(), CELL_TEXT_LIMIT));
            }
            if (!answer.evidence().isEmpty()) {
                String shown = answer.evidence().stream().limit(EVIDENCE_LIMIT).map(e -> text(e, SHORT_TEXT_LIMIT))
                        .collect(Collectors.joining("; "));
                if (answer.evidence().size() > EVIDENCE_LIMIT) {
                    shown += " \u2026 (+" + (answer.evidence().size() - EVIDENCE_LIMIT) + ")";
                }
                entry.add(new Text(" \u00b7 " + labels.get("column.evidence") + ": ").setFont(fonts.bold()))
                        .add(shown);
            }
            if (answer.mapped()) {
                cell.add(new Paragraph(labels.get("answers.origin", answer.origin().message()))
                        .setFontSize(SMALL_SIZE).setFontColor(Palette.MUTED));
            }
        }
        return t;
    }

    private void methodology() {
        for (String paragraph : model.methodology()) {
            int lead = paragraph.indexOf(". ");
            Paragraph p = new Paragraph().setMarginBottom(6);
            if (lead > 0 && lead < 60) {
                p.add(new Text(paragraph.substring(0, lead + 1)).setFont(fonts.bold()))
                        .add(paragraph.substring(lead + 1));
            } else {
                p.add(paragraph);
            }
            document.add(p);
        }
    }

    private void policy() {
        Table t = table(40, 60);
        header(t, "column.item", "column.value");
        for (ReportModel.Fact fact : model.policyFacts()) {
            t.addCell(rowHeader(fact.label()));
            t.addCell(cell().add(new Paragraph(text(fact.value(), CELL_TEXT_LIMIT))));
        }
        document.add(t);
        document.add(note(model.disclaimer()).setMarginTop(18));
    }

    // ---------------------------------------------------------------- navigation, page furniture, attachment

    private void outlines() {
        PdfOutline root = pdf.getOutlines(false);
        root.addOutline(text(model.title(), SHORT_TEXT_LIMIT))
                .addDestination(PdfDestination.makeDestination(new PdfString("cover")));
        PdfOutline parent = root;
        for (Section section : sections) {
            PdfOutline outline = (section.level() == 1 ? root : parent)
                    .addOutline(text(section.title(), SHORT_TEXT_LIMIT));
            outline.addDestination(PdfDestination.makeDestination(new PdfString(section.key())));
            if (section.level() == 1) {
                parent = outline;
                outline.setOpen(false);
            }
        }
    }

    private void headersAndFooters() {
        int total = pdf.getNumberOfPages();
        Assessment a = model.assessment();
        String reference = text(a.questionnaireId(), 60) + " \u00b7 " + a.asOf();
        float right = PageSize.A4.getWidth() - MARGIN_X;
        float headerWidth = right - MARGIN_X - fonts.regular().getWidth(reference, SMALL_SIZE) - 16;
        String header = fit(text(model.title() + " \u2014 " + a.vendor().name(), SHORT_TEXT_LIMIT), headerWidth);
        for (int page = 1; page <= total; page++) {
            if (page > 1) {
                furniture(header, MARGIN_X, PageSize.A4.getHeight() - 32, page, TextAlignment.LEFT);
                furniture(reference, right, PageSize.A4.getHeight() - 32, page, TextAlignment.RIGHT);
            }
            furniture(labels.get("report.footer"), MARGIN_X, 26, page, TextAlignment.LEFT);
            furniture(labels.get("report.page", page, total), right, 26, page, TextAlignment.RIGHT);
        }
    }

    /** Shortens one line of small text with an ellipsis until it fits the width. */
    private String fit(String line, float width) {
        String shorter = line;
        while (shorter.length() > 1 && fonts.regular().getWidth(shorter, SMALL_SIZE) > width) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -2)).stripTrailing() + "\u2026";
        }
        return shorter;
    }

    private void furniture(String content, float x, float y, int page, TextAlignment alignment) {
        Paragraph p = new Paragraph(content).setFontSize(SMALL_SIZE).setFontColor(Palette.MUTED);
        p.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        document.showTextAligned(p, x, y, page, alignment, VerticalAlignment.BOTTOM, 0);
    }

    private void attach(byte[] json) {
        attachJson(pdf, json, labels.get("report.attachment"), "assessment.json", date());
    }

    /** Attaches a JSON document as the PDF/A-3 associated data file. */
    static void attachJson(PdfDocument pdf, byte[] json, String description, String fileName, PdfDate date) {
        PdfDictionary parameters = new PdfDictionary();
        parameters.put(PdfName.ModDate, date.getPdfObject());
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json, description, fileName,
                new PdfName("application/json"), parameters, PdfName.Data);
        pdf.addAssociatedFile(description, spec);
    }

    private void describe(PdfDocumentInfo info) {
        Assessment a = model.assessment();
        info.setTitle(text(model.title() + " \u2014 " + a.vendor().name() + " \u2014 " + a.product().name(),
                SHORT_TEXT_LIMIT));
        info.setSubject(text(a.questionnaireId(), SHORT_TEXT_LIMIT));
        info.setCreator("CyberProcure");
        info.setKeywords(a.profile().id() + ", " + a.decision().name());
        // No clock: the document's dates are the assessment's as-of date, so the same inputs give the same bytes.
        info.setMoreInfo(PdfName.CreationDate.getValue(), date().getPdfObject().getValue());
        info.setMoreInfo(PdfName.ModDate.getValue(), date().getPdfObject().getValue());
    }

    private PdfDate date() {
        return date(model.assessment().asOf());
    }

    /** Midnight UTC of a date: reports carry their as-of date, not the clock, so the bytes repeat. */
    static PdfDate date(LocalDate asOf) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth());
        return new PdfDate(calendar);
    }

    static PdfOutputIntent outputIntent() {
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(srgb));
    }

    // ---------------------------------------------------------------- building blocks

    private Paragraph heading(Section section) {
        Paragraph p = new Paragraph(text(section.title(), SHORT_TEXT_LIMIT)).setFont(fonts.bold())
                .setFontColor(section.level() == 1 ? Palette.ACCENT : Palette.TEXT)
                .setFontSize(section.level() == 1 ? 17 : 12.5f)
                .setMarginTop(section.level() == 2 ? 14 : STARTS_PAGE.contains(section.key()) ? 0 : 22)
                .setMarginBottom(section.level() == 1 ? 10 : 5)
                .setKeepWithNext(true)
                .setDestination(section.key());
        p.getAccessibilityProperties().setRole(section.level() == 1 ? StandardRoles.H1 : StandardRoles.H2);
        p.setNextRenderer(new PageTrackingRenderer(p, section.key(), pages));
        return p;
    }

    private Paragraph subheading(String title) {
        Paragraph p = new Paragraph(title).setFont(fonts.bold()).setFontSize(12.5f).setMarginTop(14)
                .setMarginBottom(5).setKeepWithNext(true);
        p.getAccessibilityProperties().setRole(StandardRoles.H2);
        return p;
    }

    /** Lines of requirement or question ids break between words only, never inside an id such as GDPR-44. */
    private static Paragraph breakAtSpaces(Paragraph paragraph) {
        return paragraph.setSplitCharacters((glyphs, position) -> glyphs.get(position).getUnicode() == ' ');
    }

    private Paragraph label(String text) {
        return new Paragraph(text).setFont(fonts.bold()).setMarginTop(6).setMarginBottom(2).setKeepWithNext(true);
    }

    private Paragraph labelled(String labelKey, String value) {
        return new Paragraph().add(new Text(labels.get(labelKey) + ": ").setFont(fonts.bold()))
                .add(text(value, CELL_TEXT_LIMIT)).setMarginBottom(2);
    }

    private com.itextpdf.layout.element.List bullets(List<String> items) {
        com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List().setListSymbol("\u2022")
                .setSymbolIndent(6).setMarginLeft(4);
        for (String item : items) {
            list.add(new ListItem(text(item, CELL_TEXT_LIMIT)));
        }
        return list;
    }

    private Div note(String content) {
        return new Div().setBackgroundColor(Palette.NOTE_BACKGROUND).setBorder(new SolidBorder(Palette.RULE, 0.5f))
                .setPadding(8).add(new Paragraph(content).setFontSize(TABLE_SIZE).setMargin(0));
    }

    private Paragraph status(Status status) {
        return new Paragraph(labels.status(status)).setFont(fonts.bold()).setFontColor(Palette.of(status));
    }

    private Paragraph severity(Finding f, boolean labelled) {
        Paragraph p = new Paragraph((labelled ? labels.get("column.severity") + ": " : "")
                + labels.severity(f.severity()));
        if (f.knockOut()) {
            p.add(new Text("\n" + labels.get("register.knockOut")).setFont(fonts.bold())
                    .setFontColor(f.knockOutHit() ? Palette.of(Status.NOT_MET) : Palette.MUTED));
        }
        return p;
    }

    static Table table(float... percentages) {
        return new Table(UnitValue.createPercentArray(percentages)).useAllAvailableWidth().setFixedLayout()
                .setFontSize(TABLE_SIZE)
                .setMarginTop(2).setMarginBottom(6);
    }

    private void header(Table table, String... labelKeys) {
        for (String key : labelKeys) {
            table.addHeaderCell(headerCell(labels.get(key)));
        }
    }

    private Cell headerCell(String text) {
        Cell cell = cell().setBackgroundColor(Palette.HEADER_BACKGROUND)
                .add(new Paragraph(text).setFont(fonts.bold()));
        cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                .addEnumAttribute("Scope", "Column"));
        return cell;
    }

    private Cell rowHeader(String text) {
        Cell cell = cell().add(new Paragraph(text(text, SHORT_TEXT_LIMIT)).setFont(fonts.bold()));
        cell.getAccessibilityProperties().setRole(StandardRoles.TH);
        cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                .addEnumAttribute("Scope", "Row"));
        return cell;
    }

    static Cell cell() {
        return new TightCell().setPadding(3.5f).setBorder(new SolidBorder(Palette.RULE, 0.5f));
    }

    /**
     * A table cell whose paragraphs keep only a small gap between them: iText's default of 4 pt above and below
     * every paragraph adds up to about three lines per register row. Margins a paragraph sets itself are kept.
     */
    static final class TightCell extends Cell {
        @Override
        public Cell add(com.itextpdf.layout.element.IBlockElement element) {
            if (element instanceof Paragraph p) {
                if (!p.hasOwnProperty(Property.MARGIN_TOP)) {
                    p.setMarginTop(0);
                }
                if (!p.hasOwnProperty(Property.MARGIN_BOTTOM)) {
                    p.setMarginBottom(1.5f);
                }
            }
            return super.add(element);
        }
    }

    private static Cell plainCell() {
        return new Cell().setPadding(2.5f).setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(Palette.RULE, 0.3f));
    }

    private Cell number(String value) {
        return cell().add(new Paragraph(value).setTextAlignment(TextAlignment.RIGHT));
    }

    /** Vendor or catalog text made safe to show: cleaned, bounded and limited to glyphs the fonts have. */
    private String text(String value, int limit) {
        return fonts.printable(SafeText.clean(value == null ? "" : value, limit));
    }

    /**
     * A PDF/A-3A document that writes its fonts in the order they were created. iText keeps a document's fonts in
     * a hash map whose keys hash with a per-JVM document counter, so its own order differs from one report to
     * the next, and with it the object numbers: the bytes would not repeat.
     */
    static final class FontOrderedPdfADocument extends PdfADocument {
        FontOrderedPdfADocument(PdfWriter writer, PdfOutputIntent intent) {
            super(writer, PdfAConformance.PDF_A_3A, intent);
        }

        @Override
        protected void flushFonts() {
            getDocumentFonts().stream()
                    .sorted(Comparator.comparingInt(f -> f.getPdfObject().getIndirectReference().getObjNumber()))
                    .forEach(PdfFont::flush);
            super.flushFonts(); // finds them flushed
        }
    }

    /**
     * Records the page a heading is laid out on, for the table of contents. Layout, not drawing: drawing happens
     * only when the file is finished, after all layout. The last layout wins, as a heading kept with the next
     * element is laid out again on the next page.
     */
    private static final class PageTrackingRenderer extends ParagraphRenderer {
        private final String key;
        private final Map<String, Integer> pages;

        PageTrackingRenderer(Paragraph paragraph, String key, Map<String, Integer> pages) {
            super(paragraph);
            this.key = key;
            this.pages = pages;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new PageTrackingRenderer((Paragraph) modelElement, key, pages);
        }

        @Override
        public LayoutResult layout(LayoutContext context) {
            LayoutResult result = super.layout(context);
            if (result.getStatus() == LayoutResult.FULL && result.getOccupiedArea() != null) {
                pages.put(key, result.getOccupiedArea().getPageNumber());
            }
            return result;
        }
    }

    /**
     * A contents page number, laid out as a placeholder and drawn when the document closes, by which time every
     * section has been laid out and its page recorded. The number is shifted so that its right edge stays where
     * the right-aligned placeholder's was. Drawing is still done by iText, so the number is tagged as real text.
     */
    private static final class DeferredPageNumberRenderer extends TextRenderer {
        private final String key;
        private final Map<String, Integer> pages;
        private final PdfFont font;

        DeferredPageNumberRenderer(Text text, String key, Map<String, Integer> pages, PdfFont font) {
            super(text);
            this.key = key;
            this.pages = pages;
            this.font = font;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new DeferredPageNumberRenderer((Text) modelElement, key, pages, font);
        }

        @Override
        public void draw(DrawContext context) {
            Integer page = pages.get(key);
            String number = page == null ? NO_PAGE : String.valueOf(page);
            float size = getPropertyAsUnitValue(Property.FONT_SIZE).getValue();
            float shift = font.getWidth(NO_PAGE, size) - font.getWidth(number, size);
            GlyphLine glyphs = font.createGlyphLine(number);
            text = glyphs;
            line = glyphs;
            move(shift, 0);
            super.draw(context);
        }
    }
}
