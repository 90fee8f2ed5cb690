import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes the CycloneDX SBOM that cyclonedx-maven-plugin wrote, so that it passes the product's own SBOM check
 * (CRA Annex I Part II(1), BSI TR-03183-2, NTIA minimum elements; docs/inputs.md):
 * <ul>
 *   <li>{@code metadata.timestamp}: the plugin leaves it out of reproducible builds; the build's fixed
 *       {@code project.build.outputTimestamp} is the reproducible creation time.</li>
 *   <li>a supplier for every component whose POM names neither an organization nor developers, from the reviewed
 *       table {@code sbom-suppliers.json} (by Maven group id). A component missing from the table fails the build,
 *       so a new dependency's supplier is looked up once, by a person.</li>
 * </ul>
 * Run by the build after {@code makeBom}: {@code java -cp <runtime class path> CompleteSbom.java bom.json
 * <timestamp> sbom-suppliers.json}.
 */
public class CompleteSbom {
    private static final List<String> WHO = List.of("supplier", "manufacturer", "publisher", "author", "authors");

    public static void main(String[] args) throws Exception {
        File bomFile = new File(args[0]);
        if (!bomFile.isFile()) {
            return; // the plugin made no SBOM (skipped)
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode bom = (ObjectNode) json.readTree(bomFile);
        JsonNode suppliers = json.readTree(new File(args[2]));
        ObjectNode metadata = bom.withObject("/metadata");
        if (!metadata.hasNonNull("timestamp")) {
            metadata.put("timestamp", args[1]);
        }
        List<String> unknown = new ArrayList<>();
        if (metadata.has("component")) {
            complete((ObjectNode) metadata.get("component"), suppliers, unknown);
        }
        completeAll(bom.path("components"), suppliers, unknown);
        if (!unknown.isEmpty()) {
            System.err.println("CompleteSbom: no supplier known for " + unknown + "; add their group ids to "
                    + args[2]);
            System.exit(1);
        }
        json.writeValue(bomFile, bom);
    }

    private static void completeAll(JsonNode components, JsonNode suppliers, List<String> unknown) {
        for (JsonNode component : components) {
            complete((ObjectNode) component, suppliers, unknown);
            completeAll(component.path("components"), suppliers, unknown);
        }
    }

    private static void complete(ObjectNode component, JsonNode suppliers, List<String> unknown) {
        if (WHO.stream().anyMatch(component::hasNonNull)) {
            return;
        }
        String group = component.path("group").asText();
        JsonNode supplier = suppliers.path(group);
        if (supplier.isMissingNode()) {
            unknown.add(group + ":" + component.path("name").asText());
            return;
        }
        ObjectNode entity = component.putObject("supplier");
        entity.put("name", supplier.path("name").asText());
        if (supplier.has("url")) {
            entity.putArray("url").add(supplier.path("url").asText());
        }
    }
}
