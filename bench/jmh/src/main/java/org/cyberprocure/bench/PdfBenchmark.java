package org.cyberprocure.bench;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm PDF rendering: the bundled sample {@code docs/examples/cloud-vendor.json} (issue 22's typical report), the
 * fixtures' all-questions report and a 300-finding report, each as the full report and as the short one
 * ({@code --detail summary}). The page count of each is printed once at setup, for the per-page figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {
    @Param({"SAMPLE", "TYPICAL", "FINDINGS_300"})
    public String report;

    @Param({"FULL", "SUMMARY"})
    public PdfReportRenderer.Detail detail;

    private ReportModel model;
    private PdfReportRenderer renderer;

    @Setup
    public void setUp() {
        model = switch (report) {
            case "SAMPLE" -> {
                ComplianceChecker checker = Fixtures.real();
                yield ReportModel.of(checker.evaluate(checker.reader().read(Fixtures.example("cloud-vendor.json")),
                        Fixtures.CONTEXT), checker.catalog());
            }
            case "TYPICAL" -> Fixtures.typicalReport();
            default -> Fixtures.syntheticReport(300);
        };
        renderer = new PdfReportRenderer(detail);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(render())))) {
            System.err.printf("%n%s %s: %d pages%n", report, detail, pdf.getNumberOfPages());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(model, out);
        return out.toByteArray();
    }
}
