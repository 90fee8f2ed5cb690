package org.cyberprocure.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.SourceLocation;

/**
 * CSV questionnaires: one row per header field or answer, columns {@code key,value,comment,evidence}.
 * Header-field keys are lower case with a dot ({@code vendor.name}); every other key is a question id.
 * Evidence references are separated by {@code |}. UTF-8 (with or without BOM, see {@link Utf8Input}); comma or
 * semicolon.
 */
final class CsvQuestionnaireParser {
    static final String KEY = "key";
    static final String VALUE = "value";
    static final String COMMENT = "comment";
    static final String EVIDENCE = "evidence";
    static final String EVIDENCE_SEPARATOR = QuestionnaireValidator.EVIDENCE_SEPARATOR;
    private static final Set<String> COLUMNS = Set.of(KEY, VALUE, COMMENT, EVIDENCE);
    /** The header line is looked for in this many characters; a real one has about 30. */
    private static final int SNIFF_CHARS = 4096;
    private static final Pattern ERROR_LINE = Pattern.compile("(?:startline|line:?) (\\d{1,9})");

    private CsvQuestionnaireParser() {
    }

    static ReadResult parse(Reader text, String source, Catalog catalog, ReaderLimits limits) throws IOException {
        PushbackReader in = new PushbackReader(text, SNIFF_CHARS);
        char delimiter = sniffDelimiter(in);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(true)
                .get();
        QuestionnaireAssembler assembler = new QuestionnaireAssembler(source, limits.maxAnswers());
        CsvGuard guard = new CsvGuard(in, delimiter, source, limits.maxCsvFieldLength());
        try (CSVParser parser = format.parse(guard)) {
            checkColumns(parser.getHeaderNames(), source);
            guard.nextRecordLine(); // the header's
            Iterator<CSVRecord> records = parser.iterator();
            int count = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                SourceLocation location = SourceLocation.line(source, guard.nextRecordLine());
                if (++count > limits.maxCsvRecords()) {
                    throw InputRejectedException.of(Reason.TOO_LARGE, location, "problem.csv.tooManyRows",
                            limits.maxCsvRecords());
                }
                checkCellLengths(record, location, limits);
                read(record, location, assembler);
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw rejection(e, source);
        }
        return new ReadResult(assembler.build(catalog), List.of());
    }

    /**
     * commons-csv reports syntax errors as IOException (wrapped in UncheckedIOException while iterating) and bad
     * headers as IllegalArgumentException; a {@link ReadRejection} from below travels the same way.
     */
    private static InputRejectedException rejection(Exception e, String source) {
        Optional<ReadRejection> below = ReadRejection.in(e);
        if (below.isPresent()) {
            return below.get().toException();
        }
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        // commons-csv names the line in its messages; "startline" is where the unfinished quoted cell began.
        Matcher line = ERROR_LINE.matcher(message);
        SourceLocation location = line.find() ? SourceLocation.line(source, Integer.parseInt(line.group(1)))
                : cause instanceof IllegalArgumentException ? SourceLocation.line(source, 1) // the header
                : SourceLocation.of(source);
        if (message.contains("EOF reached before encapsulated token finished")) {
            return InputRejectedException.of(Reason.MALFORMED_CSV, location, "problem.csv.unclosedQuote");
        }
        if (message.contains("duplicate name")) {
            return InputRejectedException.of(Reason.MALFORMED_CSV, SourceLocation.line(source, 1),
                    "problem.csv.columnTwice"); // the parser's message quotes the file
        }
        return new InputRejectedException(Reason.MALFORMED_CSV, location, message);
    }

    private static void checkCellLengths(CSVRecord record, SourceLocation location, ReaderLimits limits) {
        for (String cell : record) {
            if (cell.length() > limits.maxCsvFieldLength()) {
                throw InputRejectedException.of(Reason.TOO_LARGE, location, "problem.csv.cellTooLong",
                        limits.maxCsvFieldLength());
            }
        }
    }

    private static void read(CSVRecord record, SourceLocation location, QuestionnaireAssembler assembler) {
        if (!record.isConsistent()) {
            throw InputRejectedException.of(Reason.MALFORMED_CSV, location, "problem.csv.rowCells", record.size(),
                    record.getParser().getHeaderNames().size());
        }
        String key = SafeText.unquoteCell(record.get(KEY)).strip();
        // A quote before a formula character was written by QuestionnaireWriter or a spreadsheet user: text.
        String value = SafeText.unquoteCell(record.get(VALUE));
        if (key.isEmpty()) {
            if (!value.isBlank()) {
                assembler.problem(Reason.INVALID_FIELD, location, "problem.csv.valueWithoutKey");
            }
            return;
        }
        if (key.contains(".") && key.equals(key.toLowerCase(java.util.Locale.ROOT))) {
            MetaField.byCsvKey(key).ifPresentOrElse(f -> assembler.field(f, value, location),
                    () -> assembler.problem(Reason.INVALID_FIELD, location, "problem.csv.unknownHeaderField", key,
                            Arrays.stream(MetaField.values()).map(f -> f.csvKey).toList().toString()));
            return;
        }
        String comment = SafeText.unquoteCell(optional(record, COMMENT));
        String evidence = SafeText.unquoteCell(optional(record, EVIDENCE));
        if (value.isBlank()) {
            if (!comment.isBlank() || !evidence.isBlank()) {
                assembler.problem(Reason.INVALID_VALUE, location, "problem.csv.commentWithoutValue", key);
            }
            return; // a question left unanswered, as in a blank template
        }
        assembler.answer(new Answer(key, value, comment, evidence(evidence), location));
    }

    private static void checkColumns(List<String> header, String source) {
        SourceLocation firstLine = SourceLocation.line(source, 1);
        if (header.size() == 1 && header.get(0).chars().anyMatch(c -> c == '\t' || c == '|')) {
            throw InputRejectedException.of(Reason.MALFORMED_CSV, firstLine, "problem.csv.notSplit");
        }
        // Columns are named by position, never by their text: a file that is no questionnaire at all (a system
        // account file, a key) must not have its first line echoed into a message or a log.
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!COLUMNS.contains(header.get(i))) {
                unknown.add(i + 1);
            }
        }
        if (!unknown.isEmpty()) {
            throw InputRejectedException.of(Reason.MALFORMED_CSV, firstLine, unknown.size() == 1
                    ? "problem.csv.unknownColumn" : "problem.csv.unknownColumns",
                    unknown.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!header.contains(KEY) || !header.contains(VALUE)) {
            throw InputRejectedException.of(Reason.MALFORMED_CSV, firstLine, "problem.csv.keyAndValue");
        }
    }

    private static String optional(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column) : "";
    }

    private static List<String> evidence(String cell) {
        return Arrays.stream(cell.split(java.util.regex.Pattern.quote(EVIDENCE_SEPARATOR))).map(String::strip)
                .filter(e -> !e.isEmpty()).toList();
    }

    /** Semicolon when the header line has semicolons and no commas (EU spreadsheet exports), else comma. */
    private static char sniffDelimiter(PushbackReader in) throws IOException {
        char[] head = new char[SNIFF_CHARS];
        int n = 0;
        int read;
        while (n < head.length && (read = in.read(head, n, head.length - n)) > 0) {
            n += read;
            if (new String(head, 0, n).indexOf('\n') >= 0) {
                break;
            }
        }
        if (n > 0) {
            in.unread(head, 0, n);
        }
        String text = new String(head, 0, n);
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }
}
