package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.SelfCheck;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.report.ReportLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --lang and --language-pack on the command line: refused, warned about, and written in the language. */
class LanguageCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void languageNobodySupplied_isAUsageError(@TempDir Path dir) throws java.io.IOException {
        CliRun run = run("evaluate", example("cloud-vendor.json"), "--out", dir.toString(), "--lang", "pl");
        assertThat(run.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(run.err).contains("no texts in language 'pl'").contains("language pack");
        try (var written = java.nio.file.Files.list(dir)) { // no report; the folder's lock file may stay (ADR 0014)
            assertThat(written.map(p -> p.getFileName().toString())).allMatch(ReportFolder.LOCK_NAME::equals);
        }
    }

    @Test
    void languagePack_addsALanguage_andItsGapsAreWarnedAboutAndListed(@TempDir Path dir) throws Exception {
        Path pack = Files.createDirectory(dir.resolve("pack"));
        Files.writeString(pack.resolve("labels_pl.properties"), "report.title=Raport luk w cyberbezpieczeństwie\n"
                + "csv.title=tytuł\n");
        Path out = dir.resolve("out");
        CliRun run = run("evaluate", example("cloud-vendor.json"), "--out", out.toString(), "--format", "csv,pdf",
                "--lang", "pl", "--language-pack", pack.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err).contains("warning: language pl: 2 of").contains("shown in English");
        try (var files = Files.list(out)) {
            Path csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            assertThat(Files.readString(csv).lines().findFirst().orElseThrow()).contains("requirement,tytuł,domain");
        }

        CliRun languages = run("languages", "--language-pack", pack.toString());
        assertThat(languages.exit).isZero();
        assertThat(languages.out).containsPattern("(?m)^en: \\d+ of \\d+ texts \\(100.0 %\\)$")
                .contains("\nde: ").contains("\nfr: ").contains("\npl: 2 of ");
        CliRun gaps = run("languages", "--lang", "pl", "--language-pack", pack.toString());
        assertThat(gaps.out).contains("Missing (shown in English)").contains("  req.GDPR-32-1a.title")
                .doesNotContain("  report.title\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void template_explainsTheQuestionsInTheLanguage_andFilledChecksLikeTheEnglishOne(String language, @TempDir Path dir)
            throws Exception {
        Texts texts = texts(language);
        Texts english = texts("en");
        CliRun template = run("template", "--profile", "medical-device", "--lang", language);
        assertThat(template.exit).as(template.err).isZero();
        assertThat(template.err).isEmpty(); // complete: no warning
        assertThat(template.out).contains(texts.text("template.section", "")).contains(texts.text("template.howto.csv"))
                .contains(texts.text("q.MD-INTERFACE-AUTH.text")).contains("yes (" + texts.valueLabel("yes") + ")")
                .contains(texts.text("template.placeholder.productName"));
        for (String sampled : List.of("Section: ", "(mandatory)", " Answer: ", "Evidence expected", "How to fill in",
                "<tender reference>", english.text("q.MD-INTERFACE-AUTH.text"), english.text("q.MD-SBOM.text"),
                english.text("q.MD-INTERFACE-AUTH.help"))) {
            assertThat(template.out).as(language + ": " + sampled).doesNotContain(sampled);
        }
        CliRun json = run("template", "--profile", "medical-device", "--format", "json", "--lang", language);
        assertThat(json.out).contains(texts.text("q.MD-INTERFACE-AUTH.text")).doesNotContain("(mandatory)")
                .doesNotContain(english.text("q.MD-INTERFACE-AUTH.text"));

        Path filled = fill(dir, template.out, language);
        Path filledEnglish = fill(dir, run("template", "--profile", "medical-device").out, "en");
        CliRun check = run("check", filled.toString(), "--format", "json");
        CliRun checkEnglish = run("check", filledEnglish.toString(), "--format", "json");
        assertThat(check.exit).as(check.out).isZero();
        JsonNode result = JSON.readTree(check.out);
        JsonNode expected = JSON.readTree(checkEnglish.out);
        assertThat(result.path("decision")).isEqualTo(expected.path("decision"));
        assertThat(result.path("counts")).isEqualTo(expected.path("counts"));
        assertThat(result.path("gaps").findValuesAsText("requirement"))
                .isEqualTo(expected.path("gaps").findValuesAsText("requirement"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void check_namesTheGapsInTheLanguage_inTextJsonAndSarif(String language) throws Exception {
        Texts texts = texts(language);
        SelfCheck english = CyberProcureCli.checker().selfCheck(CyberProcureCli.checker().reader()
                .read(Path.of(example("cloud-vendor.json"))), EvaluationContext.defaults());
        SelfCheck shown = english.in(texts);
        SelfCheck.Gap gap = shown.gaps().get(0);
        SelfCheck.Gap gapInEnglish = english.gaps().get(0);
        String id = gap.finding().requirementId();

        CliRun check = run("check", example("cloud-vendor.json"), "--lang", language, "--detail", "full");
        assertThat(check.exit).as(check.err).isZero();
        assertThat(check.out).contains(id + "  " + texts.text("req." + id + ".title"))
                .contains(gap.finding().rationale())
                .contains(gap.suggestions().get(0).question().id())
                .contains(texts.text("selfcheck.why", gap.finding().rationale()))
                .contains(ReportLabels.of(texts).decision(shown.decision()));
        for (String sampled : List.of(gapInEnglish.finding().title(), gapInEnglish.finding().rationale(),
                "Why: ", "To meet it", "knock-out criterion", "evidence expected", "Decision: ", "BINDING_LAW",
                "Gaps: ", "Contradictions: ", "(secure: ")) {
            assertThat(check.out).as(language + ": " + sampled).doesNotContain(sampled);
        }

        JsonNode json = JSON.readTree(run("check", example("cloud-vendor.json"), "--lang", language, "--format",
                "json").out);
        assertThat(json.path("language").asText()).isEqualTo(language);
        JsonNode first = json.path("gaps").get(0);
        assertThat(first.path("requirement").asText()).isEqualTo(id);
        assertThat(first.path("status").asText()).isEqualTo(gap.finding().status().name());
        assertThat(first.path("title").asText()).isEqualTo(texts.text("req." + id + ".title"));
        assertThat(first.path("rationale").asText()).isEqualTo(gap.finding().rationale())
                .isNotEqualTo(gapInEnglish.finding().rationale());
        assertThat(first.path("toMeetIt").get(0).path("text").asText())
                .isEqualTo(gap.suggestions().get(0).question().text());

        JsonNode sarif = JSON.readTree(run("check", example("cloud-vendor.json"), "--lang", language, "--format",
                "sarif").out);
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("language").asText()).isEqualTo(language);
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo(id);
        assertThat(result.path("message").path("text").asText()).contains(gap.finding().rationale())
                .doesNotContain(gapInEnglish.finding().rationale()).doesNotContain("To meet it");
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("name").asText())
                .isEqualTo(texts.text("req." + id + ".title"));
    }

    @Test
    void compareAndDiff_inGerman_printAndWriteNoSampledEnglish(@TempDir Path dir) throws Exception {
        Texts german = texts("de");
        Path out = dir.resolve("comparison");
        CliRun compare = run("compare", example("lot-pacs"), "--out", out.toString(), "--contract-end", "2031-12-31",
                "--draws", "100", "--lang", "de");
        assertThat(compare.exit).as(compare.err).isZero();
        assertThat(compare.out).contains("Rangfolge von 4 Angeboten").contains(german.text("decision.ACCEPT_WITH_CONDITIONS"))
                .contains("Sensitivität (±25 %, 100 Ziehungen, Startwert 2026)");
        for (String sampled : List.of("Inputs:", "Ranking of", "ACCEPT_WITH_CONDITIONS", "of draws", "Sensitivity",
                "the first place", "ahead of", "weight", "domain '")) {
            assertThat(compare.out).as(sampled).doesNotContain(sampled);
        }
        String pdf = pdfText(out.resolve(CompareCommand.PDF));
        assertThat(pdf).contains(german.text("req.GDPR-32-1a.title").substring(0, 20))
                .doesNotContain("Encryption of personal data").doesNotContain("Requirements by offer");

        CliRun diff = run("diff", example("cloud-vendor.json"), example("resubmission/cloud-vendor-round2.json"),
                "--lang", "de", "--pdf", dir.resolve("diff.pdf").toString());
        assertThat(diff.exit).as(diff.err).isZero();
        assertThat(diff.out).contains("Vergleich der Nachreichung: ")
                .contains("EHP-GP-M06 (K.-o.-Kriterium): Teilweise erfüllt \u2192 Erfüllt  [Antworten des Anbieters]")
                .contains("Jetzt erfüllte Zuschlagsbedingungen (2):");
        for (String sampled : List.of("Resubmission comparison", "Status changes", "vendor's answers", "as of",
                "PARTIALLY_MET", "Conditions of award", "New gaps", "(knock-out)", "score")) {
            assertThat(diff.out).as(sampled).doesNotContain(sampled);
        }
        assertThat(pdfText(dir.resolve("diff.pdf"))).contains("Vergleich der Nachreichung")
                .doesNotContain("Resubmission comparison").doesNotContain("vendor's answers")
                .doesNotContain("Requirements whose status changed");
    }

    @Test
    void compareAndDiff_takeLanguagePacks_andRefuseALanguageNobodySupplied(@TempDir Path dir) throws Exception {
        Path pack = Files.createDirectory(dir.resolve("pack"));
        Files.writeString(pack.resolve("tender_pl.properties"), "diff.text.title=Porównanie ponownego złożenia: {0}, {1}\n"
                + "compare.text.noOffers=Nie oceniono żadnej oferty.\n");
        CliRun diff = run("diff", example("cloud-vendor.json"), example("resubmission/cloud-vendor-round2.json"),
                "--lang", "pl", "--language-pack", pack.toString());
        assertThat(diff.exit).as(diff.err).isZero();
        assertThat(diff.out).startsWith("Porównanie ponownego złożenia: ");
        assertThat(diff.err).contains("warning: language pl: 2 of").contains("shown in English");
        CliRun refused = run("diff", example("cloud-vendor.json"), example("resubmission/cloud-vendor-round2.json"),
                "--lang", "pl");
        assertThat(refused.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(refused.err).contains("no texts in language 'pl'");

        Path out = dir.resolve("comparison");
        CliRun compare = run("compare", example("lot-pacs"), "--out", out.toString(), "--draws", "10", "--lang", "pl",
                "--language-pack", pack.toString());
        assertThat(compare.exit).as(compare.err).isZero();
        assertThat(compare.err).contains("warning: language pl: 2 of");
        CliRun compareRefused = run("compare", example("lot-pacs"), "--out", dir.resolve("x").toString(), "--lang",
                "pl");
        assertThat(compareRefused.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(dir.resolve("x")).doesNotExist();

        CliRun check = run("check", example("cloud-vendor.json"), "--lang", "pl", "--language-pack", pack.toString());
        assertThat(check.exit).as(check.err).isZero();
        assertThat(check.err).contains("warning: language pl: 2 of");
    }

    private static Texts texts(String language) {
        return CyberProcureCli.checker().catalog().translations().texts(Locale.forLanguageTag(language));
    }

    private static String pdfText(Path file) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page)).replaceAll("\\s+", " ")).append(' ');
            }
            return text.toString();
        }
    }

    /** A CSV template with its header filled in and every question with a secure answer given it. */
    private static Path fill(Path dir, String template, String language) throws Exception {
        StringBuilder filled = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(filled, CSVFormat.RFC4180)) {
            String csv = template.startsWith("\uFEFF") ? template.substring(1) : template;
            for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(csv))) {
                String key = row.get(0);
                String value = row.get(1);
                if (value.startsWith("<")) {
                    value = key.endsWith("submitted") ? "2026-11-02" : key.endsWith("country") ? "DE" : "Filled in";
                } else if (!key.isEmpty() && !key.contains(".") && !key.equals("key")) {
                    value = CyberProcureCli.checker().catalog().question(key).orElseThrow().secureAnswer();
                }
                printer.printRecord(key, value, row.get(2), row.get(3));
            }
        }
        return Files.writeString(dir.resolve("filled-" + language + ".csv"), filled);
    }
}
