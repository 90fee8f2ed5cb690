package org.cyberprocure.tender;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.CsvReportRenderer;
import org.cyberprocure.report.ReportModel;

/**
 * A comparison for machines and spreadsheets: JSON (format {@value #FORMAT}), a ranking CSV that lists every input
 * with its fate, and a matrix CSV with one row per requirement and one column per offer. CSV as the findings CSV:
 * RFC 4180, UTF-8 with byte-order mark, formula-like cells prefixed with a single quote. Same comparison, same
 * bytes.
 */
public final class ComparisonWriters {
    /** Identifies the JSON document's format; bumped on incompatible changes. */
    public static final String FORMAT = "cyberprocure-comparison/1";

    /** The ranking CSV's columns. */
    public static final List<String> RANKING_COLUMNS = List.of("rank", "offer", "source", "fate", "reason",
            "questionnaire id", "vendor", "product", "as of", "decision", "score", "failed knock-outs",
            "open knock-outs", "gaps critical", "gaps high", "gaps medium", "gaps low", "first in share of draws",
            "best rank", "worst rank");

    /** The matrix CSV's first columns; one column per offer follows, headed "rank. offer". */
    public static final List<String> MATRIX_COLUMNS = List.of("domain", "requirement", "title", "severity",
            "knock-out", "offers differ");

    @JsonPropertyOrder({"format", "disclaimer", "comparison"})
    record Document(String format, String disclaimer, TenderComparison comparison) {
    }

    private ComparisonWriters() {
    }

    /**
     * {@return the JSON document as UTF-8 bytes, ending with a line break}
     *
     * @param comparison the tender comparison
     */
    public static byte[] json(TenderComparison comparison) {
        try {
            return (JsonMappers.TRUSTED.writeValueAsString(new Document(FORMAT, ReportModel.DISCLAIMER, comparison))
                    + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every input: the ranked offers best first, then the inputs not evaluated with their reason.
     *
     * @param comparison the tender comparison
     * @param out the stream to write the CSV to; not closed
     */
    public static void rankingCsv(TenderComparison comparison, OutputStream out) {
        Map<String, Sensitivity.Standing> standings = comparison.sensitivity().standings().stream()
                .collect(Collectors.toMap(Sensitivity.Standing::offer, s -> s));
        List<List<String>> rows = new ArrayList<>();
        for (RankingRow r : comparison.ranking()) {
            Sensitivity.Standing s = standings.get(r.offer());
            rows.add(List.of(String.valueOf(r.rank()), r.offer(), r.source(), Offer.Fate.EVALUATED.name(), "",
                    r.questionnaireId(), r.vendor(), r.product(), String.valueOf(r.asOf()), r.decision().name(),
                    r.score() == null ? "" : String.valueOf(r.score()), String.join(" ", r.failedKnockOuts()),
                    String.join(" ", r.openKnockOuts()), String.valueOf(r.gaps(Severity.CRITICAL)),
                    String.valueOf(r.gaps(Severity.HIGH)), String.valueOf(r.gaps(Severity.MEDIUM)),
                    String.valueOf(r.gaps(Severity.LOW)), String.valueOf(s.firstShare()),
                    String.valueOf(s.bestRank()), String.valueOf(s.worstRank())));
        }
        for (Offer o : comparison.inputs()) {
            if (o.fate() != Offer.Fate.EVALUATED) {
                List<String> row = new ArrayList<>(List.of("", "", o.source(), o.fate().name(), o.reason()));
                while (row.size() < RANKING_COLUMNS.size()) {
                    row.add("");
                }
                rows.add(row);
            }
        }
        csv(out, RANKING_COLUMNS, rows);
    }

    /**
     * One row per requirement, grouped by domain as in the comparison, one status column per offer.
     *
     * @param comparison the tender comparison
     * @param out the stream to write the CSV to; not closed
     */
    public static void matrixCsv(TenderComparison comparison, OutputStream out) {
        List<String> header = new ArrayList<>(MATRIX_COLUMNS);
        comparison.ranking().forEach(r -> header.add(r.rank() + ". " + r.offer()));
        List<List<String>> rows = new ArrayList<>();
        for (MatrixDomain domain : comparison.matrix()) {
            for (MatrixDomain.Row row : domain.rows()) {
                List<String> cells = new ArrayList<>(List.of(domain.domain(), row.requirementId(), row.title(),
                        row.severity().name(), row.knockOut() ? "yes" : "no", row.differs() ? "yes" : "no"));
                row.statuses().stream().map(Status::name).forEach(cells::add);
                rows.add(cells);
            }
        }
        csv(out, header, rows);
    }

    private static void csv(OutputStream out, List<String> header, List<List<String>> rows) {
        try {
            // Flushed, not closed: the caller owns out.
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(header.stream().map(CsvReportRenderer::neutralise).toList());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(CsvReportRenderer::neutralise).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
