package org.cyberprocure.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;

/**
 * Reads vendor questionnaires (JSON or CSV) and validates them against a question bank. Immutable and
 * thread-safe. Every problem is reported as an {@link InputRejectedException} with its location; no other
 * exception escapes for bad input.
 */
public final class QuestionnaireReader {
    /** Largest questionnaire file accepted, in bytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Catalog catalog;

    public QuestionnaireReader(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Reads a file; the format follows the extension ({@code .json} or {@code .csv}). */
    public Questionnaire read(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Format format = Format.of(source);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, format);
        } catch (NoSuchFileException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source), "file not found: " + file);
        } catch (IOException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source),
                    "cannot read " + file + ": " + e.getMessage());
        }
    }

    public Questionnaire readJson(InputStream in, String source) {
        return read(in, source, Format.JSON);
    }

    public Questionnaire readCsv(InputStream in, String source) {
        return read(in, source, Format.CSV);
    }

    private Questionnaire read(InputStream in, String source, Format format) {
        byte[] content = boundedRead(in, source);
        return switch (format) {
            case JSON -> JsonQuestionnaireParser.parse(content, source, catalog);
            case CSV -> CsvQuestionnaireParser.parse(content, source, catalog);
        };
    }

    private static byte[] boundedRead(InputStream in, String source) {
        try {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new InputRejectedException(Reason.TOO_LARGE, SourceLocation.of(source),
                        "the file is larger than " + MAX_BYTES + " bytes");
            }
            if (content.length == 0) {
                throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source), "the file is empty");
            }
            return content;
        } catch (IOException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source),
                    "cannot read: " + e.getMessage());
        }
    }

    /** The questionnaire file formats. */
    public enum Format {
        JSON, CSV;

        /** The format a file name's extension tells. */
        public static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return JSON;
            }
            if (lower.endsWith(".csv")) {
                return CSV;
            }
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT, SourceLocation.of(fileName),
                    "unsupported file type; use .json or .csv");
        }
    }
}
