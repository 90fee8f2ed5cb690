package org.cyberprocure.internal;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.cyberprocure.ConfigurationException;

/**
 * The official CycloneDX JSON schemas (draft-07), bundled under {@code org/cyberprocure/schema/cyclonedx/} with
 * the SPDX and JSF schemas they reference. Their {@code http://cyclonedx.org/schema/} ids are mapped to the class
 * path and remote fetching is off, so validation never touches the network. Each version is compiled on first
 * use and then shared (a compiled schema is thread-safe).
 */
public final class CycloneDxSchemas {
    private static final String ID_PREFIX = "http://cyclonedx.org/schema/";
    private static final String FOLDER = "classpath:org/cyberprocure/schema/cyclonedx/";
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    /**
     * The schemas' own annotation keywords, declared so the validator neither warns about them nor validates
     * with them. The {@code idn-email} format is checked for shape only (one {@code @}, no spaces): the
     * validator's default also checks the top-level domain against a list, which refuses reserved and internal
     * domains that SBOM authors use.
     */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft7())
            .keyword(new NonValidationKeyword("meta:enum"))
            .keyword(new NonValidationKeyword("deprecated"))
            .format(new MailboxShape())
            .build();

    private CycloneDxSchemas() {
    }

    /** The schema of a specification version such as {@code 1.6}. */
    public static Schema of(String specVersion) {
        return COMPILED.computeIfAbsent(specVersion, CycloneDxSchemas::load);
    }

    private static Schema load(String specVersion) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(DIALECT,
                builder -> builder.schemaRegistryConfig(JsonSchemas.locatedConfig())
                        .schemaLoader(loader -> loader.fetchRemoteResources(false)
                                .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, FOLDER))));
        String id = ID_PREFIX + "bom-" + specVersion + ".schema.json";
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(id));
            schema.initializeValidators(); // resolve every $ref now, not during the first validation
            return schema;
        } catch (RuntimeException e) {
            throw new ConfigurationException("cannot load the CycloneDX schema " + id, e);
        }
    }

    /** {@code idn-email} by shape: local part, one {@code @}, a domain with a dot; no spaces. */
    private static final class MailboxShape implements Format {
        private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

        @Override
        public String getName() {
            return "idn-email";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return SHAPE.matcher(value).matches();
        }
    }
}
