package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Message;
import org.cyberprocure.report.ReportModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports in German and French, and in a language a pack adds: real PDFs, their text read back with iText. */
class LocalizedReportTest {
    private static final Catalog CATALOG = RuleTesting.CHECKER.catalog();

    @TempDir
    Path pack;

    @Test
    void germanAndFrenchReports_showNoEnglishInTheRowsSampled() throws Exception {
        assumeTrue(MessageBundlesTest.translated("de") || MessageBundlesTest.translated("fr"),
                "the German and French texts of the rule pack are not merged yet");
        for (String sample : List.of("cloud-vendor.json", "medical-device.json")) {
            Assessment assessment = SampleReportTest.evaluateSample(sample);
            ReportModel english = ReportModel.of(assessment, CATALOG, Policy.defaults(), Locale.ENGLISH);
            for (Locale locale : List.of(Locale.GERMAN, Locale.FRENCH)) {
                ReportModel model = ReportModel.of(assessment, CATALOG, Policy.defaults(), locale);
                String pdf = SampleReportTest.text(SampleReportTest.pdf(model));
                assertThat(model.untranslated()).as("%s %s: texts shown in English", sample, locale).isEmpty();
                // Gap rows: the register prints each with title and rationale (met rows are folded by gate).
                for (int i = 0; i < model.rows().size(); i += 5) {
                    Finding shown = model.rows().get(i).finding();
                    Finding en = english.rows().get(i).finding();
                    if (!shown.status().isGap()) {
                        continue;
                    }
                    String why = start(shown.rationale());
                    assertThat(pdf).as("%s %s %s title", sample, locale, shown.requirementId())
                            .contains(start(shown.title()));
                    assertThat(shown.rationale()).as("%s %s rationale", locale, shown.requirementId())
                            .isNotEqualTo(en.rationale());
                    assertThat(pdf).as("%s %s %s rationale", sample, locale, shown.requirementId()).contains(why);
                    assertThat(pdf).as("%s %s %s English rationale", sample, locale, shown.requirementId())
                            .doesNotContain(start(en.rationale()));
                }
                assertThat(pdf).doesNotContain(start(english.disclaimer()));
                model.assessment().decisionReasons().forEach(r -> assertThat(english.reasons()).doesNotContain(r));
            }
        }
    }

    @Test
    void datesInGermanRationales_areWrittenTheGermanWay() {
        Assessment assessment = SampleReportTest.evaluateSample("medical-device.json");
        ReportModel german = ReportModel.of(assessment, CATALOG, Policy.defaults(), Locale.GERMAN);
        List<Finding> dated = german.rows().stream().map(ReportModel.FindingRow::finding)
                .filter(f -> f.rationaleMessage() != null && hasDate(f.rationaleMessage())).toList();
        assertThat(dated).isNotEmpty();
        for (Finding f : dated) {
            LocalDate date = firstDate(f.rationaleMessage());
            assertThat(f.rationale()).as(f.requirementId())
                    .contains(String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
        }
    }

    @Test
    void languagePack_addsALanguage_andTheReportSaysWhatIsStillEnglish() throws Exception {
        Files.writeString(pack.resolve("labels_pl.properties"), """
                report.title=Raport luk w cyberbezpieczeństwie
                decision.ACCEPT_WITH_CONDITIONS=Przyjęcie z warunkami
                report.untranslated={0} tekstów tego raportu nie ma w tym języku; pokazano je po angielsku.
                """);
        Files.writeString(pack.resolve("gdpr_pl.properties"),
                "req.GDPR-32-1a.title=Szyfrowanie danych osobowych odpowiednio do ryzyka\n");
        Texts polish = CATALOG.translations().withLanguagePack(pack).texts(Locale.forLanguageTag("pl"));
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");
        ReportModel model = ReportModel.of(assessment, CATALOG, Policy.defaults(), polish);

        assertThat(model.title()).isEqualTo("Raport luk w cyberbezpieczeństwie");
        assertThat(model.rows()).anySatisfy(r -> assertThat(r.finding().title())
                .isEqualTo("Szyfrowanie danych osobowych odpowiednio do ryzyka"));
        assertThat(model.untranslated()).contains("req.GDPR-28-3a.title").doesNotContain("report.title");
        String pdf = SampleReportTest.text(SampleReportTest.pdf(model));
        assertThat(pdf).contains("Raport luk w cyberbezpieczeństwie").contains("Przyjęcie z warunkami")
                .contains("tekstów tego raportu nie ma w tym języku");
    }

    /** The first words of a text, as the PDF shows it (whitespace collapsed; long cells may be cut later on). */
    private static String start(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        return collapsed.substring(0, Math.min(45, collapsed.length()));
    }

    private static boolean hasDate(Message m) {
        return firstDate(m) != null;
    }

    private static LocalDate firstDate(Message m) {
        for (Object a : m.arguments()) {
            if (a instanceof LocalDate d) {
                return d;
            }
            if (a instanceof Message nested && firstDate(nested) != null) {
                return firstDate(nested);
            }
        }
        return null;
    }
}
