package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** Several threads share one checker and get exactly what a serial run gets. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    /** Distinct questionnaires: the samples plus seeded variations over the real question bank. */
    private static final int VARIED = 60;
    private static final int EVALUATIONS = 3_000;

    @Test
    void sharedChecker_givesSerialResultsUnderConcurrency() throws Exception {
        List<Questionnaire> inputs = new ArrayList<>();
        for (String sample : List.of("cloud-vendor.json", "medical-device.json", "medical-device.csv")) {
            inputs.add(RuleTesting.CHECKER.reader().read(SampleReportTest.EXAMPLES.resolve(sample)));
        }
        inputs.add(RuleTesting.cloud(DecisionTest.PERFECT_CLOUD.toArray(org.cyberprocure.model.Answer[]::new)));
        for (long seed = 0; inputs.size() < VARIED; seed++) {
            Questionnaire q = VariedQuestionnaires.create(RuleTesting.CHECKER.catalog(), VariedQuestionnaires.seeded(seed));
            if (valid(q)) {
                inputs.add(q);
            }
        }
        List<EvaluationContext> contexts = List.of(EvaluationContext.defaults(),
                EvaluationContext.defaults().withAsOf(java.time.LocalDate.of(2028, 1, 1))
                        .withContractEnd(java.time.LocalDate.of(2033, 6, 30)));
        int cases = inputs.size() * contexts.size();
        List<Assessment> serial = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            serial.add(RuleTesting.CHECKER.evaluate(inputs.get(i % inputs.size()), contexts.get(i / inputs.size())));
        }
        assertThat(serial.stream().map(Assessment::decision).distinct().count())
                .as("the inputs reach different decisions").isGreaterThan(1);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int i = 0; i < EVALUATIONS; i++) {
                int c = (i * 7919) % cases; // interleave the cases, so neighbours differ
                futures.add(pool.submit(() -> RuleTesting.CHECKER.evaluate(inputs.get(c % inputs.size()),
                        contexts.get(c / inputs.size()))));
            }
            for (int i = 0; i < futures.size(); i++) {
                int c = (i * 7919) % cases;
                assertThat(futures.get(i).get()).isEqualTo(serial.get(c));
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static boolean valid(Questionnaire q) {
        try {
            RuleTesting.CHECKER.evaluate(q, EvaluationContext.defaults());
            return true;
        } catch (org.cyberprocure.InputRejectedException e) {
            return false;
        }
    }
}
