package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cyberprocure.io.SbomReader;
import org.cyberprocure.model.SbomEvidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Practise what the product checks: the CycloneDX SBOM this build writes for each shipped module (makeBom, then
 * core/src/build/CompleteSbom.java) passes the product's own SBOM check, the one vendors' SBOMs go through.
 */
class SbomSelfCheckIT {

    @ParameterizedTest
    @ValueSource(strings = {"core", "rules", "cli-sample"})
    void theBuildsSbom_passesTheProductsOwnSbomCheck(String module) {
        Path file = Path.of("..", module, "target", "bom.json");

        SbomEvidence sbom = new SbomReader().read(file);

        assertThat(sbom.problems()).as(sbom.toString()).isEmpty();
        assertThat(sbom.lacking()).isEmpty();
        assertThat(sbom.timestamp()).isEqualTo("2026-11-28T00:00:00Z"); // the reproducible build's timestamp
        assertThat(sbom.componentCount()).isGreaterThan(10);
        assertThat(sbom.subject()).contains(module.equals("cli-sample") ? "cyberprocure-cli" : "cyberprocure-" + module);
    }
}
