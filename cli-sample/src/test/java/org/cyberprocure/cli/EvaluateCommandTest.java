package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberprocure.report.CsvReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluate command, run in-process on the bundled examples. */
class EvaluateCommandTest {

    @Test
    void evaluate_writesPdfAndJsonForEachSample(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("cloud-vendor.json"), example("medical-device.json"),
                "--out", dir.toString());
        assertThat(run.exit).isZero();
        assertThat(Files.readAllBytes(dir.resolve("cloud-vendor.pdf"))).startsWith("%PDF-".getBytes());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("medical-device.assessment.json").toFile());
        assertThat(json.path("assessment").path("decision").asText()).isEqualTo("ACCEPT_WITH_CONDITIONS");
        assertThat(run.out).contains("cloud-vendor.json: ACCEPT_WITH_CONDITIONS");
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void csvFormat_writesOneRowPerFindingWithBom(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("medical-device.csv"), "--out", dir.toString(), "--format", "csv");
        assertThat(run.exit).isZero();
        assertThat(ReportFolderTest.visible(dir)).containsExactly("medical-device.findings.csv");
        byte[] bytes = Files.readAllBytes(dir.resolve("medical-device.findings.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains(String.join(",", CsvReportRenderer.COLUMNS))
                .contains("GDPR-32-1a,\"Encryption of personal data, as appropriate to the risk\"").contains("ENC-REST = no");
        JsonNode assessment = assessmentOf(example("medical-device.csv"), dir.resolve("json"));
        assertThat(csv.lines().filter(l -> l.matches("^[A-Z][A-Za-z0-9.-]*,.*")).count())
                .isEqualTo(assessment.path("findings").size());
    }

    @Test
    void folder_evaluatesEveryQuestionnaire_andSummarisesEachFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(CliRun.EXAMPLES.resolve("cloud-vendor.json"), in.resolve("cloud-vendor.json"));
        Files.copy(CliRun.EXAMPLES.resolve("medical-device.csv"), in.resolve("medical-device.csv"));
        Files.writeString(in.resolve("broken.json"), "{\"schemaVersion\": ");
        Files.writeString(in.resolve("notes.txt"), "not a questionnaire");

        CliRun run = run("evaluate", in.toString(), "--out", dir.resolve("out").toString(), "--format", "json");

        assertThat(run.exit).isEqualTo(2);
        assertThat(ReportFolderTest.visible(dir.resolve("out"))).containsExactlyInAnyOrder(
                "cloud-vendor.assessment.json", "medical-device.assessment.json", "batch-summary.csv",
                "batch-summary.json");
        String summary = run.out.substring(run.out.indexOf("Summary:"));
        assertThat(summary).contains("2 evaluated, 1 invalid")
                .containsPattern("cloud-vendor.json +ACCEPT_WITH_CONDITIONS")
                .containsPattern("medical-device.csv +ACCEPT_WITH_CONDITIONS")
                .containsPattern("broken.json +invalid input: broken.json");
        assertThat(run.err).contains("[1/3]").contains("broken.json").doesNotContain("\tat ");
        assertThat(run.out).contains("[2/3]").contains("[3/3]");
    }

    @Test
    void folderWithItsOwnReports_skipsThemByName(@TempDir Path dir) throws Exception {
        Files.copy(CliRun.EXAMPLES.resolve("cloud-vendor.json"), dir.resolve("cloud-vendor.json"));
        assertThat(run("evaluate", dir.toString(), "--out", dir.toString(), "--format", "json,csv").exit).isZero();

        CliRun again = run("evaluate", dir.toString(), "--out", dir.toString(), "--format", "json", "--force");
        assertThat(again.exit).isZero();
        assertThat(again.out).containsPattern("cloud-vendor.assessment.json +skipped: a report written by this tool")
                .containsPattern("cloud-vendor.findings.csv +skipped");
    }

    @Test
    void inputsSharingAName_getReportsNamedAfterTheirFormat(@TempDir Path dir) {
        CliRun run = run("evaluate", CliRun.EXAMPLES.toString(), "--out", dir.toString(), "--format", "json");
        assertThat(run.exit).isZero();
        assertThat(dir.toFile().list()).contains("cloud-vendor.assessment.json",
                "medical-device-csv.assessment.json", "medical-device-json.assessment.json");
    }

    @Test
    void missingFile_exits3_afterEvaluatingTheOthers(@TempDir Path dir) {
        CliRun run = run("evaluate", dir.resolve("absent.json").toString(), example("cloud-vendor.json"),
                "--out", dir.toString(), "--format", "json");
        assertThat(run.exit).isEqualTo(3);
        assertThat(dir.resolve("cloud-vendor.assessment.json")).exists();
        assertThat(run.out).containsPattern("absent.json +not read: file not found");
    }

    @Test
    void existingReports_areNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        String sample = example("cloud-vendor.json");
        assertThat(run("evaluate", sample, "--out", dir.toString(), "--format", "json").exit).isZero();
        Path report = dir.resolve("cloud-vendor.assessment.json");
        Files.writeString(report, "kept");
        CliRun refused = run("evaluate", sample, "--out", dir.toString(), "--format", "json,csv");
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("--force");
        assertThat(Files.readString(report)).isEqualTo("kept");
        assertThat(dir.resolve("cloud-vendor.findings.csv")).as("all reports of a file or none").doesNotExist();
        assertThat(run("evaluate", sample, "--out", dir.toString(), "--format", "json", "--force").exit).isZero();
        assertThat(Files.readString(report)).contains("\"decision\"");
    }

    @Test
    void invalidInput_printsLocatedMessageWithoutStackTrace_andExits2(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                Files.readString(CliRun.EXAMPLES.resolve("cloud-vendor.json"))
                .replace("\"REMOTE-MFA\", \"value\": \"yes\"", "\"REMOTE-MFA\", \"value\": \"perhaps\"")
                .replace("\"LOG-SIEM\"", "\"LOG-SEIM\""));
        CliRun run = run("evaluate", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("2 problems").contains("bad.json at /answers/").contains("perhaps")
                .contains("cyberprocure check").doesNotContain("\tat org.");
        assertThat(run.err.lines().count()).isLessThanOrEqualTo(2);
        assertThat(dir.resolve("out").resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void failOnReject_turnsARejectionIntoExitCode4(@TempDir Path dir) throws Exception {
        // A hospital policy that rejects every offer scoring below 99 % rejects the sample.
        Path policy = Files.writeString(dir.resolve("policy.json"), """
                {"policyFormat": "cyberprocure-policy/1", "name": "Strict", "version": "1", "rejectBelowScore": 99}
                """);
        String sample = example("cloud-vendor.json");
        CliRun plain = run("evaluate", sample, "--out", dir.resolve("a").toString(), "--format", "json",
                "--policy", policy.toString());
        assertThat(plain.exit).as("a decision is data").isZero();
        assertThat(plain.out).contains("REJECT");
        CliRun failing = run("evaluate", sample, "--out", dir.resolve("b").toString(), "--format", "json",
                "--policy", policy.toString(), "--fail-on", "reject");
        assertThat(failing.exit).isEqualTo(4);
        assertThat(run("evaluate", sample, "--out", dir.resolve("c").toString(), "--format", "json",
                "--fail-on", "reject").exit).as("ACCEPT_WITH_CONDITIONS is not a rejection").isZero();
        assertThat(run("evaluate", sample, "--out", dir.resolve("d").toString(), "--format", "json",
                "--fail-on", "conditions").exit).isEqualTo(4);
    }

    @Test
    void badPolicy_isAUsageError(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.json"), "{\"name\": 1}");
        CliRun run = run("evaluate", example("cloud-vendor.json"), "--out", dir.toString(), "--policy",
                policy.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).startsWith("error: policy").doesNotContain("\tat ");
        assertThat(run("evaluate", example("cloud-vendor.json"), "--policy", "absent.json").err)
                .contains("policy file not found");
    }

    @Test
    void usageErrors_exit2_inTwoLines() {
        CliRun noFile = run("evaluate");
        assertThat(noFile.exit).isEqualTo(2);
        assertThat(noFile.err.lines().toList()).hasSize(2);
        assertThat(run("evaluate", "x.json", "--as-of", "yesterday").exit).isEqualTo(2);
        CliRun format = run("evaluate", "x.json", "--format", "docx");
        assertThat(format.exit).isEqualTo(2);
        assertThat(format.err).contains("docx").contains("--help");
    }

    @Test
    void help_documentsTheExitCodes() {
        for (String command : List.of("evaluate", "check")) {
            CliRun help = run(command, "--help");
            assertThat(help.exit).isZero();
            assertThat(help.out).contains("Exit codes:").contains("3   ").contains("--fail-on");
        }
        assertThat(run("--help").out).contains("Exit codes:").contains("evaluate").contains("check")
                .contains("template").contains("catalog");
    }

    @Test
    void version_namesToolCatalogAndRulePack() {
        CliRun run = run("--version");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("cyberprocure").contains("rule pack cyberprocure-eu-health")
                .containsPattern("catalog \\d{4}\\.\\d+");
    }

    @Test
    void unwritableOutput_isAnInternalError_saidInWordsBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        String sample = example("cloud-vendor.json");
        CliRun quiet = run("evaluate", sample, "--out", file.toString());
        assertThat(quiet.exit).isEqualTo(1);
        assertThat(quiet.err).startsWith("error: ").doesNotContain("\tat ");
        CliRun verbose = run("evaluate", sample, "--out", file.toString(), "--verbose");
        assertThat(verbose.exit).isEqualTo(1);
        assertThat(verbose.err).as("checked, not failed: nothing to trace").contains("is a file, not a folder");
    }

    @Test
    void lang_isAccepted_andStillWritesTheReport(@TempDir Path dir) {
        assertThat(run("evaluate", example("cloud-vendor.json"), "--out", dir.toString(), "--format", "json",
                "--lang", "de").exit).isZero();
        assertThat(run("evaluate", example("cloud-vendor.json"), "--lang", "xx").exit).isEqualTo(2);
    }

    private static JsonNode assessmentOf(String questionnaire, Path out) throws Exception {
        assertThat(run("evaluate", questionnaire, "--out", out.toString(), "--format", "json").exit).isZero();
        Path json;
        try (var files = Files.list(out)) {
            json = files.filter(f -> f.toString().endsWith(".assessment.json")).findFirst().orElseThrow();
        }
        return new ObjectMapper().readTree(json.toFile()).path("assessment");
    }
}
