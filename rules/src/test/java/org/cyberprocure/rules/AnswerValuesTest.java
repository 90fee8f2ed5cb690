package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberprocure.rules.RuleTesting.CHECKER;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * Values within their meaning (numbers within the question bank's bounds), JSON numbers and booleans where the
 * question takes them, and every problem of a file in one round, in reading order, naming the question.
 */
class AnswerValuesTest {

    @Test
    void everyNumberQuestion_hasPlausibleBounds() {
        List<Question> numbers = CHECKER.catalog().questions().stream().filter(q -> q.type() == AnswerType.NUMBER)
                .toList();
        assertThat(numbers).isNotEmpty().allSatisfy(q -> {
            assertThat(q.minimum()).isNotNull().isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(q.maximum()).isNotNull().isGreaterThan(q.minimum());
            if (q.id().endsWith("-COVERAGE")) {
                assertThat(q.maximum()).isEqualByComparingTo("100"); // a percentage
            }
            assertThat(q.acceptedValues().get(0)).isEqualTo("a number from " + q.minimum() + " to " + q.maximum());
        });
    }

    @Test
    void negativePatchDays_areRefusedInCode_notAMetKnockOut() {
        assertThatThrownBy(() -> RuleTesting.evaluate(RuleTesting.device(a("PATCH-CRITICAL-DAYS", "-60"))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
                    assertThat(e.problems().get(0).message()).contains("'-60' is not a valid answer to "
                            + "PATCH-CRITICAL-DAYS (\u201cWithin how many days").contains("expected a number from 0 to 365");
                });
        assertThatThrownBy(() -> RuleTesting.evaluate(cloud(a("BREACH-HOURS", "100000"))))
                .isInstanceOf(InputRejectedException.class);
        assertThat(RuleTesting.evaluate(RuleTesting.device(a("PATCH-CRITICAL-DAYS", "0"))).questionnaireId())
                .isNotEmpty();
    }

    @Test
    void negativePatchDays_areRefusedInJsonAndCsv_withTheirLocation() throws Exception {
        String json = Files.readString(SampleReportTest.EXAMPLES.resolve("medical-device.json"))
                .replaceFirst("\"PATCH-CRITICAL-DAYS\", \"value\": \"[0-9]+\"", "\"PATCH-CRITICAL-DAYS\", \"value\": -60");
        assertThat(json).contains("-60");
        Problem fromJson = rejected(() -> CHECKER.reader().readJson(stream(json), "md.json")).get(0);
        assertThat(fromJson.location().pointer()).matches("/answers/\\d+");
        assertThat(fromJson.message()).contains("PATCH-CRITICAL-DAYS").contains("from 0 to 365");

        String csv = Files.readString(SampleReportTest.EXAMPLES.resolve("medical-device.csv"))
                .replaceFirst("PATCH-CRITICAL-DAYS,[0-9]+", "PATCH-CRITICAL-DAYS,-60");
        assertThat(csv).contains("PATCH-CRITICAL-DAYS,-60");
        Problem fromCsv = rejected(() -> CHECKER.reader().readCsv(stream(csv), "md.csv")).get(0);
        assertThat(fromCsv.location().line()).isPositive();
        assertThat(fromCsv.message()).contains("PATCH-CRITICAL-DAYS").contains("from 0 to 365");
    }

    @Test
    void jsonNumbersAndBooleans_areAcceptedWhereTheQuestionTakesThem() {
        Questionnaire q = CHECKER.reader().readJson(stream(json("""
                {"question": "BREACH-HOURS", "value": 24},
                {"question": "ENC-REST", "value": true},
                {"question": "LOG-EVENTS", "value": false}""")), "typed.json");
        assertThat(q.answer("BREACH-HOURS").orElseThrow().value()).isEqualTo("24");
        assertThat(q.answer("ENC-REST").orElseThrow().value()).isEqualTo("yes");
        assertThat(q.answer("LOG-EVENTS").orElseThrow().value()).isEqualTo("no");
    }

    @Test
    void formatAndValueProblems_comeInOneRound_inReadingOrder_namingTheQuestion() {
        List<Problem> problems = rejected(() -> CHECKER.reader().readJson(stream(json("""
                {"question": "ENC-REST", "value": 24},
                {"question": "LOG-SEIM", "value": "yes"},
                {"question": "ENC-TRANSIT", "value": "yes", "comment": 7},
                {"question": "BREACH-HOURS", "value": -1},
                {"question": "REMOTE-MFA", "value": "yes", "evidence": ["a.pdf | b.pdf"]},
                {"question": "CLD-DATA-LOCATION", "value": ""}""")), "mixed.json"));
        assertThat(problems).extracting(p -> p.location().pointer()).containsExactly("/answers/0/value",
                "/answers/1", "/answers/2/comment", "/answers/3", "/answers/4");
        assertThat(problems.get(0).message()).contains("a number is not a valid answer to ENC-REST (\u201c");
        assertThat(problems.get(1).message()).contains("did you mean LOG-SIEM?");
        assertThat(problems.get(2).message()).contains("(the answer to ENC-TRANSIT (\u201c");
        assertThat(problems.get(3).message()).contains("BREACH-HOURS").contains("from 0 to 720");
        assertThat(problems.get(4).message()).contains("contains a vertical bar '|'").doesNotContain("^[^|]");
    }

    @Test
    void placeholders_areRefusedWithTheirLocation() {
        String text = json("{\"question\": \"ENC-REST\", \"value\": \"<yes or no>\"}")
                .replace("\"Vendor\"", "\"<your company's legal name>\"");
        List<Problem> problems = rejected(() -> CHECKER.reader().readJson(stream(text), "p.json"));
        assertThat(problems).extracting(p -> p.location().pointer()).containsExactly("/vendor/name", "/answers/0");
        assertThat(problems.get(0).message()).isEqualTo("vendor.name still holds the template's placeholder "
                + "'<your company's legal name>'; replace it with the real value");
    }

    @Test
    void formatsDoc_showsWhatTheReaderSaysAboutTwoMistakes() throws Exception {
        String text = Files.readString(SampleReportTest.EXAMPLES.resolve("cloud-vendor.json"))
                .replace("\"REMOTE-MFA\", \"value\": \"yes\"", "\"REMOTE-MFA\", \"value\": \"maybe\"")
                .replace("\"LOG-SIEM\"", "\"LOG-SEIM\"");
        String message = "";
        try {
            CHECKER.reader().readJson(stream(text), "bad.json");
        } catch (InputRejectedException e) {
            message = e.getMessage();
        }
        assertThat(message).contains("maybe").contains("did you mean LOG-SIEM?");
        java.nio.file.Path doc = java.nio.file.Path.of("..", "docs", "formats.md");
        String content = Files.readString(doc);
        String block = "<!-- example:two-mistakes -->\n```\n";
        int start = content.indexOf(block) + block.length();
        int end = content.indexOf("```\n<!-- /example -->", start);
        String updated = content.substring(0, start) + message + "\n" + content.substring(end);
        if (Boolean.getBoolean("cyberprocure.writeCliDoc")) {
            Files.writeString(doc, updated);
            return;
        }
        assertThat(content).as("docs/formats.md: run with -Dcyberprocure.writeCliDoc=true").isEqualTo(updated);
    }

    private static String json(String answers) {
        return """
                {"schemaVersion": "1", "id": "T-1", "profile": "cloud-migration", "submitted": "2026-11-01",
                 "vendor": {"name": "Vendor"}, "product": {"name": "Service", "kind": "CLOUD_SERVICE"},
                 "answers": [%s]}
                """.formatted(answers);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> rejected(Runnable read) {
        try {
            read.run();
        } catch (InputRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("not rejected");
    }
}
