package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.io.QuestionnaireWriter;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** Questionnaires built in code: the builder, and the same header and answer checks as a file gets. */
class QuestionnaireBuilderTest {

    private static Questionnaire.Builder cloud() {
        return Questionnaire.builder("TENDER-2026-17", Profile.CLOUD_MIGRATION)
                .submitted(LocalDate.of(2026, 10, 15))
                .vendor("Acme Health Cloud GmbH", "DE", "security@acme.example")
                .product("Acme Records", "5.2", ProductKind.CLOUD_SERVICE);
    }

    @Test
    void builtQuestionnaire_withEvidence_isEvaluated() {
        Questionnaire questionnaire = cloud()
                .answer("CLD-DATA-LOCATION", "EEA_ONLY", "Frankfurt and Amsterdam", "DPA annex 3")
                .answer("ENC-REST", "yes", "AES-256", "Encryption concept v2", "ISO 27001 SoA")
                .answer("BREACH-HOURS", "48")
                .build();

        assertThat(questionnaire.answer("ENC-REST").orElseThrow().evidence())
                .containsExactly("Encryption concept v2", "ISO 27001 SoA");
        assertThat(questionnaire.answer("BREACH-HOURS").orElseThrow().location().pointer()).isEqualTo("/answers/2");
        Assessment assessment = RuleTesting.CHECKER.evaluate(questionnaire);
        assertThat(assessment.questionnaireId()).isEqualTo("TENDER-2026-17");
        assertThat(assessment.findings()).anyMatch(f -> f.status() == Status.MET);
    }

    @Test
    void builderWithoutVendorOrProduct_saysWhatIsMissing() {
        assertThatThrownBy(() -> Questionnaire.builder("Q-1", Profile.MEDICAL_DEVICE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("submitted, vendor, product");
    }

    @Test
    void builtQuestionnaire_getsTheFileHeaderChecks_locatedByJsonPointer() {
        Questionnaire bad = Questionnaire.builder("TENDER-2026-18", Profile.CLOUD_MIGRATION)
                .submitted(LocalDate.of(1900, 1, 1))
                .vendor("Acme", "Germany", "")
                .product("Acme Pump", "1", ProductKind.MEDICAL_DEVICE)
                .answer("NO-SUCH-QUESTION", "yes")
                .build();

        List<Problem> problems = rejected(() -> RuleTesting.CHECKER.evaluate(bad));

        assertThat(problems).extracting(p -> p.reason() + " " + p.location().pointer()).containsExactlyInAnyOrder(
                "INVALID_FIELD /vendor/country", "INVALID_FIELD /submitted", "WRONG_PROFILE /product/kind",
                "UNKNOWN_QUESTION /answers/0");
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("'Germany' is not an ISO 3166-1"))
                .anyMatch(m -> m.contains("product kind MEDICAL_DEVICE does not fit the cloud-migration profile"));
    }

    @Test
    void builtAndWrittenToCsv_fileAndCodeAreRejectedForTheSameProblems() {
        Questionnaire bad = cloud().vendor("Acme", "de", "").product("Acme Pump", "1", ProductKind.MEDICAL_DEVICE)
                .answer("BREACH-HOURS", "soon").build();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        QuestionnaireWriter.writeCsv(bad, csv);

        List<Problem> fromCode = rejected(() -> RuleTesting.CHECKER.reader().check(bad));
        List<Problem> fromFile = rejected(() -> RuleTesting.CHECKER.reader()
                .readCsv(new ByteArrayInputStream(csv.toByteArray()), "bad.csv"));

        // Same reasons and messages; only the locations differ (JSON pointers here, CSV lines there).
        assertThat(fromCode).extracting(p -> p.reason() + " " + p.message())
                .containsExactlyInAnyOrderElementsOf(fromFile.stream().map(p -> p.reason() + " " + p.message()).toList());
        assertThat(fromCode).extracting(Problem::reason)
                .containsExactlyInAnyOrder(Reason.INVALID_FIELD, Reason.WRONG_PROFILE, Reason.INVALID_VALUE);
    }

    private static List<Problem> rejected(Runnable action) {
        try {
            action.run();
        } catch (InputRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("not rejected");
    }
}
