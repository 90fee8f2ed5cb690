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
import org.cyberprocure.io.ReaderLimits;

/**
 * The project's Jackson configuration, built once. Every security-relevant feature is set explicitly so that a
 * Jackson upgrade cannot relax it silently.
 */
public final class JsonMappers {
    /** For untrusted files with the default {@link ReaderLimits}; see {@link #untrusted(ReaderLimits)}. */
    public static final ObjectMapper UNTRUSTED = untrusted(ReaderLimits.defaults());

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

    /** Longest JSON field name in untrusted input; the format's longest is 13. */
    public static final int MAX_NAME_LENGTH = 256;

    private JsonMappers() {
    }

    /**
     * A mapper for untrusted files: duplicate keys and trailing content are errors, and nesting, string, number,
     * name and document length and the token count are bounded by the limits. Only ever used to read trees
     * ({@code readTree}), never to bind to classes; default typing stays off, so no type name in the input can
     * pick a class.
     */
    public static ObjectMapper untrusted(ReaderLimits limits) {
        return untrusted(limits, limits.maxJsonTokens());
    }

    /** Like {@link #untrusted(ReaderLimits)}, with a token count of its own (formats that are not questionnaires). */
    public static ObjectMapper untrusted(ReaderLimits limits, long maxTokens) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(limits.maxFileBytes())
                        .maxTokenCount(maxTokens)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
                .addModule(new JavaTimeModule())
                .build();
    }
}
