package org.cyberprocure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Vendor;
import org.junit.jupiter.api.Test;

class CsvReportRendererTest {
    private static final Citation GDPR = new Citation("GDPR", "Regulation (EU) 2016/679", "Art 32(1)(a)");
    private static final Citation CRA = new Citation("CRA", "Regulation (EU) 2024/2847", "Annex I Part II(1)");

    private final Catalog catalog = new Catalog("test-1", List.of(
            requirement("GDPR-32-1a", GDPR, List.of("ENC-REST"), "Encrypt at rest.", "The Supplier shall encrypt."),
            requirement("CRA-AI-P2-1", CRA, List.of("MD-SBOM"), "Provide an SBOM.", "The Supplier shall deliver an SBOM.")),
            List.of(question("ENC-REST"), question("MD-SBOM")));

    @Test
    void output_startsWithByteOrderMark_andHasOneRowPerFinding() throws IOException {
        byte[] bytes = render(finding("GDPR-32-1a", GDPR, Status.NOT_MET, "ENC-REST is no.", "no"),
                finding("CRA-AI-P2-1", CRA, Status.MET, "An SBOM is provided.", "yes"));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(bytes);
        assertThat(records.get(0).toList()).isEqualTo(CsvReportRenderer.COLUMNS);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).containsExactly("Q-1", "Vendor", "Product", "GDPR-32-1a",
                "Title of GDPR-32-1a", "Data protection", "NOT_MET", "BINDING_LAW", "HIGH", "no",
                "GDPR, Art 32(1)(a) — Regulation (EU) 2016/679", "ENC-REST is no.", "Encrypt at rest.",
                "The Supplier shall encrypt.", "ENC-REST = no", "", "2026-11-01", "2026-12-01T09:30:00Z",
                "CyberProcure " + AuditRecord.libraryVersion(), "test-1", "test-pack 1",
                org.cyberprocure.Policy.defaults().label(), "questionnaire q-1.json " + SHA_ABC);
    }

    @Test
    void everyRow_namesItsQuestionnaireAndVendor_soTwoCsvsConcatenateUnderOneHeading() throws IOException {
        List<CSVRecord> first = parse(render("Q-1", "Vendor A", finding("GDPR-32-1a", GDPR, Status.NOT_MET, "No.", "no")));
        List<CSVRecord> second = parse(render("Q-2", "Vendor B", finding("CRA-AI-P2-1", CRA, Status.MET, "Yes.", "yes")));
        assertThat(first.get(0).toList()).isEqualTo(second.get(0).toList());
        assertThat(List.of(cell(first.get(1), "questionnaire id"), cell(first.get(1), "vendor")))
                .containsExactly("Q-1", "Vendor A");
        assertThat(List.of(cell(second.get(1), "questionnaire id"), cell(second.get(1), "vendor")))
                .containsExactly("Q-2", "Vendor B");
    }

    @Test
    void releaseVersion_isStated_notASnapshot() {
        assertThat(AuditRecord.libraryVersion()).matches("\\d+\\.\\d+\\.\\d+").doesNotContain("SNAPSHOT");
    }

    @Test
    void metFinding_hasNoRemediation_butKeepsTheContractClause() throws IOException {
        List<CSVRecord> records = parse(render(finding("CRA-AI-P2-1", CRA, Status.MET, "Provided.", "yes")));
        assertThat(cell(records.get(1), "remediation")).isEmpty();
        assertThat(cell(records.get(1), "contract clause")).isEqualTo("The Supplier shall deliver an SBOM.");
    }

    @Test
    void notApplicableFinding_hasNeitherRemediationNorClause() throws IOException {
        List<CSVRecord> records = parse(render(finding("CRA-AI-P2-1", CRA, Status.NOT_APPLICABLE, "Out of scope.",
                "yes")));
        assertThat(cell(records.get(1), "remediation")).isEmpty();
        assertThat(cell(records.get(1), "contract clause")).isEmpty();
    }

    @Test
    void cellsThatASpreadsheetWouldEvaluate_arePrefixedWithAQuote() throws IOException {
        List<CSVRecord> records = parse(render(
                finding("GDPR-32-1a", GDPR, Status.NOT_MET, "=HYPERLINK(\"http://evil.example\",\"x\")", "no"),
                finding("CRA-AI-P2-1", CRA, Status.NOT_MET, "+1", "no"),
                finding("GDPR-32-1a", GDPR, Status.NOT_MET, "-2+3", "no"),
                finding("GDPR-32-1a", GDPR, Status.NOT_MET, "@SUM(A1)", "no"),
                finding("GDPR-32-1a", GDPR, Status.NOT_MET, "\tcmd", "no"),
                finding("GDPR-32-1a", GDPR, Status.NOT_MET, "\rcmd", "no"),
                finding("GDPR-32-1a", GDPR, Status.NOT_MET, "a = b", "no")));

        assertThat(records.stream().skip(1).map(r -> cell(r, "rationale"))).containsExactly(
                "'=HYPERLINK(\"http://evil.example\",\"x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd", "a = b");
    }

    @Test
    void quotesCommasLineBreaksAndNonLatinText_surviveTheRoundTrip() throws IOException {
        String rationale = "Ο προμηθευτής είπε \"όχι\", και\r\nτίποτα άλλο; Łódź";
        byte[] bytes = render(finding("GDPR-32-1a", GDPR, Status.NOT_MET, rationale, "no"));
        assertThat(cell(parse(bytes).get(1), "rationale")).isEqualTo(rationale);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void formatName_isCsv() {
        assertThat(new CsvReportRenderer(catalog).format()).isEqualTo("csv");
    }

    /** SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1). */
    private static final String SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private byte[] render(Finding... findings) {
        return render("Q-1", "Vendor", findings);
    }

    private byte[] render(String questionnaireId, String vendor, Finding... findings) {
        Assessment assessment = Assessment.builder().questionnaireId(questionnaireId)
                .vendor(new Vendor(vendor, "DE", "")).product(new Product("Product", "1", ProductKind.MEDICAL_DEVICE))
                .profile(Profile.MEDICAL_DEVICE).asOf(LocalDate.of(2026, 11, 1)).catalogVersion("test-1")
                .rulePack("test-pack").rulePackVersion("1").decision(Decision.REJECT).decisionReasons(List.of("reason"))
                .overallScore(50.0).findings(List.of(findings)).policy(org.cyberprocure.Policy.defaults().label())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditRecord audit = AuditRecord.at(java.time.Instant.parse("2026-12-01T09:30:00Z"),
                List.of(new AuditRecord.InputFile("questionnaire", "q-1.json", SHA_ABC)));
        new CsvReportRenderer(catalog).render(ReportModel.of(assessment, catalog).withAudit(audit), out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1); // without the BOM
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.get(CsvReportRenderer.COLUMNS.indexOf(column));
    }

    private static Finding finding(String id, Citation citation, Status status, String rationale, String value) {
        String question = id.startsWith("GDPR") ? "ENC-REST" : "MD-SBOM";
        return new Finding(id, "Title of " + id, "Data protection", status, rationale,
                List.of(Answer.of(question, value)), id + " rule", citation, LegalForce.BINDING_LAW, Severity.HIGH,
                false);
    }

    private static Requirement requirement(String id, Citation citation, List<String> questions, String remediation,
                                           String clause) {
        return new Requirement(id, "Title of " + id, citation, "Paraphrase.", "Data protection",
                Set.of(Profile.MEDICAL_DEVICE), LegalForce.BINDING_LAW, Severity.HIGH, false, questions, remediation,
                clause, List.of(), null, "", List.of());
    }

    private static Question question(String id) {
        return new Question(id, id + "?", AnswerType.YES_NO, List.of(), false, "yes", false, "",
                Set.of(Profile.MEDICAL_DEVICE), "Section", "");
    }
}
