package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.Waivers;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.WaiverOutcome;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The texts about the inputs (docs/adr/0028) in German, French and Italian reports of the waivers example and of an
 * MDS2 example with an incomplete SBOM: real PDFs, their text read back with iText, checked for the English texts
 * the English report of the same assessment shows.
 */
class InputTextsReportTest {
    private static final Catalog CATALOG = RuleTesting.CHECKER.catalog();
    private static final Assessment WAIVED = RuleTesting.CHECKER.evaluate(
            SampleReportTest.readSample("cloud-vendor.json"), EvaluationContext.defaults().withWaivers(
                    Waivers.read(SampleReportTest.EXAMPLES.resolve("waivers/hospital-waivers.json"))));
    private static final Assessment PUMP = pump();

    private static Assessment pump() {
        Questionnaire form = RuleTesting.CHECKER.mds2Reader().read(ExamplesTest.EXAMPLES.resolve("infusion-pump-mds2.xlsx"));
        SbomEvidence sbom = RuleTesting.CHECKER.sbomReader().read(SbomRulesTest.SBOMS.resolve("sbom-infusafe-5.0-gaps.cdx.json"));
        return RuleTesting.CHECKER.evaluate(form.withSbom(sbom), EvaluationContext.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void waiverOutcomesAndDates_areInTheReportLanguage(String language) throws Exception {
        ReportModel english = ReportModel.of(WAIVED, CATALOG, Policy.defaults(), Locale.ENGLISH);
        ReportModel model = ReportModel.of(WAIVED, CATALOG, Policy.defaults(), Locale.forLanguageTag(language))
                .withAudit(AuditRecord.at(SampleReportTest.GENERATED_AT, List.of(AuditRecord.InputFile.of("waivers",
                        SampleReportTest.EXAMPLES.resolve("waivers/hospital-waivers.json")))));
        String pdf = squashed(SampleReportTest.text(SampleReportTest.pdf(model)));
        String json = new String(new JsonReportRenderer().bytes(model), StandardCharsets.UTF_8);
        assertThat(model.untranslated()).as(language + ": texts shown in English").isEmpty();

        List<WaiverOutcome> en = english.ignoredWaivers();
        List<WaiverOutcome> shown = model.ignoredWaivers();
        assertThat(en).hasSize(3).hasSameSizeAs(shown);
        for (int i = 0; i < en.size(); i++) {
            String id = en.get(i).waiver().id();
            assertThat(shown.get(i).note()).as(id).isNotEqualTo(en.get(i).note());
            assertThat(pdf).as(language + " " + id).contains(squashed(start(shown.get(i).note(), 17)))
                    .doesNotContain(squashed(start(en.get(i).note(), 17)));
            assertThat(json).as(language + " JSON " + id).contains(shown.get(i).note())
                    .doesNotContain(en.get(i).note());
        }
        // applied waivers: the notes in JSON, the dates in the PDF in the language's form
        model.assessment().waivers().stream().filter(WaiverOutcome::applied).forEach(w -> {
            assertThat(json).contains(w.note()).doesNotContain("in force from");
            assertThat(pdf).contains(model.labels().texts().date(w.waiver().acceptedOn()))
                    .contains(model.labels().texts().date(w.waiver().expiresOn()));
        });
        assertThat(pdf).doesNotContain("2026-10-01").doesNotContain("2027-03-31");
        assertThat(pdf).contains(squashed(model.labels().inputRole("waivers")) + "hospital-waivers.json")
                .doesNotContain("waivershospital-waivers.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void formNotesItemsSbomProblemsAndReaderComments_areInTheReportLanguage(String language) throws Exception {
        ReportModel english = ReportModel.of(PUMP, CATALOG, Policy.defaults(), Locale.ENGLISH);
        ReportModel model = ReportModel.of(PUMP, CATALOG, Policy.defaults(), Locale.forLanguageTag(language));
        Texts texts = model.labels().texts();
        String pdf = squashed(SampleReportTest.text(SampleReportTest.pdf(model)));
        assertThat(model.untranslated()).as(language + ": texts shown in English").isEmpty();

        ImportedForm enForm = english.assessment().forms().get(0);
        ImportedForm form = model.assessment().forms().get(0);
        assertThat(enForm.notes()).hasSize(2);
        assertInLanguage(language, pdf, enForm.notes(), form.notes());

        SbomEvidence enSbom = english.assessment().sboms().get(0);
        SbomEvidence sbom = model.assessment().sboms().get(0);
        assertThat(enSbom.problems()).hasSizeGreaterThan(4);
        assertInLanguage(language, pdf, enSbom.problems(), sbom.problems());
        // the SBOM rules' rationales carry the problems too
        assertThat(model.assessment().findings()).filteredOn(f -> f.requirementId().equals("MDCG-SBOM-HS"))
                .singleElement().satisfies(f -> assertThat(f.rationale()).contains(sbom.problems().get(0))
                        .doesNotContain(enSbom.problems().get(0)));

        FormItem unknown = form.unknown().get(0);
        assertThat(pdf).contains(squashed(texts.format(unknown.message())))
                .contains(squashed(texts.format(unknown.location().message())))
                .doesNotContain(squashed(unknown.describe())).doesNotContain("sheet'MDS2'");

        List<Answer> enSet = english.assessment().answers().stream().filter(a -> a.commentMessage() != null).toList();
        List<Answer> set = model.assessment().answers().stream().filter(a -> a.commentMessage() != null).toList();
        assertThat(enSet).extracting(Answer::questionId).contains("MD-MDR-CE", "EHP-STD-DISCLOSURE");
        assertInLanguage(language, pdf, enSet.stream().map(Answer::comment).distinct().toList(),
                set.stream().map(Answer::comment).distinct().toList());
        assertThat(pdf).as("mapped answers name their form in the language")
                .contains(squashed(texts.format(set.get(0).origin().message()))).doesNotContain("(theformitself)");
        // decisive answers show the value's label, as the appendix does
        assertThat(pdf).doesNotContain("):yes").contains("):" + texts.valueLabel("yes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void caiqNotesAndWorksheet_areInTheReportLanguage(String language) throws Exception {
        Assessment caiq = RuleTesting.CHECKER.evaluate(RuleTesting.CHECKER.caiqReader()
                .read(ExamplesTest.EXAMPLES.resolve("vitalis-pacs-cloud-caiq.xlsx")), EvaluationContext.defaults());
        ReportModel english = ReportModel.of(caiq, CATALOG, Policy.defaults(), Locale.ENGLISH);
        ReportModel model = ReportModel.of(caiq, CATALOG, Policy.defaults(), Locale.forLanguageTag(language));
        String pdf = squashed(SampleReportTest.text(SampleReportTest.pdf(model)));
        ImportedForm form = model.assessment().forms().get(0);
        assertThat(english.assessment().forms().get(0).notes()).hasSizeGreaterThan(3);
        // bullets across the page: a longer start, past the question id the English and the translation share
        assertInLanguage(language, pdf, english.assessment().forms().get(0).notes(), form.notes(), 40);
        assertThat(pdf).contains(squashed(model.labels().texts().format(form.sourceMessage())))
                .doesNotContain("sheet'CAIQ");
    }

    @Test
    void formMappingSentences_inTheEnglishBundle_sayWhatTheMappingSays() {
        Texts english = CATALOG.translations().english();
        int checked = 0;
        for (FormMapping mapping : CATALOG.formMappings()) {
            for (FormMapping.ImpliedAnswer implied : mapping.impliedAnswers()) {
                assertThat(english.text("form." + mapping.form() + ".implied." + implied.question()))
                        .isEqualTo(implied.why());
                checked++;
            }
            for (FormMapping.Stated stated : mapping.stated()) {
                assertThat(english.text("form." + mapping.form() + ".stated." + stated.question()))
                        .isEqualTo(stated.note());
                checked++;
            }
        }
        assertThat(checked).isPositive();
        assertThat(CATALOG.translations().bundles()).anySatisfy(b -> assertThat(b.name()).isEqualTo(Translations.INPUTS));
    }

    @Test
    void eachInstrumentNamesTheImporterInItsOwnWords() {
        Texts german = CATALOG.translations().texts(Locale.GERMAN);
        assertThat(german.valueLabel("MD-ECONOMIC-OPERATOR", "IMPORTER")).isEqualTo("Importeur");
        assertThat(german.valueLabel("CRA-ECONOMIC-OPERATOR", "IMPORTER")).isEqualTo("Einführer");
        assertThat(german.value(Answer.of("MD-ECONOMIC-OPERATOR", "IMPORTER"))).isEqualTo("Importeur");
        assertThat(CATALOG.translations().english().value(Answer.of("MD-ECONOMIC-OPERATOR", "IMPORTER")))
                .isEqualTo("IMPORTER");
    }

    /** Official Journal terms, one wording per language (see the l10n-text report and docs/adr/0028). */
    @Test
    void terminology_isTheOfficialJournalsAndOneWordingPerLanguage() throws Exception {
        Path bundles = Path.of("src", "main", "resources", "org", "cyberprocure", "rules", "catalog", "i18n");
        String mdrGerman = Files.readString(bundles.resolve("mdr_de.properties"));
        String craGerman = Files.readString(bundles.resolve("cra_de.properties"));
        assertThat(mdrGerman).doesNotContain("Einführer");
        assertThat(craGerman).doesNotContain("Importeur");
        try (var files = Files.list(bundles)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                String name = file.getFileName().toString();
                if (name.endsWith("_de.properties")) {
                    assertThat(text).as(name).doesNotContain("wesentliche Cybersicherheitsanforderungen")
                            .doesNotContain("grundlegenden Anforderungen des Anhangs I CRA");
                } else if (name.endsWith("_it.properties")) {
                    assertThat(text).as(name).doesNotContain("soglia della policy").doesNotContain("soglia di policy")
                            .doesNotContain("cybersicurezza");
                }
            }
        }
    }

    /** Each localised text differs from the English one and is in the PDF, which shows no English one. */
    private static void assertInLanguage(String language, String pdf, List<String> english, List<String> shown) {
        assertInLanguage(language, pdf, english, shown, 17);
    }

    private static void assertInLanguage(String language, String pdf, List<String> english, List<String> shown,
                                         int startLength) {
        assertThat(shown).hasSameSizeAs(english);
        IntStream.range(0, english.size()).forEach(i -> {
            String en = english.get(i);
            String text = shown.get(i);
            assertThat(text).as(language + ": " + en).isNotEqualTo(en);
            // past what both share (an id, a location in the same words): where the languages differ
            int shared = 0;
            while (shared < Math.min(en.length(), text.length()) && en.charAt(shared) == text.charAt(shared)) {
                shared++;
            }
            shared = en.lastIndexOf(' ', shared) + 1;
            assertThat(pdf).as(language).contains(squashed(start(text.substring(shared), startLength)))
                    .doesNotContain(squashed(start(en.substring(shared), startLength)));
        });
    }

    /**
     * The first words of a text: a narrow table cell wraps after about twenty characters, and the PDF's text runs
     * line by line across the cells of a row.
     */
    private static String start(String text, int length) {
        String start = "";
        for (String word : text.split(" ")) {
            if (!start.isEmpty() && start.length() + word.length() >= length) {
                break;
            }
            start = start.isEmpty() ? word : start + " " + word;
        }
        return start;
    }

    /** Without white space: the PDF wraps lines and breaks ids at hyphens. */
    private static String squashed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
