package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.internal.JsonMappers;

/**
 * The fields the published schema defines, read from the schema itself so that there is one source of truth.
 * Finds fields an input adds where the schema closes an object ({@code "additionalProperties": false}).
 */
final class KnownFields {
    private final JsonNode schema;

    private KnownFields(JsonNode schema) {
        this.schema = schema;
    }

    static KnownFields fromSchema(String resource) {
        try (InputStream in = KnownFields.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("schema " + resource + " missing from the class path");
            }
            return new KnownFields(JsonMappers.TRUSTED.readTree(in));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the schema " + resource, e);
        }
    }

    /**
     * Removes every unknown field from the tree, so that later checks see only what the format defines.
     *
     * @return the JSON pointers of the fields removed, in document order
     */
    List<String> removeUnknown(JsonNode instance) {
        List<String> removed = new ArrayList<>();
        walk(instance, schema, "", removed);
        return removed;
    }

    private static void walk(JsonNode instance, JsonNode schema, String pointer, List<String> removed) {
        if (instance.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            boolean closed = schema.path("additionalProperties").isBoolean()
                    && !schema.get("additionalProperties").booleanValue();
            List<String> unknown = new ArrayList<>();
            for (var field : instance.properties()) {
                String child = pointer + "/" + escape(field.getKey());
                if (properties.has(field.getKey())) {
                    walk(field.getValue(), properties.get(field.getKey()), child, removed);
                } else if (closed) {
                    unknown.add(field.getKey());
                    removed.add(child);
                }
            }
            ((ObjectNode) instance).remove(unknown);
        } else if (instance.isArray() && schema.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                walk(instance.get(i), schema.get("items"), pointer + "/" + i, removed);
            }
        }
    }

    /** RFC 6901 escaping of a name inside a pointer. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
