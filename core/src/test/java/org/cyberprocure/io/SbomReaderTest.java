package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.SbomEvidence.ComponentField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomReaderTest {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples", "sbom");
    private final SbomReader reader = new SbomReader();

    private static Path resource(String name) {
        try {
            return Path.of(SbomReaderTest.class.getResource("sbom/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private InputRejectedException rejection(Path file) {
        try {
            reader.read(file);
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError(file + " was accepted");
    }

    @Test
    void completeExample_hasEveryElementAndNoProblem() {
        SbomEvidence sbom = reader.read(EXAMPLES.resolve("sbom-infusafe-5.1.cdx.json"));

        assertThat(sbom.format()).isEqualTo("CycloneDX");
        assertThat(sbom.specVersion()).isEqualTo("1.6");
        assertThat(sbom.source()).isEqualTo("sbom-infusafe-5.1.cdx.json");
        assertThat(sbom.subject()).isEqualTo("InfuSafe 300 volumetric infusion pump firmware 5.1");
        assertThat(sbom.timestamp()).isEqualTo("2026-10-20T09:30:00Z");
        assertThat(sbom.authors()).containsExactly("Product Security Office", "Ιατρικά Συστήματα Αθηνών Α.Ε.");
        assertThat(sbom.tools()).containsExactly("cyclonedx-cli 0.27.2");
        assertThat(sbom.componentCount()).isEqualTo(10);
        assertThat(sbom.lacking()).isEmpty();
        assertThat(sbom.problems()).isEmpty();
        assertThat(sbom.complete()).isTrue();
        assertThat(sbom.describe()).isEqualTo("CycloneDX 1.6 SBOM sbom-infusafe-5.1.cdx.json"
                + " (InfuSafe 300 volumetric infusion pump firmware 5.1, 10 components)");
    }

    @Test
    void gapsExample_countsComponentsLackingEachField() {
        SbomEvidence sbom = reader.read(EXAMPLES.resolve("sbom-infusafe-5.0-gaps.cdx.json"));

        assertThat(sbom.specVersion()).isEqualTo("1.5");
        assertThat(sbom.componentCount()).isEqualTo(11);
        assertThat(sbom.lacking()).isEqualTo(Map.of(ComponentField.VERSION, 2, ComponentField.SUPPLIER, 4,
                ComponentField.UNIQUE_ID, 2, ComponentField.DEPENDENCIES, 8));
        assertThat(sbom.problems()).containsExactly(
                "The SBOM does not say when it was created (metadata.timestamp is missing).",
                "The SBOM does not say who or what created it (metadata.authors, manufacturer, supplier and tools"
                        + " are all missing).",
                "2 of 11 components lack a version.",
                "4 of 11 components lack a supplier.",
                "2 of 11 components lack a unique identifier (purl, CPE or SWID tag).",
                "8 of 11 components lack an entry in the dependencies section.");
        assertThat(sbom.complete()).isFalse();
        assertThat(sbom.listsComponents()).isTrue();
    }

    @Test
    void legacyToolsArrayNestedComponentsAndDanglingReference_areRead() {
        SbomEvidence sbom = reader.read(resource("legacy-1.4.cdx.json"));

        assertThat(sbom.specVersion()).isEqualTo("1.4");
        assertThat(sbom.tools()).containsExactly("syft 0.98.0");
        assertThat(sbom.authors()).isEmpty();
        assertThat(sbom.componentCount()).as("nested components count").isEqualTo(3);
        assertThat(sbom.lacking()).as("author and publisher count as supplier, SWID as identifier")
                .isEqualTo(Map.of(ComponentField.VERSION, 1, ComponentField.SUPPLIER, 1));
        assertThat(sbom.problems()).contains(
                "1 of 3 components lacks a version.",
                "1 dependency reference names no component or service of the SBOM (e.g. 'ghost').");
    }

    @Test
    void sbomWithoutComponents_isReadAndSaysSo() {
        SbomEvidence sbom = reader.read(resource("empty-1.5.cdx.json"));

        assertThat(sbom.listsComponents()).isFalse();
        assertThat(sbom.authors()).containsExactly("Build pipeline");
        assertThat(sbom.problems()).containsExactly("The SBOM lists no components.");
    }

    @Test
    void spdxDocumentWithoutCreationInfo_isRefusedByTheSpdxSchema() {
        InputRejectedException e = rejection(resource("spdx-2.3.json"));

        assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(e.getMessage()).contains("SPDX 2.3 schema").contains("creationInfo");
    }

    @Test
    void spdxVersionNotRead_isRejectedAtTheField() {
        InputRejectedException e = assertThrows(() -> reader.read(new ByteArrayInputStream(
                "{\"spdxVersion\": \"SPDX-3.0\", \"SPDXID\": \"SPDXRef-DOCUMENT\"}".getBytes(StandardCharsets.UTF_8)),
                "v3.spdx.json"));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/spdxVersion");
        assertThat(e.getMessage()).contains("'SPDX-3.0' is not supported").contains("SPDX-2.2, SPDX-2.3");
    }

    @Test
    void neitherCycloneDxNorSpdx_isRejectedAtTheRoot() {
        InputRejectedException e = assertThrows(() -> reader.read(new ByteArrayInputStream(
                "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)), "other.json"));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains("neither bomFormat (CycloneDX) nor spdxVersion (SPDX)");
    }

    @Test
    void wrongBomFormat_isRejectedAtTheField() {
        InputRejectedException e = rejection(resource("wrong-bomformat.cdx.json"));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/bomFormat");
    }

    @Test
    void specVersion13_isReadWithItsOwnSchema() {
        SbomEvidence sbom = reader.read(resource("cyclonedx-1.3.cdx.json"));

        assertThat(sbom.specVersion()).isEqualTo("1.3");
        assertThat(sbom.problems()).contains("The SBOM lists no components.");
    }

    @Test
    void specVersion11_isRejectedAsUnsupportedVersion() {
        InputRejectedException e = assertThrows(() -> reader.read(new ByteArrayInputStream(
                "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.1\", \"version\": 1}"
                        .getBytes(StandardCharsets.UTF_8)), "old.cdx.json"));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/specVersion");
        assertThat(e.getMessage()).contains("1.1 is not supported").contains("1.2, 1.3, 1.4, 1.5, 1.6");
    }

    private static InputRejectedException assertThrows(Runnable read) {
        try {
            read.run();
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void schemaViolations_areEachLocatedByJsonPointer() {
        InputRejectedException e = rejection(resource("schema-violation.cdx.json"));

        assertThat(e.problems()).extracting(Problem::reason).containsOnly(Reason.SCHEMA_VIOLATION);
        assertThat(e.problems()).extracting(p -> p.location().pointer())
                .containsExactlyInAnyOrder("/components/1", "/components/2/type")
                .as("a format (the timestamp) is a warning, and warnings are not listed for a refused document")
                .doesNotContain("/metadata/timestamp");
        assertThat(e.getMessage()).contains("CycloneDX 1.6 schema");
    }

    @Test
    void truncatedJson_isRejectedWithLineAndColumn() {
        InputRejectedException e = rejection(resource("truncated.cdx.json"));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(e.problems().get(0).location().line()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void duplicateKey_isRejected() {
        InputRejectedException e = rejection(resource("duplicate-key.cdx.json"));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(e.problems().get(0).location().line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("specVersion");
    }

    @Test
    void xmlSbom_isRejectedWithAdvice() {
        InputRejectedException e = rejection(resource("bom.cdx.xml"));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains("export the SBOM as JSON");
    }

    @Test
    void latin1Bytes_areRejectedAsBadEncodingWithTheirPosition() {
        byte[] text = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n \"metadata\": {\"authors\": [{\"name\": \"M\u00fcller\"}]}}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(text), "latin1.cdx.json"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
                    assertThat(e.problems().get(0).location().line()).isEqualTo(2);
                });
    }

    @Test
    void fileOverTheSizeLimit_isRejectedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.cdx.json"), "{\"bomFormat\": \"CycloneDX\"," + " ".repeat(2_000)
                + "\"specVersion\": \"1.6\"}");

        assertThatThrownBy(() -> reader.withLimits(ReaderLimits.defaults().withMaxFileBytes(1_000)).read(big))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void deepNesting_isRejectedAsTooLarge() {
        String deep = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"x\": " + "[".repeat(100)
                + "]".repeat(100) + "}";

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)),
                "deep.cdx.json")).isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void missingFile_isUnreadable(@TempDir Path dir) {
        InputRejectedException e = rejection(dir.resolve("absent.cdx.json"));

        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void jsonArray_isNotAnSbom() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
                "array.json")).isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
                    assertThat(e.getMessage()).contains("an SBOM is a JSON object");
                });
    }
}
