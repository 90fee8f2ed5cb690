package org.cyberprocure.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.cyberprocure.ConfigurationException;

/** The published JSON Schemas (draft 2020-12), loaded from the class path; errors located by JSON pointer. */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    public static Schema load(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(locatedConfig()));
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("schema " + resource + " missing from the class path");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the schema " + resource, e);
        }
    }

    /** Errors located by JSON pointer, formats asserted, messages in English: what every reader reports. */
    static SchemaRegistryConfig locatedConfig() {
        return SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
    }

    /** The JSON pointer of the instance an error is about; {@code /} for the root. */
    public static String pointer(Error error) {
        String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        return pointer.isEmpty() ? "/" : pointer;
    }
}
