package org.cyberprocure.model;

import java.util.List;
import java.util.Objects;

/**
 * What a software bill of materials handed in with a questionnaire shows, as facts the SBOM rules decide on.
 * Read by {@code org.cyberprocure.io.SbomReader}.
 *
 * @param source      the file it was read from
 * @param format      the format, e.g. {@code CycloneDX}
 * @param specVersion the format's specification version, e.g. {@code 1.6}
 * @param problems    what the SBOM lacks, one sentence each (empty for a complete SBOM)
 */
public record SbomEvidence(String source, String format, String specVersion, List<String> problems) {
    public SbomEvidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(specVersion, "specVersion");
        problems = List.copyOf(problems);
    }
}
