package org.cyberprocure.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.AcceptedRisk;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Status;

/**
 * The findings as a spreadsheet: one row per finding, each naming its questionnaire, vendor and product and
 * carrying the audit record, RFC 4180 (comma, CRLF, double quotes), UTF-8 with a
 * byte-order mark so that spreadsheet programs detect the encoding.
 *
 * <p>Cells hold text that came from the vendor (answers, rationales quoting them). A spreadsheet would run a
 * cell that starts with {@code = + - @}, a tab or a carriage return as a formula, so such cells are prefixed
 * with a single quote (OWASP "CSV injection"), and control and invisible characters are removed
 * ({@link SafeText#spreadsheetCell}).
 */
public final class CsvReportRenderer implements ReportRenderer {
    /** The column headings in English, in order; a report in another language has them in its language. */
    public static final List<String> COLUMNS = List.of("questionnaire id", "vendor", "product", "requirement",
            "title", "domain", "status", "legal force", "severity", "knock-out", "citation", "rationale", "remediation",
            "contract clause", "deciding answers", "accepted risk", "as of", "generated at", "tool", "catalog",
            "rule pack", "policy", "input files (SHA-256)");

    private static final char BOM = '\uFEFF';

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
                csv.printRecord(cells(model, row).stream().map(CsvReportRenderer::neutralise).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The headings in the labels' language: key {@code csv.<heading>}, the English heading in lower case with every
     * run of other characters a hyphen (e.g. {@code csv.legal-force}, {@code csv.input-files-sha-256}).
     */
    static List<String> headings(ReportLabels labels) {
        return COLUMNS.stream().map(c -> labels.get("csv." + c.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""))).toList();
    }

    /**
     * One finding per row, each row saying whose it is and how it was made (questionnaire, vendor, audit record), so
     * the CSVs of several offers can be concatenated under one heading.
     */
    private List<String> cells(ReportModel model, ReportModel.FindingRow row) {
        Texts texts = model.labels().texts();
        Finding f = row.finding();
        Assessment a = model.assessment();
        AuditRecord audit = model.audit();
        // The clause binds the vendor to what it answered too, so it is given for every applicable requirement.
        String clause = f.status() != Status.NOT_APPLICABLE ? catalog.requirement(f.requirementId())
                .map(r -> texts.textOr("req." + r.id() + ".clause", r.contractClause())).orElse("") : "";
        AcceptedRisk risk = f.acceptedRisk();
        // the judged status as the Status column writes it in English, in words in another language
        String judged = risk == null ? "" : texts.locale().getLanguage().equals("en") ? risk.originalStatus().name()
                : model.labels().status(risk.originalStatus());
        String accepted = risk == null ? "" : texts.format(Message.of("csv.acceptedRisk.cell", risk.waiver().id(),
                judged, risk.waiver().acceptedBy(), risk.waiver().expiresOn(),
                risk.waiver().compensatingControl()));
        String inputs = audit.inputs().stream()
                .map(i -> model.labels().inputRole(i.role()) + " " + i.name() + " " + i.sha256())
                .collect(Collectors.joining("; "));
        return List.of(a.questionnaireId(), a.vendor().name(), a.product().name(), f.requirementId(), f.title(),
                f.domain(), f.status().name(), f.legalForce().name(), f.severity().name(), f.knockOut() ? "yes" : "no",
                row.citation(), f.rationale(), row.remediation(), clause, row.answers(), accepted, a.asOf().toString(),
                audit.generatedAt().toString(), audit.tool() + " " + audit.toolVersion(), a.catalogVersion(),
                a.rulePack() + " " + a.rulePackVersion(), model.labels().policyLabel(a.policy()), inputs);
    }

    /**
     * A cell for any CSV a spreadsheet may open: the one policy of {@link SafeText#spreadsheetCell} (hidden
     * characters removed, formulas quoted with a leading {@code '}).
     */
    public static String neutralise(String cell) {
        return SafeText.spreadsheetCell(cell);
    }
}
