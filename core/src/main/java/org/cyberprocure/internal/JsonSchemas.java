package org.cyberprocure.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Message;

/** The published JSON Schemas (draft 2020-12), loaded from the class path; errors located by JSON pointer. */
public final class JsonSchemas {
    private static final Texts ENGLISH = Translations.labelsOnly().texts(Locale.ENGLISH);

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

    /**
     * A schema error as a message of the {@code problems} bundle ({@code schema.<key>} with the validator's
     * arguments), so it can be written in the vendor's language; a custom message or a kind of error the bundle
     * has no text for stays as the validator wrote it.
     */
    public static Message message(Error error) {
        String key = "schema." + error.getMessageKey();
        if (error.isCustomMessage() || error.getArguments() == null || !ENGLISH.has(key)) {
            return Texts.verbatim(error.getMessage());
        }
        return Message.of(key, Arrays.stream(error.getArguments()).map(String::valueOf).toArray());
    }

    /** A message of the library's bundles in English. */
    public static String english(Message message) {
        return ENGLISH.format(message);
    }

    /** Errors located by JSON pointer, formats asserted, messages in English: what every reader reports. */
    static SchemaRegistryConfig locatedConfig() {
        return SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
    }

    /**
     * Reads a hospital's configuration file (a policy, waivers) with {@code reader}, refusing files larger than
     * {@code maxBytes}.
     *
     * @throws ConfigurationException naming the {@code kind} of file and the file when it cannot be read
     */
    public static <T> T readFile(Path file, String kind, int maxBytes, BiFunction<InputStream, String, T> reader) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new ConfigurationException(kind + " " + file + " is larger than " + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return reader.apply(in, file.toString());
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A configuration document as a tree: strict JSON (duplicate keys and trailing content refused), at most
     * {@code maxBytes}, valid against the schema.
     *
     * @throws ConfigurationException naming the source, the line of a syntax error or the JSON pointer of every
     *                                schema problem
     */
    public static JsonNode readChecked(InputStream in, String source, String kind, Schema schema, int maxBytes) {
        JsonNode root;
        try {
            root = JsonMappers.UNTRUSTED.readTree(in.readNBytes(maxBytes + 1));
        } catch (JacksonException e) {
            throw new ConfigurationException(kind + " " + source + " is not valid JSON at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": "
                    + SafeText.clean(e.getOriginalMessage(), SafeText.MESSAGE_LIMIT), e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + kind + " " + source + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ConfigurationException(kind + " " + source + " is empty");
        }
        List<Error> errors = schema.validate(root);
        if (!errors.isEmpty()) {
            throw new ConfigurationException(kind + " " + source + " breaks the " + kind + " schema: "
                    + errors.stream().map(e -> "at " + pointer(e) + ": "
                            + SafeText.clean(e.getMessage(), SafeText.MESSAGE_LIMIT))
                    .collect(Collectors.joining("; ")));
        }
        return root;
    }

    /** The JSON pointer of the instance an error is about; {@code /} for the root. */
    public static String pointer(Error error) {
        String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        return pointer.isEmpty() ? "/" : pointer;
    }
}
