package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberprocure.rules.RuleTesting.CHECKER;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.SelfCheck;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.io.QuestionnaireTemplate;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportLabels;
import org.cyberprocure.report.pdf.ComparisonPdfRenderer;
import org.cyberprocure.report.pdf.DiffPdfRenderer;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.tender.AssessmentDiff;
import org.cyberprocure.tender.DiffReport;
import org.cyberprocure.tender.MatrixDomain;
import org.cyberprocure.tender.SensitivitySettings;
import org.cyberprocure.tender.TenderComparison;
import org.cyberprocure.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tools around the report in German, French and Italian (issue 19): the questionnaire template, the
 * self-check, the resubmission diff (text and PDF) and the comparison PDF. Each checks known translated texts and
 * the absence of sampled English, and that ids and codes stay as they are.
 */
class LocalizedToolsTest {
    private static final Catalog CATALOG = CHECKER.catalog();
    private static final Texts ENGLISH = CATALOG.translations().english();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void template_explainsEveryQuestionInTheLanguage_andFilledEvaluatesLikeTheEnglishOne(String language)
            throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Texts texts = CATALOG.translations().texts(locale);
        QuestionnaireTemplate english = CHECKER.template(Profile.MEDICAL_DEVICE);
        QuestionnaireTemplate template = CHECKER.template(Profile.MEDICAL_DEVICE, locale);
        assertThat(template.locale()).isEqualTo(locale);
        assertThat(template.questions()).extracting(Question::id)
                .containsExactlyElementsOf(english.questions().stream().map(Question::id).toList());
        String csv = csv(template);
        for (Question q : template.questions()) {
            assertThat(q.text()).isEqualTo(texts.text("q." + q.id() + ".text"));
            assertThat(csv).contains(q.text());
        }
        Question first = template.questions().get(0);
        assertThat(csv).contains(texts.text("template.section", first.section()))
                .contains(texts.text("template.howto.csv"))
                .contains("yes (" + texts.valueLabel("yes") + ")")
                .contains(texts.text("template.placeholder.vendorName"));
        // no English left: frame words, placeholders and a sample of question texts and help
        assertThat(csv).doesNotContain("How to fill in").doesNotContain("Section: ").doesNotContain("(mandatory)")
                .doesNotContain(" Answer: ").doesNotContain("Evidence expected").doesNotContain("<tender reference>")
                .doesNotContain("free text").doesNotContain("a number from");
        for (Question q : english.questions().subList(0, 12)) {
            assertThat(csv).as(q.id()).doesNotContain(q.text());
            if (!q.help().isEmpty()) {
                assertThat(csv).as(q.id() + " help").doesNotContain(q.help());
            }
        }
        String json = json(template);
        assertThat(json).contains(texts.text("template.catalog", CATALOG.version()))
                .doesNotContain("How to fill in").doesNotContain("(mandatory)");

