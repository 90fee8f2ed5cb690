package org.cyberprocure.report.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportLabels;
import org.cyberprocure.tender.MatrixDomain;
import org.cyberprocure.tender.Offer;
import org.cyberprocure.tender.RankingRow;
import org.cyberprocure.tender.Sensitivity;
import org.cyberprocure.tender.TenderComparison;
import org.cyberprocure.tender.Variation;

/**
 * Lays out a {@link TenderComparison} on the gap report's foundations (tagged PDF/A-3A + PDF/UA-1 document, fonts,
 * palette, bar charts, deferred tags). The matrix goes on landscape pages; with many offers its offer columns are
 * split over several tables, each repeating the requirement column, so a cell never gets too narrow to read.
 */
final class ComparisonDocument {
    private static final float MARGIN_X = 42f;
    private static final float MARGIN_TOP = 58f;
    private static final float MARGIN_BOTTOM = 56f;
    private static final float BODY_SIZE = 9.5f;
    private static final float TABLE_SIZE = 8.5f;
    private static final float SMALL_SIZE = 7f;
    private static final int SHORT_TEXT_LIMIT = 300;
    /** Offer columns per matrix table on a landscape page: about 58 pt each, enough for "Partially met". */
    static final int MATRIX_OFFERS_PER_TABLE = 10;
    /** Requirement column of the matrix, in points. */
    private static final float MATRIX_REQUIREMENT_WIDTH = 190f;
    /** Offer columns per domain-score table on a portrait page. */
    private static final int DOMAIN_OFFERS_PER_TABLE = 8;
    /** Offers per domain chart: beyond this the bars stop being comparable at a glance; the table has all. */
    private static final int CHART_OFFERS = 8;
    /** Pairs listed in the PDF; the JSON and CSV have all. */
    private static final int FLIP_ROWS = 25;

    private record Section(String key, String title) {
    }

    private final TenderComparison comparison;
    private final ReportLabels labels;
    private final Fonts fonts;
    private final List<Section> sections = new ArrayList<>();
    private PdfDocument pdf;
    private Document document;

    ComparisonDocument(TenderComparison comparison, ReportLabels labels, Fonts fonts) {
        this.comparison = comparison;
        this.labels = labels;
        this.fonts = fonts;
    }

    byte[] write(byte[] json, byte[] documentId) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        pdf = ReportDocument.openTagged(buffer, documentId, labels.locale().getLanguage());
        describe(pdf.getDocumentInfo());
        document = new DeferredTagsDocument(pdf, PageSize.A4);
        document.setFont(fonts.regular()).setFontSize(BODY_SIZE).setFontColor(Palette.TEXT);
        document.setMargins(MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM, MARGIN_X);

        overview();
        ranking();
        matrix();
        domainScores();
        sensitivity();
        inputs();

