package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;
import static org.cyberprocure.cli.SbomOptionTest.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --vex} of evaluate and check, with the InfuSafe pump's example VEX documents (CycloneDX and CSAF). */
class VexOptionTest {

    @Test
    void evaluateWithVex_listsTheStatementsInJsonAndPdf(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("medical-device.json"), "--sbom", sbom("sbom-infusafe-5.1.cdx.json"),
                "--vex", sbom("vex-infusafe-5.1.cdx.json"), "--vex", sbom("vex-infusafe-5.1.csaf.json"),
                "--out", dir.toString(), "--format", "json,pdf");

        assertThat(run.exit).as(run.err).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("medical-device.assessment.json").toFile());
        JsonNode vex = json.path("vex");
        assertThat(vex).hasSize(2);
        assertThat(vex.get(0).path("format").asText()).isEqualTo("CycloneDX VEX");
        assertThat(vex.get(1).path("format").asText()).isEqualTo("CSAF VEX");
        for (JsonNode document : vex) {
            assertThat(document.path("statements").findValuesAsText("status"))
                    .containsExactly("NOT_AFFECTED", "FIXED", "UNDER_INVESTIGATION");
            assertThat(document.path("statements").findValuesAsText("vulnerability"))
                    .containsExactly("CVE-2024-8096", "CVE-2024-5535", "CVE-2023-42363");
        }

        StringBuilder text = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(dir.resolve("medical-device.pdf").toFile()))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page)).replaceAll("\\s+", " "));
            }
        }
        assertThat(text.toString()).contains("Vulnerability statements (CycloneDX VEX 1.6)")
                .contains("Vulnerability statements (CSAF VEX 2.0)").contains("CVE-2024-8096")
                .contains("Under investigation").contains("code_not_reachable");
    }

    @Test
    void evaluateWithoutVex_writesNoVexField(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("medical-device.json"), "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).as(run.err).isZero();
        assertThat(Files.readString(dir.resolve("medical-device.assessment.json"))).doesNotContain("\"vex\"");
    }

    @Test
    void invalidVex_isRejectedAndNothingIsEvaluated(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.vex.json"),
                "{\"document\": {\"csaf_version\": \"2.0\", \"category\": \"csaf_vex\"}}");

        CliRun run = run("evaluate", example("medical-device.json"), "--vex", bad.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).contains("invalid VEX, nothing evaluated: 3 problems").contains("CSAF 2.0 schema")
                .contains("[SCHEMA_VIOLATION]");
        assertThat(ReportFolderTest.visible(dir.resolve("out"))).isEmpty();
    }

    @Test
    void checkWithVex_countsTheStatementsPerStatus() {
        CliRun run = run("check", example("medical-device.json"), "--vex", sbom("vex-infusafe-5.1.csaf.json"));

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("VEX: CSAF VEX 2.0 vex-infusafe-5.1.csaf.json (3 statements)")
                .contains("  not affected: CVE-2024-8096").contains("  fixed: CVE-2024-5535")
                .contains("  under investigation: CVE-2023-42363");
    }
}
