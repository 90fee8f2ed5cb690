package org.cyberprocure.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.report.JsonReportRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issue 22's end-to-end target: read a bundled sample file, validate, evaluate and write the assessment JSON, on
 * one and on two threads sharing one checker (as an ERP or a batch would), in questionnaires per second; with the
 * full and the compact JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SampleThroughputBenchmark {
    @Param({"cloud-vendor.json", "medical-device.json"})
    public String sample;

    /** The assessment JSON's form: the published full one or the compact one. */
    @Param({"FULL", "COMPACT"})
    public JsonReportRenderer.Style style;

    private ComplianceChecker checker;
    private Path file;
    private JsonReportRenderer json;

    @Setup
    public void setUp() {
        checker = Fixtures.real();
        file = Fixtures.example(sample);
        json = new JsonReportRenderer(style);
    }

    @Benchmark
    @Threads(1)
    public byte[] oneThread() {
        return Fixtures.endToEnd(checker, file, json);
    }

    @Benchmark
    @Threads(2)
    public byte[] twoThreads() {
        return Fixtures.endToEnd(checker, file, json);
    }
}
