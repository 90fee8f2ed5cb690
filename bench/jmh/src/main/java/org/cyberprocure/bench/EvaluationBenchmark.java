package org.cyberprocure.bench;

import java.util.concurrent.TimeUnit;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Warm {@code ComplianceChecker.evaluate}: validation, rules, verdict combination and scoring. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {
    @Param({"SMALL", "TYPICAL_REAL", "TYPICAL_SYNTHETIC", "LARGE"})
    public Fixtures.Size size;

    private ComplianceChecker checker;
    private Questionnaire questionnaire;

    @Setup
    public void setUp() {
        checker = size.checker();
        questionnaire = size.questionnaire();
    }

    @Benchmark
    public Assessment evaluate() {
        return checker.evaluate(questionnaire, Fixtures.CONTEXT);
    }
}
