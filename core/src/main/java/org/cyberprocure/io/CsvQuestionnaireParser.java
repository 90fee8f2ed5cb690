package org.cyberprocure.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;

/**
 * CSV questionnaires: one row per header field or answer, columns {@code key,value,comment,evidence}.
 * Header-field keys are lower case with a dot ({@code vendor.name}); every other key is a question id.
 * Evidence references are separated by {@code |}. UTF-8 (with or without BOM); comma or semicolon.
 */
final class CsvQuestionnaireParser {
    static final String KEY = "key";
    static final String VALUE = "value";
    static final String COMMENT = "comment";
    static final String EVIDENCE = "evidence";
    static final String EVIDENCE_SEPARATOR = QuestionnaireValidator.EVIDENCE_SEPARATOR;
    private static final Set<String> COLUMNS = Set.of(KEY, VALUE, COMMENT, EVIDENCE);

    private CsvQuestionnaireParser() {
    }

    static Questionnaire parse(byte[] content, String source, Catalog catalog) {
        String text = decode(content, source);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(sniffDelimiter(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(true)
                .get();
        QuestionnaireAssembler assembler = new QuestionnaireAssembler(source);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            checkColumns(parser.getHeaderNames(), source);
            long previousLine = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                SourceLocation location = SourceLocation.line(source, (int) previousLine + 1);
                previousLine = parser.getCurrentLineNumber();
                read(record, location, assembler);
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports syntax errors (e.g. an unterminated quote) and bad headers this way.
            String message = e.getCause() != null && e instanceof UncheckedIOException
                    ? e.getCause().getMessage() : e.getMessage();
            throw new InputRejectedException(Reason.MALFORMED_CSV, SourceLocation.of(source),
                    String.valueOf(message));
        }
        return assembler.build(catalog);
    }

    private static void read(CSVRecord record, SourceLocation location, QuestionnaireAssembler assembler) {
        if (!record.isConsistent()) {
            throw new InputRejectedException(Reason.MALFORMED_CSV, location, "the row has " + record.size()
                    + " cells but the header names " + record.getParser().getHeaderNames().size() + " columns");
        }
        String key = record.get(KEY).strip();
        String value = record.get(VALUE);
        if (key.isEmpty()) {
            if (!value.isBlank()) {
                assembler.problem(Reason.INVALID_FIELD, location, "a value without a key");
            }
            return;
        }
        if (key.contains(".") && key.equals(key.toLowerCase(java.util.Locale.ROOT))) {
            MetaField.byCsvKey(key).ifPresentOrElse(f -> assembler.field(f, value, location),
                    () -> assembler.problem(Reason.INVALID_FIELD, location, "unknown header field '" + key
                            + "'; expected one of: " + Arrays.stream(MetaField.values()).map(f -> f.csvKey).toList()));
            return;
        }
        String comment = optional(record, COMMENT);
        String evidence = optional(record, EVIDENCE);
        if (value.isBlank()) {
            if (!comment.isBlank() || !evidence.isBlank()) {
                assembler.problem(Reason.INVALID_VALUE, location, "question " + key
                        + " has a comment or evidence but no value; give the answer or clear the row");
            }
            return; // a question left unanswered, as in a blank template
        }
        assembler.answer(new Answer(key, value, comment, evidence(evidence), location));
    }

    private static void checkColumns(List<String> header, String source) {
        SourceLocation firstLine = SourceLocation.line(source, 1);
        Set<String> unknown = new TreeSet<>(header);
        unknown.removeAll(COLUMNS);
        if (!unknown.isEmpty()) {
            throw new InputRejectedException(Reason.MALFORMED_CSV, firstLine, "unknown column(s) " + unknown
                    + "; expected key, value, comment, evidence");
        }
        if (!header.contains(KEY) || !header.contains(VALUE)) {
            throw new InputRejectedException(Reason.MALFORMED_CSV, firstLine,
                    "the header must name the columns key and value (and optionally comment, evidence)");
        }
    }

    private static String optional(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column) : "";
    }

    private static List<String> evidence(String cell) {
        return Arrays.stream(cell.split(java.util.regex.Pattern.quote(EVIDENCE_SEPARATOR))).map(String::strip)
                .filter(e -> !e.isEmpty()).toList();
    }

    private static char sniffDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static String decode(byte[] content, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source),
                    "the file is not UTF-8 encoded; export it as \"CSV UTF-8\"");
        }
    }
}
