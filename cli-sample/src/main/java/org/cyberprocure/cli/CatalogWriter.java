package org.cyberprocure.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Requirement;

/** The requirement catalog as text for people, CSV for spreadsheets (UTF-8 with BOM) or JSON for programs. */
public final class CatalogWriter {
    static final List<String> CSV_COLUMNS = List.of("requirement", "title", "domain", "instrument", "reference",
            "source", "legal force", "severity", "knock-out", "profiles", "effective from", "questions",
            "paraphrase", "remediation", "contract clause");

    private final Catalog catalog;
    private final Profile profile;

    /** @param profile the profile to list, or {@code null} for all requirements */
    public CatalogWriter(Catalog catalog, Profile profile) {
        this.catalog = catalog;
        this.profile = profile;
    }

    List<Requirement> requirements() {
        return profile == null ? catalog.requirements() : catalog.requirements(profile);
    }

    void writeText(OutputStream stream) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.printf("Catalog %s%s: %d requirements%n", catalog.version(),
                profile == null ? "" : ", profile " + profile.id(), requirements().size());
        Map<String, List<Requirement>> byDomain = new LinkedHashMap<>();
        requirements().forEach(r -> byDomain.computeIfAbsent(r.domain(), d -> new java.util.ArrayList<>()).add(r));
        byDomain.forEach((domain, requirements) -> {
            out.println();
            out.println(domain);
            for (Requirement r : requirements) {
                out.println("  " + r.id() + "  " + r.title());
                out.println("      " + r.citation().describe());
                out.println("      " + r.legalForce() + ", " + r.severity() + (r.knockOut() ? ", knock-out" : "")
                        + (profile == null ? ", " + String.join(" + ", profiles(r)) : "")
                        + (r.effectiveFrom() == null ? "" : ", applies from " + r.effectiveFrom()));
            }
        });
        out.flush();
    }

    public void writeCsv(OutputStream stream) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // spreadsheets detect UTF-8 by it
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(CSV_COLUMNS);
        for (Requirement r : requirements()) {
            csv.printRecord(r.id(), r.title(), r.domain(), r.citation().instrument(), r.citation().reference(),
                    r.citation().title(), r.legalForce(), r.severity(), r.knockOut() ? "yes" : "no",
                    String.join(" ", profiles(r)), r.effectiveFrom() == null ? "" : r.effectiveFrom(),
                    String.join(" ", r.questions()), r.paraphrase(), r.remediation(), r.contractClause());
        }
        csv.flush();
    }

    public void writeJson(OutputStream stream) throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("catalogVersion", catalog.version());
        if (profile != null) {
            root.put("profile", profile.id());
        }
        ArrayNode list = root.putArray("requirements");
        for (Requirement r : requirements()) {
            ObjectNode node = json.valueToTree(r);
            node.set("profiles", json.valueToTree(profiles(r))); // a set: sorted, so output is stable
            list.add(node);
        }
        stream.write(json.writeValueAsBytes(root));
        stream.write('\n');
    }

    private static List<String> profiles(Requirement r) {
        return r.profiles().stream().map(Profile::id).sorted().toList();
    }
}
