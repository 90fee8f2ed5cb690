package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
    void blankCsvTemplate_readsAsIs_withEveryMandatoryQuestionMissing(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("blank.csv");
        assertThat(run("template", "--profile", "medical-device", "--out", template.toString()).exit).isZero();
        Assessment assessment = CyberProcureCli.checker().evaluate(CyberProcureCli.checker().reader().read(template));
        assertThat(assessment.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(assessment.missingMandatory()).containsExactlyInAnyOrderElementsOf(
                catalog.questions(Profile.MEDICAL_DEVICE).stream().filter(Question::mandatory).map(Question::id)
                        .toList());
    }

    @Test
    void filledCsvTemplate_evaluatesThroughTheCommandLine(@TempDir Path dir) throws Exception {
        List<CSVRecord> rows = parse(run("template", "--profile", "cloud-migration").out);
        StringWriter filled = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(filled, CSVFormat.RFC4180)) {
            for (CSVRecord row : rows) {
                String key = row.get(0);
                String value = row.get(1);
                if (row.getRecordNumber() == 1) {
                    value = "value"; // the header
                } else if (key.equals("vendor.name")) {
                    value = "Test Vendor GmbH";
                } else if (!key.isEmpty() && !key.contains(".")) {
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
        assertThat(evaluate.out).contains("filled.csv: ");
        assertThat(dir.resolve("out").resolve("filled.assessment.json")).exists();
    }

    @Test
    void jsonTemplate_listsEveryQuestion_andItsFilledQuestionnaireEvaluates(@TempDir Path dir) throws Exception {
        CliRun run = run("template", "--profile", "medical-device", "--format", "json");
        assertThat(run.exit).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode template = json.readTree(run.out);
        assertThat(template.path("template").asText()).isEqualTo(TemplateWriter.JSON_FORMAT);
        assertThat(template.path("questions")).hasSize(catalog.questions(Profile.MEDICAL_DEVICE).size());
        JsonNode first = template.path("questions").get(0);
        assertThat(first.has("text") && first.has("accepts") && first.has("mandatory")
                && first.has("evidenceExpected")).isTrue();

        ObjectNode questionnaire = (ObjectNode) template.path("questionnaire");
        ((ObjectNode) questionnaire.path("vendor")).put("name", "Ιατρικά Συστήματα");
        ArrayNode answers = questionnaire.putArray("answers");
        for (JsonNode q : template.path("questions")) {
            answers.addObject().put("question", q.path("id").asText())
                    .put("value", answer(catalog.question(q.path("id").asText()).orElseThrow()));
        }
        Path file = dir.resolve("filled.json");
        json.writeValue(file.toFile(), questionnaire);

        Assessment assessment = CyberProcureCli.checker().evaluate(CyberProcureCli.checker().reader().read(file));
        assertThat(assessment.missingMandatory()).isEmpty();
        assertThat(assessment.decision()).isNotEqualTo(Decision.INCOMPLETE);
        assertThat(run("check", file.toString()).exit).isZero();
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
            case DATE -> q.pastEvent() ? "2020-01-31" : "2033-12-31";
            case NUMBER -> "1";
            case TEXT -> "see attached";
        };
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
