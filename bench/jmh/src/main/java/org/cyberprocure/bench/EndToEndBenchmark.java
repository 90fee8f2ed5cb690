package org.cyberprocure.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Parse JSON → evaluate → JSON assessment, for the typical real questionnaire, on one and on two threads sharing
 * one checker (as an ERP would).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndToEndBenchmark {
    private ComplianceChecker checker;
    private byte[] json;
    private final JsonReportRenderer renderer = new JsonReportRenderer();

    @Setup
    public void setUp() {
        checker = Fixtures.real();
        json = Fixtures.json(Fixtures.Size.TYPICAL_REAL.questionnaire());
    }

    @Benchmark
    @Threads(1)
    public int oneThread() {
        return run();
    }

    @Benchmark
    @Threads(2)
    public int twoThreads() {
        return run();
    }

    private int run() {
        Assessment assessment = checker.evaluate(
                checker.reader().readJson(new ByteArrayInputStream(json), "vendor.json"), Fixtures.CONTEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(ReportModel.of(assessment, checker.catalog()), out);
        return out.size();
    }
}
