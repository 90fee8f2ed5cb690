package org.cyberprocure.bench;

import java.util.concurrent.TimeUnit;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.bench.synthetic.SyntheticRulePack;
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

/**
 * Scaling on the synthetic pack: answers ×1, ×4, ×16 (50, 200, 800) and rules ×1, ×4 (300 and 1,200 rules
 * over the same 800-question bank). docs/performance.md reports the time ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
    @Param({"50", "200", "800"})
    public int answers;

    @Param({"1", "4"})
    public int rules;

    private ComplianceChecker checker;
    private Questionnaire questionnaire;

    @Setup
    public void setUp() {
        checker = Fixtures.synthetic(SyntheticRulePack.of(rules));
        questionnaire = Fixtures.syntheticQuestionnaire(answers, 7);
    }

    @Benchmark
    public Assessment evaluate() {
        return checker.evaluate(questionnaire, Fixtures.CONTEXT);
    }
}
