package org.cyberprocure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.io.QuestionnaireReader;
import org.cyberprocure.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** Input problems carry a message key: English as it always was, other languages from the bundle (ADR 0032). */
class InputProblemTextsTest {
    private static final Texts ENGLISH = Translations.labelsOnly().texts(Locale.ENGLISH);
    private static final Texts GERMAN = Translations.labelsOnly().texts(Locale.GERMAN);

    @Test
    void locations_readInEnglishExactlyAsDescribed_andInGermanInGermanWords() {
        List<SourceLocation> locations = List.of(SourceLocation.of("a.json"), SourceLocation.line("a.csv", 7),
                new SourceLocation("a.csv", 3, 5, ""), SourceLocation.jsonPointer("a.json", "/answers/2/value"),
                SourceLocation.cell("form.xlsx", "Form", 12, 28), new SourceLocation("form.xlsx", 4, 0, "", "Intro"));
        for (SourceLocation location : locations) {
            assertThat(ENGLISH.format(InputRejectedException.where(location))).isEqualTo(location.describe());
        }
        assertThat(GERMAN.format(InputRejectedException.where(SourceLocation.cell("form.xlsx", "Form", 12, 28))))
                .isEqualTo("form.xlsx, Tabellenblatt „Form“, Zeile 12, Spalte AB");
        assertThat(GERMAN.format(InputRejectedException.where(new SourceLocation("a.csv", 3, 5, ""))))
                .isEqualTo("a.csv, Zeile 3, Spalte 5");
    }

    @Test
    void aProblemByKey_hasItsEnglishMessage_andIsWrittenInTheLanguageAsked() {
        Problem problem = Problem.of(Reason.TOO_LARGE, SourceLocation.line("q.csv", 4), "problem.csv.cellTooLong", 4000);
        assertThat(problem.message()).isEqualTo("a cell longer than 4000 characters, the reader's limit");
        assertThat(problem.describe()).isEqualTo("q.csv, line 4: a cell longer than 4000 characters, the reader's limit");
        assertThat(problem.describe(ENGLISH)).isEqualTo(problem.describe());
        assertThat(problem.describe(GERMAN))
                .isEqualTo("q.csv, Zeile 4: eine Zelle mit mehr als 4000 Zeichen, die Grenze des Einlesens");
        assertThat(problem.text().key()).isEqualTo("problem.csv.cellTooLong");

        Problem verbatim = new Problem(Reason.MALFORMED_CSV, SourceLocation.of("q.csv"), "the parser's words");
        assertThat(verbatim.text(GERMAN)).isEqualTo("the parser's words");
    }

    @Test
    void aRejectedQuestionnaire_isDescribedInGerman_withTheSameCodesAndLocations() {
        String json = """
                {"schemaVersion": "1", "id": "T-1", "profile": "cloud-migration", "submitted": "2026-10-01",
                 "vendor": {"name": "V", "country": "PL"}, "product": {"name": "P", "kind": "CLOUD_SERVICE"},
                 "answers": [{"question": "ENC-RESTT", "value": "yes"}, {"question": "ENC-REST", "value": "maybe"}]}
                """;
        InputRejectedException e = rejection(json);
        assertThat(e.problems()).extracting(Problem::reason).containsExactly(Reason.UNKNOWN_QUESTION,
                Reason.INVALID_VALUE);
        assertThat(e.message(ENGLISH)).isEqualTo(e.getMessage());
        String german = e.message(GERMAN);
        assertThat(german).startsWith("2 Probleme in q.json:")
                .contains("q.json an Stelle /answers/0: unbekannte Fragenkennung „ENC-RESTT“")
                .contains("; meinten Sie ENC-REST?")
                .contains("q.json an Stelle /answers/1: „maybe“ ist keine gültige Antwort auf ENC-REST („")
                .doesNotContain("unknown question").doesNotContain("is not a valid answer");
        assertThat(e.getMessage()).contains("unknown question id 'ENC-RESTT'").contains("did you mean ENC-REST?")
                .contains("'maybe' is not a valid answer to ENC-REST");
    }

    private static InputRejectedException rejection(String json) {
        try {
            new QuestionnaireReader(TestCatalog.create()).readJson(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "q.json");
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
