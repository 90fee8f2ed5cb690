package org.cyberprocure.cli;

import java.util.List;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.report.CsvReportRenderer;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportRenderer;
import org.cyberprocure.report.pdf.PdfReportRenderer;

/** The report formats of {@code evaluate} and the file names they get. */
enum ReportFormat {
    PDF(".pdf"),
    JSON(".assessment.json"),
    CSV(".findings.csv");

    private final String suffix;

    ReportFormat(String suffix) {
        this.suffix = suffix;
    }

    /** The report file name for a questionnaire's base name, e.g. {@code vendor.findings.csv}. */
    String fileName(String baseName) {
        return baseName + suffix;
    }

    /** True for names this tool writes as reports, so that a folder of inputs and outputs is not re-read. */
    static boolean isReportName(String fileName) {
        return fileName.endsWith(JSON.suffix) || fileName.endsWith(CSV.suffix)
                || BatchSummary.isSummaryName(fileName) || fileName.endsWith(".diff.json")
                || List.of(CompareCommand.JSON, CompareCommand.RANKING_CSV, CompareCommand.MATRIX_CSV).contains(fileName);
    }

    /** True for a plain file name (no folder) of any report this tool writes, PDF included. */
    static boolean isReportFileName(String fileName) {
        return !fileName.contains("/") && !fileName.contains("\\") && !fileName.startsWith(".")
                && java.util.Arrays.stream(values()).anyMatch(f -> fileName.endsWith(f.suffix));
    }

    ReportRenderer renderer(Catalog catalog) {
        return switch (this) {
            case PDF -> new PdfReportRenderer();
            case JSON -> new JsonReportRenderer();
            case CSV -> new CsvReportRenderer(catalog);
        };
    }
}
