package org.cyberprocure.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The project's Jackson configuration, built once. Every security-relevant feature is set explicitly so that a
 * Jackson upgrade cannot relax it silently.
 */
public final class JsonMappers {
    /** For untrusted vendor files: duplicate keys, trailing content and excessive nesting are errors. */
    public static final ObjectMapper UNTRUSTED = JsonMapper.builder(hardenedFactory())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
            .addModule(new JavaTimeModule())
            .build();

    /** For the project's own data files and for writing: strict too, and stable, indented output. */
    public static final ObjectMapper TRUSTED = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addModule(new JavaTimeModule())
            .build();

    private JsonMappers() {
    }

    private static JsonFactory hardenedFactory() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxStringLength(100_000)
                        .maxNumberLength(64)
                        .maxNameLength(256)
                        .maxDocumentLength(10L * 1024 * 1024)
                        .build())
                .build();
    }
}
