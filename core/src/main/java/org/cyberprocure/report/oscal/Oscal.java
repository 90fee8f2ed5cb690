package org.cyberprocure.report.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.cyberprocure.internal.JsonMappers;

/** What the OSCAL documents share: the version written, name-based identifiers, our property namespace. */
final class Oscal {
    /** The OSCAL version written (and validated against in the tests). */
    static final String VERSION = "1.1.3";
    /** Namespace of CyberProcure's own properties (legal force, severity, status, ...). */
    static final String NS = "urn:cyberprocure:oscal";
    /** The namespace of CyberProcure's name-based UUIDs: fixed once, never to change (ids would change with it). */
    private static final UUID NAMESPACE = UUID.fromString("6f0b1b7e-6a4e-5f0c-9a43-2a7c1d3f0e51");

    private Oscal() {
    }

    /**
     * A version 5 (SHA-1, name-based) UUID: the same names give the same identifier in every run, so exports are
     * deterministic and an element keeps its identifier across re-exports.
     */
    static String uuid(String... names) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits()).array());
            sha1.update(String.join("\u001f", names).getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha1.digest();
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Adds a property in our namespace; empty values are left out (OSCAL values must not be empty). */
    static void prop(ArrayNode props, String name, String value) {
        if (value != null && !value.isBlank()) {
            props.addObject().put("name", name).put("ns", NS).put("value", value.strip());
        }
    }

    /** OSCAL strings must hold a non-whitespace character; an empty text becomes a dash. */
    static String text(String value) {
        return value == null || value.isBlank() ? "\u2014" : value.strip();
    }

    static void write(ObjectNode document, OutputStream out) {
        try {
            out.write(JsonMappers.TRUSTED.writeValueAsBytes(document));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
