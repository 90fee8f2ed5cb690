package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sbom} of evaluate and check, on the bundled InfuSafe pump and its example SBOMs. */
class SbomOptionTest {
    static String sbom(String name) {
        return CliRun.EXAMPLES.resolve("sbom").resolve(name).toString();
    }

    private static JsonNode finding(JsonNode assessment, String requirementId) {
        for (JsonNode f : assessment.path("assessment").path("findings")) {
            if (f.path("requirementId").asText().equals(requirementId)) {
                return f;
            }
        }
        throw new AssertionError(requirementId + " not in the assessment");
    }

    @Test
    void evaluateWithSbomWithGaps_downgradesTheClaimedSbomAndNamesTheGaps(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("medical-device.json"), "--sbom", sbom("sbom-infusafe-5.0-gaps.cdx.json"),
                "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).as(run.err).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("medical-device.assessment.json").toFile());
        JsonNode mdcg = finding(json, "MDCG-SBOM-HS"); // the hospital's own SBOM standard judges completeness
        assertThat(mdcg.path("status").asText()).isEqualTo("PARTIALLY_MET");
        assertThat(mdcg.path("rationale").asText()).contains("4 of 11 components lack a supplier");
        assertThat(finding(json, "EHP-GP-M08").path("status").asText()).isEqualTo("PARTIALLY_MET");
        assertThat(json.path("assessment").path("sboms").get(0).path("componentCount").asInt()).isEqualTo(11);
    }

    @Test
    void evaluateWithCompleteSbom_meetsTheSbomRequirement(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("medical-device.json"), "--sbom", sbom("sbom-infusafe-5.1.cdx.json"),
                "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).as(run.err).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("medical-device.assessment.json").toFile());
        assertThat(finding(json, "MDCG-SBOM").path("rationale").asText()).contains("sbom-infusafe-5.1.cdx.json");
        assertThat(finding(json, "MDCG-SBOM").path("status").asText()).isEqualTo("MET");
    }

    @Test
    void sbomWithSeveralQuestionnaires_isAUsageError(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("medical-device.json"), example("device-weak.json"),
                "--sbom", sbom("sbom-infusafe-5.1.cdx.json"), "--out", dir.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--sbom needs exactly one questionnaire file");
        assertThat(ReportFolderTest.visible(dir)).isEmpty();
    }

    @Test
    void invalidSbom_isRejectedWithItsLocation_andNothingIsEvaluated(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.cdx.json"),
                "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.2\", \"version\": 1}");

        CliRun run = run("evaluate", example("medical-device.json"), "--sbom", bad.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).contains("invalid SBOM, nothing evaluated: bad.cdx.json at /specVersion")
                .contains("[UNSUPPORTED_FORMAT]").contains("Summary: 0 evaluated, 1 invalid");
        assertThat(ReportFolderTest.visible(dir.resolve("out"))).isEmpty();
    }

    @Test
    void checkWithSbom_listsItsGaps() {
        CliRun run = run("check", example("medical-device.json"), "--sbom", sbom("sbom-infusafe-5.0-gaps.cdx.json"));

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("SBOM: CycloneDX 1.5 SBOM sbom-infusafe-5.0-gaps.cdx.json")
                .contains("6 gaps:").contains("2 of 11 components lack a unique identifier");
    }
}
