package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --waivers}, the audit record and the batch summary files, and {@code diff}; the docs/cli.md
 * sections on them are this test's output (rewrite with {@code -Dcyberprocure.writeCliDoc=true}).
 */
class TenderCliTest {
    private static final Path DOC = Path.of("..", "docs", "cli.md");
    private static final String AT = "2026-12-01T09:00:00Z";
    private static final String CLOUD = CliRun.example("cloud-vendor.json");
    private static final String ROUND_TWO = CliRun.example("resubmission/cloud-vendor-round2.json");
    private static final String WAIVERS = CliRun.example("waivers/hospital-waivers.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void evaluateWithWaivers_recordsTheOutcomes_andTheDigestOfEveryInput(@TempDir Path out) throws Exception {
        CliRun run = CliRun.run("evaluate", CLOUD, "--waivers", WAIVERS, "--out", out.toString(), "--format",
                "json,csv", "--generated-at", AT);
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("Waivers addressed to no evaluated offer (ignored): W-2026-017-06");
        JsonNode doc = JSON.readTree(out.resolve("cloud-vendor.assessment.json").toFile());
        List<String> outcomes = new ArrayList<>();
        doc.path("assessment").path("waivers").forEach(w -> outcomes.add(w.path("waiver").path("id").asText() + " "
                + w.path("outcome").asText()));
        assertThat(outcomes).containsExactly("W-2026-017-01 APPLIED", "W-2026-017-02 APPLIED",
                "W-2026-017-03 EXPIRED", "W-2026-017-04 NOT_ALLOWED_BY_POLICY", "W-2026-017-05 MISMATCHED");
        JsonNode audit = doc.path("audit");
        assertThat(audit.path("generatedAt").asText()).isEqualTo(AT);
        assertThat(audit.path("toolVersion").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(audit.path("inputs").toString())
                .contains("\"role\":\"questionnaire\",\"name\":\"cloud-vendor.json\",\"sha256\":\"" + sha256(CLOUD))
                .contains("\"role\":\"waivers\",\"name\":\"hospital-waivers.json\",\"sha256\":\"" + sha256(WAIVERS));
        String csv = Files.readString(out.resolve("cloud-vendor.findings.csv"));
        assertThat(csv).contains("questionnaire id,vendor,product,requirement").contains(AT).contains(sha256(CLOUD))
                .contains("RISK_ACCEPTED").contains("W-2026-017-01 (judged NOT_MET");
    }

    @Test
    void sameGenerationTime_givesByteIdenticalReports(@TempDir Path dir) throws Exception {
        for (String run : List.of("a", "b")) {
            assertThat(CliRun.run("evaluate", CLOUD, "--out", dir.resolve(run).toString(), "--format", "json,csv",
                    "--waivers", WAIVERS, "--generated-at", AT).exit).isZero();
        }
        for (String name : List.of("cloud-vendor.assessment.json", "cloud-vendor.findings.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
    }

    @Test
    void sourceDateEpoch_fixesTheGenerationTime_inASeparateJvm(@TempDir Path dir) throws Exception {
        Path viaEnvironment = dir.resolve("env");
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CyberProcureCli.class.getName(), "evaluate", CLOUD,
                "--out", viaEnvironment.toString(), "--format", "json")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        process.environment().put("SOURCE_DATE_EPOCH", "1764579600"); // 2025-12-01T09:00:00Z
        process.environment().put("CYBERPROCURE_FAST_START", "0");
        Process started = process.start();
        assertThat(started.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        Path viaOption = dir.resolve("option");
        assertThat(CliRun.run("evaluate", CLOUD, "--out", viaOption.toString(), "--format", "json",
                "--generated-at", "2025-12-01T09:00:00Z").exit).isZero();
        assertThat(Files.readString(viaEnvironment.resolve("cloud-vendor.assessment.json")))
                .isEqualTo(Files.readString(viaOption.resolve("cloud-vendor.assessment.json")));
    }

    @Test
    void batch_writesItsSummaryToCsvAndJson_andKeepsThemWithoutForce(@TempDir Path out) throws Exception {
        String[] args = {"evaluate", CLOUD, ROUND_TWO, CliRun.example("medical-device.json"), CliRun.example("missing.json"),
                "--out", out.toString(), "--format", "json", "--generated-at", AT};
        CliRun run = CliRun.run(args);
        assertThat(run.exit).isEqualTo(CyberProcureCli.EXIT_UNREADABLE);
        assertThat(run.out).contains("wrote " + out.resolve("batch-summary.csv"));
        List<String> lines = Files.readAllLines(out.resolve("batch-summary.csv"));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", BatchSummary.COLUMNS));
        assertThat(lines.get(1)).contains("TENDER-2026-017-LOT2,").contains("ACCEPT_WITH_CONDITIONS").contains(sha256(CLOUD));
        assertThat(lines.get(4)).contains("UNREADABLE");
        JsonNode summary = JSON.readTree(out.resolve("batch-summary.json").toFile());
        assertThat(summary.path("format").asText()).isEqualTo("cyberprocure-batch/1");
        assertThat(summary.path("audit").path("generatedAt").asText()).isEqualTo(AT);
        assertThat(summary.path("files")).hasSize(4);
        assertThat(summary.path("files").get(1).path("questionnaireId").asText()).isEqualTo("TENDER-2026-017-LOT2-R2");

        CliRun again = CliRun.run(args);
        assertThat(again.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(again.err).contains("batch-summary.csv and batch-summary.json exist").contains("--force");
    }

    @Test
    void diff_ofQuestionnaires_andOfTheirAssessmentFiles_sayTheSame(@TempDir Path out) throws Exception {
        CliRun direct = CliRun.run("diff", CLOUD, ROUND_TWO, "--json", out.resolve("d.json").toString(), "--pdf",
                out.resolve("d.pdf").toString(), "--generated-at", AT);
        assertThat(direct.exit).as(direct.err).isZero();
        assertThat(direct.out).contains("EHP-GP-M06 (knock-out): PARTIALLY_MET \u2192 MET  [vendor's answers]");
        assertThat(CliRun.run("evaluate", CLOUD, ROUND_TWO, "--out", out.toString(), "--format", "json").exit).isZero();
        CliRun fromJson = CliRun.run("diff", out.resolve("cloud-vendor.assessment.json").toString(),
                out.resolve("cloud-vendor-round2.assessment.json").toString());
        assertThat(fromJson.exit).as(fromJson.err).isZero();
        assertThat(fromJson.out).isEqualTo(direct.out.substring(0, direct.out.indexOf("wrote ")));

        JsonNode json = JSON.readTree(out.resolve("d.json").toFile());
        assertThat(json.path("format").asText()).isEqualTo("cyberprocure-diff/1");
        assertThat(json.path("diff").path("conditionsSatisfied").toString()).isEqualTo("[\"EHP-GP-M06\",\"GDPR-33-2-HS\"]");
        assertThat(json.path("audit").path("inputs").toString()).contains(sha256(CLOUD)).contains(sha256(ROUND_TWO));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(out.resolve("d.pdf").toFile()))) {
            String first = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(first).contains("Resubmission comparison").contains("GDPR-33-2-HS");
            assertThat(pdf.getDocumentInfo().getTitle()).startsWith("Resubmission comparison");
        }
    }

    @Test
    void diff_refusesDifferentProfiles_andMissingFiles(@TempDir Path out) {
        CliRun profiles = CliRun.run("diff", CLOUD, CliRun.example("medical-device.json"));
        assertThat(profiles.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(profiles.err).contains("cannot compare a cloud-migration assessment with a medical-device one");
        CliRun missing = CliRun.run("diff", CLOUD, out.resolve("nope.json").toString());
        assertThat(missing.exit).isEqualTo(CyberProcureCli.EXIT_UNREADABLE);
        assertThat(missing.err).contains("nope.json");
    }

    @Test
    void cliDoc_showsTheRealOutput(@TempDir Path out) throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        CliRun diff = CliRun.run("diff", CLOUD, ROUND_TWO);
        String expected = block(doc, "diff", "$ java -jar cyberprocure.jar diff docs/examples/cloud-vendor.json "
                + "docs/examples/resubmission/cloud-vendor-round2.json\n" + diff.out);
        CliRun waivers = CliRun.run("evaluate", CLOUD, "--waivers", WAIVERS, "--out", out.toString(), "--format", "json");
        expected = block(expected, "waivers", "$ java -jar cyberprocure.jar evaluate docs/examples/cloud-vendor.json "
                + "--waivers docs/examples/waivers/hospital-waivers.json --out reports --format json\n"
                + waivers.out.replace(out.toString(), "reports"));
        if (Boolean.getBoolean("cyberprocure.writeCliDoc")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/cli.md is stale: rerun TenderCliTest with -Dcyberprocure.writeCliDoc=true").isEqualTo(expected);
    }

    /** The doc with the console block between the markers of {@code name} replaced. */
    private static String block(String doc, String name, String console) {
        String begin = "<!-- example:" + name + " -->\n```console\n";
        String end = "```\n<!-- /example:" + name + " -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("docs/cli.md has the markers of " + name).isNotNegative();
        String text = console.replace(".." + File.separator + "docs", "docs").replace(File.separator, "/");
        return doc.substring(0, from + begin.length()) + text + (text.endsWith("\n") ? "" : "\n") + doc.substring(to);
    }

    private static String sha256(String file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(file))));
    }
}
