package org.cyberprocure.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.SourceLocation;

/**
 * Reads back the assessment a {@link JsonReportRenderer} wrote ({@value JsonReportRenderer#FORMAT}), for example to
 * compare it with a resubmission. The file is treated as untrusted: bounded, strict JSON, the format checked, and
 * bound only to the assessment's own records (no type names are read).
 */
public final class AssessmentJsonReader {
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final long MAX_TOKENS = 20_000_000L;
    private static final ObjectMapper TREES = JsonMappers.untrusted(ReaderLimits.defaults().withMaxFileBytes(MAX_BYTES),
            MAX_TOKENS);

    private AssessmentJsonReader() {
    }

    /**
     * {@return whether the file looks like an assessment document (a {@code .json} naming the format near its start)}
     *
     * @param file the file to look at
     */
    public static boolean recognises(Path file) {
        if (!String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(512), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("\"" + JsonReportRenderer.FORMAT + "\"")
                    || head.contains("\"" + JsonReportRenderer.COMPACT_FORMAT + "\""); // refused by read, with why
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads an assessment document.
     *
     * @param file a JSON assessment document written by {@link JsonReportRenderer}
     * @return the assessment, as it was written (texts only: messages are not kept in JSON)
     * @throws InputRejectedException when the file cannot be read, is not JSON, is not an assessment document of a
     *                                format this version reads, or its assessment does not bind
     */
    public static Assessment read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = String.valueOf(file);
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputRejectedException(Reason.TOO_LARGE, SourceLocation.of(source),
                        "an assessment file larger than " + MAX_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                root = TREES.readTree(in);
            }
        } catch (JacksonException e) {
            throw new InputRejectedException(Reason.MALFORMED_JSON, e.getLocation() == null ? SourceLocation.of(source)
                    : SourceLocation.line(source, e.getLocation().getLineNr()),
                    SafeText.clean(e.getOriginalMessage(), SafeText.MESSAGE_LIMIT));
        } catch (IOException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source),
                    "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT, SourceLocation.of(source),
                    "not an assessment document (a JSON object)");
        }
        String format = root.path("format").asText("");
        if (JsonReportRenderer.COMPACT_FORMAT.equals(format)) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT, SourceLocation.jsonPointer(source, "/format"),
                    "a compact assessment document leaves out the catalog texts this needs: write the full form "
                            + "(evaluate --format json) to compare or diff it");
        }
        if (!JsonReportRenderer.FORMAT.equals(format)) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT, SourceLocation.jsonPointer(source, "/format"),
                    "format '" + SafeText.clean(format, 60) + "' is not " + JsonReportRenderer.FORMAT);
        }
        JsonNode assessment = root.path("assessment");
        try {
            return JsonMappers.TRUSTED.treeToValue(assessment, Assessment.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            String pointer = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                    ? "/assessment" + m.getPath().stream().map(r -> "/" + (r.getFieldName() != null
                    ? r.getFieldName() : String.valueOf(r.getIndex()))).reduce("", String::concat) : "/assessment";
            throw new InputRejectedException(Reason.SCHEMA_VIOLATION, SourceLocation.jsonPointer(source, pointer),
                    "the assessment does not bind: " + SafeText.clean(e instanceof JacksonException j
                            ? j.getOriginalMessage() : String.valueOf(e.getMessage()), SafeText.MESSAGE_LIMIT));
        }
    }
}
