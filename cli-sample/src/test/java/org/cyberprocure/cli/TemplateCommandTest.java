package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Blank questionnaires: complete, explained, and read back once filled in. */
class TemplateCommandTest {
    private final Catalog catalog = CyberProcureCli.checker().catalog();

    @ParameterizedTest
    @EnumSource(Profile.class)
    void csvTemplate_explainsEveryQuestionOfTheProfile(Profile profile) throws Exception {
        CliRun run = run("template", "--profile", profile.id());
        assertThat(run.exit).isZero();
        List<CSVRecord> rows = parse(run.out);
        List<String> keys = rows.stream().skip(1).map(r -> r.get(0)).filter(k -> !k.isEmpty() && !k.contains(".")).toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(
                catalog.questions(profile).stream().map(Question::id).toList());
        for (Question q : catalog.questions(profile)) {
            String explanation = rows.stream().map(r -> r.get(2)).filter(c -> c.startsWith(q.id() + " ")
                    || c.startsWith(q.id() + ":")).findFirst().orElseThrow();
            assertThat(explanation).contains(q.text()).contains(String.join(" | ", q.acceptedValues()))
                    .contains(q.evidenceExpected());
            assertThat(explanation.startsWith(q.id() + " (mandatory)")).isEqualTo(q.mandatory());
        }
    }

    @Test
    void blankCsvTemplate_isRefusedForItsPlaceholdersOnly_thenReadsWithEveryMandatoryQuestionMissing(
            @TempDir Path dir) throws Exception {
        Path template = dir.resolve("blank.csv");
        assertThat(run("template", "--profile", "medical-device", "--out", template.toString()).exit).isZero();
        CliRun blank = run("check", template.toString());
        assertThat(blank.exit).isEqualTo(2);
        assertThat(blank.out).contains("Validation: 7 problems:")
                .contains("blank.csv, line 2: questionnaire.id still holds the template's placeholder "
                        + "'<tender reference>'; replace it with the real value")
                .contains("questionnaire.submitted still holds the template's placeholder")
                .contains("vendor.country still holds the template's placeholder "
                        + "'<country of your registered office, ISO code such as DE>'; replace it with the real "
                        + "value or leave it out");

        Path headerOnly = Files.writeString(dir.resolve("header.csv"), fillCsvHeader(Files.readString(template)));
        Assessment assessment = CyberProcureCli.checker().evaluate(CyberProcureCli.checker().reader()
                .read(headerOnly));
        assertThat(assessment.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(assessment.vendor().country()).isEqualTo("AT");
        assertThat(assessment.missingMandatory()).containsExactlyInAnyOrderElementsOf(
                catalog.questions(Profile.MEDICAL_DEVICE).stream().filter(Question::mandatory).map(Question::id)
                        .toList());
    }

    @Test
    void filledCsvTemplate_checksEvaluatesAndConvertsToJson(@TempDir Path dir) throws Exception {
        List<CSVRecord> rows = parse(fillCsvHeader(run("template", "--profile", "cloud-migration").out));
        StringWriter filled = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(filled, CSVFormat.RFC4180)) {
            for (CSVRecord row : rows) {
                String key = row.get(0);
                String value = row.get(1);
                if (row.getRecordNumber() > 1 && !key.isEmpty() && !key.contains(".")) {
                    value = answer(catalog.question(key).orElseThrow());
                }
                csv.printRecord(key, value, row.get(2), row.get(3));
            }
        }
        Path file = Files.writeString(dir.resolve("filled.csv"), filled.toString());

        CliRun check = run("check", file.toString());
        assertThat(check.exit).isZero();
        assertThat(check.out).contains("Completeness: every mandatory question is answered.")
                .doesNotContain("Decision: INCOMPLETE");
        CliRun evaluate = run("evaluate", file.toString(), "--out", dir.resolve("out").toString(), "--format", "json");
        assertThat(evaluate.exit).isZero();
        assertThat(dir.resolve("out").resolve("filled.assessment.json")).exists();

        Path json = dir.resolve("converted.json");
        assertThat(run("convert", file.toString(), "--to", "json", "-o", json.toString()).exit).isZero();
        Path back = dir.resolve("back.csv");
        assertThat(run("convert", json.toString(), "--to", "csv", "-o", back.toString()).exit).isZero();
        var reader = CyberProcureCli.checker().reader();
        assertThat(reader.read(back).answers()).extracting(a -> a.questionId() + "=" + a.value())
                .containsExactlyElementsOf(reader.read(file).answers().stream()
                        .map(a -> a.questionId() + "=" + a.value()).toList());
        assertThat(reader.read(json).vendor()).isEqualTo(reader.read(file).vendor());
    }

