package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.BundledSchemas;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.VexDocument;
import org.cyberprocure.model.VexDocument.Statement;
import org.cyberprocure.model.VexDocument.VexStatus;

/**
 * Reads a vendor's VEX document: CycloneDX JSON 1.4 to 1.6 with {@code vulnerabilities} (each analysis state
 * mapped to a {@link VexStatus}), or CSAF 2.0 JSON (category {@code csaf_vex}, or an advisory with product
 * statuses). Hardened like {@link SbomReader} (same limits, UTF-8 only, duplicate keys refused) and validated
 * against the official schema (CycloneDX of its version; CSAF 2.0 with the FIRST CVSS schemas it references),
 * all bundled. Immutable and thread-safe.
 *
 * <pre>{@code
 * VexDocument vex = new VexReader().read(Path.of("vex.json"));
 * vex.statements(VexStatus.NOT_AFFECTED);
 * }</pre>
 */
public final class VexReader {
    /** CycloneDX versions whose documents carry vulnerabilities with an analysis. */
    public static final List<String> CYCLONEDX_VERSIONS = List.of("1.4", "1.5", "1.6");
    /** Texts kept per statement at most this long: they go into reports. */
    private static final int TEXT_LENGTH = 600;
    private static final int NAME_LENGTH = 200;
    /** Products named per statement at most; the rest are counted. */
    private static final int MAX_PRODUCTS = 20;
    private static final Message JSON_ADVICE = Message.of("problem.advice.vex");

    private final BoundedJson json;

    public VexReader() {
        this(ReaderLimits.defaults());
    }

    private VexReader(ReaderLimits limits) {
        this.json = new BoundedJson(limits);
    }

    /** A reader like this one with other limits. */
    public VexReader withLimits(ReaderLimits newLimits) {
        return new VexReader(newLimits);
    }

