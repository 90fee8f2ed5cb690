package org.cyberprocure;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cyberprocure.internal.JsonSchemas;
import org.cyberprocure.model.Waiver;

/**
 * A hospital's accepted risks: the waivers of one file (JSON, schema {@code waivers-1.schema.json}), given to an
 * evaluation with {@link EvaluationContext#withWaivers(Waivers)}. A waiver in force on the as-of date turns the
 * gap it names into {@link org.cyberprocure.model.Status#RISK_ACCEPTED}; see docs/policy.md.
 *
 * @param waivers the waivers, in file order, ids unique
 */
public record Waivers(List<Waiver> waivers) {
    static final String SCHEMA_RESOURCE = "/org/cyberprocure/schema/waivers-1.schema.json";
    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Waivers NONE = new Waivers(List.of());

    /**
     * Copies the waivers and checks their ids are unique.
     *
     * @param waivers the waivers, in file order, ids unique
     * @throws org.cyberprocure.ConfigurationException when two waivers share an id
     */
    public Waivers {
        waivers = List.copyOf(waivers);
        Set<String> ids = new HashSet<>();
        for (Waiver w : waivers) {
            if (!ids.add(w.id())) {
                throw new ConfigurationException("waiver id " + w.id() + " is used twice");
            }
        }
    }

    /** {@return no waivers} */
    public static Waivers none() {
        return NONE;
    }

    /**
     * Whether no waiver is given; an empty set changes no finding.
     *
     * @return {@code true} when there are no waivers
     */
    public boolean isEmpty() {
        return waivers.isEmpty();
    }

    /**
     * Reads a waiver file.
     *
     * @param file a waiver JSON file (format in {@code docs/policy.md})
     * @return the waivers, checked against their schema
     * @throws ConfigurationException when it cannot be read, breaks the schema (every problem with its JSON pointer),
     *                                repeats an id or expires before it was accepted
     */
    public static Waivers read(Path file) {
        Objects.requireNonNull(file, "file");
        return JsonSchemas.readFile(file, "waiver file", MAX_BYTES, Waivers::read);
    }

    /**
     * Reads waivers from a stream; {@code source} names it in error messages.
     *
     * @param in the waiver JSON
     * @param source the stream's name, as shown in error messages
     * @return the waivers, checked against their schema
     */
    public static Waivers read(InputStream in, String source) {
        JsonNode root = JsonSchemas.readChecked(in, source, "waiver file", SchemaHolder.SCHEMA, MAX_BYTES);
        List<Waiver> waivers = new ArrayList<>();
        JsonNode items = root.path("waivers");
        for (int i = 0; i < items.size(); i++) {
            JsonNode w = items.get(i);
            String id = w.path("id").asText();
            LocalDate acceptedOn = LocalDate.parse(w.path("acceptedOn").asText());
            LocalDate expiresOn = LocalDate.parse(w.path("expiresOn").asText());
            if (expiresOn.isBefore(acceptedOn)) {
                throw new ConfigurationException("waiver file " + source + " at /waivers/" + i + ": waiver " + id
                        + " expires on " + expiresOn + ", before it was accepted on " + acceptedOn);
            }
            waivers.add(new Waiver(id, w.path("requirement").asText(), text(w, "questionnaireId"), text(w, "vendor"),
                    text(w, "product"), w.path("reason").asText(), w.path("compensatingControl").asText(),
                    w.path("acceptedBy").asText(), acceptedOn, expiresOn));
        }
        try {
            return new Waivers(waivers);
        } catch (ConfigurationException e) {
            throw new ConfigurationException("waiver file " + source + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    /** Holds the schema apart, loaded on first read. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = JsonSchemas.load(SCHEMA_RESOURCE);
    }
}
