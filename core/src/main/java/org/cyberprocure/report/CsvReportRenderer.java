package org.cyberprocure.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Status;

/**
 * The findings as a spreadsheet: one row per finding, RFC 4180 (comma, CRLF, double quotes), UTF-8 with a
 * byte-order mark so that spreadsheet programs detect the encoding.
 *
 * <p>Cells hold text that came from the vendor (answers, rationales quoting them). A spreadsheet would run a
 * cell that starts with {@code = + - @}, a tab or a carriage return as a formula, so such cells are prefixed
 * with a single quote (OWASP "CSV injection").
 */
public final class CsvReportRenderer implements ReportRenderer {
    /** The column headings in English, in order; a report in another language has them in its language. */
    public static final List<String> COLUMNS = List.of("requirement", "title", "domain", "status", "legal force",
            "severity", "knock-out", "citation", "rationale", "remediation", "contract clause", "deciding answers");

    private static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Catalog catalog;

    /**
     * @param catalog the catalog the assessment was made with; it supplies the suggested contract clauses, which
     *                the report model does not carry
     */
    public CsvReportRenderer(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        try {
            // Flushed, not closed: the caller owns out.
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(headings(model.labels()));
            for (ReportModel.FindingRow row : model.rows()) {
                csv.printRecord(cells(row, model.labels().texts()).stream().map(CsvReportRenderer::neutralise).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headings in the labels' language (keys {@code csv.<heading>}, e.g. {@code csv.legal-force}). */
    static List<String> headings(ReportLabels labels) {
        return COLUMNS.stream().map(c -> labels.get("csv." + c.replace(' ', '-'))).toList();
    }

    private List<String> cells(ReportModel.FindingRow row, Texts texts) {
        Finding f = row.finding();
        // The clause binds the vendor to what it answered too, so it is given for every applicable requirement.
        String clause = f.status() != Status.NOT_APPLICABLE ? catalog.requirement(f.requirementId())
                .map(r -> texts.textOr("req." + r.id() + ".clause", r.contractClause())).orElse("") : "";
        return List.of(f.requirementId(), f.title(), f.domain(), f.status().name(), f.legalForce().name(),
                f.severity().name(), f.knockOut() ? "yes" : "no", row.citation(), f.rationale(), row.remediation(),
                clause, row.answers());
    }

    /** Prefixes a cell that a spreadsheet would evaluate as a formula with a single quote. */
    public static String neutralise(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
