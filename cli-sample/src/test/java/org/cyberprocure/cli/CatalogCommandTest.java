package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog listing in its three formats. */
class CatalogCommandTest {
    private final Catalog catalog = CyberProcureCli.checker().catalog();

    @Test
    void text_listsEveryRequirementWithCitationAndLegalForce() {
        CliRun run = run("catalog");
        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("Catalog " + catalog.version());
        for (Requirement r : catalog.requirements()) {
            assertThat(run.out).contains(r.id() + "  " + r.title()).contains(r.citation().describe());
        }
        assertThat(run.out).contains("BINDING_LAW").contains("EXPECTED_PRACTICE");
    }

    @Test
    void profile_limitsTheListToItsRequirements() {
        CliRun run = run("catalog", "--profile", "cloud-migration");
        List<Requirement> deviceOnly = catalog.requirements().stream()
                .filter(r -> !r.appliesTo(Profile.CLOUD_MIGRATION)).toList();
        assertThat(deviceOnly).isNotEmpty();
        deviceOnly.forEach(r -> assertThat(run.out).doesNotContain(r.id() + "  "));
        catalog.requirements(Profile.CLOUD_MIGRATION).forEach(r -> assertThat(run.out).contains(r.id() + "  "));
    }

    @Test
    void csv_hasBomHeaderAndOneRowPerRequirement(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.csv");
        assertThat(run("catalog", "--format", "csv", "--out", file.toString()).exit).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(
                new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows.get(0).toList()).isEqualTo(CatalogWriter.CSV_COLUMNS);
        assertThat(rows.stream().skip(1).map(r -> r.get(0)))
                .containsExactlyElementsOf(catalog.requirements().stream().map(Requirement::id).toList());
    }

    @Test
    void json_carriesTheCatalogVersionAndEveryRequirement() throws Exception {
        CliRun run = run("catalog", "--format", "json", "--profile", "medical-device");
        JsonNode root = new ObjectMapper().readTree(run.out);
        assertThat(root.path("catalogVersion").asText()).isEqualTo(catalog.version());
        assertThat(root.path("requirements")).hasSize(catalog.requirements(Profile.MEDICAL_DEVICE).size());
        JsonNode first = root.path("requirements").get(0);
        assertThat(first.path("citation").path("reference").asText()).isNotEmpty();
        assertThat(first.path("legalForce").asText()).isNotEmpty();
    }
}
