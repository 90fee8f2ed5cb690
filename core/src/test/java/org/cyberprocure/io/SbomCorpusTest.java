package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.SbomEvidence.ComponentField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Real public SBOMs of every supported version and both formats (test resources {@code sbom/corpus}, see its
 * README for sources and licences), the project's own examples, and generated large documents, each with the result
 * expected from reading it.
 */
class SbomCorpusTest {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples", "sbom");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SbomReader reader = new SbomReader();

    private static Path corpus(String name) {
        try {
            return Path.of(SbomCorpusTest.class.getResource("sbom/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Expected: format, version, components, and per field how many lack it (version/supplier/id/dependencies). */
    @ParameterizedTest
    @CsvSource({
            "cern-lhc-vdm-editor-1.2.cdx.json,     CycloneDX, 1.2, 43, 0, 43, 0, 43, lhc-vdm-editor 0.0.1",
            "vex-example-bom-1.3.cdx.json,         CycloneDX, 1.3,  3, 0,  0, 0,  3, example-app 1.0.0",
            "hbom-pcie-sata-1.4.cdx.json,          CycloneDX, 1.4,  6, 5,  0, 6,  6, ",
            "saasbom-apigateway-1.4.cdx.json,      CycloneDX, 1.4,  0, 0,  0, 0,  0, ",
            "cbom-with-dependencies-1.6.cdx.json,  CycloneDX, 1.6,  3, 1,  3, 3,  0, ",
            "SPDXJSONExample-v2.2.spdx.json,       SPDX,      2.2,  3, 1,  3, 2,  1, glibc 2.11.1",
    })
    void realDocument_isReadWithTheExpectedFindings(String file, String format, String version, int components,
                                                    int noVersion, int noSupplier, int noId, int noDependency,
                                                    String subject) {
        SbomEvidence sbom = reader.read(corpus(file));

        assertThat(sbom.format()).isEqualTo(format);
        assertThat(sbom.specVersion()).isEqualTo(version);
        assertThat(sbom.componentCount()).isEqualTo(components);
        assertThat(sbom.lacking(ComponentField.VERSION)).as("without version").isEqualTo(noVersion);
        assertThat(sbom.lacking(ComponentField.SUPPLIER)).as("without supplier").isEqualTo(noSupplier);
        assertThat(sbom.lacking(ComponentField.UNIQUE_ID)).as("without identifier").isEqualTo(noId);
        assertThat(sbom.lacking(ComponentField.DEPENDENCIES)).as("without dependency entry").isEqualTo(noDependency);
        if (subject != null) {
            assertThat(sbom.subject()).isEqualTo(subject);
        }
        assertThat(sbom.formatWarnings()).isEmpty();
    }

    @Test
    void spdxExample_mapsCreatorsToAuthorsAndTools() {
        SbomEvidence sbom = reader.read(corpus("SPDXJSONExample-v2.2.spdx.json"));

        assertThat(sbom.authors()).containsExactly("ExampleCodeInspect", "Jane Doe");
        assertThat(sbom.tools()).containsExactly("LicenseFind-1.0");
        assertThat(sbom.timestamp()).isEqualTo("2010-01-29T18:30:22Z");
        assertThat(sbom.problems()).contains("1 of 3 components lacks a relationship to the document or another"
                + " package (DESCRIBES, CONTAINS, DEPENDS_ON, ...).");
    }

    @Test
    void sameProductInBothFormats_givesTheSameEvidence() {
        SbomEvidence cyclone = reader.read(EXAMPLES.resolve("sbom-infusafe-5.1.cdx.json"));
        SbomEvidence spdx = reader.read(EXAMPLES.resolve("sbom-infusafe-5.1.spdx.json"));

        assertThat(spdx.format()).isEqualTo("SPDX");
        assertThat(spdx.specVersion()).isEqualTo("2.3");
        assertThat(spdx.componentCount()).isEqualTo(cyclone.componentCount());
        assertThat(spdx.subject()).isEqualTo(cyclone.subject());
        assertThat(spdx.timestamp()).isEqualTo(cyclone.timestamp());
        assertThat(spdx.lacking()).isEqualTo(cyclone.lacking()).isEmpty();
        assertThat(spdx.complete()).isTrue();
    }

    /** The shape of the operations BOMs the example set refused before: 900 components, unresolved URLs. */
    @Test
    void largeBomWithUnresolvedUrls_isReadWithLocatedFormatWarnings() throws Exception {
        ObjectNode bom = cycloneDx("1.4", 900, 51);

        SbomEvidence sbom = read(bom, "generated-1.4.cdx.json");

        assertThat(sbom.componentCount()).isEqualTo(900);
        assertThat(sbom.lacking()).isEmpty();
        assertThat(sbom.formatWarnings()).hasSize(SbomReader.MAX_REPORTED_VIOLATIONS + 1);
        assertThat(sbom.formatWarnings().get(0)).startsWith("/components/0/externalReferences/0/url: ")
                .contains("iri-reference");
        assertThat(sbom.formatWarnings().get(SbomReader.MAX_REPORTED_VIOLATIONS))
                .isEqualTo("1 more format warnings not listed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "1.3", "1.4", "1.5", "1.6"})
    void largeGeneratedCycloneDx_ofEveryVersion_isReadComplete(String version) throws Exception {
        SbomEvidence sbom = read(cycloneDx(version, 1_500, 0), "generated-" + version + ".cdx.json");

        assertThat(sbom.specVersion()).isEqualTo(version);
        assertThat(sbom.componentCount()).isEqualTo(1_500);
        assertThat(sbom.problems()).isEmpty();
        assertThat(sbom.formatWarnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2.2, PACKAGE_MANAGER", "2.3, PACKAGE-MANAGER"})
    void largeGeneratedSpdx_isReadWithWhatItLacks(String version, String packageManager) throws Exception {
        ObjectNode doc = JSON.createObjectNode().put("spdxVersion", "SPDX-" + version).put("dataLicense", "CC0-1.0")
                .put("SPDXID", "SPDXRef-DOCUMENT").put("name", "ward gateway")
                .put("documentNamespace", "https://vendor.example/spdx/ward-gateway-1");
        doc.putObject("creationInfo").put("created", "2026-10-01T08:00:00Z").putArray("creators")
                .add("Tool: syft-1.4.1");
        ArrayNode packages = doc.putArray("packages");
        ArrayNode relationships = doc.putArray("relationships");
        packages.addObject().put("SPDXID", "SPDXRef-product").put("name", "ward-gateway").put("versionInfo", "3.0")
                .put("downloadLocation", "NOASSERTION").put("licenseConcluded", "NOASSERTION")
                .put("licenseDeclared", "NOASSERTION").put("copyrightText", "NOASSERTION");
        relationships.addObject().put("spdxElementId", "SPDXRef-DOCUMENT").put("relationshipType", "DESCRIBES")
                .put("relatedSpdxElement", "SPDXRef-product");
        for (int i = 0; i < 1_000; i++) {
            ObjectNode pkg = packages.addObject().put("SPDXID", "SPDXRef-p" + i).put("name", "lib" + i)
                    .put("downloadLocation", "NOASSERTION").put("licenseConcluded", "NOASSERTION")
                    .put("licenseDeclared", "NOASSERTION").put("copyrightText", "NOASSERTION")
                    .put("supplier", i % 10 == 0 ? "NOASSERTION"
                            : "Organization: Maintainers " + i);
            if (i % 4 != 0) {
                pkg.put("versionInfo", "1." + i);
            }
            if (i % 5 != 0) {
                pkg.putArray("externalRefs").addObject().put("referenceCategory", packageManager)
                        .put("referenceType", "purl").put("referenceLocator", "pkg:npm/lib" + i + "@1." + i);
            }
            if (i % 2 == 0) {
                relationships.addObject().put("spdxElementId", "SPDXRef-product")
                        .put("relationshipType", "DEPENDS_ON").put("relatedSpdxElement", "SPDXRef-p" + i);
            }
        }

        SbomEvidence sbom = read(doc, "generated.spdx.json");

        assertThat(sbom.specVersion()).isEqualTo(version);
        assertThat(sbom.subject()).isEqualTo("ward-gateway 3.0");
        assertThat(sbom.componentCount()).isEqualTo(1_000);
        assertThat(sbom.lacking()).isEqualTo(Map.of(ComponentField.VERSION, 250, ComponentField.SUPPLIER, 100,
                ComponentField.UNIQUE_ID, 200, ComponentField.DEPENDENCIES, 500));
        assertThat(sbom.tools()).containsExactly("syft-1.4.1");
        assertThat(sbom.authors()).isEmpty();
    }

    @Test
    void oddDateTime_isAWarningNotARefusal() throws Exception {
        ObjectNode bom = cycloneDx("1.6", 2, 0);
        ((ObjectNode) bom.get("metadata")).put("timestamp", "2026-10-01 08:00");

        SbomEvidence sbom = read(bom, "odd-date.cdx.json");

        assertThat(sbom.timestamp()).isEqualTo("2026-10-01 08:00");
        assertThat(sbom.formatWarnings()).singleElement().asString().startsWith("/metadata/timestamp: ")
                .contains("date-time");
    }

    private SbomEvidence read(ObjectNode document, String name) throws Exception {
        return reader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(document)), name);
    }

    /** A complete CycloneDX BOM; the first {@code unresolved} components link an issue tracker with a Maven property. */
    private static ObjectNode cycloneDx(String version, int components, int unresolved) {
        ObjectNode bom = JSON.createObjectNode().put("bomFormat", "CycloneDX").put("specVersion", version)
                .put("version", 1).put("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        ObjectNode metadata = bom.putObject("metadata").put("timestamp", "2026-10-01T08:00:00Z");
        ObjectNode tool = JSON.createObjectNode().put("vendor", "CycloneDX").put("name", "cyclonedx-maven-plugin")
                .put("version", "2.0.2");
        if (version.compareTo("1.5") >= 0) {
            metadata.putObject("tools").putArray("components").addObject().put("type", "application")
                    .put("name", "cyclonedx-maven-plugin").put("version", "2.9.3");
        } else {
            metadata.putArray("tools").add(tool);
        }
        metadata.putObject("component").put("type", "application").put("bom-ref", "product")
                .put("name", "ward-gateway").put("version", "3.0");
        ArrayNode list = bom.putArray("components");
        ArrayNode dependencies = bom.putArray("dependencies");
        ArrayNode productDependsOn = dependencies.addObject().put("ref", "product").putArray("dependsOn");
        for (int i = 0; i < components; i++) {
            String ref = "pkg:maven/org.example/lib" + i + "@1." + i;
            ObjectNode component = list.addObject().put("type", "library").put("bom-ref", ref)
                    .put("group", "org.example").put("name", "lib" + i).put("version", "1." + i).put("purl", ref);
            component.putObject("supplier").put("name", "Example Foundation");
            if (i < unresolved) {
                component.putArray("externalReferences").addObject().put("type", "issue-tracker")
                        .put("url", "https://issues.example.org/browse/${project.artifactId}");
            }
            productDependsOn.add(ref);
            dependencies.addObject().put("ref", ref);
        }
        return bom;
    }
}