    /**
     * Reads a VEX file.
     *
     * @throws InputRejectedException when it cannot be read, is not UTF-8 JSON within the limits, is neither a
     *                                CycloneDX nor a CSAF 2.0 document of a supported version, or breaks its schema
     */
    public VexDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        return json.readFile(file, in -> read(in, BoundedJson.sourceName(file)));
    }

    /** Reads a VEX document from a stream, up to the file-size limit; the stream is not closed. */
    public VexDocument read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root = json.readObject(in, source, Message.of("problem.json.what.vex"), JSON_ADVICE);
        if (root.has("bomFormat")) {
            String version = root.path("specVersion").asText("");
            if (!"CycloneDX".equals(root.path("bomFormat").asText("")) || !CYCLONEDX_VERSIONS.contains(version)) {
                throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT,
                        SourceLocation.jsonPointer(source, "/specVersion"), "problem.vex.cycloneDxVersion",
                        String.join(", ", CYCLONEDX_VERSIONS));
            }
            BoundedJson.validate(root, source, BundledSchemas.cycloneDx(version), "CycloneDX " + version);
            return cycloneDx(root, source, version);
        }
        if (root.path("document").has("csaf_version")) {
            if (!"2.0".equals(root.path("document").path("csaf_version").asText(""))) {
                throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT,
                        SourceLocation.jsonPointer(source, "/document/csaf_version"), "problem.vex.csafVersion",
                        clean(root.path("document").path("csaf_version").asText(""), 20));
            }
            BoundedJson.validate(root, source, BundledSchemas.csaf20(), "CSAF 2.0");
            return csaf(root, source);
        }
        throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT, SourceLocation.jsonPointer(source, "/"),
                "problem.vex.notVex");
    }

    private static VexDocument cycloneDx(JsonNode root, String source, String version) {
        Map<String, String> names = new HashMap<>();
        JsonNode metadata = root.path("metadata");
        name(metadata.path("component"), names);
        collect(root.path("components"), names);
        List<Statement> statements = new ArrayList<>();
        for (JsonNode vulnerability : root.path("vulnerabilities")) {
            JsonNode analysis = vulnerability.path("analysis");
            Set<String> products = new LinkedHashSet<>();
            for (JsonNode affect : vulnerability.path("affects")) {
                String ref = affect.path("ref").asText("");
                // A ref to another BOM reads urn:cdx:serial/version#bom-ref: the part after '#' names it.
                String local = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : ref;
                products.add(names.getOrDefault(local, local));
            }
            List<String> detail = new ArrayList<>();
            detail.add(analysis.path("detail").asText(""));
            if (!analysis.path("response").isEmpty()) {
                List<String> responses = new ArrayList<>();
                analysis.path("response").forEach(r -> responses.add(r.asText("")));
                detail.add("Response: " + String.join(", ", responses) + ".");
            }
            statements.add(statement(vulnerability.path("id").asText(""), cycloneDxStatus(analysis),
                    products, analysis.path("justification").asText(""), detail));
        }
        String publisher = firstNonEmpty(metadata.path("supplier").path("name").asText(""),
                metadata.path("manufacturer").path("name").asText(""),
                metadata.path("authors").path(0).path("name").asText(""));
        return new VexDocument(source, VexDocument.CYCLONEDX, version, clean(root.path("serialNumber").asText(""),
                NAME_LENGTH), clean(publisher, NAME_LENGTH), clean(metadata.path("timestamp").asText(""), 40),
                statements);
    }

    private static VexStatus cycloneDxStatus(JsonNode analysis) {
        return switch (analysis.path("state").asText("")) {
            case "not_affected", "false_positive" -> VexStatus.NOT_AFFECTED;
            case "resolved", "resolved_with_pedigree" -> VexStatus.FIXED;
            case "in_triage" -> VexStatus.UNDER_INVESTIGATION;
            default -> VexStatus.AFFECTED; // exploitable, or listed without an analysis
        };
    }

    private static void collect(JsonNode components, Map<String, String> names) {
        for (JsonNode component : components) {
            name(component, names);
            collect(component.path("components"), names);
        }
    }

    private static void name(JsonNode component, Map<String, String> names) {
        String ref = component.path("bom-ref").asText("");
        if (!ref.isEmpty()) {
            names.put(ref, (component.path("name").asText("") + " " + component.path("version").asText("")).trim());
        }
    }

    /** CSAF product statuses, in the order of {@link VexStatus}; each vulnerability gives one statement per status. */
    private static final Map<String, VexStatus> CSAF_STATUSES = new LinkedHashMap<>();

    static {
        CSAF_STATUSES.put("known_not_affected", VexStatus.NOT_AFFECTED);
        CSAF_STATUSES.put("fixed", VexStatus.FIXED);
        CSAF_STATUSES.put("first_fixed", VexStatus.FIXED);
        CSAF_STATUSES.put("under_investigation", VexStatus.UNDER_INVESTIGATION);
        CSAF_STATUSES.put("known_affected", VexStatus.AFFECTED);
        CSAF_STATUSES.put("first_affected", VexStatus.AFFECTED);
        CSAF_STATUSES.put("last_affected", VexStatus.AFFECTED);
    }

    private static VexDocument csaf(JsonNode root, String source) {
        Map<String, String> names = new HashMap<>();
        productNames(root.path("product_tree"), names);
        List<Statement> statements = new ArrayList<>();
        for (JsonNode vulnerability : root.path("vulnerabilities")) {
            String id = vulnerability.path("cve").asText("");
            if (id.isEmpty()) {
                id = vulnerability.path("ids").path(0).path("text").asText("");
            }
            Map<VexStatus, Set<String>> byStatus = new LinkedHashMap<>();
            CSAF_STATUSES.forEach((field, status) -> vulnerability.path("product_status").path(field)
                    .forEach(p -> byStatus.computeIfAbsent(status, s -> new LinkedHashSet<>()).add(p.asText(""))));
            for (Map.Entry<VexStatus, Set<String>> entry : byStatus.entrySet()) {
                Set<String> ids = entry.getValue();
                List<String> products = ids.stream().map(p -> names.getOrDefault(p, p)).toList();
                statements.add(statement(id, entry.getKey(), products, flags(vulnerability, ids),
                        details(vulnerability, entry.getKey(), ids)));
            }
        }
        JsonNode document = root.path("document");
        return new VexDocument(source, VexDocument.CSAF, "2.0",
                clean(document.path("tracking").path("id").asText(""), NAME_LENGTH),
                clean(document.path("publisher").path("name").asText(""), NAME_LENGTH),
                clean(document.path("tracking").path("current_release_date").asText(""), 40), statements);
    }

    /** Full product names, and the products of the branches, relationships and groups of the tree. */
    private static void productNames(JsonNode node, Map<String, String> names) {
        if (node.isObject()) {
            if (node.has("product_id") && node.has("name")) {
                names.put(node.path("product_id").asText(""), node.path("name").asText(""));
            }
            node.forEach(child -> productNames(child, names));
        } else if (node.isArray()) {
            node.forEach(child -> productNames(child, names));
        }
    }

    /** The justification flags (e.g. {@code vulnerable_code_not_present}) given for these products. */
    private static String flags(JsonNode vulnerability, Set<String> ids) {
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode flag : vulnerability.path("flags")) {
            if (concerns(flag, ids)) {
                labels.add(flag.path("label").asText(""));
            }
        }
        return String.join(", ", labels);
    }

    /** Impact statements (not affected) or remediations (affected, fixed) for these products. */
    private static List<String> details(JsonNode vulnerability, VexStatus status, Set<String> ids) {
        List<String> details = new ArrayList<>();
        if (status == VexStatus.NOT_AFFECTED) {
            for (JsonNode threat : vulnerability.path("threats")) {
                if ("impact".equals(threat.path("category").asText("")) && concerns(threat, ids)) {
                    details.add(threat.path("details").asText(""));
                }
            }
        } else {
            for (JsonNode remediation : vulnerability.path("remediations")) {
                if (concerns(remediation, ids)) {
                    details.add(remediation.path("category").asText("") + ": "
                            + remediation.path("details").asText(""));
                }
            }
        }
        return details;
    }

    /** An element with product ids concerns these products if it names one of them; without ids, all. */
    private static boolean concerns(JsonNode element, Set<String> ids) {
        if (!element.has("product_ids")) {
            return true;
        }
        for (JsonNode id : element.path("product_ids")) {
            if (ids.contains(id.asText(""))) {
                return true;
            }
        }
        return false;
    }

    private static Statement statement(String vulnerability, VexStatus status, Iterable<String> products,
                                       String justification, List<String> details) {
        List<String> named = new ArrayList<>();
        int count = 0;
        for (String product : products) {
            if (count++ < MAX_PRODUCTS) {
                named.add(clean(product, NAME_LENGTH));
            }
        }
        if (count > MAX_PRODUCTS) {
            named.add("and " + (count - MAX_PRODUCTS) + " more");
        }
        String detail = String.join(" ", details.stream().filter(d -> !d.isBlank()).toList());
        return new Statement(clean(vulnerability.isEmpty() ? "(no id)" : vulnerability, NAME_LENGTH), status, named,
                clean(justification, NAME_LENGTH), clean(detail, TEXT_LENGTH));
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String clean(String text, int limit) {
        return SafeText.clean(text.strip(), limit);
    }
}
