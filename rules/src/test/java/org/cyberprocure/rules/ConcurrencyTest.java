package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** Several threads share one checker and get exactly what a serial run gets. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 100;

    @Test
    void sharedChecker_givesSerialResultsUnderConcurrency() throws Exception {
        List<Questionnaire> inputs = new ArrayList<>();
        for (String sample : List.of("cloud-vendor.json", "medical-device.json")) {
            inputs.add(RuleTesting.CHECKER.reader().read(SampleReportTest.EXAMPLES.resolve(sample)));
        }
        inputs.add(RuleTesting.cloud(DecisionTest.PERFECT_CLOUD.toArray(org.cyberprocure.model.Answer[]::new)));
        List<Assessment> serial = inputs.stream()
                .map(q -> RuleTesting.CHECKER.evaluate(q, EvaluationContext.defaults())).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS * ROUNDS; i++) {
                Questionnaire q = inputs.get(i % inputs.size());
                futures.add(pool.submit(() -> RuleTesting.CHECKER.evaluate(q, EvaluationContext.defaults())));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(serial.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
