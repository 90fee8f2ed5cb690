package org.cyberprocure.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The stages of one evaluation of a bundled sample file, each on its own, as sampled times (JMH reports the
 * median as p0.50): read (file, parse, schema and header validation), evaluate (engine, findings, scoring),
 * report model, JSON (full and compact), and all of them in a row (full JSON). Issue 22's typical questionnaire is
 * {@code docs/examples/cloud-vendor.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SampleBenchmark {
    @Param({"cloud-vendor.json", "medical-device.json"})
    public String sample;

    private ComplianceChecker checker;
    private Path file;
    private Questionnaire questionnaire;
    private Assessment assessment;
    private ReportModel model;
    private final JsonReportRenderer json = new JsonReportRenderer();
    private final JsonReportRenderer compact = new JsonReportRenderer(JsonReportRenderer.Style.COMPACT);

    @Setup
    public void setUp() {
        checker = Fixtures.real();
        file = Fixtures.example(sample);
        questionnaire = checker.reader().read(file);
        assessment = checker.evaluate(questionnaire, Fixtures.CONTEXT);
        model = ReportModel.of(assessment, checker.catalog());
    }

    @Benchmark
    public Questionnaire read() {
        return checker.reader().read(file);
    }

    @Benchmark
    public Assessment evaluate() {
        return checker.evaluate(questionnaire, Fixtures.CONTEXT);
    }

    @Benchmark
    public ReportModel reportModel() {
        return ReportModel.of(assessment, checker.catalog());
    }

    @Benchmark
    public byte[] json() {
        return json.bytes(model);
    }

    @Benchmark
    public byte[] jsonCompact() {
        return compact.bytes(model);
    }

    @Benchmark
    public byte[] endToEnd() {
        return Fixtures.endToEnd(checker, file, json);
    }
}
