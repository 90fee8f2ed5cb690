package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.BundledSchemas;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.internal.JsonSchemas;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SourceLocation;

/**
 * The hardened read of an untrusted JSON document that SBOM and VEX readers share: bounded file size, strict UTF-8,
 * parser limits (at most one token per {@value #BYTES_PER_TOKEN} bytes of the file-size limit), duplicate keys
 * refused, and validation against an official schema that refuses structural violations and returns format
 * violations as warnings.
 */
final class BoundedJson {
    /** The file-size limit divided by this bounds the JSON tokens, and with them the memory of the parsed tree. */
    static final int BYTES_PER_TOKEN = 8;
    /** Schema violations (and format warnings) reported at most; the rest are counted. */
    static final int MAX_REPORTED_VIOLATIONS = 50;

    private final ReaderLimits limits;
    private final ObjectMapper json;

    BoundedJson(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = JsonMappers.untrusted(limits, Math.max(1_024, limits.maxFileBytes() / BYTES_PER_TOKEN));
    }

    ReaderLimits limits() {
        return limits;
    }

    static String sourceName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Opens the file, refusing it unread when it is over the size limit, and reads it with {@code read}. */
    <T> T readFile(Path file, Function<InputStream, T> read) {
        String source = sourceName(file);
        try {
            // Checked before opening, so an oversized file costs nothing.
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes()) {
                throw Utf8Input.tooLarge(source, limits.maxFileBytes()).toException();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read.apply(in);
            }
        } catch (NoSuchFileException e) {
            throw InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.fileNotFound",
                    file.toString());
        } catch (IOException | SecurityException e) {
            throw InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.cannotRead",
                    file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * The JSON object in the stream, up to the file-size limit; the stream is not closed.
     *
     * @param what   what the document is, e.g. "an SBOM", for the message when the value is not an object
     * @param advice what to do about another encoding
     */
    JsonNode readObject(InputStream in, String source, Message what, Message advice) {
        try {
            return JsonTrees.readObject(Utf8Input.open(in, source, limits.maxFileBytes(), advice), source, json, what);
        } catch (IOException e) {
            throw ReadRejection.in(e).map(ReadRejection::toException).orElseGet(() -> InputRejectedException.of(
                    Reason.UNREADABLE, SourceLocation.of(source), "problem.cannotReadStream",
                    String.valueOf(e.getMessage())));
        }
    }

    /** Refuses a document that breaks the schema's structure, each violation located; returns its format warnings. */
    static List<String> validate(JsonNode root, String source, Schema schema, String schemaName) {
        BundledSchemas.Outcome outcome = BundledSchemas.check(schema, root);
        List<String> warnings = new ArrayList<>();
        List<Error> formatErrors = outcome.formatWarnings();
        for (Error error : formatErrors.subList(0, Math.min(formatErrors.size(), MAX_REPORTED_VIOLATIONS))) {
            warnings.add(SafeText.clean(JsonSchemas.pointer(error) + ": " + error.getMessage(),
                    SafeText.NAME_LIMIT));
        }
        if (formatErrors.size() > MAX_REPORTED_VIOLATIONS) {
            warnings.add((formatErrors.size() - MAX_REPORTED_VIOLATIONS) + " more format warnings not listed");
        }
        List<Error> errors = outcome.violations();
        if (errors.isEmpty()) {
            return warnings;
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : errors.subList(0, Math.min(errors.size(), MAX_REPORTED_VIOLATIONS))) {
            problems.add(new Problem(Reason.SCHEMA_VIOLATION,
                    SourceLocation.jsonPointer(source, JsonSchemas.pointer(error)),
                    schemaName + " schema: " + error.getMessage(),
                    Message.of("problem.schemaNamed", schemaName, JsonSchemas.message(error))));
        }
        if (errors.size() > MAX_REPORTED_VIOLATIONS) {
            problems.add(Problem.of(Reason.SCHEMA_VIOLATION, SourceLocation.of(source), "problem.schemaMore",
                    errors.size() - MAX_REPORTED_VIOLATIONS));
        }
        throw new InputRejectedException(problems);
    }
}
