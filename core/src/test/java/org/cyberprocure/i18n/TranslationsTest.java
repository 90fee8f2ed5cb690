package org.cyberprocure.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationsTest {
    private static final Translations BUNDLED = Translations.labelsOnly();
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @TempDir
    Path pack;

    @Test
    void bundledLanguages_areListedEnglishFirst() {
        assertThat(BUNDLED.languages()).startsWith("en").contains("de", "fr").doesNotContain("pl");
    }

    @Test
    void languageWithoutAnyFile_isRefusedWithTheLanguagesThereAre() {
        assertThatThrownBy(() -> BUNDLED.texts(POLISH)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no texts in language 'pl'").hasMessageContaining("en, de, fr")
                .hasMessageContaining("language pack");
        assertThat(BUNDLED.supports(POLISH)).isFalse();
    }

    @Test
    void languagePackFolder_addsALanguage_andWhatItLacksIsShownInEnglishAndCounted() throws IOException {
        write("labels_pl.properties", "report.title=Raport luk w cyberbezpieczeństwie\n");
        Translations withPack = BUNDLED.withLanguagePack(pack);
        assertThat(withPack.languages()).contains("pl");
        Texts polish = withPack.texts(POLISH).fresh();
        assertThat(polish.text("report.title")).isEqualTo("Raport luk w cyberbezpieczeństwie");
        assertThat(polish.text("decision.REJECT")).isEqualTo("Reject");
        assertThat(polish.fellBackToEnglish()).containsExactly("decision.REJECT");

        Completeness completeness = withPack.completeness(POLISH);
        assertThat(completeness.complete()).isFalse();
        assertThat(completeness.missing()).contains("decision.REJECT").doesNotContain("report.title");
        assertThat(completeness.missing()).hasSize(completeness.keys() - 1);
        assertThat(completeness.summary()).startsWith("pl: 1 of " + completeness.keys() + " texts")
                .contains("shown in English");
    }

    @Test
    void languagePack_overridesABundledText_andALaterPackWins() throws IOException {
        write("labels_de.properties", "report.title=Lückenbericht des Klinikums\n");
        Path second = Files.createDirectory(pack.resolve("second"));
        Files.writeString(second.resolve("labels_de.properties"), "report.title=Zweiter Titel\n");
        assertThat(BUNDLED.withLanguagePack(pack).texts(Locale.GERMAN).text("report.title"))
                .isEqualTo("Lückenbericht des Klinikums");
        assertThat(BUNDLED.withLanguagePack(pack).withLanguagePack(second).texts(Locale.GERMAN)
                .text("report.title")).isEqualTo("Zweiter Titel");
        assertThat(BUNDLED.texts(Locale.GERMAN).text("report.title")).isNotEqualTo("Zweiter Titel");
    }

    @Test
    void classPathPack_isFoundForItsLanguage() {
        assertThat(BUNDLED.supports(Locale.forLanguageTag("eo"))).isTrue();
        assertThat(BUNDLED.texts(Locale.forLanguageTag("eo")).text("report.title"))
                .isEqualTo("Raporto pri sekurecaj mankoj");
    }

    @Test
    void faultyPacks_areRefusedNamingTheFile() throws IOException {
        assertThatThrownBy(() -> BUNDLED.withLanguagePack(pack.resolve("missing")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is not a folder");

        write("lables_pl.properties", "report.title=x\n");
        assertThatThrownBy(() -> BUNDLED.withLanguagePack(pack)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("lables_pl.properties").hasMessageContaining("labels");
        Files.delete(pack.resolve("lables_pl.properties"));

        Files.write(pack.resolve("labels_pl.properties"), new byte[] {'a', '=', (byte) 0xE9, 'x'});
        assertThatThrownBy(() -> BUNDLED.withLanguagePack(pack)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("labels_pl.properties").hasMessageContaining("UTF-8");
    }

    @Test
    void completeness_findsUnknownKeysOtherPlaceholdersAndLoneApostrophes() throws IOException {
        write("labels_pl.properties", """
                report.page=Strona {0}
                report.titel=Raport
                decision.REJECT=Odrzuci' ofert\u0119
                """);
        Completeness c = BUNDLED.withLanguagePack(pack).completeness(POLISH);
        assertThat(c.unknown()).containsExactly("report.titel");
        assertThat(c.placeholderMismatch()).containsExactly("report.page");
        assertThat(c.invalid()).singleElement().asString().startsWith("decision.REJECT: a single apostrophe");
        assertThat(BUNDLED.completeness(Locale.ENGLISH).complete()).isTrue();
    }

    @Test
    void arguments_areWrittenInTheLanguage() {
        Texts german = BUNDLED.texts(Locale.GERMAN);
        Texts english = BUNDLED.english();
        LocalDate date = LocalDate.of(2027, 12, 11);
        assertThat(german.format(Message.of("finding.notYetInForce", Texts.literal("Gut"), date, date)))
                .isEqualTo("Gut. (Verbindlich erst ab 11.12.2027; am 11.12.2027 nur empfehlend.)");
        assertThat(english.format(Message.of("finding.notYetInForce", Texts.literal("Fine"), date, date)))
                .isEqualTo("Fine. (Binding only from 2027-12-11; advisory on 2027-12-11.)");
        assertThat(german.format(Message.of("reason.belowThreshold", 42.5, 50.0)))
                .contains("42,5").endsWith("von 50.");
        assertThat(english.format(Message.of("reason.belowThreshold", 42.5, 50.0)))
                .isEqualTo("The overall score 42.5 is below the policy's minimum of 50.0.");
        Answer date2 = Answer.of("SUPPORT-END", "2030-06-30");
        assertThat(german.format(Message.of("answer.is", date2.questionId(), date2)))
                .isEqualTo("SUPPORT-END = 30.06.2030");
        assertThat(english.format(Message.of("finding.notAnswered", List.of("A", "B")))).isEqualTo("Not answered: A, B.");
    }

    @Test
    void answerCodes_areShownByTheirLabel_exceptInEnglish() throws IOException {
        write("labels_pl.properties", "value.no=nie\n");
        Texts polish = BUNDLED.withLanguagePack(pack).texts(POLISH);
        Answer no = Answer.of("ENC-REST", "no");
        assertThat(polish.format(Message.of("answer.is", no.questionId(), no))).isEqualTo("ENC-REST = nie");
        assertThat(BUNDLED.english().format(Message.of("answer.is", no.questionId(), no))).isEqualTo("ENC-REST = no");
        assertThat(polish.value(Answer.of("X", "free text"))).isEqualTo("free text");
    }

    @Test
    void frenchKeepsTheSpaceBeforeAColon_whileTidyingARuleText() {
        Texts french = BUNDLED.texts(Locale.FRENCH);
        assertThat(french.format(Texts.literal("Constat : rien  ."))).isEqualTo("Constat : rien.");
        assertThat(BUNDLED.english().format(Texts.literal("Finding : none  ."))).isEqualTo("Finding: none.");
    }

    @Test
    void aKeyNoBundleHas_isAnError_unlessTheMessageCarriesItsOwnText() {
        Texts english = BUNDLED.english();
        assertThatThrownBy(() -> english.format(Message.of("req.NOPE.title")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("req.NOPE.title");
        assertThat(english.format(Message.withFallback("req.NOPE.title", "Own title"))).isEqualTo("Own title");
        assertThatThrownBy(() -> Message.of("x", new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(pack.resolve(name), content);
    }
}
