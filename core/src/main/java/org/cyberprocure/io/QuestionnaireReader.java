package org.cyberprocure.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SourceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads vendor questionnaires (JSON or CSV) and validates them against a question bank. Immutable and
 * thread-safe; {@link #withLimits} and {@link #withUnknownFields} return configured copies.
 *
 * <p>Vendor files are untrusted. Every problem is reported as an {@link InputRejectedException} with a reason
 * code, the source, a location and a message safe to show; no other exception escapes for bad input (only
 * {@code null} arguments raise {@link NullPointerException}). Input over a {@link ReaderLimits limit} is refused
 * as soon as the limit is crossed, without reading the rest.
 */
public final class QuestionnaireReader {
    /** Largest questionnaire file accepted by default, in bytes; see {@link ReaderLimits#maxFileBytes()}. */
    public static final int MAX_BYTES = (int) ReaderLimits.DEFAULT_MAX_FILE_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireReader.class);
    private static final Message JSON_ADVICE = Message.of("problem.advice.json");
    private static final Message CSV_ADVICE = Message.of("problem.advice.csv");

    /** What to do with a JSON field the format does not define. */
    public enum UnknownFields {
        /** Reject the file, naming each unknown field by its JSON pointer (the default). */
        REJECT,
        /** Ignore the field's content and return it as a warning (see {@link #readWithWarnings}). */
        WARN
    }

    private final Catalog catalog;
    private final ReaderLimits limits;
    private final UnknownFields unknownFields;
    private final ObjectMapper json;

    /** A reader for the given catalog's question bank, with the default limits, rejecting unknown fields. */
    public QuestionnaireReader(Catalog catalog) {
        this(catalog, ReaderLimits.defaults(), UnknownFields.REJECT);
    }

    private QuestionnaireReader(Catalog catalog, ReaderLimits limits, UnknownFields unknownFields) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
        this.json = limits.equals(ReaderLimits.defaults()) ? JsonMappers.UNTRUSTED : JsonMappers.untrusted(limits);
    }

    /** A reader like this one with other limits. */
    public QuestionnaireReader withLimits(ReaderLimits newLimits) {
        return new QuestionnaireReader(catalog, newLimits, unknownFields);
    }

    /** A reader like this one that treats unknown JSON fields as given. */
    public QuestionnaireReader withUnknownFields(UnknownFields mode) {
        return new QuestionnaireReader(catalog, limits, mode);
    }

    /** The limits this reader enforces. */
    public ReaderLimits limits() {
        return limits;
    }

    /** What this reader does with fields it does not know. */
    public UnknownFields unknownFields() {
        return unknownFields;
    }

    /**
     * Reads a file; the format follows the extension ({@code .json} or {@code .csv}). Warnings (only possible
     * with {@link UnknownFields#WARN}) are logged; use {@link #readWithWarnings(Path)} to show them to people.
     */
    public Questionnaire read(Path file) {
        return logged(readWithWarnings(file));
    }

    /** Reads a JSON questionnaire from a stream; {@code source} names it in error locations. */
    public Questionnaire readJson(InputStream in, String source) {
        return logged(readWithWarnings(in, source, Format.JSON));
    }

    /** Reads a CSV questionnaire from a stream; {@code source} names it in error locations. */
    public Questionnaire readCsv(InputStream in, String source) {
        return logged(readWithWarnings(in, source, Format.CSV));
    }

    /**
     * Validates a questionnaire built in code exactly as a file is validated: the header (required fields, lengths,
     * ISO 3166-1 alpha-2 vendor country, submission date between 1980 and 2150, product kind fitting the profile)
     * and the answers (known questions of the profile, accepted values, no duplicates, plausible dates). Problems
     * are located by the JSON pointer the field or answer would have in a file.
     * {@link org.cyberprocure.ComplianceChecker#evaluate} calls it for every questionnaire.
     *
     * @return the questionnaire with normalised answer values
     * @throws InputRejectedException listing every problem found
     */
    public Questionnaire check(Questionnaire questionnaire) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        List<Problem> problems = new ArrayList<>(QuestionnaireAssembler.headerProblems(questionnaire,
                questionnaire.id()));
        try {
            Questionnaire checked = QuestionnaireValidator.check(catalog, questionnaire);
            if (problems.isEmpty()) {
                return checked;
            }
        } catch (InputRejectedException e) {
            problems.addAll(e.problems());
        }
        throw new InputRejectedException(problems);
    }

    /** Reads a file and returns the questionnaire with the warnings the reader tolerated. */
    public ReadResult readWithWarnings(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Format format = Format.of(source);
        try {
            // Checked before opening, so an oversized file costs nothing.
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes()) {
                throw Utf8Input.tooLarge(source, limits.maxFileBytes()).toException();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readWithWarnings(in, source, format);
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
     * Reads a stream in the given format and returns the questionnaire with the warnings the reader tolerated.
     * The stream is read up to the file-size limit and not closed.
     *
     * @param source the stream's name, as shown in locations and messages
     */
    public ReadResult readWithWarnings(InputStream in, String source, Format format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        try {
            return switch (format) {
                case JSON -> JsonQuestionnaireParser.parse(Utf8Input.open(in, source, limits.maxFileBytes(),
                        JSON_ADVICE), source, catalog, json, limits, unknownFields);
                case CSV -> CsvQuestionnaireParser.parse(Utf8Input.open(in, source, limits.maxFileBytes(),
                        CSV_ADVICE), source, catalog, limits);
            };
        } catch (IOException e) {
            throw ReadRejection.in(e).map(ReadRejection::toException).orElseGet(() -> InputRejectedException.of(
                    Reason.UNREADABLE, SourceLocation.of(source), "problem.cannotReadStream",
                    String.valueOf(e.getMessage())));
        }
    }

    private static Questionnaire logged(ReadResult result) {
        for (Problem warning : result.warnings()) {
            LOG.warn("{}: {}", warning.location().describe(), warning.message());
        }
        return result.questionnaire();
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
            throw InputRejectedException.of(Reason.UNSUPPORTED_FORMAT, SourceLocation.of(fileName),
                    "problem.unsupportedType");
        }
    }
}