        // The blank template is refused for its placeholders, in the language; filled, it reads like English.
        Path blank = Files.writeString(dir.resolve("blank-" + language + ".csv"), csv);
        assertThatThrownBy(() -> CHECKER.reader().read(blank)).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.getMessage()).contains(texts.text("template.placeholder.id")));
        Assessment filledEnglish = CHECKER.evaluate(CHECKER.reader().read(fill(csv(english), "en")));
        Assessment filled = CHECKER.evaluate(CHECKER.reader().read(fill(csv, language)));
        assertThat(filled.answers()).hasSameSizeAs(filledEnglish.answers()).isNotEmpty();
        assertThat(statuses(filled)).isEqualTo(statuses(filledEnglish));
        assertThat(filled.decision()).isEqualTo(filledEnglish.decision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void selfCheck_inALanguage_namesGapsQuestionsAndReasonsInIt_withTheSameVerdicts(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Texts texts = CATALOG.translations().texts(locale);
        Questionnaire q = SampleReportTest.readSample("medical-device.json");
        SelfCheck english = CHECKER.selfCheck(q, EvaluationContext.defaults());
        SelfCheck shown = CHECKER.selfCheck(q, EvaluationContext.defaults(), locale);

        assertThat(shown.gaps()).hasSameSizeAs(english.gaps()).isNotEmpty();
        assertThat(shown.decision()).isEqualTo(english.decision());
        assertThat(shown.decisionWithAllSuggestions()).isEqualTo(english.decisionWithAllSuggestions());
        for (int i = 0; i < english.gaps().size(); i++) {
            SelfCheck.Gap en = english.gaps().get(i);
            SelfCheck.Gap gap = shown.gaps().get(i);
            Finding f = gap.finding();
            assertThat(f.requirementId()).isEqualTo(en.finding().requirementId());
            assertThat(f.status()).isEqualTo(en.finding().status());
            assertThat(gap.statusIfFollowed()).isEqualTo(en.statusIfFollowed());
            assertThat(f.title()).isEqualTo(texts.text("req." + f.requirementId() + ".title"))
                    .isNotEqualTo(en.finding().title());
            assertThat(f.rationale()).as(f.requirementId()).isNotBlank().isNotEqualTo(en.finding().rationale());
            for (int s = 0; s < gap.suggestions().size(); s++) {
                SelfCheck.Suggestion suggestion = gap.suggestions().get(s);
                assertThat(suggestion.question().text())
                        .isEqualTo(texts.text("q." + suggestion.question().id() + ".text"))
                        .isNotEqualTo(en.suggestions().get(s).question().text());
                assertThat(suggestion.suggestedValue()).isEqualTo(en.suggestions().get(s).suggestedValue());
            }
        }
        assertThat(shown.assessment().contradictions()).allSatisfy(c -> assertThat(c.title())
                .isEqualTo(texts.text("check." + c.checkId() + ".title")));
        assertThat(shown.assessment().decisionReasons()).doesNotContainAnyElementsOf(
                english.assessment().decisionReasons());
        // English texts without a pack give the self-check as evaluated
        assertThat(english.in(ENGLISH).gaps().get(0).finding()).isEqualTo(english.gaps().get(0).finding());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void diff_asTextAndPdf_isInTheLanguage(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Texts texts = CATALOG.translations().texts(locale);
        ReportLabels labels = ReportLabels.of(texts);
        Assessment first = SampleReportTest.evaluateSample("cloud-vendor.json");
        Assessment second = CHECKER.evaluate(SampleReportTest.readSample("resubmission/cloud-vendor-round2.json"),
                EvaluationContext.defaults().withAsOf(first.asOf().plusDays(30)));
        AssessmentDiff diff = AssessmentDiff.between(first, second);
        assertThat(diff.notes()).anyMatch(n -> n.startsWith("The as-of date changed"));

        String text = DiffReport.text(diff, labels);
        String english = DiffReport.text(diff);
        assertThat(english).contains("Status changes").contains("[vendor's answers]").contains("note: The as-of date");
        assertThat(text).contains(texts.text("diff.text.title", diff.previous().vendor(), diff.current().product()))
                .contains("[" + texts.text("diff.text.cause.VENDOR_ANSWERS") + "]")
                .contains(labels.status(Status.MET))
                .contains(texts.text("diff.note.asOf", first.asOf(), second.asOf()))
                .contains(texts.date(first.asOf()));
        for (String sampled : List.of("Resubmission comparison", "Status changes", "vendor's answers", "as of",
                "Conditions of award", "New gaps", "PARTIALLY_MET", "knock-out", "unchanged", "note:",
                "The as-of date changed")) {
            assertThat(text).as(language + ": " + sampled).doesNotContain(sampled);
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new DiffPdfRenderer(texts).render(diff, second, AuditRecord.at(SampleReportTest.GENERATED_AT, List.of()), pdf);
        String pdfText = SampleReportTest.text(pdf.toByteArray());
        AssessmentDiff.RequirementChange change = diff.changes().get(0);
        // table cells wrap, and their lines interleave in the extracted text: the first words are compared
        assertThat(pdfText).contains(texts.text("req." + change.requirementId() + ".title").split(" ")[0])
                .doesNotContain(words(change.title()))
                .contains(start(texts.format(diff.noteMessages().get(0))))
                .doesNotContain("The as-of date changed").doesNotContain("the vendor's answers");
    }

    @Test
    void comparisonPdf_inGerman_namesRequirementsAndDomainsInGerman() throws Exception {
        Texts german = CATALOG.translations().texts(Locale.GERMAN);
        TenderComparison comparison = TenderComparison.compare(TenderComparisonTest.offers(TenderComparisonTest.LOT),
                CATALOG, Policy.defaults(), new SensitivitySettings(0.25, 50, 2026));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonPdfRenderer(german).render(comparison, out);
        String pdf = SampleReportTest.text(out.toByteArray());
        int sampled = 0;
        for (MatrixDomain domain : comparison.matrix()) {
            assertThat(pdf).contains(german.text("domain." + MessageBundlesTest.slug(domain.domain())));
            for (MatrixDomain.Row row : domain.rows().subList(0, Math.min(2, domain.rows().size()))) {
                if (row.statuses().stream().allMatch(s -> s == Status.NOT_APPLICABLE)) {
                    continue; // listed by id only
                }
                String title = german.text("req." + row.requirementId() + ".title");
                assertThat(pdf).as(row.requirementId()).contains(start(title));
                assertThat(pdf).as(row.requirementId() + " in English").doesNotContain(start(row.title()));
                sampled++;
            }
        }
        assertThat(sampled).isGreaterThan(5);
    }

    /** The first words of a text, as a PDF shows it (whitespace collapsed). */
    private static String start(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        return collapsed.substring(0, Math.min(30, collapsed.length()));
    }

    /** The first two words of a text. */
    private static String words(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length < 2 ? words[0] : words[0] + " " + words[1];
    }

    private static Map<String, Status> statuses(Assessment a) {
        return a.findings().stream().collect(Collectors.toMap(Finding::requirementId, Finding::status,
                (x, y) -> x, LinkedHashMap::new));
    }

    private static String csv(QuestionnaireTemplate template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.writeCsv(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String json(QuestionnaireTemplate template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.writeJson(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The template with its header filled in and every question with a secure answer given that answer. */
    private Path fill(String csv, String language) throws Exception {
        Set<String> header = Set.of("questionnaire.id", "questionnaire.submitted", "vendor.name", "vendor.country",
                "vendor.contact", "product.name", "product.version");
        StringBuilder filled = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(filled, CSVFormat.RFC4180)) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
                List<String> cells = row.toList();
                String key = cells.get(0);
                String value = cells.get(1);
                if (header.contains(key)) {
                    value = key.endsWith("submitted") ? "2026-11-02" : key.endsWith("country") ? "DE" : "Filled in";
                } else if (CATALOG.question(key).isPresent()) {
                    value = CATALOG.question(key).get().secureAnswer();
                }
                printer.printRecord(key, value, cells.get(2), cells.get(3));
            }
        }
        return Files.writeString(dir.resolve("filled-" + language + ".csv"), filled);
    }
}
