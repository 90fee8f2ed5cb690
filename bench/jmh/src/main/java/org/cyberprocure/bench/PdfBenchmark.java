package org.cyberprocure.bench;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
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

/** Warm PDF rendering of the typical report and of a 300-finding report. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {
    @Param({"TYPICAL", "FINDINGS_300"})
    public String report;

    private ReportModel model;
    private final PdfReportRenderer renderer = new PdfReportRenderer();

    @Setup
    public void setUp() {
        model = report.equals("TYPICAL") ? Fixtures.typicalReport() : Fixtures.syntheticReport(300);
    }

    @Benchmark
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(model, out);
        return out.toByteArray();
    }
}
