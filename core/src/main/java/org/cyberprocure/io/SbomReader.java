package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.BundledSchemas;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SourceLocation;

/**
 * Reads a software bill of materials as evidence for the SBOM requirements: CycloneDX JSON (specification 1.2 to
 * 1.6) or SPDX JSON (2.3, and 2.2, whose 2.2.1 text is ISO/IEC 5962:2021), each validated against its own
 * version's schema. Immutable and thread-safe; {@link #withLimits} returns a configured copy.
 *
 * <pre>{@code
 * SbomEvidence sbom = checker.sbomReader().read(Path.of("sbom.cdx.json"));
 * Assessment a = checker.evaluate(questionnaire.withSbom(sbom));
 * }</pre>
 *
 * <p>The file is untrusted and hardened like a questionnaire: UTF-8 only, bounded by the {@link ReaderLimits}
 * (file size, nesting, string and number length; at most one JSON token per {@value #BYTES_PER_TOKEN} bytes of the
 * file-size limit), duplicate keys refused. It must be a document of a supported format and version and valid
 * against that version's official JSON schema (bundled; nothing is fetched). Every refusal is an
 * {@link InputRejectedException} located by line and column or JSON pointer. Values that only break a schema
 * {@code format} (a URL with an unresolved {@code ${project.artifactId}}, an odd date-time) do not refuse the
 * document: they become {@link SbomEvidence#formatWarnings() format warnings} with their JSON pointer, shown in the
 * reports. A valid SBOM is never refused for what it lacks: missing metadata and component fields become
 * {@link SbomEvidence#problems() problems} the rules turn into findings; the same checks (supplier, version,
 * unique identifier, dependencies, author, timestamp) are read from each format's own fields (docs/inputs.md).
 */
public final class SbomReader {
    /** CycloneDX specification versions read. */
    public static final List<String> SPEC_VERSIONS = List.of("1.2", "1.3", "1.4", "1.5", "1.6");
    /** SPDX versions read (their {@code spdxVersion} field is {@code SPDX-} and the version). */
    public static final List<String> SPDX_VERSIONS = List.of("2.2", "2.3");
    /** The file-size limit divided by this bounds the JSON tokens, and with them the memory of the parsed tree. */
    public static final int BYTES_PER_TOKEN = BoundedJson.BYTES_PER_TOKEN;
    /** Schema violations and format warnings reported at most; the rest are counted. */
    static final int MAX_REPORTED_VIOLATIONS = BoundedJson.MAX_REPORTED_VIOLATIONS;

    private static final Message JSON_ADVICE = Message.of("problem.advice.sbom");

    private final BoundedJson json;

    /** A reader with the default limits. */
    public SbomReader() {
        this(ReaderLimits.defaults());
    }

    private SbomReader(ReaderLimits limits) {
        this.json = new BoundedJson(limits);
    }

    /** A reader like this one with other limits (file size, nesting, string and number length apply). */
    public SbomReader withLimits(ReaderLimits newLimits) {
        return new SbomReader(newLimits);
    }

    /** The limits this reader enforces. */
    public ReaderLimits limits() {
        return json.limits();
    }

    /**
     * Reads an SBOM file.
     *
     * @throws InputRejectedException when the file cannot be read, is not UTF-8 JSON within the limits, is not
     *                                CycloneDX or SPDX, has an unsupported version or breaks its schema
     */
    public SbomEvidence read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = BoundedJson.sourceName(file);
        if (source.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT, SourceLocation.of(source), "problem.sbom.xml");
        }
        return json.readFile(file, in -> read(in, source));
    }

    /**
     * Reads an SBOM from a stream, up to the file-size limit; the stream is not closed.
     *
     * @param source the stream's name, as shown in locations, messages and findings
     */
    public SbomEvidence read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root = json.readObject(in, source, Message.of("problem.json.what.sbom"), JSON_ADVICE);
        if (root.has("spdxVersion") && !root.has("bomFormat")) {
            String version = checkSpdxVersion(root, source);
            List<String> warnings = BoundedJson.validate(root, source, BundledSchemas.spdx(version),
                    "SPDX " + version);
            return SpdxAnalysis.of(root, source, version).withFormatWarnings(warnings);
        }
        String version = checkFormat(root, source);
        List<String> warnings = BoundedJson.validate(root, source, BundledSchemas.cycloneDx(version),
                "CycloneDX " + version);
        return CycloneDxAnalysis.of(root, source, version).withFormatWarnings(warnings);
    }

    /** The specification version, once the document is known to be CycloneDX of a version we read. */
    private static String checkFormat(JsonNode root, String source) {
        JsonNode format = root.get("bomFormat");
        if (format == null) {
            throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT, SourceLocation.jsonPointer(source, "/"),
                    "problem.sbom.notSbom", String.join(", ", SPEC_VERSIONS), String.join(", ", SPDX_VERSIONS));
        }
        if (!"CycloneDX".equals(format.asText(""))) {
            throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.jsonPointer(source, "/bomFormat"), "problem.sbom.bomFormat");
        }
        JsonNode spec = root.get("specVersion");
        if (spec == null || !spec.isTextual()) {
            throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.jsonPointer(source, spec == null ? "/" : "/specVersion"),
                    "problem.sbom.noSpecVersion");
        }
        if (!SPEC_VERSIONS.contains(spec.asText())) {
            throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.jsonPointer(source, "/specVersion"), "problem.sbom.specVersion", spec.asText(),
                    String.join(", ", SPEC_VERSIONS));
        }
        return spec.asText();
    }

    /** The SPDX version, e.g. {@code 2.3}, once it is one we read. */
    private static String checkSpdxVersion(JsonNode root, String source) {
        String declared = root.get("spdxVersion").asText("");
        String version = declared.startsWith("SPDX-") ? declared.substring("SPDX-".length()) : declared;
        if (!root.get("spdxVersion").isTextual() || !SPDX_VERSIONS.contains(version)) {
            throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.jsonPointer(source, "/spdxVersion"), "problem.sbom.spdxVersion",
                    SafeText.clean(declared, 40),
                    SPDX_VERSIONS.stream().map(v -> "SPDX-" + v).collect(Collectors.joining(", ")));
        }
        return version;
    }

}
