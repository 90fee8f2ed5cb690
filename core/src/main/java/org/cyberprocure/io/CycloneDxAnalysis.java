package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.SbomEvidence.ComponentField;

/**
 * What a schema-valid CycloneDX document shows about the SBOM elements the rules check: metadata (timestamp,
 * authors, tools) and, per component, version, supplier, unique identifier and dependency entry. The schema has
 * already bounded the shapes; this only reads them.
 */
final class CycloneDxAnalysis {
    /** Names kept per list (authors, tools), each at most this long: the evidence goes into reports. */
    private static final int MAX_NAMES = 10;
    private static final int NAME_LENGTH = 120;

    private final List<JsonNode> components = new ArrayList<>();
    private final Set<String> declaredRefs = new HashSet<>();
    private final Set<String> duplicateRefs = new LinkedHashSet<>();

    private CycloneDxAnalysis() {
    }

    static SbomEvidence of(JsonNode root, String source, String specVersion) {
        return new CycloneDxAnalysis().analyse(root, source, specVersion);
    }

    private SbomEvidence analyse(JsonNode root, String source, String specVersion) {
        JsonNode metadata = root.path("metadata");
        collect(root.path("components"), true);
        // The described product and services may be dependency targets too, but are not counted as components.
        declare(metadata.path("component"));
        collect(metadata.path("component").path("components"), false);
        collectServices(root.path("services"));

        Set<String> withEntry = new HashSet<>();
        Set<String> dangling = new LinkedHashSet<>();
        for (JsonNode dependency : root.path("dependencies")) {
            String ref = dependency.path("ref").asText("");
            withEntry.add(ref);
            checkReference(ref, dangling);
            dependency.path("dependsOn").forEach(target -> checkReference(target.asText(""), dangling));
            dependency.path("provides").forEach(target -> checkReference(target.asText(""), dangling));
        }

        Map<ComponentField, Integer> lacking = new EnumMap<>(ComponentField.class);
        for (JsonNode component : components) {
            count(lacking, ComponentField.VERSION, text(component.path("version")).isEmpty());
            count(lacking, ComponentField.SUPPLIER, !hasSupplier(component));
            count(lacking, ComponentField.UNIQUE_ID, !hasUniqueId(component));
            count(lacking, ComponentField.DEPENDENCIES, !withEntry.contains(text(component.path("bom-ref"))));
        }

        List<Message> extra = new ArrayList<>();
        if (!dangling.isEmpty()) {
            extra.add(SbomEvidence.countedProblem("sbom.problem.danglingDependency", dangling.size(),
                    clean(dangling.iterator().next())));
        }
        if (!duplicateRefs.isEmpty()) {
            extra.add(SbomEvidence.countedProblem("sbom.problem.duplicateBomRef", duplicateRefs.size(),
                    clean(duplicateRefs.iterator().next())));
        }
        return SbomEvidence.of(source, SbomEvidence.CYCLONEDX, specVersion, clean(text(root.path("serialNumber"))),
                subject(metadata.path("component")), clean(text(metadata.path("timestamp"))), authors(metadata),
                tools(metadata.path("tools")), components.size(), lacking, extra);
    }

    /** Components and their nested components, depth first; nesting is bounded by the reader's depth limit. */
    private void collect(JsonNode list, boolean counted) {
        for (JsonNode component : list) {
            if (counted) {
                components.add(component);
            }
            declare(component);
            collect(component.path("components"), counted);
        }
    }

    private void collectServices(JsonNode list) {
        for (JsonNode service : list) {
            declare(service);
            collectServices(service.path("services"));
        }
    }

    private void declare(JsonNode element) {
        String ref = text(element.path("bom-ref"));
        if (!ref.isEmpty() && !declaredRefs.add(ref)) {
            duplicateRefs.add(ref);
        }
    }

    private void checkReference(String ref, Set<String> dangling) {
        if (!declaredRefs.contains(ref)) {
            dangling.add(ref);
        }
    }

    /** Supplier (the NTIA "supplier name"), else manufacturer (1.6), publisher or author(s) name who supplies it. */
    private static boolean hasSupplier(JsonNode component) {
        return hasEntity(component.path("supplier")) || hasEntity(component.path("manufacturer"))
                || !text(component.path("publisher")).isEmpty() || !text(component.path("author")).isEmpty()
                || hasNamedContact(component.path("authors"));
    }

    /** Package URL, CPE, SWID tag id, or (1.6) OmniBOR or SWHID identifiers. */
    private static boolean hasUniqueId(JsonNode component) {
        return !text(component.path("purl")).isEmpty() || !text(component.path("cpe")).isEmpty()
                || !text(component.path("swid").path("tagId")).isEmpty()
                || !component.path("omniborId").isEmpty() || !component.path("swhid").isEmpty();
    }

    private static boolean hasEntity(JsonNode entity) {
        return !text(entity.path("name")).isEmpty() || !entity.path("url").isEmpty();
    }

    private static boolean hasNamedContact(JsonNode contacts) {
        for (JsonNode contact : contacts) {
            if (!text(contact.path("name")).isEmpty() || !text(contact.path("email")).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String subject(JsonNode component) {
        return clean((text(component.path("name")) + " " + text(component.path("version"))).trim());
    }

    /** Who wrote the SBOM: metadata authors, else the manufacturer or supplier the metadata names. */
    private static List<String> authors(JsonNode metadata) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode author : metadata.path("authors")) {
            add(names, text(author.path("name")).isEmpty() ? text(author.path("email")) : text(author.path("name")));
        }
        for (String entity : List.of("manufacturer", "manufacture", "supplier")) {
            add(names, text(metadata.path(entity).path("name")));
        }
        return List.copyOf(names);
    }

    /** Tools: an array of tools (1.4, legacy in 1.5+), or an object of tool components and services (1.5+). */
    private static List<String> tools(JsonNode tools) {
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> entries = new ArrayList<>();
        tools.forEach(entries::add);
        if (tools.isObject()) {
            entries.clear();
            tools.path("components").forEach(entries::add);
            tools.path("services").forEach(entries::add);
        }
        for (JsonNode tool : entries) {
            add(names, (text(tool.path("name")) + " " + text(tool.path("version"))).trim());
        }
        return List.copyOf(names);
    }

    /** Adds a cleaned name unless it is empty or the list is full; shared with {@link SpdxAnalysis}. */
    static void add(Set<String> names, String name) {
        if (!name.isEmpty() && names.size() < MAX_NAMES) {
            names.add(clean(name));
        }
    }

    static void count(Map<ComponentField, Integer> lacking, ComponentField field, boolean lacks) {
        if (lacks) {
            lacking.merge(field, 1, Integer::sum);
        }
    }

    static String text(JsonNode node) {
        return node.isTextual() ? node.asText().strip() : "";
    }

    static String clean(String text) {
        return SafeText.clean(text, NAME_LENGTH);
    }
}
