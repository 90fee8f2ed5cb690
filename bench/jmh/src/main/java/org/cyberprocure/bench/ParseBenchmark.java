package org.cyberprocure.bench;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.io.QuestionnaireReader;
import org.cyberprocure.model.Questionnaire;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading the typical real questionnaire (every cloud-migration question) from JSON and from CSV. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    private QuestionnaireReader reader;
    private byte[] json;
    private byte[] csv;

    @Setup
    public void setUp() {
        reader = Fixtures.real().reader();
        Questionnaire typical = Fixtures.Size.TYPICAL_REAL.questionnaire();
        json = Fixtures.json(typical);
        csv = Fixtures.csv(typical);
    }

    @Benchmark
    public Questionnaire json() {
        return reader.readJson(new ByteArrayInputStream(json), "typical.json");
    }

    @Benchmark
    public Questionnaire csv() {
        return reader.readCsv(new ByteArrayInputStream(csv), "typical.csv");
    }
}
