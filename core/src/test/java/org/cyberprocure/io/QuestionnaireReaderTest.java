package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.TestCatalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireReaderTest {
    private final QuestionnaireReader reader = new QuestionnaireReader(TestCatalog.create());

    private static final String HEADER = """
            "schemaVersion": "1", "id": "T-1", "profile": "cloud-migration", "submitted": "2026-10-01",
            "vendor": {"name": "Szpital Wojewódzki — Zakład Łódź", "country": "PL"},
            "product": {"name": "PACS", "kind": "CLOUD_SERVICE"},
            """;

    private Questionnaire json(String answers) {
        return reader.readJson(bytes("{" + HEADER + "\"answers\": [" + answers + "]}"), "q.json");
    }

    private InputRejectedException jsonRejection(String content) {
        return rejection(() -> reader.readJson(bytes(content), "q.json"));
    }

    private InputRejectedException csvRejection(String content) {
        return rejection(() -> reader.readCsv(bytes(content), "q.csv"));
    }

    private static InputRejectedException rejection(Runnable read) {
        try {
            read.run();
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("input was accepted");
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String CSV = """
            key,value,comment,evidence
            questionnaire.id,T-1,,
            questionnaire.profile,cloud-migration,,
            questionnaire.submitted,2026-10-01,,
            vendor.name,"Szpital Wojewódzki — Zakład Łódź",,
            product.name,PACS,,
            product.kind,CLOUD_SERVICE,,
            ENC-REST,Yes,"AES-256, HSM",Crypto concept v2 | ISO certificate
            LOG-EVENTS,,,
            BREACH-HOURS,24.0,,
            """;

    @Test
    void validJson_isReadWithNormalisedValuesAndLocations() {
        Questionnaire q = json("""
                {"question": "ENC-REST", "value": "YES", "comment": "AES", "evidence": ["doc A"]},
                {"question": "LOG-EVENTS", "value": "N/A"},
                {"question": "CLD-DATA-LOCATION", "value": "eea_only"},
                {"question": "BREACH-HOURS", "value": "24.0"}
                """);
        assertThat(q.profile()).isEqualTo(Profile.CLOUD_MIGRATION);
        assertThat(q.submitted()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.vendor().name()).isEqualTo("Szpital Wojewódzki — Zakład Łódź");
        assertThat(q.product().kind()).isEqualTo(ProductKind.CLOUD_SERVICE);
        assertThat(q.answers()).extracting(Answer::value).containsExactly("yes", "n/a", "EEA_ONLY", "24");
        assertThat(q.answers().get(0).evidence()).containsExactly("doc A");
        assertThat(q.answers().get(2).location().pointer()).isEqualTo("/answers/2");
    }

    @Test
    void validCsv_isReadLikeJson_blankValuesAreUnanswered() {
        Questionnaire q = reader.readCsv(bytes(CSV), "q.csv");
        assertThat(q.vendor().name()).isEqualTo("Szpital Wojewódzki — Zakład Łódź");
        assertThat(q.answers()).extracting(Answer::questionId).containsExactly("ENC-REST", "BREACH-HOURS");
        assertThat(q.answers().get(0).evidence()).containsExactly("Crypto concept v2", "ISO certificate");
        assertThat(q.answers().get(0).location().line()).isEqualTo(8);
    }

    @Test
    void csvWithBomAndSemicolons_isAccepted() {
        String semicolons = "\uFEFF" + CSV.replace("\"AES-256, HSM\"", "AES-256 HSM").replace(',', ';');
        Questionnaire q = reader.readCsv(bytes(semicolons), "q.csv");
        assertThat(q.answers()).hasSize(2);
    }

    @Test
    void jsonAndCsvWriters_roundTrip() {
        Questionnaire original = reader.readCsv(bytes(CSV), "q.csv");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        QuestionnaireWriter.writeJson(original, json);
        Questionnaire fromJson = reader.readJson(new ByteArrayInputStream(json.toByteArray()), "q.json");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        QuestionnaireWriter.writeCsv(fromJson, csv);
        Questionnaire fromCsv = reader.readCsv(new ByteArrayInputStream(csv.toByteArray()), "q2.csv");
        assertThat(fromCsv).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*location.*")
                .isEqualTo(original);
    }

    @Test
    void malformedJson_isRejectedWithLineAndColumn() {
        InputRejectedException e = jsonRejection("{\n  \"id\": \"x\",\n  \"profile\" \"cloud-migration\"\n}");
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(e.problems().get(0).location().line()).isEqualTo(3);
        assertThat(e.problems().get(0).location().column()).isPositive();
        assertThat(e.source()).isEqualTo("q.json");
    }

    @Test
    void duplicateJsonKey_isRejected() {
        InputRejectedException e = jsonRejection("{\"id\": \"a\", \"id\": \"b\"}");
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(e.getMessage()).contains("Duplicate field 'id'");
    }

    @Test
    void trailingContent_isRejected() {
        InputRejectedException e = jsonRejection("{" + HEADER + "\"answers\": []} {}");
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
    }

    @Test
    void unknownJsonField_isRejectedWithItsOwnPointer() {
        InputRejectedException e = jsonRejection("{" + HEADER
                + "\"answers\": [{\"question\": \"ENC-REST\", \"value\": \"yes\", \"valu\": 1}]}");
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/answers/0/valu");
        assertThat(e.getMessage()).contains("'valu'");
    }

    @Test
    void wrongJsonType_isASchemaViolationAtTheValue() {
        InputRejectedException e = jsonRejection("{" + HEADER
                + "\"answers\": [{\"question\": \"ENC-REST\", \"value\": true}]}");
        assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/answers/0/value");
    }

    @Test
    void missingRequiredJsonField_isRejected() {
        InputRejectedException e = jsonRejection("{\"schemaVersion\": \"1\", \"answers\": []}");
        assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(e.getMessage()).contains("profile").contains("vendor");
    }

    @Test
    void unknownQuestionId_isRejectedWithItsPointer() {
        InputRejectedException e = jsonRejection("{" + HEADER
                + "\"answers\": [{\"question\": \"ENC-REST\", \"value\": \"yes\"},"
                + " {\"question\": \"NO-SUCH-QUESTION\", \"value\": \"yes\"}]}");
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_QUESTION);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/answers/1");
        assertThat(e.getMessage()).contains("NO-SUCH-QUESTION");
    }

    @Test
    void invalidAnswerValues_areAllReportedWithAcceptedValues() {
        InputRejectedException e = jsonRejection("{" + HEADER + "\"answers\": ["
                + "{\"question\": \"ENC-REST\", \"value\": \"maybe\"},"
                + "{\"question\": \"CLD-DATA-LOCATION\", \"value\": \"MOON\"},"
                + "{\"question\": \"CLD-RESTORE-TEST-DATE\", \"value\": \"31.12.2025\"},"
                + "{\"question\": \"BREACH-HOURS\", \"value\": \"a day\"}]}");
        assertThat(e.problems()).hasSize(4).allMatch(p -> p.reason() == Reason.INVALID_VALUE);
        assertThat(e.problems().get(0).message()).contains("expected one of: yes, no");
        assertThat(e.problems().get(1).message()).contains("EEA_ONLY, OUTSIDE_EEA");
        assertThat(e.problems().get(2).location().pointer()).isEqualTo("/answers/2");
    }

    @Test
    void duplicateAnswer_isRejectedNamingBothPlaces() {
        InputRejectedException e = csvRejection(CSV + "ENC-REST,no,,\n");
        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_ANSWER);
        assertThat(e.problems().get(0).location().line()).isEqualTo(11);
        assertThat(e.getMessage()).contains("first at q.csv, line 8");
    }

    @Test
    void questionOfAnotherProfile_isRejected() {
        InputRejectedException e = csvRejection(CSV + "MD-SUPPORT-END,2030-01-01,,\n");
        assertThat(e.reason()).isEqualTo(Reason.WRONG_PROFILE);
    }

    @Test
    void unterminatedCsvQuote_isRejected() {
        InputRejectedException e = csvRejection(CSV + "ENC-TRANSIT,\"yes,,\n");
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CSV);
        assertThat(e.problems().get(0).location().line()).isEqualTo(11);
        assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void csvShortRowAndUnknownColumn_areRejected() {
        assertThat(csvRejection(CSV + "ENC-TRANSIT\n").problems().get(0).location().line()).isEqualTo(11);
        assertThat(csvRejection("key,value,colour\n").getMessage()).contains("column 3 of the header")
                .as("named by position: the file's text is never echoed").doesNotContain("colour");
        assertThat(csvRejection("key,value,value\n").reason()).isEqualTo(Reason.MALFORMED_CSV);
    }

    @Test
    void missingHeaderFieldsInCsv_areListed() {
        InputRejectedException e = csvRejection("key,value\nENC-REST,yes\n");
        assertThat(e.problems()).extracting(p -> p.reason()).contains(Reason.INVALID_FIELD);
        assertThat(e.getMessage()).contains("questionnaire.id").contains("vendor.name");
    }

    @Test
    void legacyCodePageCsv_isRejectedAtTheFirstForeignByte() {
        byte[] latin2 = CSV.getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
        InputRejectedException e = rejection(() -> reader.readCsv(new ByteArrayInputStream(latin2), "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
        assertThat(e.problems().get(0).location().line()).isEqualTo(5);
        assertThat(e.problems().get(0).location().column()).isEqualTo(27); // the ó of Wojewódzki
        assertThat(e.getMessage()).contains("not valid UTF-8").contains("CSV UTF-8");
    }

    @Test
    void filesAreReadByExtension_othersAndMissingOnesRejected(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("vendor.csv"), CSV);
        assertThat(reader.read(csv).id()).isEqualTo("T-1");
        assertThat(rejection(() -> reader.read(dir.resolve("vendor.xlsx"))).reason())
                .isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(rejection(() -> reader.read(dir.resolve("missing.json"))).reason()).isEqualTo(Reason.UNREADABLE);
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThat(rejection(() -> reader.read(empty)).reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void messages_areFreeOfControlCharacters() {
        InputRejectedException e = jsonRejection("{" + HEADER
                + "\"answers\": [{\"question\": \"ENC-REST\", \"value\": \"yes\\u0007\\u202Eon\"}]}");
        assertThat(e.getMessage()).doesNotContain("\u0007").doesNotContain("\u202E");
    }

    @Test
    void csvCommentWithoutValue_isRejectedRatherThanDropped() {
        InputRejectedException e = csvRejection(CSV + "ENC-TRANSIT,,we use TLS,\n");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(e.problems().get(0).location().line()).isEqualTo(11);
    }

    @Test
    void csvAndJson_enforceTheSameHeaderBounds() {
        assertThat(csvRejection(CSV.replace("questionnaire.id,T-1", "vendor.country,Poland,,\nquestionnaire.id,T-1"))
                .reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(jsonRejection("{" + HEADER.replace("\"PL\"", "\"Poland\"") + "\"answers\": []}").reason())
                .isEqualTo(Reason.SCHEMA_VIOLATION);
        String longName = "x".repeat(301);
        assertThat(csvRejection(CSV.replace("\"Szpital Wojewódzki — Zakład Łódź\"", longName)).reason())
                .isEqualTo(Reason.TOO_LARGE);
        assertThat(jsonRejection("{" + HEADER.replace("Szpital Wojewódzki — Zakład Łódź", longName)
                + "\"answers\": []}").reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
    }

    @Test
    void evidenceContainingTheCsvSeparator_isRejectedInJson() {
        InputRejectedException e = jsonRejection("{" + HEADER
                + "\"answers\": [{\"question\": \"ENC-REST\", \"value\": \"yes\", \"evidence\": [\"a | b\"]}]}");
        assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/answers/0/evidence/0");
    }

    @Test
    void deepNestingAndOversizedFiles_areRejectedAsTooLarge() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertThat(jsonRejection(deep).reason()).isEqualTo(Reason.TOO_LARGE);
        byte[] huge = new byte[QuestionnaireReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(rejection(() -> reader.readJson(new ByteArrayInputStream(huge), "q.json")).reason())
                .isEqualTo(Reason.TOO_LARGE);
    }
}
