package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.CycloneDxSchemas;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.internal.JsonSchemas;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.SourceLocation;

/**
 * Reads a CycloneDX JSON SBOM (specification 1.4, 1.5 or 1.6) as evidence for the SBOM requirements. Immutable
 * and thread-safe; {@link #withLimits} returns a configured copy.
 *
 * <pre>{@code
 * SbomEvidence sbom = checker.sbomReader().read(Path.of("sbom.cdx.json"));
 * Assessment a = checker.evaluate(questionnaire.withSbom(sbom));
 * }</pre>
 *
 * <p>The file is untrusted and hardened like a questionnaire: UTF-8 only, bounded by the {@link ReaderLimits}
 * (file size, nesting, string and number length; at most one JSON token per {@value #BYTES_PER_TOKEN} bytes of the
 * file-size limit), duplicate keys refused. It must be a CycloneDX document of a supported specification version
 * and valid against that version's official JSON schema (bundled; nothing is fetched). Every refusal is an
 * {@link InputRejectedException} located by line and column or JSON pointer. A valid SBOM is never refused for what
 * it lacks: missing metadata and component fields become {@link SbomEvidence#problems() problems} the rules turn
 * into findings.
 */
public final class SbomReader {
    /** CycloneDX specification versions read. */
    public static final List<String> SPEC_VERSIONS = List.of("1.4", "1.5", "1.6");
    /** The file-size limit divided by this bounds the JSON tokens, and with them the memory of the parsed tree. */
    public static final int BYTES_PER_TOKEN = 8;
    /** Schema violations reported at most; the rest are counted. */
    static final int MAX_REPORTED_VIOLATIONS = 50;

    private static final String JSON_ADVICE = "CycloneDX JSON files must be UTF-8 (RFC 8259)";

    private final ReaderLimits limits;
    private final ObjectMapper json;

    /** A reader with the default limits. */
    public SbomReader() {
        this(ReaderLimits.defaults());
    }

    private SbomReader(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = JsonMappers.untrusted(limits, Math.max(1_024, limits.maxFileBytes() / BYTES_PER_TOKEN));
    }

    /** A reader like this one with other limits (file size, nesting, string and number length apply). */
    public SbomReader withLimits(ReaderLimits newLimits) {
        return new SbomReader(newLimits);
    }

    /** The limits this reader enforces. */
    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Reads an SBOM file.
     *
     * @throws InputRejectedException when the file cannot be read, is not UTF-8 JSON within the limits, is not
     *                                CycloneDX, has an unsupported specification version or breaks its schema
     */
    public SbomEvidence read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT, SourceLocation.of(source),
                    "only CycloneDX JSON is read, not XML; export the SBOM as JSON (e.g. cyclonedx convert)");
        }
        try {
            // Checked before opening, so an oversized file costs nothing.
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes()) {
                throw Utf8Input.tooLarge(source, limits.maxFileBytes()).toException();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source), "file not found: " + file);
        } catch (IOException | SecurityException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source),
                    "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads an SBOM from a stream, up to the file-size limit; the stream is not closed.
     *
     * @param source the stream's name, as shown in locations, messages and findings
     */
    public SbomEvidence read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            JsonNode root = JsonTrees.readObject(Utf8Input.open(in, source, limits.maxFileBytes(), JSON_ADVICE),
                    source, json, "a CycloneDX SBOM");
            String version = checkFormat(root, source);
            validate(root, source, version);
            return CycloneDxAnalysis.of(root, source, version);
        } catch (IOException e) {
            throw ReadRejection.in(e).map(ReadRejection::toException).orElseGet(() -> new InputRejectedException(
                    Reason.UNREADABLE, SourceLocation.of(source), "cannot read: " + e.getMessage()));
        }
    }

    /** The specification version, once the document is known to be CycloneDX of a version we read. */
    private static String checkFormat(JsonNode root, String source) {
        JsonNode format = root.get("bomFormat");
        if (format == null) {
            String what = root.has("spdxVersion") ? "an SPDX document; SPDX is not read yet"
                    : "not a CycloneDX SBOM: the field bomFormat is missing";
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT, SourceLocation.jsonPointer(source, "/"),
                    what + " (supply a CycloneDX JSON SBOM, specification " + String.join(", ", SPEC_VERSIONS) + ")");
        }
        if (!"CycloneDX".equals(format.asText(""))) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.jsonPointer(source, "/bomFormat"),
                    "not a CycloneDX SBOM: bomFormat must be \"CycloneDX\"");
        }
        JsonNode spec = root.get("specVersion");
        if (spec == null || !spec.isTextual()) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.jsonPointer(source, spec == null ? "/" : "/specVersion"),
                    "the CycloneDX specVersion is missing or not a string");
        }
        if (!SPEC_VERSIONS.contains(spec.asText())) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.jsonPointer(source, "/specVersion"),
                    "CycloneDX specification " + spec.asText() + " is not supported; supported are "
                            + String.join(", ", SPEC_VERSIONS));
        }
        return spec.asText();
    }

    private static void validate(JsonNode root, String source, String version) {
        List<Error> errors = CycloneDxSchemas.of(version).validate(root);
        if (errors.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : errors.subList(0, Math.min(errors.size(), MAX_REPORTED_VIOLATIONS))) {
            problems.add(new Problem(Reason.SCHEMA_VIOLATION,
                    SourceLocation.jsonPointer(source, JsonSchemas.pointer(error)),
                    "CycloneDX " + version + " schema: " + error.getMessage()));
        }
        if (errors.size() > MAX_REPORTED_VIOLATIONS) {
            problems.add(new Problem(Reason.SCHEMA_VIOLATION, SourceLocation.of(source),
                    (errors.size() - MAX_REPORTED_VIOLATIONS) + " more schema violations not listed"));
        }
        throw new InputRejectedException(problems);
    }
}
