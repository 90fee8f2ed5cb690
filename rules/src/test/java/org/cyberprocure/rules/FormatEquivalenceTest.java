package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.io.QuestionnaireWriter;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A questionnaire written as JSON and converted to CSV evaluates identically (locations aside). */
class FormatEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"cloud-vendor.json", "medical-device.json"})
    void jsonConvertedToCsv_evaluatesIdentically(String sample) {
        Questionnaire fromJson = RuleTesting.CHECKER.reader().read(SampleReportTest.EXAMPLES.resolve(sample));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        QuestionnaireWriter.writeCsv(fromJson, csv);
        Questionnaire fromCsv = RuleTesting.CHECKER.reader()
                .readCsv(new ByteArrayInputStream(csv.toByteArray()), "converted.csv");

        EvaluationContext context = EvaluationContext.defaults();
        Assessment viaJson = RuleTesting.CHECKER.evaluate(fromJson, context);
        Assessment viaCsv = RuleTesting.CHECKER.evaluate(fromCsv, context);
        assertThat(viaCsv).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*location.*")
                .isEqualTo(viaJson);
        assertThat(viaCsv.findings().get(0).answers().get(0).location().line()).isPositive();
    }

    @org.junit.jupiter.api.Test
    void bundledCsvSample_evaluatesLikeItsJsonTwin() {
        Assessment viaJson = RuleTesting.CHECKER.evaluate(
                RuleTesting.CHECKER.reader().read(SampleReportTest.EXAMPLES.resolve("medical-device.json")));
        Assessment viaCsv = RuleTesting.CHECKER.evaluate(
                RuleTesting.CHECKER.reader().read(SampleReportTest.EXAMPLES.resolve("medical-device.csv")));
        assertThat(viaCsv).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*location.*")
                .isEqualTo(viaJson);
    }
}
