package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cyberprocure.cli.serve.api.Api;

/** The OpenAPI document of the repository, and validation of responses against its component schemas. */
final class OpenApi {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode DOCUMENT = read();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApi() {
    }

    private static JsonNode read() {
        try (InputStream in = Api.class.getResourceAsStream(Api.OPENAPI_RESOURCE)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A component schema as a JSON Schema 2020-12 (OpenAPI 3.1's dialect): the whole document with a root
     * {@code $ref}, so that references between components resolve.
     */
    static Schema schema(String component) {
        return SCHEMAS.computeIfAbsent(component, name -> {
            assertThat(DOCUMENT.at("/components/schemas/" + name).isMissingNode()).as(name).isFalse();
            ObjectNode root = DOCUMENT.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#/components/schemas/" + name);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SchemaLocation.of("urn:cyberprocure:openapi:" + name), root);
        });
    }

    /** Asserts that a JSON body matches a component schema, and returns it parsed. */
    static JsonNode assertMatches(String component, String body) throws IOException {
        JsonNode json = JSON.readTree(body);
        assertThat(schema(component).validate(json)).as(component + " of " + abbreviate(body)).isEmpty();
        return json;
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
}
