package org.cyberprocure.cli;

import java.util.List;
import java.util.Map;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.report.CsvReportRenderer;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportRenderer;
import org.cyberprocure.report.oscal.FindingsFeedRenderer;
import org.cyberprocure.report.oscal.OscalAssessmentResultsRenderer;
import org.cyberprocure.report.pdf.PdfReportRenderer;

/** The report formats of {@code evaluate} (and of the HTTP API's evaluate) and the file names they get. */
public enum ReportFormat {
    PDF(".pdf"),
    JSON(".assessment.json"),
    /** The assessment JSON in its compact form ({@link JsonReportRenderer.Style#COMPACT}), for batches. */
    COMPACT(".assessment.compact.json"),
    CSV(".findings.csv"),
    /** OSCAL 1.1.3 assessment results (docs/interoperability.md). */
    OSCAL(".oscal-ar.json"),
    /** The JSON Lines findings feed, one line per finding (docs/interoperability.md). */
    JSONL(".findings.jsonl");

    private final String suffix;

    ReportFormat(String suffix) {
        this.suffix = suffix;
    }

    /** The report file name for a questionnaire's base name, e.g. {@code vendor.findings.csv}. */
    public String fileName(String baseName) {
        return baseName + suffix;
    }

    /** True for names this tool writes as reports, so that a folder of inputs and outputs is not re-read. */
    static boolean isReportName(String fileName) {
        return fileName.endsWith(JSON.suffix) || fileName.endsWith(COMPACT.suffix) || fileName.endsWith(CSV.suffix)
                || fileName.endsWith(OSCAL.suffix) || fileName.endsWith(JSONL.suffix)
                || BatchSummary.isSummaryName(fileName) || fileName.endsWith(".diff.json")
                || List.of(CompareCommand.JSON, CompareCommand.RANKING_CSV, CompareCommand.MATRIX_CSV).contains(fileName);
    }

    /** True for a plain file name (no folder) of any report this tool writes, PDF included. */
    static boolean isReportFileName(String fileName) {
        return !fileName.contains("/") && !fileName.contains("\\") && !fileName.startsWith(".")
                && java.util.Arrays.stream(values()).anyMatch(f -> fileName.endsWith(f.suffix));
    }

    ReportRenderer renderer(Catalog catalog) {
        return renderer(catalog, PdfReportRenderer.Detail.FULL, Map.of());
    }

    /**
     * The renderer; {@code detail} chooses the full PDF report or the short one (cover, summary, register).
     *
     * @param inputs the input files by name with their SHA-256, for the formats that list them
     */
    public ReportRenderer renderer(Catalog catalog, PdfReportRenderer.Detail detail, Map<String, String> inputs) {
        return switch (this) {
            case PDF -> new PdfReportRenderer(detail);
            case JSON -> new JsonReportRenderer();
            case COMPACT -> new JsonReportRenderer(JsonReportRenderer.Style.COMPACT);
            case CSV -> new CsvReportRenderer(catalog);
            case OSCAL -> new OscalAssessmentResultsRenderer(inputs);
            case JSONL -> new FindingsFeedRenderer(inputs);
        };
    }
}
