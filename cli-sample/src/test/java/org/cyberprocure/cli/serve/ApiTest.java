package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API of the real server on a free loopback port, with the JDK's HTTP client. */
class ApiTest {
    private static final Path CLOUD = TestServer.EXAMPLES.resolve("cloud-vendor.json");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Multipart cloud() throws Exception {
        return new TestServer.Multipart().file("file", CLOUD);
    }

    @Test
    void evaluate_json_isTheAssessmentDocument() throws Exception {
        HttpResponse<byte[]> response = server.post("/api/v1/evaluate", cloud());
        assertThat(response.statusCode()).isEqualTo(200);
        assertUtf8(response, "application/json");
        JsonNode json = OpenApi.assertMatches("AssessmentDocument", TestServer.text(response));
        assertThat(json.at("/assessment/questionnaireId").asText()).isEqualTo("TENDER-2026-017-LOT2");
        assertThat(response.headers().firstValue("X-CyberProcure-Decision"))
                .hasValue(json.at("/assessment/decision").asText());
        assertThat(json.at("/audit/inputs/0/name").asText()).isEqualTo("cloud-vendor.json");
        assertThat(json.at("/audit/inputs/0/sha256").asText()).isEqualTo(sha256(Files.readAllBytes(CLOUD)));
    }

    @Test
    void evaluate_pdf_byParameterOrAccept_isARealPdfReport() throws Exception {
        for (HttpResponse<byte[]> response : List.of(
                server.post("/api/v1/evaluate", cloud().field("format", "pdf")),
                server.post("/api/v1/evaluate", cloud(), "Accept", "application/pdf"),
                server.post("/api/v1/evaluate?format=pdf&detail=summary&lang=de", cloud()))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"cloud-vendor.pdf\"");
            try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(response.body())))) {
                assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
                assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("TENDER-2026-017-LOT2");
            }
        }
        HttpResponse<byte[]> greek = server.post("/api/v1/evaluate?format=pdf", new TestServer.Multipart().file(
                "file", "Ιατρικά.json", Files.readAllBytes(CLOUD)));
        assertThat(greek.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"_______.pdf\"; "
                + "filename*=UTF-8''%CE%99%CE%B1%CF%84%CF%81%CE%B9%CE%BA%CE%AC.pdf");
        HttpResponse<byte[]> german = server.post("/api/v1/evaluate?format=pdf", cloud(), "Accept-Language",
                "de-CH, fr;q=0.5");
        assertThat(german.headers().firstValue("Content-Language")).hasValue("de");
    }

    @Test
    void evaluate_otherFormatsAndInputs() throws Exception {
        HttpResponse<byte[]> csv = server.post("/api/v1/evaluate", cloud(), "Accept", "text/csv");
        assertUtf8(csv, "text/csv");
        assertThat(TestServer.text(csv)).contains("GDPR-44");
        HttpResponse<byte[]> oscal = server.post("/api/v1/evaluate?format=oscal", cloud());
        assertThat(OpenApi.JSON.readTree(oscal.body()).has("assessment-results")).isTrue();
        HttpResponse<byte[]> feed = server.post("/api/v1/evaluate?format=jsonl", cloud());
        assertThat(TestServer.text(feed).lines().count()).isGreaterThan(10);
        for (String example : List.of("medical-device.csv", "infusion-pump-mds2.xlsx", "eu-health-cloud-caiq.xlsx")) {
            HttpResponse<byte[]> response = server.post("/api/v1/evaluate", new TestServer.Multipart().file("file",
                    TestServer.EXAMPLES.resolve(example)).field("vendorCountry", "DE"));
            assertThat(response.statusCode()).as(example + ": " + TestServer.text(response)).isEqualTo(200);
            OpenApi.assertMatches("AssessmentDocument", TestServer.text(response));
        }
        HttpResponse<byte[]> withSbom = server.post("/api/v1/evaluate", new TestServer.Multipart()
                .file("file", TestServer.EXAMPLES.resolve("medical-device.json"))
                .file("sbom", TestServer.EXAMPLES.resolve("sbom/sbom-infusafe-5.0-gaps.cdx.json")));
        assertThat(withSbom.statusCode()).isEqualTo(200);
        assertThat(OpenApi.JSON.readTree(withSbom.body()).at("/audit/inputs/1/role").asText()).isEqualTo("SBOM");
    }

    @Test
    void badQuestionnaire_is400ProblemDetails_withReasonCodesAndLocations() throws Exception {
        HttpResponse<byte[]> response = server.post("/api/v1/evaluate", new TestServer.Multipart().file("file",
                "vendor.json", "{\"id\": \"T-1\", \"id\": \"T-2\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertUtf8(response, "application/problem+json");
        JsonNode problem = OpenApi.assertMatches("Problem", TestServer.text(response));
        assertThat(problem.get("type").asText()).isEqualTo("urn:cyberprocure:problem:invalid-input");
        assertThat(problem.get("reason").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(problem.get("field").asText()).isEqualTo("file");
        assertThat(problem.at("/problems/0/location/source").asText()).isEqualTo("vendor.json");
        assertThat(problem.at("/problems/0/location/line").asInt()).isEqualTo(1);
        assertThat(problem.at("/problems/0/message").asText()).containsIgnoringCase("duplicate");

        HttpResponse<byte[]> csv = server.post("/api/v1/check", new TestServer.Multipart().file("file",
                "answers.csv", Files.readString(TestServer.EXAMPLES.resolve("medical-device.csv"))
                        .replaceFirst("\nPATIENT-DATA,[^,\n]*", "\nPATIENT-DATA,perhaps")
                        .getBytes(StandardCharsets.UTF_8)));
        JsonNode invalid = OpenApi.assertMatches("Problem", TestServer.text(csv));
        assertThat(csv.statusCode()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.get("reason").asText()).isEqualTo("INVALID_VALUE");
        assertThat(invalid.at("/problems/0/where").asText()).startsWith("answers.csv, line ");
    }

    @Test
    void zipBomb_isRefusedByTheReadersGuard() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 101; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        HttpResponse<byte[]> response = server.post("/api/v1/evaluate", new TestServer.Multipart().file("file",
                "form.xlsx", bomb.toByteArray()));
        JsonNode problem = OpenApi.assertMatches("Problem", TestServer.text(response));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem.get("reason").asText()).isEqualTo("TOO_LARGE");
        assertThat(problem.get("detail").asText()).contains("zip bomb");
    }

    @Test
    void badRequests_areProblemsThatNameTheParameter() throws Exception {
        record Case(HttpResponse<byte[]> response, int status, String type, String detail) {
        }
        List<Case> cases = List.of(
                new Case(server.post("/api/v1/evaluate?contract_end=2030-01-01", cloud()), 400, "bad-request",
                        "unknown parameter 'contract_end'"),
                new Case(server.post("/api/v1/evaluate", cloud().field("contractEnd", "31.12.2030")), 400,
                        "bad-request", "contractEnd must be a date YYYY-MM-DD"),
                new Case(server.post("/api/v1/evaluate?hospitalCountry=Germany", cloud()), 400, "bad-request",
                        "Germany"),
                new Case(server.post("/api/v1/evaluate?lang=xx", cloud()), 400, "bad-request", "lang xx"),
                new Case(server.post("/api/v1/evaluate", cloud().file("attachment", CLOUD)), 400, "bad-request",
                        "unknown file field 'attachment'"),
                new Case(server.post("/api/v1/evaluate", new TestServer.Multipart()), 400, "bad-request",
                        "field 'file' takes exactly 1 file, not 0"),
                new Case(server.post("/api/v1/evaluate", cloud().file("policy", "policy.json",
                        "{\"name\": 1}".getBytes(StandardCharsets.UTF_8))), 400, "invalid-settings", "policy"),
                new Case(server.post("/api/v1/evaluate", cloud(), "Accept", "image/png"), 406, "not-acceptable",
                        "application/json"),
                new Case(server.send(HttpRequest.newBuilder(server.uri("/api/v1/evaluate")).header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofFile(CLOUD)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()), 415, "unsupported-media-type", "multipart"),
                new Case(server.send(HttpRequest.newBuilder(server.uri("/api/v1/evaluate")).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray()), 405, "method-not-allowed", "not allowed"));
        for (Case c : cases) {
            String body = TestServer.text(c.response());
            assertThat(c.response().statusCode()).as(body).isEqualTo(c.status());
            JsonNode problem = OpenApi.assertMatches("Problem", body);
            assertThat(problem.get("type").asText()).isEqualTo("urn:cyberprocure:problem:" + c.type());
            assertThat(problem.get("detail").asText()).contains(c.detail());
        }
    }

    @Test
    void check_isTheSelfCheck_withoutTheScoreUnderAHospitalPolicy() throws Exception {
        HttpResponse<byte[]> response = server.post("/api/v1/check", cloud());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode check = OpenApi.assertMatches("SelfCheck", TestServer.text(response));
        assertThat(check.get("file").asText()).isEqualTo("cloud-vendor.json");
        assertThat(check.has("overallScore")).isTrue();
        assertThat(check.get("gaps").size()).isEqualTo(check.at("/counts/gaps").asInt()).isPositive();
        HttpResponse<byte[]> hospital = server.post("/api/v1/check", cloud().file("policy", "hospital-policy.json",
                ("{\"policyFormat\": \"cyberprocure-policy/1\", \"name\": \"St. Example hospital\", "
                        + "\"version\": \"1\", \"rejectBelowScore\": 70}").getBytes(StandardCharsets.UTF_8)));
        JsonNode underPolicy = hospitalPolicyCheck(hospital);
        assertThat(underPolicy.has("overallScore")).isFalse();
    }

    private static JsonNode hospitalPolicyCheck(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).as(TestServer.text(response)).isEqualTo(200);
        return OpenApi.assertMatches("SelfCheck", TestServer.text(response));
    }

    @Test
    void compare_ranksTheLot_asJsonAndPdf() throws Exception {
        TestServer.Multipart lot = new TestServer.Multipart();
        List<Path> offers;
        try (Stream<Path> files = Files.list(TestServer.EXAMPLES.resolve("lot-pacs"))) {
            offers = files.sorted().toList();
        }
        for (Path offer : offers) {
            lot.file("file", offer);
        }
        lot.file("file", "broken.json", "{".getBytes(StandardCharsets.UTF_8)).field("draws", "200");
        HttpResponse<byte[]> response = server.post("/api/v1/compare", lot);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode comparison = OpenApi.assertMatches("ComparisonDocument", TestServer.text(response));
        assertThat(comparison.at("/comparison/ranking").size()).isEqualTo(offers.size());
        assertThat(comparison.at("/comparison/inputs").toString()).contains("broken.json", "INVALID");
        HttpResponse<byte[]> pdf = server.post("/api/v1/compare", lot, "Accept", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf.body())))) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void diff_ofASubmissionAndItsResubmission() throws Exception {
        TestServer.Multipart pair = new TestServer.Multipart().file("previous", CLOUD)
                .file("current", TestServer.EXAMPLES.resolve("resubmission/cloud-vendor-round2.json"));
        HttpResponse<byte[]> json = server.post("/api/v1/diff", pair);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode diff = OpenApi.assertMatches("DiffDocument", TestServer.text(json));
        assertThat(diff.at("/diff/changes").size()).isPositive();
        HttpResponse<byte[]> text = server.post("/api/v1/diff?format=text", pair);
        assertThat(TestServer.text(text)).contains(diff.at("/diff/changes/0/requirementId").asText());
        HttpResponse<byte[]> pdf = server.post("/api/v1/diff?format=pdf", pair);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf.body())))) {
            assertThat(PdfTextExtractor.getTextFromPage(document.getPage(1))).contains("Resubmission comparison");
        }
        // An assessment JSON from evaluate is read back as it is.
        byte[] assessment = server.post("/api/v1/evaluate", cloud()).body();
        HttpResponse<byte[]> fromAssessment = server.post("/api/v1/diff", new TestServer.Multipart()
                .file("previous", "cloud-vendor.assessment.json", assessment)
                .file("current", TestServer.EXAMPLES.resolve("resubmission/cloud-vendor-round2.json")));
        assertThat(OpenApi.JSON.readTree(fromAssessment.body()).at("/diff/changes"))
                .isEqualTo(diff.at("/diff/changes"));
    }

    @Test
    void referenceEndpoints() throws Exception {
        OpenApi.assertMatches("Info", server.get("/api/v1/info").body());
        JsonNode catalog = OpenApi.assertMatches("Catalog", server.get("/api/v1/catalog?profile=medical-device")
                .body());
        assertThat(catalog.get("profile").asText()).isEqualTo("medical-device");
        assertThat(server.get("/api/v1/catalog", "Accept", "text/csv").body()).contains("requirement,title");
        assertThat(server.get("/api/v1/catalog?format=oscal").body()).contains("\"catalog\"");
        HttpResponse<String> csv = server.get("/api/v1/template?profile=cloud-migration");
        assertUtf8(csv, "text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"questionnaire-cloud-migration.csv\"");
        OpenApi.assertMatches("Template", server.get("/api/v1/template?profile=medical-device&format=json").body());
        HttpResponse<String> missing = server.get("/api/v1/template");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(OpenApi.assertMatches("Problem", missing.body()).get("detail").asText()).contains("profile");
        assertThat(server.get("/api/v1/openapi.yaml").body()).startsWith("openapi: 3.1.0");
    }

    @Test
    void concurrentRequests_agreeWithASerialRun() throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestServer.EXAMPLES)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().limit(8).forEach(inputs::add);
        }
        assertThat(inputs).hasSize(8);
        List<JsonNode> serial = new ArrayList<>();
        for (Path input : inputs) {
            serial.add(withoutTime(server.post("/api/v1/evaluate", new TestServer.Multipart().file("file", input))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> parallel = new ArrayList<>();
            for (Path input : inputs) {
                parallel.add(pool.submit(() -> withoutTime(server.post("/api/v1/evaluate",
                        new TestServer.Multipart().file("file", input)))));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(parallel.get(i).get()).as(inputs.get(i).toString()).isEqualTo(serial.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void uploads_areDeletedAfterEachRequest() throws Exception {
        server.post("/api/v1/evaluate", cloud());
        server.post("/api/v1/evaluate", new TestServer.Multipart().file("file", "bad.json",
                "{".getBytes(StandardCharsets.UTF_8)));
        server.post("/api/v1/compare", cloud().file("file", TestServer.EXAMPLES.resolve("cloud-weak.json")));
        try (Stream<Path> left = Files.list(server.server.context().workFolder())) {
            assertThat(left.toList()).isEmpty();
        }
    }

    private static JsonNode withoutTime(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = OpenApi.JSON.readTree(response.body());
        ((ObjectNode) json.get("audit")).remove("generatedAt");
        return json;
    }

    /** A text media type with charset=utf-8 (Jetty writes some without the space after the semicolon). */
    static void assertUtf8(HttpResponse<?> response, String mediaType) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t.replace(" ", "")).isEqualTo(mediaType + ";charset=utf-8"));
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
