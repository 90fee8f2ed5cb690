package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.model.VexDocument;
import org.cyberprocure.model.VexDocument.Statement;
import org.cyberprocure.model.VexDocument.VexStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real CycloneDX and CSAF VEX documents (test resources {@code vex}, sources in its README) and broken ones. */
class VexReaderTest {
    private final VexReader reader = new VexReader();

    private static Path resource(String name) {
        try {
            return Path.of(VexReaderTest.class.getResource("vex/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Expected statements per status: not affected, fixed, under investigation, affected. */
    @ParameterizedTest
    @CsvSource({
            "cisa-case-3.cdx.json,        CycloneDX VEX, 1.4, 6, 3, 5, 5",
            "cisa-case-1-fixed.cdx.json,  CycloneDX VEX, 1.4, 0, 1, 0, 0",
            "use-case-12.cdx.json,        CycloneDX VEX, 1.4, 2, 0, 0, 1",
            "2022-evd-uc-03-ms-001.json,  CSAF VEX,      2.0, 6, 3, 5, 5",
            "2022-evd-uc-01-na-001.json,  CSAF VEX,      2.0, 1, 0, 0, 0",
            "2022-evd-uc-07-001.json,     CSAF VEX,      2.0, 1, 1, 0, 1",
    })
    void realDocument_givesTheStatementsPerStatus(String file, String format, String version, int notAffected,
                                                  int fixed, int underInvestigation, int affected) {
        VexDocument vex = reader.read(resource(file));

        assertThat(vex.format()).isEqualTo(format);
        assertThat(vex.specVersion()).isEqualTo(version);
        assertThat(vex.statements(VexStatus.NOT_AFFECTED)).hasSize(notAffected);
        assertThat(vex.statements(VexStatus.FIXED)).hasSize(fixed);
        assertThat(vex.statements(VexStatus.UNDER_INVESTIGATION)).hasSize(underInvestigation);
        assertThat(vex.statements(VexStatus.AFFECTED)).hasSize(affected);
    }

    @Test
    void cycloneDx_namesTheProductAndKeepsJustificationAndDetail() {
        VexDocument vex = reader.read(resource("use-case-12.cdx.json"));

        Statement first = vex.statements().get(0);
        assertThat(first.vulnerability()).isEqualTo("CVE-2020-25649");
        assertThat(first.status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(first.products()).containsExactly("Acme Product 2.2.0");
        assertThat(first.justification()).isNotEmpty();
    }

    @Test
    void csaf_resolvesProductIdsToNamesAndKeepsImpactAndRemediation() {
        VexDocument vex = reader.read(resource("2022-evd-uc-07-001.json"));

        assertThat(vex.publisher()).isEqualTo("Example Company ProductCERT");
        assertThat(vex.id()).isEqualTo("2022-EVD-UC-07-001");
        Statement affected = vex.statements(VexStatus.AFFECTED).get(0);
        assertThat(affected.vulnerability()).isEqualTo("CVE-2021-44228");
        assertThat(affected.products()).hasSize(4).allMatch(p -> p.startsWith("Example Company "));
        assertThat(affected.detail()).contains("vendor_fix: Update to version 4.2 or later.")
                .contains("Update to the new version 5.1 or later.");
        assertThat(reader.read(resource("2022-evd-uc-01-na-001.json")).statements().get(0).detail())
                .isEqualTo("Class with vulnerable code was removed before shipping.");
    }

    @Test
    void csafBreakingItsSchema_isRefusedWithLocations() {
        String broken = "{\"document\": {\"csaf_version\": \"2.0\", \"category\": \"csaf_vex\"}}";

        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InputRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
            assertThat(e.getMessage()).contains("CSAF 2.0 schema").contains("at /document");
        });
    }

    @Test
    void otherCsafVersion_isUnsupported() {
        assertThatThrownBy(() -> read("{\"document\": {\"csaf_version\": \"2.1\"}}"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
                    assertThat(e.problems().get(0).location().pointer()).isEqualTo("/document/csaf_version");
                });
    }

    @Test
    void cycloneDxBefore14_cannotCarryVex() {
        assertThatThrownBy(() -> read("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.3\", \"version\": 1}"))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
    }

    @Test
    void neitherFormat_isRefusedAtTheRoot() {
        assertThatThrownBy(() -> read("{\"spdxVersion\": \"SPDX-2.3\"}"))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.getMessage()).contains("not a VEX document"));
    }

    private VexDocument read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "vex.json");
    }
}
