package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.io.QuestionnaireReader;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;

/**
 * Fuzz tests of the whole path a vendor file takes: read, evaluate with the real rule pack, write the JSON
 * report. Properties: the only exception is {@link InputRejectedException}; an evaluation is deterministic; the
 * report is well-formed JSON of the published format that lists a finding per evaluated requirement.
 *
 * <p>A normal test run replays {@code src/test/resources/org/cyberprocure/rules/EvaluateReportFuzzTestInputs};
 * {@code mvn -Pfuzz test -pl core,rules -Dtest=EvaluateReportFuzzTest#file -Dsurefire.failIfNoSpecifiedTests=false}
 * fuzzes.
 */
class EvaluateReportFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Raw bytes: the first byte picks the format, the rest is the file. */
    @FuzzTest
    void file(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        QuestionnaireReader.Format format = (input[0] & 1) == 0 ? QuestionnaireReader.Format.JSON
                : QuestionnaireReader.Format.CSV;
        Questionnaire questionnaire;
        try {
            questionnaire = RuleTesting.CHECKER.reader()
                    .readWithWarnings(new ByteArrayInputStream(input, 1, input.length - 1), "fuzz", format)
                    .questionnaire();
        } catch (InputRejectedException e) {
            return;
        }
        evaluateAndReport(questionnaire, EvaluationContext.defaults());
    }

    /** Questionnaires over the real question bank, mostly valid, with a fuzzed as-of date and contract end. */
    @FuzzTest
    void answers(FuzzedDataProvider data) throws IOException {
        Questionnaire questionnaire = VariedQuestionnaires.create(RuleTesting.CHECKER.catalog(),
                new VariedQuestionnaires.Choices() {
                    @Override
                    public int pick(int bound) {
                        return data.consumeInt(0, bound - 1);
                    }

                    @Override
                    public String text(int maxLength) {
                        return data.consumeString(maxLength);
                    }
                });
        LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(data.consumeInt(0, 30 * 365));
        LocalDate contractEnd = data.consumeBoolean() ? asOf.plusDays(data.consumeInt(-365, 20 * 365)) : null;
        try {
            evaluateAndReport(questionnaire, new EvaluationContext(asOf, contractEnd));
        } catch (InputRejectedException e) {
            assertThat(e.problems()).isNotEmpty(); // an arbitrary value the question does not accept
        }
    }

    private static void evaluateAndReport(Questionnaire questionnaire, EvaluationContext context) throws IOException {
        Assessment assessment = RuleTesting.CHECKER.evaluate(questionnaire, context);
        assertThat(RuleTesting.CHECKER.evaluate(questionnaire, context)).isEqualTo(assessment);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportRenderer().render(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()), out);
        JsonNode report = JSON.readTree(out.toByteArray());
        assertThat(report.path("format").asText()).isEqualTo(JsonReportRenderer.FORMAT);
        assertThat(report.path("assessment").path("findings").size()).isEqualTo(assessment.findings().size());
        assertThat(report.path("assessment").path("decision").asText()).isEqualTo(assessment.decision().name());
    }
}
