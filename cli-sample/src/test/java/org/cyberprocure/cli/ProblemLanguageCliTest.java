package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.io.SbomReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Why an input is refused, in the vendor's language (bundle {@code problems}, ADR 0032): {@code check} as text, JSON
 * and SARIF and {@code evaluate} write each problem in the language, with the same reason codes and locations as
 * in English; English stays as it was.
 */
class ProblemLanguageCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** English words of the problems below; none may be left in another language's output. */
    private static final List<String> ENGLISH_SAMPLE = List.of("unknown question id", "did you mean",
            "is not a valid answer", "still holds the template's placeholder",
            "the question bank", ", line ", " at /answers", "problems, the first", "Summary:", "invalid input",
            "does not match", "the header is not split", "not valid JSON", "Validation:");

    /** The example with a misspelt question id, a value the question does not accept and template placeholders. */
    private static Path faulty(Path dir) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of(example("incomplete-submission.json")).toFile());
        ((ObjectNode) root.get("vendor")).put("contact", "<name and e-mail for questions>");
        ArrayNode answers = (ArrayNode) root.get("answers");
        answers.addObject().put("question", "REMOTE-MFAA").put("value", "yes");
        for (JsonNode answer : answers) {
            if (answer.path("question").asText().equals("ENC-REST")) {
                ((ObjectNode) answer).put("value", "perhaps");
            }
        }
        Path file = dir.resolve("faulty-submission.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void check_listsTheProblemsInTheLanguage_withTheEnglishCodesAndLocations(String language, @TempDir Path dir)
            throws Exception {
        Texts texts = texts(language);
        Path file = faulty(dir);
        CliRun english = run("check", file.toString(), "--format", "json");
        CliRun localised = run("check", file.toString(), "--format", "json", "--lang", language);
        assertThat(localised.exit).as(localised.err).isEqualTo(english.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(localised.err).isEmpty(); // the language is complete: no warning
        JsonNode en = JSON.readTree(english.out);
        JsonNode local = JSON.readTree(localised.out);
        assertThat(local.get("language").asText()).isEqualTo(language);
        assertThat(codesAndLocations(local)).isEqualTo(codesAndLocations(en))
                .contains("UNKNOWN_QUESTION", "INVALID_VALUE", "INVALID_FIELD");
        for (int i = 0; i < en.get("problems").size(); i++) {
            assertThat(local.get("problems").get(i).get("message").asText()).as("problem %d", i)
                    .isNotEqualTo(en.get("problems").get(i).get("message").asText());
        }
        assertThat(local.toString()).contains(fragment(texts, "problem.answer.unknownQuestion"))
                .contains(fragment(texts, "problem.answer.invalidOneOf")).contains(fragment(texts, "problem.field.placeholder"))
                .contains(texts.text("problem.answer.didYouMean", "REMOTE-MFA"))
                .contains(texts.text("q.ENC-REST.text")); // the question named by its text in the language
        assertThat(en.toString()).contains("unknown question id 'REMOTE-MFAA'").contains("; did you mean REMOTE-MFA?");

        CliRun text = run("check", file.toString(), "--lang", language);
        assertThat(text.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(text.out).contains(texts.text("selfcheck.title", file))
                .contains(fragment(texts, "problem.answer.unknownQuestion")).contains("  [UNKNOWN_QUESTION]")
                .contains(texts.text("where.pointer", "/answers/"));
        CliRun sarif = run("check", file.toString(), "--format", "sarif", "--lang", language);
        JsonNode run = JSON.readTree(sarif.out).get("runs").get(0);
        assertThat(run.get("language").asText()).isEqualTo(language);
        List<String> ruleIds = new ArrayList<>();
        run.get("results").forEach(r -> ruleIds.add(r.get("ruleId").asText()));
        assertThat(ruleIds).contains("input/UNKNOWN_QUESTION", "input/INVALID_VALUE");
        for (String output : List.of(localised.out, text.out, sarif.out)) {
            for (String sampled : ENGLISH_SAMPLE) {
                assertThat(output).as("English left in the %s output", language).doesNotContain(sampled);
            }
        }
    }

    @Test
    void check_ofTheExampleInGerman_hasNoEnglishFrame() {
        CliRun check = run("check", example("incomplete-submission.json"), "--lang", "de");
        assertThat(check.out).contains(texts("de").text("selfcheck.valid"));
        for (String sampled : ENGLISH_SAMPLE) {
            assertThat(check.out).doesNotContain(sampled);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void formatErrors_areExplainedInTheLanguage(String language, @TempDir Path dir) throws Exception {
        Texts texts = texts(language);
        Path csv = Files.writeString(dir.resolve("tabs.csv"), "key\tvalue\nquestionnaire.id\tX\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"A\",\n  \"profile\": }\n");
        Path schema = Files.writeString(dir.resolve("schema.json"), "{\"schemaVersion\": \"1\", \"id\": \"T-1\","
                + " \"profile\": \"cloud-migration\", \"submitted\": \"2026-11-05\", \"vendor\": {\"country\": \"ES\"},"
                + " \"product\": {\"name\": \"P\", \"version\": \"1\", \"kind\": \"CLOUD_SERVICE\"}, \"answers\": []}");
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "\uFEFFkey,value\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(run("check", csv.toString(), "--lang", language).out).contains(texts.text("problem.csv.notSplit"))
                .contains(texts.text("where.line", 1)).contains("[MALFORMED_CSV]");
        assertThat(run("check", broken.toString(), "--lang", language).out)
                .contains(fragment(texts, "problem.json.syntax")).contains("[MALFORMED_JSON]");
        assertThat(run("check", schema.toString(), "--lang", language).out)
                .contains(texts.text("schema.required", "name")).contains("[SCHEMA_VIOLATION]");
        assertThat(run("check", utf16.toString(), "--lang", language).out)
                .contains(texts.text("problem.advice.csv")).contains("[BAD_ENCODING]");
        Path sbom = Files.writeString(dir.resolve("sbom.json"), "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.1\"}");
        assertThat(run("check", example("incomplete-submission.json"), "--sbom", sbom.toString(), "--lang", language).out)
                .contains(texts.text("problem.sbom.specVersion", "1.1", String.join(", ", SbomReader.SPEC_VERSIONS)))
                .contains("[UNSUPPORTED_FORMAT]");
        CliRun english = run("check", schema.toString());
        assertThat(english.out).contains("schema.json at /vendor: required property 'name' not found  [SCHEMA_VIOLATION]");
    }

    @Test
    void evaluate_namesTheProblemAndSumsUpInTheLanguage(@TempDir Path dir) throws Exception {
        Path file = faulty(dir);
        CliRun german = run("evaluate", file.toString(), "--out", dir.resolve("de").toString(), "--lang", "de");
        CliRun english = run("evaluate", file.toString(), "--out", dir.resolve("en").toString());
        assertThat(german.exit).isEqualTo(english.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        Texts de = texts("de");
        assertThat(german.out + german.err).contains(de.text("cli.summary", 0, 1, 0, 0, "", ""))
                .contains(fragment(de, "cli.invalid.first")).contains("`cyberprocure check " + file + "` listet alle auf");
        assertThat(english.out + english.err).contains("Summary: 0 evaluated, 1 invalid, 0 not read, 0 skipped")
                .contains("invalid input: ").contains("problems, the first: faulty-submission.json");
        for (String sampled : ENGLISH_SAMPLE) {
            assertThat(german.out + german.err).doesNotContain(sampled);
        }
    }

    private static List<String> codesAndLocations(JsonNode check) {
        List<String> codes = new ArrayList<>();
        check.get("problems").forEach(p -> {
            codes.add(p.get("reason").asText());
            codes.add(p.get("location").toString());
        });
        return codes;
    }

    /** The longest piece of a text between its placeholders: what any use of the key shows. */
    private static String fragment(Texts texts, String key) {
        String marked = texts.text(key, "\u0001", "\u0001", "\u0001", "\u0001");
        String longest = "";
        for (String piece : marked.split("\u0001")) {
            longest = piece.length() > longest.length() ? piece : longest;
        }
        assertThat(longest.length()).as(key).isGreaterThan(5);
        return longest;
    }

    private static Texts texts(String language) {
        return CyberProcureCli.checker().catalog().translations().texts(Locale.forLanguageTag(language));
    }
}
