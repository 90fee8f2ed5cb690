package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Vendor;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import org.junit.jupiter.api.Test;

/** End to end: a bundled sample file, the real kjar, a real PDF whose text, fonts and navigation are checked. */
class SampleReportTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static final List<String> SECTION_TITLES = List.of("Contents", "Executive summary", "Charts", "Gap register",
            "Requirements met or out of scope", "Contradictions between answers",
            "Appendix A — Questions and answers", "Appendix B — Methodology");

    static Questionnaire readSample(String file) {
        return RuleTesting.CHECKER.reader().read(EXAMPLES.resolve(file));
    }

    static Assessment evaluateSample(String file) {
        return RuleTesting.CHECKER.evaluate(readSample(file), EvaluationContext.defaults());
    }

    static byte[] pdf(Assessment assessment) {
        return pdf(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()));
    }

    static byte[] pdf(Assessment assessment, Locale locale) {
        return pdf(ReportModel.of(assessment, RuleTesting.CHECKER.catalog(), Policy.defaults(), locale));
    }

    /** A fixed generation time, so that renders of the same assessment are byte-identical. */
    static final java.time.Instant GENERATED_AT = java.time.Instant.parse("2026-12-01T09:00:00Z");

    /** The model with the audit record's generation time fixed (as SOURCE_DATE_EPOCH would fix it). */
    static ReportModel fixedTime(ReportModel model) {
        return model.withAudit(org.cyberprocure.report.AuditRecord.at(GENERATED_AT, model.audit().inputs()));
    }

    static byte[] pdf(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(fixedTime(model), out);
        return out.toByteArray();
    }

    /** The text of every page, whitespace collapsed (table cells wrap words onto new lines). */
    static List<String> pages(byte[] pdf) throws Exception {
        try (PdfDocument doc = open(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(page)).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    static String text(byte[] pdf) throws Exception {
        return String.join(" ", pages(pdf));
    }

    static PdfDocument open(byte[] pdf) throws Exception {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    /** Every font descriptor in the file points at an embedded font program of a subset (ABCDEF+Name). */
    static List<String> fontsNotEmbeddedAsSubset(byte[] pdf) throws Exception {
        List<String> wrong = new ArrayList<>();
        int descriptors = 0;
        try (PdfDocument doc = open(pdf)) {
            for (int i = 1; i < doc.getNumberOfPdfObjects(); i++) {
                PdfObject object = doc.getPdfObject(i);
                if (object instanceof PdfDictionary d && PdfName.FontDescriptor.equals(d.getAsName(PdfName.Type))) {
                    descriptors++;
                    String name = String.valueOf(d.get(PdfName.FontName));
                    boolean embedded = d.containsKey(PdfName.FontFile) || d.containsKey(PdfName.FontFile2)
                            || d.containsKey(PdfName.FontFile3);
                    if (!embedded || !name.matches("/[A-Z]{6}\\+.*")) {
                        wrong.add(name);
                    }
                }
            }
        }
        assertThat(descriptors).as("font descriptors").isPositive();
        return wrong;
    }

    /** Bookmark titles in document order, children indented by two spaces. */
    static List<String> bookmarks(byte[] pdf) throws Exception {
        try (PdfDocument doc = open(pdf)) {
            List<String> titles = new ArrayList<>();
            collect(doc.getOutlines(false), "", titles);
            return titles;
        }
    }

    private static void collect(PdfOutline outline, String indent, List<String> titles) {
        for (PdfOutline child : outline.getAllChildren()) {
            titles.add(indent + child.getTitle());
            collect(child, indent + "  ", titles);
        }
    }

    /** Named destination → the page it points at. */
    static Map<String, Integer> destinationPages(byte[] pdf) throws Exception {
        try (PdfDocument doc = open(pdf)) {
            Map<String, Integer> pages = new LinkedHashMap<>();
            Map<PdfString, PdfObject> names = doc.getCatalog().getNameTree(PdfName.Dests).getNames();
            names.forEach((name, destination) -> {
                PdfArray array = destination instanceof PdfArray a ? a
                        : ((PdfDictionary) destination).getAsArray(PdfName.D);
                pages.put(name.toUnicodeString(), doc.getPageNumber((PdfDictionary) array.get(0)));
            });
            return pages;
        }
    }

    @Test
    void cloudSample_coverStatesDecisionInWordsWithFactsAndDisclaimer() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        assertThat(assessment.decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);

        String cover = pages(pdf(assessment)).get(0);
        assertThat(cover).contains("Cybersecurity gap report")
                .contains("Chmura Medyczna Sp. z o.o. — Zakład Łódź")
                .contains("Archiwum Obrazów PACS Cloud")
                .contains("Accept with conditions")
                .doesNotContain("ACCEPT_WITH_CONDITIONS")
                .contains("cloud-migration")
                .contains("2026-10-15")
                .contains("Overall score")
                .contains(assessment.catalogVersion())
                .contains(assessment.rulePackVersion())
                .contains(assessment.policy())
                .contains("not legal advice")
                .contains("Page 1 of ");
    }

    @Test
    void cloudSample_hasEverySectionWithBookmarksAndNumberedPages() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        byte[] pdf = pdf(assessment);
        List<String> pages = pages(pdf);

        // Cover, contents, summary, charts, register, met, contradictions, appendix A and B: one page each at least.
        assertThat(pages.size()).isBetween(9, 60 + assessment.findings().size());
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Page " + page + " of " + pages.size());
        }
        String text = String.join(" ", pages);
        SECTION_TITLES.forEach(title -> assertThat(text).contains(title));

        List<String> bookmarks = bookmarks(pdf);
        assertThat(bookmarks).contains("Cybersecurity gap report", "Appendix B — Methodology", "  Policy in force");
        assertThat(bookmarks.stream().filter(b -> !b.startsWith(" ")))
                .containsSubsequence(SECTION_TITLES.subList(1, SECTION_TITLES.size()));
        assertThat(bookmarks).anyMatch(b -> b.startsWith("  Incident and breach handling — score"));
        assertThat(fontsNotEmbeddedAsSubset(pdf)).isEmpty();
    }

    @Test
    void tableOfContents_printsThePageEachSectionStartsOn() throws Exception {
        byte[] pdf = pdf(evaluateSample("cloud-vendor.json"));
        Map<String, Integer> destinations = destinationPages(pdf);
        // The table of contents starts on page 2 and runs until the executive summary begins.
        String contents = String.join(" ", pages(pdf).subList(1, destinations.get("summary") - 1));
        Map<String, String> titles = Map.of("summary", "Executive summary", "register", "Gap register",
                "contradictions", "Contradictions between answers", "methodology", "Appendix B — Methodology");
        titles.forEach((key, title) -> {
            Matcher entry = Pattern.compile(Pattern.quote(title) + " (\\d+)").matcher(contents);
            assertThat(entry.find()).as("contents entry for %s in %s", title, contents).isTrue();
            assertThat(Integer.parseInt(entry.group(1))).as(title).isEqualTo(destinations.get(key));
        });
        assertThat(pages(pdf).get(destinations.get("register") - 1)).contains("Gap register");
    }

    @Test
    void cover_namesTheConditionsOfAwardAndTheHospitalsMemberState() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        ReportModel model = ReportModel.of(assessment, RuleTesting.CHECKER.catalog());
        assertThat(model.knockOutsPartial()).as("partly met knock-outs of the sample").isNotEmpty();
        String cover = pages(pdf(model)).get(0);
        assertThat(cover).contains("Conditions of award").contains("Member State").contains("not stated");
        model.knockOutsPartial().forEach(r -> assertThat(cover).contains(r.finding().requirementId()));
    }

    @Test
    void executiveSummary_namesTheMostSevereGapsAndDomainScores() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        ReportModel model = ReportModel.of(assessment, RuleTesting.CHECKER.catalog());
        byte[] pdf = pdf(model);
        List<String> pages = pages(pdf);
        Map<String, Integer> destinations = destinationPages(pdf);
        int first = destinations.get("summary");
        // The summary runs until the next section starts (knock-out lists can make it longer than a page).
        int next = destinations.values().stream().filter(p -> p > first).min(Integer::compare).orElse(first + 1);
        String summary = String.join(" ", pages.subList(first - 1, Math.max(first, next - 1)));
        assertThat(summary).contains("Decision and why").contains("Score per domain").contains("most severe gaps");
        model.mostSevereGaps(5).forEach(r -> assertThat(summary).contains(r.finding().requirementId()));
        assertThat(summary).contains(assessment.domainScores().get(0).domain());
    }

    @Test
    void gapRegister_showsCitationRationaleRemediationAndContractClause() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        // 48 hours: the binding row (without undue delay) is met, the hospital's 24-hour standard is not.
        assertThat(assessment.finding("GDPR-33-2").status()).isEqualTo(Status.MET);
        assertThat(assessment.finding("GDPR-33-2-HS").status()).isEqualTo(Status.NOT_MET);
        var requirement = RuleTesting.CHECKER.catalog().requirement("GDPR-33-2-HS").orElseThrow();
        String text = text(pdf(assessment));
        assertThat(text).contains("GDPR-33-2-HS").contains("Breach notice within")
                .contains("Not met").contains("Expected practice")
                .contains("To close the gap:").contains(requirement.remediation().substring(0, 40))
                .contains("Suggested contract clause:").contains(requirement.contractClause().substring(0, 40))
                .contains("Deciding answers:").contains("\u201cWhat is the maximum time");
    }

    @Test
    void deviceSample_reportsCraAsAdvisoryWithTheScopeNote() throws Exception {
        Assessment assessment = evaluateSample("medical-device.json");
        assertThat(assessment.finding("CRA-AI-P1-2b").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.ADVISORY);
        String text = text(pdf(assessment));
        assertThat(text).contains("Ιατρικά Συστήματα Αθηνών Α.Ε.").contains("CRA Art 2(2)").contains("Advisory")
                .contains("Scope notes");
    }

    @Test
    void contradictions_areListedWithTheAnswersInvolved() throws Exception {
        Questionnaire sample = readSample("medical-device.json");
        List<Answer> answers = new ArrayList<>(sample.answers().stream()
                .filter(a -> !a.questionId().equals("MD-SBOM") && !a.questionId().equals("MD-SBOM-FORMAT")).toList());
        answers.add(Answer.of("MD-SBOM", "no"));
        answers.add(Answer.of("MD-SBOM-FORMAT", "CYCLONEDX"));
        Assessment assessment = RuleTesting.evaluate(new Questionnaire(sample.id(), sample.profile(),
                sample.submitted(), sample.vendor(), sample.product(), answers));
        assertThat(assessment.contradictions()).extracting(c -> c.checkId()).contains("CONS-SBOM");

        byte[] pdf = pdf(assessment);
        String section = pages(pdf).get(destinationPages(pdf).get("contradictions") - 1);
        assertThat(section).contains("CONS-SBOM").contains("Answers involved")
                .contains("MD-SBOM").contains("MD-SBOM-FORMAT").contains("CYCLONEDX");
    }

    @Test
    void appendix_listsEveryQuestionOfTheProfileWithAnswerCommentAndEvidence() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        String text = text(pdf(assessment));
        RuleTesting.CHECKER.catalog().questions(assessment.profile())
                .forEach(q -> assertThat(text).contains(q.id()));
        // Table columns interleave in extracted text: check words that fit one line of their cell.
        assertThat(text).contains("EEA_ONLY").contains("ATNA").contains("Annex 3 to the DPA").contains("not answered");
    }

    @Test
    void textInEveryEuScript_extractsIntact() throws Exception {
        // Vendor name (a full-width line) and a one-word answer comment (after the answer in appendix A).
        Map<String, String> samples = Map.of(
                "Szpital Wojewódzki — Zakład Łódź, żółć", "Łódź",
                "Νοσοκομείο Αθηνών", "Συμμόρφωση",
                "Příliš žluťoučký kůň úpěl ďábelské ódy", "žluťoučký",
                "Университетска болница „Александровска“", "Съответствие");
        Questionnaire sample = readSample("cloud-vendor.json");
        for (Map.Entry<String, String> script : samples.entrySet()) {
            List<Answer> answers = sample.answers().stream().map(a -> a.questionId().equals("LOG-SIEM")
                    ? new Answer(a.questionId(), a.value(), script.getValue(), a.evidence(), a.location()) : a)
                    .toList();
            Assessment assessment = RuleTesting.evaluate(new Questionnaire(sample.id(), sample.profile(),
                    sample.submitted(), new Vendor(script.getKey(), "PL", ""), sample.product(), answers));
            String text = text(pdf(assessment));
            assertThat(text).contains(script.getKey()).contains("yes \u00b7 Comment: " + script.getValue());
        }
    }

    @Test
    void jsonAssessment_carriesVersionsFindingsContradictionsAnswersAndPolicyInStableOrder() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportRenderer().render(fixedTime(ReportModel.of(assessment, RuleTesting.CHECKER.catalog())), out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.path("format").asText()).isEqualTo(JsonReportRenderer.FORMAT);
        JsonNode a = json.path("assessment");
        assertThat(a.path("catalogVersion").asText()).isEqualTo(RuleTesting.CHECKER.catalog().version());
        assertThat(a.path("rulePackVersion").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(a.path("decision").asText()).isEqualTo("ACCEPT_WITH_CONDITIONS");
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("questionnaireId", "vendor", "product", "profile", "asOf")
                .contains("contradictions", "policy", "answers");
        assertThat(a.path("answers").size()).isEqualTo(assessment.answers().size());
        JsonNode finding = a.path("findings").get(0);
        assertThat(finding.path("requirementId").asText()).isEqualTo(assessment.findings().get(0).requirementId());
        assertThat(finding.path("citation").path("reference").asText()).isNotBlank();
        assertThat(json.path("policy").path("name").asText()).isEqualTo(Policy.defaults().name());
        assertThat(json.path("policy").path("severityWeights").path("CRITICAL").asInt()).isEqualTo(4);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new JsonReportRenderer().render(fixedTime(ReportModel.of(assessment, RuleTesting.CHECKER.catalog())), again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }

    @Test
    void compactJson_leavesOutWhatTheCatalogIdentifies_andKeepsEveryDecision() throws Exception {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        ReportModel model = fixedTime(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()));
        byte[] full = new JsonReportRenderer().bytes(model);
        byte[] compact = new JsonReportRenderer(JsonReportRenderer.Style.COMPACT).bytes(model);
        assertThat(compact.length).as("compact bytes vs full").isLessThan(full.length / 2);
        assertThat(new String(compact, java.nio.charset.StandardCharsets.UTF_8).strip()).doesNotContain("\n");

        JsonNode json = new ObjectMapper().readTree(compact);
        assertThat(json.path("format").asText()).isEqualTo(JsonReportRenderer.COMPACT_FORMAT);
        JsonNode a = json.path("assessment");
        assertThat(a.has("qualifiedAnswers")).isFalse();
        assertThat(a.path("answers").size()).isEqualTo(assessment.answers().size());
        assertThat(a.path("findings").size()).isEqualTo(assessment.findings().size());
        for (int i = 0; i < assessment.findings().size(); i++) {
            Finding expected = assessment.findings().get(i);
            JsonNode finding = a.path("findings").get(i);
            assertThat(finding.path("requirementId").asText()).isEqualTo(expected.requirementId());
            assertThat(finding.path("status").asText()).isEqualTo(expected.status().name());
            assertThat(finding.path("rationale").asText()).isEqualTo(expected.rationale());
            assertThat(finding.path("knockOut").asBoolean()).isEqualTo(expected.knockOut());
            List<String> ids = new ArrayList<>();
            finding.path("answers").forEach(id -> ids.add(id.asText()));
            assertThat(ids).isEqualTo(expected.answers().stream().map(Answer::questionId)
                    .toList());
            assertThat(finding.has("citation") || finding.has("title") || finding.has("severity")).isFalse();
        }
        JsonNode fullJson = new ObjectMapper().readTree(full);
        for (String same : List.of("decision", "overallScore", "domainScores", "requirementDigests", "answers")) {
            assertThat(a.path(same)).as(same).isEqualTo(fullJson.path("assessment").path(same));
        }
        assertThat(json.path("policy")).isEqualTo(fullJson.path("policy"));

        Path file = java.nio.file.Files.createTempFile("compact", ".assessment.compact.json");
        try {
            java.nio.file.Files.write(file, compact);
            assertThat(org.cyberprocure.report.AssessmentJsonReader.recognises(file)).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> org.cyberprocure.report.AssessmentJsonReader.read(file))
                    .isInstanceOf(org.cyberprocure.InputRejectedException.class)
                    .hasMessageContaining("compact assessment document").hasMessageContaining("--format json");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void jsonWithoutAReportModel_isTheSameDocument() {
        Assessment assessment = evaluateSample("cloud-vendor.json");
        ReportModel model = fixedTime(ReportModel.of(assessment, RuleTesting.CHECKER.catalog()));
        for (JsonReportRenderer.Style style : JsonReportRenderer.Style.values()) {
            JsonReportRenderer renderer = new JsonReportRenderer(style);
            assertThat(renderer.bytes(assessment, model.audit())).as(style.name()).isEqualTo(renderer.bytes(model));
        }
    }
}
