package org.cyberprocure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.cyberprocure.ConfigurationException;

/**
 * Official JSON schemas of the formats read and written (CycloneDX, SPDX 2.3, CSAF 2.0, OSCAL), bundled under
 * {@code org/cyberprocure/schema/}: their ids are mapped to the class path and remote fetching is off, so
 * validation never touches the network. Each schema is compiled on first use and then shared (a compiled schema
 * is thread-safe). Licences and provenance: {@code docs/licensing.md} and the README next to each folder.
 */
public final class BundledSchemas {
    private static final String ROOT = "classpath:org/cyberprocure/schema/";
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    /**
     * The outcome of validating a document: what breaks the structure (the document is refused) and, only when
     * the structure holds, which values break a {@code format} (a malformed URL, an odd date-time): JSON Schema
     * treats formats as annotations unless asked otherwise, and real documents carry such values, so these are
     * warnings.
     */
    public record Outcome(List<Error> violations, List<Error> formatWarnings) {
        public Outcome {
            violations = List.copyOf(violations);
            formatWarnings = List.copyOf(formatWarnings);
        }
    }

    /** One bundled schema: the id it is known by, the class-path folders its ids map to, its dialect. */
    public enum Kind {
        CYCLONEDX_DRAFT7("http://cyclonedx.org/schema/", "cyclonedx/"),
        SPDX("http://spdx.org/rdf/terms/", "spdx/spdx-"),
        CSAF("https://docs.oasis-open.org/csaf/csaf/v2.0/", "csaf/"),
        OSCAL("http://csrc.nist.gov/ns/oscal/1.0/", "oscal/");

        private final String idPrefix;
        private final String folder;

        Kind(String idPrefix, String folder) {
            this.idPrefix = idPrefix;
            this.folder = folder;
        }
    }

    /**
     * The schemas' own annotation keywords (CycloneDX), declared so the validator neither warns about them nor
     * validates with them. The {@code idn-email} format is checked for shape only (one {@code @}, no spaces): the
     * validator's default also checks the top-level domain against a list, which refuses reserved and internal
     * domains that SBOM authors use.
     */
    private static final Dialect DRAFT7 = Dialect.builder(Dialects.getDraft7())
            .keyword(new NonValidationKeyword("meta:enum"))
            .keyword(new NonValidationKeyword("deprecated"))
            .format(new MailboxShape())
            .build();

    private BundledSchemas() {
    }

    /** The CycloneDX schema of a specification version such as {@code 1.6}. */
    public static Schema cycloneDx(String specVersion) {
        return get(Kind.CYCLONEDX_DRAFT7, "http://cyclonedx.org/schema/bom-" + specVersion + ".schema.json");
    }

    /**
     * The SPDX JSON schema of a version: {@code 2.3}, or {@code 2.2} (the schema of SPDX 2.2.1, published as
     * ISO/IEC 5962:2021).
     */
    public static Schema spdx(String version) {
        return get(Kind.SPDX, "http://spdx.org/rdf/terms/" + version);
    }

    /** The CSAF 2.0 JSON schema (draft 2020-12) with the FIRST CVSS schemas it references. */
    public static Schema csaf20() {
        return get(Kind.CSAF, "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json");
    }

    /** The OSCAL 1.1.3 complete schema: catalogs, assessment results and the other models in one. */
    public static Schema oscal() {
        return get(Kind.OSCAL, "http://csrc.nist.gov/ns/oscal/1.0/1.1.3/oscal-complete-schema.json");
    }

    /** Validates with formats asserted; only when that fails, again without, to tell structure from format. */
    public static Outcome check(Schema schema, JsonNode document) {
        List<Error> all = schema.validate(document);
        if (all.isEmpty()) {
            return new Outcome(List.of(), List.of());
        }
        List<Error> structural = schema.validate(document, (ExecutionContext context) -> context.executionConfig(
                config -> config.formatAssertionsEnabled(false).locale(Locale.ENGLISH)));
        if (!structural.isEmpty()) {
            return new Outcome(structural, List.of());
        }
        return new Outcome(List.of(), all.stream().filter(e -> "format".equals(e.getKeyword())).toList());
    }

    private static Schema get(Kind kind, String id) {
        return COMPILED.computeIfAbsent(id, key -> load(kind, key));
    }

    private static Schema load(Kind kind, String id) {
        SchemaRegistry registry = kind == Kind.CSAF
                ? SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(), builder -> configure(builder,
                        Map.of(kind.idPrefix, ROOT + kind.folder, "https://www.first.org/cvss/", ROOT + "csaf/")))
                : SchemaRegistry.withDefaultDialect(DRAFT7, builder -> configure(builder,
                        Map.of(kind.idPrefix, ROOT + kind.folder)));
        String location = kind == Kind.SPDX ? id + ".schema.json"
                : kind == Kind.OSCAL ? kind.idPrefix + "oscal_complete_schema-1.1.3.json" : id;
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(location));
            schema.initializeValidators(); // resolve every $ref now, not during the first validation
            return schema;
        } catch (RuntimeException e) {
            throw new ConfigurationException("cannot load the bundled schema " + id, e);
        }
    }

    private static void configure(SchemaRegistry.Builder builder, Map<String, String> prefixes) {
        builder.schemaRegistryConfig(JsonSchemas.locatedConfig())
                .schemaLoader(loader -> loader.fetchRemoteResources(false)
                        .schemaIdResolvers(ids -> prefixes.forEach(ids::mapPrefix)));
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
