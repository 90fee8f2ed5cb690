package org.cyberprocure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Requirement;

/**
 * A short fingerprint of a requirement's definition in the rule pack (everything the catalog says about it:
 * title, source, applicability, legal force, severity, knock-out flag, questions, remediation...). Recorded in every
 * assessment so that a comparison of two assessments tells a requirement the rule pack changed from a vendor's
 * changed answers.
 */
public final class RequirementDigest {
    private static final int HEX_CHARS = 16; // 64 bits: a label, not a security boundary

    private RequirementDigest() {
    }

    public static String of(Requirement requirement) {
        try {
            byte[] definition = canonical(JsonMappers.TRUSTED.valueToTree(requirement))
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(definition))
                    .substring(0, HEX_CHARS);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("cannot fingerprint requirement " + requirement.id(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The same text in every JVM: object keys sorted, and array elements too, since the record holds sets whose
     * iteration order changes from one JVM to the next (an order change alone is no change of meaning).
     */
    static String canonical(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, String> fields = new TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), canonical(e.getValue())));
            return fields.entrySet().stream().map(e -> TextNode.valueOf(e.getKey()) + ":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            Collections.sort(items);
            return String.join(",", items).transform(joined -> "[" + joined + "]");
        }
        return node.toString();
    }
}