        outlines();
        furniture();
        ReportDocument.attachJson(pdf, json, labels.get("compare.attachment"), "comparison.json", date());
        document.close();
        return buffer.toByteArray();
    }

    // ---------------------------------------------------------------- sections

    private void overview() {
        document.add(new Paragraph("CyberProcure").setFont(fonts.bold()).setFontSize(10)
                .setFontColor(Palette.ACCENT).setMarginBottom(18));
        Paragraph title = new Paragraph(labels.get("compare.title")).setFont(fonts.bold()).setFontSize(22)
                .setMarginBottom(4).setDestination("cover");
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        document.add(title);
        document.add(new Paragraph(lot()).setFontSize(13).setMarginBottom(14));

        Table facts = ReportDocument.table(30, 70);
        fact(facts, labels.get("fact.profile"), comparison.profile() == null ? "\u2013" : comparison.profile().id());
        fact(facts, labels.get("fact.policy"), comparison.policy());
        fact(facts, labels.get("fact.catalog"), comparison.catalogVersion());
        Map<Offer.Fate, Long> fates = comparison.inputs().stream()
                .collect(Collectors.groupingBy(Offer::fate, Collectors.counting()));
        fact(facts, labels.get("compare.fact.inputs"), labels.get("compare.fact.inputsValue",
                comparison.inputs().size(), fates.getOrDefault(Offer.Fate.EVALUATED, 0L),
                fates.getOrDefault(Offer.Fate.INVALID, 0L), fates.getOrDefault(Offer.Fate.NOT_READ, 0L)));
        fact(facts, labels.get("compare.fact.asOf"), comparison.ranking().stream().map(r -> String.valueOf(r.asOf()))
                .distinct().sorted().collect(Collectors.joining(", ")));
        document.add(facts);
        if (!comparison.ranking().isEmpty()) {
            document.add(verdict().setMarginTop(10));
        }
        document.add(note(labels.get("report.disclaimer")).setMarginTop(10));
    }

    private void ranking() {
        heading("ranking", labels.get("compare.section.ranking"), false);
        document.add(new Paragraph(labels.get("compare.ranking.intro")).setFontSize(TABLE_SIZE));
        if (comparison.ranking().isEmpty()) {
            document.add(new Paragraph(labels.get("compare.noOffers")).setFont(fonts.bold()));
            return;
        }
        Table t = ReportDocument.table(7, 29, 15, 9, 11, 11, 18);
        header(t, "compare.column.rank", "compare.column.offer", "compare.column.decision", "column.score",
                "compare.column.failedKnockOuts", "compare.column.openKnockOuts", "compare.column.gaps");
        for (RankingRow r : comparison.ranking()) {
            t.addCell(ReportDocument.cell().add(new Paragraph(String.valueOf(r.rank())).setFont(fonts.bold())));
            t.addCell(rowHeader(ReportDocument.cell().add(new Paragraph(text(r.offer())).setFont(fonts.bold()))
                    .add(new Paragraph(text(r.product() + " \u00b7 " + r.questionnaireId())).setFontSize(SMALL_SIZE)
                            .setFontColor(Palette.MUTED))));
            t.addCell(ReportDocument.cell().add(new Paragraph(labels.decision(r.decision())).setFont(fonts.bold())
                    .setFontColor(Palette.of(r.decision()))));
            t.addCell(ReportDocument.cell().add(new Paragraph(labels.percent(r.score()))
                    .setTextAlignment(TextAlignment.RIGHT)));
            t.addCell(ReportDocument.cell().add(ids(r.failedKnockOuts(), Palette.of(Status.NOT_MET))));
            t.addCell(ReportDocument.cell().add(ids(r.openKnockOuts(), Palette.of(Status.NOT_ANSWERED))));
            t.addCell(ReportDocument.cell().add(new Paragraph(r.gaps(Severity.CRITICAL) + " / " + r.gaps(Severity.HIGH)
                    + " / " + r.gaps(Severity.MEDIUM) + " / " + r.gaps(Severity.LOW))));
        }
        document.add(t);
    }

    /** Landscape pages; offers in groups of at most {@link #MATRIX_OFFERS_PER_TABLE}, the requirement column repeated. */
    private void matrix() {
        PageSize landscape = PageSize.A4.rotate();
        pdf.setDefaultPageSize(landscape); // pages the tables overflow onto are landscape too
        document.add(new AreaBreak(landscape));
        heading("matrix", labels.get("compare.section.matrix"), true);
        document.add(new Paragraph(labels.get("compare.matrix.intro")).setFontSize(TABLE_SIZE));
        List<RankingRow> offers = comparison.ranking();
        int tables = (offers.size() + MATRIX_OFFERS_PER_TABLE - 1) / MATRIX_OFFERS_PER_TABLE;
        int perTable = tables == 0 ? 0 : (offers.size() + tables - 1) / tables; // balanced: 12 offers give 6 + 6
        float width = landscape.getWidth() - 2 * MARGIN_X;
        for (int from = 0; from < offers.size(); from += perTable) {
            int to = Math.min(offers.size(), from + perTable);
            if (tables > 1) {
                subheading(labels.get("compare.matrix.columns", from + 1, to, offers.size()));
            }
            document.add(matrixTable(offers.subList(from, to), from, width));
        }
        pdf.setDefaultPageSize(PageSize.A4);
        document.add(new AreaBreak(PageSize.A4));
    }

    private Table matrixTable(List<RankingRow> offers, int first, float width) {
        float[] widths = new float[offers.size() + 1];
        widths[0] = MATRIX_REQUIREMENT_WIDTH;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = (width - MATRIX_REQUIREMENT_WIDTH) / offers.size();
        }
        Table t = new Table(UnitValue.createPointArray(widths)).setWidth(width).setFixedLayout()
                .setFontSize(SMALL_SIZE).setMarginBottom(8);
        t.addHeaderCell(headerCell(labels.get("column.requirement")));
        for (RankingRow r : offers) {
            t.addHeaderCell(headerCell(r.rank() + ". " + text(r.offer())));
        }
        for (MatrixDomain domain : comparison.matrix()) {
            List<MatrixDomain.Row> shown = domain.rows().stream().filter(r -> applicable(r.statuses())).toList();
            List<String> nowhere = domain.rows().stream().filter(r -> !applicable(r.statuses()))
                    .map(MatrixDomain.Row::requirementId).toList();
            long differing = shown.stream().filter(MatrixDomain.Row::differs).count();
            Cell domainCell = new Cell(1, widths.length).setPadding(3).setBackgroundColor(Palette.HEADER_BACKGROUND)
                    .setBorder(new SolidBorder(Palette.RULE, 0.5f)).setKeepWithNext(true)
                    .add(new Paragraph(text(shown.isEmpty() ? labels.domain(domain.domain())
                            : labels.get("compare.matrix.domain", labels.domain(domain.domain()), differing,
                                    shown.size()))).setFont(fonts.bold()).setFontSize(TABLE_SIZE));
            t.addCell(rowHeader(domainCell));
            for (MatrixDomain.Row row : shown) {
                Cell requirement = ReportDocument.cell().setKeepTogether(true)
                        .add(new Paragraph().add(new Text(row.requirementId()).setFont(fonts.bold()))
                                .add(" " + text(labels.requirementTitle(row.requirementId(), row.title()))))
                        .add(new Paragraph(labels.severity(row.severity())
                                + (row.knockOut() ? " \u00b7 " + labels.get("register.knockOut") : "")
                                + (row.differs() ? " \u00b7 " + labels.get("compare.matrix.differs") : ""))
                                .setFontColor(Palette.MUTED));
                t.addCell(rowHeader(requirement));
                for (int i = 0; i < offers.size(); i++) {
                    t.addCell(statusCell(row.statuses().get(first + i)));
                }
            }
            if (!nowhere.isEmpty()) {
                t.addCell(new Cell(1, widths.length).setPadding(3).setBorder(new SolidBorder(Palette.RULE, 0.5f))
                        .add(new Paragraph(labels.get("compare.matrix.notApplicable", String.join(", ", nowhere)))
                                .setFontColor(Palette.MUTED)));
            }
        }
        return t;
    }

    /** The status in words on its colour: the words carry the meaning, in greyscale and for screen readers. */
    private Cell statusCell(Status status) {
        return ReportDocument.cell().setBackgroundColor(Palette.of(status)).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(new Paragraph(labels.status(status)).setFont(fonts.bold()).setFontColor(Palette.WHITE)
                        .setTextAlignment(TextAlignment.CENTER));
    }

    private void domainScores() {
        heading("domains", labels.get("compare.section.domains"), false);
        List<RankingRow> offers = comparison.ranking();
        int charted = Math.min(CHART_OFFERS, offers.size());
        document.add(new Paragraph(labels.get("compare.domains.intro", charted == offers.size()
                ? labels.get("compare.domains.chartAll") : labels.get("compare.domains.chartFirst", charted)))
                .setFontSize(TABLE_SIZE));
        // Domains where no offer is scored (every requirement not applicable) are named, not drawn.
        List<String> domains = domains().stream().filter(d -> offers.stream().anyMatch(r -> score(r, d) != null))
                .toList();
        List<String> nowhere = domains().stream().filter(d -> !domains.contains(d)).toList();
        if (!nowhere.isEmpty()) {
            document.add(new Paragraph(text(labels.get("compare.domains.notApplicable", String.join(", ",
                    nowhere.stream().map(labels::domain).toList()))))
                    .setFontSize(TABLE_SIZE).setFontColor(Palette.MUTED));
        }
        float width = PageSize.A4.getWidth() - 2 * MARGIN_X;
        for (int table = 0; table * DOMAIN_OFFERS_PER_TABLE < offers.size(); table++) {
            List<RankingRow> group = offers.subList(table * DOMAIN_OFFERS_PER_TABLE,
                    Math.min(offers.size(), (table + 1) * DOMAIN_OFFERS_PER_TABLE));
            float[] widths = new float[group.size() + 1];
            widths[0] = 160;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = (width - 160) / group.size();
            }
            Table t = new Table(UnitValue.createPointArray(widths)).setWidth(width).setFixedLayout()
                    .setFontSize(SMALL_SIZE).setMarginBottom(8);
            t.addHeaderCell(headerCell(labels.get("column.domain")));
            group.forEach(r -> t.addHeaderCell(headerCell(r.rank() + ". " + text(r.offer()))));
            for (String domain : domains) {
                t.addCell(rowHeader(ReportDocument.cell().add(new Paragraph(text(labels.domain(domain))))));
                for (RankingRow r : group) {
                    t.addCell(ReportDocument.cell().add(new Paragraph(labels.percent(score(r, domain)))
                            .setTextAlignment(TextAlignment.RIGHT)));
                }
            }
            document.add(t);
        }
        for (String domain : domains) {
            List<BarChart.Bar> bars = new ArrayList<>();
            List<String> alt = new ArrayList<>();
            for (RankingRow r : offers.subList(0, charted)) {
                Double score = score(r, domain);
                String label = r.rank() + ". " + text(r.offer());
                bars.add(new BarChart.Bar(label, score, labels.percent(score), Palette.ACCENT));
                alt.add(label + " " + labels.percent(score));
            }
            Div block = new Div().setKeepTogether(true);
            Paragraph name = new Paragraph(text(labels.domain(domain))).setFont(fonts.bold()).setMarginTop(6)
                    .setMarginBottom(2);
            name.getAccessibilityProperties().setRole(StandardRoles.H2);
            block.add(name);
            block.add(BarChart.draw(pdf, fonts.regular(), bars, 100, width, v -> labels.percent(v),
                    text(labels.get("compare.domains.alt", labels.domain(domain), String.join("; ", alt)))));
            document.add(block);
        }
    }

    private void sensitivity() {
        document.add(new AreaBreak());
        heading("sensitivity", labels.get("compare.section.sensitivity"), true);
        Sensitivity s = comparison.sensitivity();
        if (comparison.ranking().isEmpty()) {
            document.add(new Paragraph(labels.get("compare.noOffers")));
            return;
        }
        document.add(verdict());
        document.add(new Paragraph(labels.get("compare.sensitivity.intro", range(s), s.settings().draws(),
                String.valueOf(s.settings().seed()))).setFontSize(TABLE_SIZE).setMarginTop(8));

        subheading(labels.get("compare.sensitivity.standings"));
        Table standings = ReportDocument.table(10, 50, 20, 20);
        header(standings, "compare.column.rank", "compare.column.offer", "compare.column.firstShare",
                "compare.column.rankRange");
        for (Sensitivity.Standing st : s.standings()) {
            standings.addCell(ReportDocument.cell().add(new Paragraph(String.valueOf(st.rank()))));
            standings.addCell(rowHeader(ReportDocument.cell().add(new Paragraph(text(st.offer())).setFont(fonts.bold()))));
            standings.addCell(ReportDocument.cell().add(new Paragraph(share(st.firstShare()))
                    .setTextAlignment(TextAlignment.RIGHT)));
            standings.addCell(ReportDocument.cell().add(new Paragraph(st.bestRank() == st.worstRank()
                    ? String.valueOf(st.bestRank()) : st.bestRank() + "\u2013" + st.worstRank())
                    .setTextAlignment(TextAlignment.RIGHT)));
        }
        document.add(standings);

        if (!s.flips().isEmpty()) {
            subheading(labels.get("compare.sensitivity.flips"));
            Table flips = ReportDocument.table(22, 22, 14, 42);
            header(flips, "compare.column.ahead", "compare.column.behind", "compare.column.reversedShare",
                    "compare.column.reversedBy");
            for (Sensitivity.PairFlip f : s.flips().stream().limit(FLIP_ROWS).toList()) {
                flips.addCell(rowHeader(ReportDocument.cell().add(new Paragraph(text(f.ahead())).setFont(fonts.bold()))));
                flips.addCell(ReportDocument.cell().add(new Paragraph(text(f.behind()))));
                flips.addCell(ReportDocument.cell().add(new Paragraph(share(f.drawShare()))
                        .setTextAlignment(TextAlignment.RIGHT)));
                String by = f.byOneWeight().isEmpty()
                        ? labels.get("compare.sensitivity.combination", f.example().stream().map(this::variation)
                                .collect(Collectors.joining("; ")))
                        : f.byOneWeight().stream().map(this::variation).collect(Collectors.joining("; "));
                flips.addCell(ReportDocument.cell().add(new Paragraph(text(by))));
            }
            document.add(flips);
            if (s.flips().size() > FLIP_ROWS) {
                document.add(new Paragraph(labels.get("compare.sensitivity.moreFlips", s.flips().size() - FLIP_ROWS))
                        .setFontColor(Palette.MUTED).setFontSize(TABLE_SIZE));
            }
        }

        subheading(labels.get("compare.sensitivity.scenarios"));
        // Only the variations that change something are listed; the JSON has every one.
        List<String> baseFirst = s.standings().stream().filter(st -> st.rank() == 1).map(Sensitivity.Standing::offer)
                .toList();
        List<Sensitivity.Scenario> telling = s.scenarios().stream()
                .filter(sc -> sc.reversed() > 0 || !sc.first().equals(baseFirst)).toList();
        if (!telling.isEmpty()) {
            Table scenarios = scenarioTable(telling);
            document.add(scenarios);
        }
        document.add(new Paragraph(labels.get("compare.sensitivity.scenariosQuiet",
                s.scenarios().size() - telling.size())).setFontSize(TABLE_SIZE));
    }

    private Table scenarioTable(List<Sensitivity.Scenario> telling) {
        Table scenarios = ReportDocument.table(56, 32, 12);
        header(scenarios, "compare.column.weighting", "compare.column.first", "compare.column.reversed");
        for (Sensitivity.Scenario sc : telling) {
            scenarios.addCell(rowHeader(ReportDocument.cell().add(new Paragraph(text(variation(sc.variation()))))));
            scenarios.addCell(ReportDocument.cell().add(new Paragraph(text(String.join(", ", sc.first())))));
            scenarios.addCell(ReportDocument.cell().add(new Paragraph(String.valueOf(sc.reversed()))
                    .setTextAlignment(TextAlignment.RIGHT)));
        }
        return scenarios;
    }

    private void inputs() {
        document.add(new AreaBreak());
        heading("inputs", labels.get("compare.section.inputs"), true);
        document.add(new Paragraph(labels.get("compare.inputs.intro")).setFontSize(TABLE_SIZE));
        Map<String, RankingRow> bySource = new LinkedHashMap<>();
        comparison.ranking().forEach(r -> bySource.putIfAbsent(r.source(), r));
        Table t = ReportDocument.table(34, 14, 52);
        header(t, "compare.column.input", "compare.column.fate", "compare.column.detail");
        for (Offer o : comparison.inputs()) {
            t.addCell(rowHeader(ReportDocument.cell().add(new Paragraph(text(o.source())))));
            Color colour = o.fate() == Offer.Fate.EVALUATED ? Palette.TEXT : Palette.of(Status.NOT_MET);
            t.addCell(ReportDocument.cell().add(new Paragraph(labels.get("compare.fate." + o.fate().name()))
                    .setFont(fonts.bold()).setFontColor(colour)));
            String detail = o.fate() == Offer.Fate.EVALUATED
                    ? labels.decision(o.assessment().decision()) + ", " + labels.percent(o.assessment().overallScore())
                    : o.reason();
            t.addCell(ReportDocument.cell().add(new Paragraph(text(detail))));
        }
        document.add(t);
        document.add(note(labels.get("report.disclaimer")).setMarginTop(14));
    }

    // ---------------------------------------------------------------- words

    /** The sensitivity result in one sentence an officer can quote. */
    private Div verdict() {
        Sensitivity s = comparison.sensitivity();
        String first = text(comparison.ranking().get(0).offer());
        String sentence = s.rankingHolds() ? labels.get("compare.sensitivity.holds", range(s))
                : s.winnerHolds() ? labels.get("compare.sensitivity.winnerHolds", first, s.flips().size())
                : labels.get("compare.sensitivity.winnerChanges", first, s.flips().size());
        Color colour = s.rankingHolds() ? Palette.of(Status.MET) : s.winnerHolds() ? Palette.ACCENT
                : Palette.of(Status.NOT_MET);
        return new Div().setBorderLeft(new SolidBorder(colour, 3f)).setPaddingLeft(8).setKeepTogether(true)
                .add(new Paragraph(sentence).setFont(fonts.bold()));
    }

    private String variation(Variation v) {
        return v.describe(labels);
    }

    private String range(Sensitivity s) {
        return labels.number(s.settings().range() * 100) + "\u00a0%";
    }

    private String share(double share) {
        return labels.percent(Math.round(share * 1000) / 10.0);
    }

    private String lot() {
        return labels.get("compare.lot", comparison.ranking().size(),
                comparison.profile() == null ? "\u2013" : comparison.profile().id());
    }

    private List<String> domains() {
        return comparison.matrix().stream().map(MatrixDomain::domain).toList();
    }

    private static Double score(RankingRow r, String domain) {
        return r.domainScores().stream().filter(d -> d.domain().equals(domain)).findFirst()
                .map(DomainScore::score).orElse(null);
    }

    private static boolean applicable(List<Status> statuses) {
        return statuses.stream().anyMatch(s -> s != Status.NOT_APPLICABLE);
    }

    private Paragraph ids(List<String> ids, Color colour) {
        return ids.isEmpty() ? new Paragraph(labels.get("compare.none")).setFontColor(Palette.MUTED)
                : new Paragraph(String.join(", ", ids)).setFont(fonts.bold()).setFontColor(colour);
    }

    /** Vendor or catalog text made safe to show: cleaned, bounded and limited to glyphs the fonts have. */
    private String text(String value) {
        return fonts.printable(SafeText.clean(Objects.requireNonNullElse(value, ""), SHORT_TEXT_LIMIT * 4));
    }

    // ---------------------------------------------------------------- building blocks

    private void heading(String key, String title, boolean onNewPage) {
        Paragraph p = new Paragraph(title).setFont(fonts.bold()).setFontColor(Palette.ACCENT).setFontSize(16)
                .setMarginTop(onNewPage ? 0 : 16).setMarginBottom(6).setKeepWithNext(true).setDestination(key);
        p.getAccessibilityProperties().setRole(StandardRoles.H1);
        document.add(p);
        sections.add(new Section(key, title));
    }

    private void subheading(String title) {
        Paragraph p = new Paragraph(title).setFont(fonts.bold()).setFontSize(12).setMarginTop(10).setMarginBottom(4)
                .setKeepWithNext(true);
        p.getAccessibilityProperties().setRole(StandardRoles.H2);
        document.add(p);
    }

    private void fact(Table facts, String label, String value) {
        facts.addCell(rowHeader(ReportDocument.cell().add(new Paragraph(text(label)).setFont(fonts.bold()))));
        facts.addCell(ReportDocument.cell().add(new Paragraph(text(value))));
    }

    private void header(Table table, String... labelKeys) {
        for (String key : labelKeys) {
            table.addHeaderCell(headerCell(labels.get(key)));
        }
    }

    private Cell headerCell(String content) {
        Cell cell = ReportDocument.cell().setBackgroundColor(Palette.HEADER_BACKGROUND)
                .add(new Paragraph(content).setFont(fonts.bold()));
        cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                .addEnumAttribute("Scope", "Column"));
        return cell;
    }

    private static Cell rowHeader(Cell cell) {
        cell.getAccessibilityProperties().setRole(StandardRoles.TH);
        cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                .addEnumAttribute("Scope", "Row"));
        return cell;
    }

    private Div note(String content) {
        return new Div().setBackgroundColor(Palette.NOTE_BACKGROUND).setBorder(new SolidBorder(Palette.RULE, 0.5f))
                .setPadding(8).add(new Paragraph(content).setFontSize(TABLE_SIZE).setMargin(0));
    }

    // ---------------------------------------------------------------- navigation, page furniture, metadata

    private void outlines() {
        PdfOutline root = pdf.getOutlines(false);
        root.addOutline(labels.get("compare.title")).addDestination(PdfDestination.makeDestination(new PdfString("cover")));
        for (Section section : sections) {
            root.addOutline(section.title()).addDestination(PdfDestination.makeDestination(new PdfString(section.key())));
        }
    }

    private void furniture() {
        int total = pdf.getNumberOfPages();
        String header = text(labels.get("compare.title") + " \u2014 " + lot());
        for (int page = 1; page <= total; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            float right = size.getWidth() - MARGIN_X;
            if (page > 1) {
                artifact(header, MARGIN_X, size.getHeight() - 32, page, TextAlignment.LEFT);
            }
            artifact(labels.get("report.footer"), MARGIN_X, 26, page, TextAlignment.LEFT);
            artifact(labels.get("report.page", page, total), right, 26, page, TextAlignment.RIGHT);
        }
    }

    private void artifact(String content, float x, float y, int page, TextAlignment alignment) {
        Paragraph p = new Paragraph(content).setFontSize(SMALL_SIZE).setFontColor(Palette.MUTED);
        p.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        document.showTextAligned(p, x, y, page, alignment, VerticalAlignment.BOTTOM, 0);
    }

    private void describe(PdfDocumentInfo info) {
        info.setTitle(text(labels.get("compare.title") + " \u2014 " + lot()));
        info.setSubject(text(comparison.ranking().stream().map(RankingRow::questionnaireId)
                .collect(Collectors.joining(", "))));
        info.setCreator("CyberProcure");
        info.setKeywords(comparison.profile() == null ? "" : comparison.profile().id());
        // No clock: the latest as-of date of the offers, so the same comparison gives the same bytes.
        info.setMoreInfo(PdfName.CreationDate.getValue(), date().getPdfObject().getValue());
        info.setMoreInfo(PdfName.ModDate.getValue(), date().getPdfObject().getValue());
    }

    private PdfDate date() {
        return ReportDocument.date(comparison.ranking().stream().map(RankingRow::asOf)
                .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH));
    }
}
