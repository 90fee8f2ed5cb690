package org.cyberprocure.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.bench.synthetic.SyntheticRulePack;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.spi.Verdicts;
import org.cyberprocure.internal.RuleEngine;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same 100 requirements (synthetic x1 pack, 200 answers) decided three ways in one run: the hand-written
 * plain-Java floor, the bare Drools session (rules only, a counting global), and the full
 * {@code ComplianceChecker.evaluate} (validation, rules, verdict combination, findings with rationales, scoring).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OverheadBenchmark {
    private ComplianceChecker checker;
    private Questionnaire questionnaire;
    private PlainJavaFloor floor;
    private KieBase kieBase;

    @Setup
    public void setUp() {
        checker = Fixtures.synthetic(SyntheticRulePack.X1);
        questionnaire = Fixtures.syntheticQuestionnaire(200, 11);
        floor = new PlainJavaFloor(checker.catalog().requirements(Profile.CLOUD_MIGRATION));
        // Built like the library builds it (ADR 0018), without the library's session pool around it.
        kieBase = KieBaseBuilder.createKieBaseFromModel(RuleEngine.models(SyntheticRulePack.X1));
    }

    @Benchmark
    public Map<String, Status> floor() {
        return floor.decide(questionnaire);
    }

    @Benchmark
    public int droolsOnly() {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        CountingVerdicts verdicts = new CountingVerdicts();
        session.setGlobal("verdicts", verdicts);
        List<Object> facts = new ArrayList<>(questionnaire.answers().size() + 2);
        facts.add(questionnaire.product());
        facts.add(Fixtures.CONTEXT);
        facts.addAll(questionnaire.answers());
        session.execute(facts);
        return verdicts.count;
    }

    @Benchmark
    public Assessment fullEvaluate() {
        return checker.evaluate(questionnaire, Fixtures.CONTEXT);
    }

    /** Counts verdicts, so the engine's work is not dead code; records nothing else. */
    public static final class CountingVerdicts implements Verdicts {
        int count;

        @Override
        public void met(String rationale, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void partiallyMet(String rationale, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void notMet(String rationale, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void contradiction(String message, Answer... involvedAnswers) {
            count++;
        }

        @Override
        public void formContradiction(String message, FormItem... involvedItems) {
            count++;
        }

        @Override
        public void advisoryOnly(String instrument, String reason, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void notApplicable(String instrument, String reason, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void scopeNote(String topic, String reason, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void met(Message rationale, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void partiallyMet(Message rationale, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void notMet(Message rationale, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void contradiction(Message message, Answer... involvedAnswers) {
            count++;
        }

        @Override
        public void formContradiction(Message message, FormItem... involvedItems) {
            count++;
        }

        @Override
        public void advisoryOnly(String instrument, Message reason, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void notApplicable(String instrument, Message reason, Answer... decidingAnswers) {
            count++;
        }

        @Override
        public void scopeNote(String topic, Message reason, Answer... decidingAnswers) {
            count++;
        }
    }
}
