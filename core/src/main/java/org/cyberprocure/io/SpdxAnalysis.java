package org.cyberprocure.io;

import static org.cyberprocure.io.CycloneDxAnalysis.add;
import static org.cyberprocure.io.CycloneDxAnalysis.clean;
import static org.cyberprocure.io.CycloneDxAnalysis.count;
import static org.cyberprocure.io.CycloneDxAnalysis.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.SbomEvidence.ComponentField;

/**
 * What a schema-valid SPDX 2.2/2.3 JSON document shows about the SBOM elements the rules check, mapped from SPDX's
 * own fields: timestamp from {@code creationInfo.created}; authors and tools from {@code creationInfo.creators}
 * ({@code Person:}, {@code Organization:}, {@code Tool:}); per package: {@code versionInfo}, {@code supplier} (else
 * {@code originator}), a purl, CPE or SWID external reference, and a relationship naming it. The packages the
 * document describes ({@code documentDescribes} or a {@code DESCRIBES} relationship of the document) are the
 * product, as CycloneDX's {@code metadata.component}, and not counted as components.
 */
final class SpdxAnalysis {
    private static final String DOCUMENT = "SPDXRef-DOCUMENT";
    private static final Set<String> IDENTIFIER_TYPES = Set.of("purl", "cpe22Type", "cpe23Type", "swid");

    private SpdxAnalysis() {
    }

    static SbomEvidence of(JsonNode root, String source, String version) {
        Set<String> declared = new HashSet<>(Set.of(DOCUMENT));
        Set<String> duplicates = new LinkedHashSet<>();
        for (String list : List.of("packages", "files", "snippets")) {
            for (JsonNode element : root.path(list)) {
                String id = text(element.path("SPDXID"));
                if (!id.isEmpty() && !declared.add(id)) {
                    duplicates.add(id);
                }
            }
        }
        Set<String> described = new LinkedHashSet<>();
        root.path("documentDescribes").forEach(id -> described.add(id.asText("")));
        Set<String> related = new HashSet<>();
        Set<String> dangling = new LinkedHashSet<>();
        for (JsonNode relationship : root.path("relationships")) {
            String from = text(relationship.path("spdxElementId"));
            String to = text(relationship.path("relatedSpdxElement"));
            if (DOCUMENT.equals(from) && "DESCRIBES".equals(text(relationship.path("relationshipType")))) {
                described.add(to);
            }
            for (String end : List.of(from, to)) {
                related.add(end);
                if (!declared.contains(end) && !end.startsWith("DocumentRef-") && !"NONE".equals(end)
                        && !"NOASSERTION".equals(end)) {
                    dangling.add(end);
                }
            }
        }

        List<JsonNode> components = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (JsonNode pkg : root.path("packages")) {
            if (described.contains(text(pkg.path("SPDXID")))) {
                subjects.add((text(pkg.path("name")) + " " + text(pkg.path("versionInfo"))).trim());
            } else {
                components.add(pkg);
            }
        }
        Map<ComponentField, Integer> lacking = new EnumMap<>(ComponentField.class);
        for (JsonNode pkg : components) {
            count(lacking, ComponentField.VERSION, text(pkg.path("versionInfo")).isEmpty());
            count(lacking, ComponentField.SUPPLIER, !asserted(pkg.path("supplier")) && !asserted(pkg.path("originator")));
            count(lacking, ComponentField.UNIQUE_ID, !hasIdentifier(pkg));
            count(lacking, ComponentField.DEPENDENCIES, !related.contains(text(pkg.path("SPDXID"))));
        }

        List<Message> extra = new ArrayList<>();
        if (!dangling.isEmpty()) {
            extra.add(SbomEvidence.countedProblem("sbom.problem.danglingRelationship", dangling.size(),
                    clean(dangling.iterator().next())));
        }
        if (!duplicates.isEmpty()) {
            extra.add(SbomEvidence.countedProblem("sbom.problem.duplicateSpdxId", duplicates.size(),
                    clean(duplicates.iterator().next())));
        }
        JsonNode creation = root.path("creationInfo");
        Set<String> authors = new LinkedHashSet<>();
        Set<String> tools = new LinkedHashSet<>();
        for (JsonNode creator : creation.path("creators")) {
            String entry = text(creator);
            if (entry.startsWith("Tool:")) {
                add(tools, entry.substring("Tool:".length()).strip());
            } else if (entry.startsWith("Person:") || entry.startsWith("Organization:")) {
                // "Organization: name (email)": the name; the e-mail is often empty "()"
                add(authors, entry.substring(entry.indexOf(':') + 1).replaceFirst("\\s*\\([^()]*\\)$", "").strip());
            }
        }
        String subject = subjects.isEmpty() ? text(root.path("name")) : String.join(", ", subjects);
        return SbomEvidence.of(source, SbomEvidence.SPDX, version, clean(text(root.path("documentNamespace"))),
                clean(subject), clean(text(creation.path("created"))), List.copyOf(authors), List.copyOf(tools),
                components.size(), lacking,
                extra);
    }

    /** A supplier or originator: {@code Person: ...} or {@code Organization: ...}; NOASSERTION says nothing. */
    private static boolean asserted(JsonNode agent) {
        String value = text(agent);
        return !value.isEmpty() && !"NOASSERTION".equals(value) && !value.endsWith(":");
    }

    private static boolean hasIdentifier(JsonNode pkg) {
        for (JsonNode ref : pkg.path("externalRefs")) {
            if (IDENTIFIER_TYPES.contains(text(ref.path("referenceType")))
                    && !text(ref.path("referenceLocator")).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