    @Test
    void jsonTemplate_isAQuestionnaire_filledWithJsonNumbersAndBooleans_checksAndEvaluates(@TempDir Path dir)
            throws Exception {
        CliRun run = run("template", "--profile", "medical-device", "--format", "json");
        assertThat(run.exit).isZero();
        ObjectMapper json = new ObjectMapper();
        ObjectNode template = (ObjectNode) json.readTree(run.out);
        assertThat(template.path("answers")).hasSize(catalog.questions(Profile.MEDICAL_DEVICE).size());
        assertThat(template.path("vendor").has("country") && template.path("vendor").has("contact")
                && template.path("product").has("version")).isTrue();
        assertThat(template.path("submitted").asText()).startsWith("<"); // left for the vendor, not today
        JsonNode first = template.path("answers").get(0);
        assertThat(first.path("value").asText()).isEmpty();
        assertThat(first.path("about").asText()).contains(catalog.question(first.path("question").asText())
                .orElseThrow().text());

        Path blank = dir.resolve("blank.json");
        json.writeValue(blank.toFile(), template);
        CliRun blankCheck = run("check", blank.toString());
        assertThat(blankCheck.exit).isEqualTo(2);
        assertThat(blankCheck.out).contains("Validation: 7 problems:")
                .contains("blank.json at /id: questionnaire.id still holds the template's placeholder")
                .doesNotContain("unknown field");

        template.put("id", "TENDER-7").put("submitted", "2026-11-02");
        ((ObjectNode) template.path("vendor")).put("name", "Ιατρικά Συστήματα").put("country", "GR")
                .put("contact", "security@example.gr");
        ((ObjectNode) template.path("product")).put("name", "Pump").put("version", "4.2");
        for (JsonNode answer : template.path("answers")) {
            Question q = catalog.question(answer.path("question").asText()).orElseThrow();
            ObjectNode node = (ObjectNode) answer;
            switch (q.type()) {
                case NUMBER -> node.put("value", 1);
                case YES_NO -> node.put("value", "yes".equals(answer(q)));
                default -> node.put("value", answer(q));
            }
        }
        Path file = dir.resolve("filled.json");
        json.writeValue(file.toFile(), template);

        Assessment assessment = CyberProcureCli.checker().evaluate(CyberProcureCli.checker().reader().read(file));
        assertThat(assessment.missingMandatory()).isEmpty();
        assertThat(assessment.decision()).isNotEqualTo(Decision.INCOMPLETE);
        assertThat(assessment.vendor().contact()).isEqualTo("security@example.gr");
        assertThat(run("check", file.toString()).exit).isZero();
        CliRun evaluate = run("evaluate", file.toString(), "--out", dir.resolve("out").toString(), "--format", "json");
        assertThat(evaluate.exit).isZero();
    }

    @Test
    void outFile_isNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        assertThat(run("template", "--profile", "medical-device", "--format", "json", "-o", file.toString()).exit)
                .isZero();
        Files.writeString(file, "mine");
        CliRun again = run("template", "--profile", "medical-device", "-o", file.toString());
        assertThat(again.exit).isEqualTo(2);
        assertThat(again.err).contains("--force");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(run("template", "--profile", "medical-device", "-o", file.toString(), "--force").exit).isZero();
        assertThat(Files.readString(file)).startsWith("\uFEFFkey,value,comment,evidence");
    }

    @Test
    void unknownProfile_isAUsageError() {
        CliRun run = run("template", "--profile", "dental");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("cloud-migration or medical-device");
    }

    /** A valid answer: the secure one where there is one, else a plausible value of the question's type. */
    private static String answer(Question q) {
        if (!q.secureAnswer().isEmpty()) {
            return q.secureAnswer();
        }
        return switch (q.type()) {
            case YES_NO, YES_NO_PARTIAL -> "yes";
            case ENUM -> q.allowedValues().get(0);
            // A past event (a test, an audit) must not lie after the submission date, which is today.
            case DATE -> q.pastEvent() ? "2020-01-31" : "2033-12-31"; // submitted 2026-11-02
            case NUMBER -> q.minimum().max(java.math.BigDecimal.ONE).toPlainString();
            case TEXT -> "see attached";
        };
    }

    /** The template's header placeholders replaced, the optional country filled in. */
    private static String fillCsvHeader(String csv) {
        return csv.replace("<tender reference>", "TENDER-7").replace("<YYYY-MM-DD, the date you submit>",
                        "2026-11-02").replace("<your company's legal name>", "Test Vendor GmbH")
                .replace("<country of your registered office, ISO code such as DE>", "AT")
                .replace("<name and e-mail address for questions>", "security@example.at")
                .replace("<product or service name>", "Test product").replace("<version offered>", "1.0");
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
