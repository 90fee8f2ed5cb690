package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;
import static org.cyberprocure.cli.SbomOptionTest.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberprocure.internal.BundledSchemas;
import org.cyberprocure.report.AuditRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --format oscal,jsonl} and {@code catalog --format oscal}. */
class InteropFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void evaluate_writesOscalResultsAndAFeedWithTheInputsDigests(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("medical-device.json"), "--sbom", sbom("sbom-infusafe-5.1.cdx.json"),
                "--out", dir.toString(), "--format", "oscal,jsonl");

        assertThat(run.exit).as(run.err).isZero();
        String questionnaireSha = AuditRecord.InputFile.of("input", Path.of(example("medical-device.json"))).sha256();
        String sbomSha = AuditRecord.InputFile.of("input", Path.of(sbom("sbom-infusafe-5.1.cdx.json"))).sha256();
        JsonNode oscal = JSON.readTree(dir.resolve("medical-device.oscal-ar.json").toFile());
        assertThat(BundledSchemas.check(BundledSchemas.oscal(), oscal).violations()).isEmpty();
        assertThat(oscal.path("assessment-results").path("back-matter").toString()).contains(questionnaireSha)
                .contains(sbomSha);

        List<String> lines = Files.readAllLines(dir.resolve("medical-device.findings.jsonl"));
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode finding = JSON.readTree(line);
            assertThat(finding.path("inputs").path("medical-device.json").asText()).isEqualTo(questionnaireSha);
            assertThat(finding.path("inputs").path("sbom-infusafe-5.1.cdx.json").asText()).isEqualTo(sbomSha);
        }
        assertThat(run.out).contains("medical-device.oscal-ar.json").contains("medical-device.findings.jsonl");
    }

    @Test
    void reportsOfAnEarlierRun_areNotReadAsQuestionnaires(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of(example("device-strong.json")), in.resolve("device-strong.json"));
        assertThat(run("evaluate", in.toString(), "--out", in.toString(), "--format", "oscal,jsonl").exit).isZero();

        CliRun again = run("evaluate", in.toString(), "--out", dir.resolve("out").toString(), "--format", "json");

        assertThat(again.exit).as(again.out).isZero();
        assertThat(again.out).contains("1 evaluated");
    }

    @Test
    void catalogAsOscal_isValidAndListsEveryRequirement(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("catalog.oscal.json");
        CliRun run = run("catalog", "--format", "oscal", "--out", out.toString());

        assertThat(run.exit).as(run.err).isZero();
        JsonNode oscal = JSON.readTree(out.toFile());
        assertThat(BundledSchemas.check(BundledSchemas.oscal(), oscal).violations()).isEmpty();
        assertThat(oscal.findValues("controls").stream().mapToInt(JsonNode::size).sum())
                .isEqualTo(CyberProcureCli.checker().catalog().requirements().size());
    }
}
