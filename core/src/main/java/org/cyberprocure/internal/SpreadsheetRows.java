package org.cyberprocure.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.SourceLocation;

/**
 * Rows of trimmed cell strings from an untrusted spreadsheet: an XLSX workbook (Apache POI) or a CSV export
 * (commons-csv, strict UTF-8). Shared by the vendor-form readers (MDS2, CAIQ), which find their columns by header.
 *
 * <p>Hardened like the questionnaire readers: the file size is checked before the file is opened; an XLSX is
 * unzipped once in a bounded pre-scan (entry count, total inflated size), then read as a stream ({@link
 * XlsxStream}) that enforces rows, columns, cell length, cells, characters and inflated bytes per part while it
 * parses; a CSV export is bounded the same way, blank lines counting toward the row limit. Encrypted, legacy (.xls) or corrupt workbooks and non-UTF-8 CSV
 * are refused with an {@link InputRejectedException} that names the place; no POI or commons-csv exception
 * escapes. Formulas are never evaluated: a formula cell reads as the value Excel last saved with it.
 */
public final class SpreadsheetRows {
    /** Most columns read per row; vendor forms have fewer than twenty. */
    public static final int MAX_COLUMNS = 64;
    /** Most worksheets in a workbook. */
    public static final int MAX_SHEETS = 64;
    /** Most zip entries in an XLSX; a real workbook has a few dozen. */
    static final int MAX_ZIP_ENTRIES = 1_000;
    /** Most bytes an XLSX may inflate to, in total; a real vendor form inflates to a few MiB. */
    static final long MAX_INFLATED_BYTES = XlsxStream.MAX_INFLATED_BYTES;

    private SpreadsheetRows() {
    }

    /**
     * One row: its 1-based number (spreadsheet row or CSV line) and its cells, trimmed, blank cells as "".
     */
    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }

        /** The cell at a 0-based column, or "" beyond the row's end. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /**
     * A worksheet (or a whole CSV file, with an empty sheet name).
     *
     * @param source the file name
     * @param sheet  the worksheet's name, or empty for CSV
     * @param lines  the non-blank rows, in order
     */
    public record Table(String source, String sheet, List<Line> lines) {
        public Table {
            lines = List.copyOf(lines);
        }

        /** Where a cell is: {@code f.xlsx, sheet 'X', row 4, column C} or {@code f.csv, line 4, column 3}. */
        public SourceLocation location(Line line, int column) {
            return sheet.isEmpty() ? new SourceLocation(source, line.number(), column + 1, "")
                    : SourceLocation.cell(source, sheet, line.number(), column + 1);
        }

        /** Where a row is. */
        public SourceLocation location(Line line) {
            return sheet.isEmpty() ? SourceLocation.line(source, line.number())
                    : SourceLocation.cell(source, sheet, line.number(), 0);
        }
    }

    /** The spreadsheet formats. */
    public enum Kind {
        XLSX, CSV;

        /** The kind a file name's extension tells, if any. */
        public static java.util.Optional<Kind> of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                return java.util.Optional.of(XLSX);
            }
            return lower.endsWith(".csv") ? java.util.Optional.of(CSV) : java.util.Optional.empty();
        }
    }

    /** Reads a file's bytes, checking its size before opening it. */
    public static byte[] readFile(Path file, String source, ReaderLimits limits) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes()) {
                throw tooLarge(source, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readBounded(in, source, limits);
            }
        } catch (NoSuchFileException e) {
            throw InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.fileNotFound",
                    file.toString());
        } catch (IOException | SecurityException e) {
            throw InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.cannotRead",
                    file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Reads a stream up to the file-size limit (one byte more is a rejection); the stream is not closed. */
    public static byte[] readBounded(InputStream in, String source, ReaderLimits limits) {
        try {
            long max = limits.maxFileBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(source, limits);
            }
            if (bytes.length == 0) {
                throw InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.cannotReadStream",
                    String.valueOf(e.getMessage()));
        }
    }

    /** Whether the bytes are a zip container (XLSX), judged by their first bytes. */
    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Every worksheet of an XLSX workbook, in workbook order. */
    public static List<Table> xlsx(byte[] bytes, String source, ReaderLimits limits) {
        OptionalDependencies.requirePoi(); // POI is optional: name it rather than fail with NoClassDefFoundError
        SourceLocation whole = SourceLocation.of(source);
        if (!looksLikeZip(bytes)) {
            throw new InputRejectedException(Reason.UNSUPPORTED_FORMAT, whole, notXlsx(bytes));
        }
        preScan(bytes, source);
        return XlsxStream.read(bytes, source, limits);
    }

    /** Why bytes that are no zip are not an XLSX workbook. */
    private static String notXlsx(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                if (fs.getRoot().hasEntry("EncryptionInfo")) {
                    return "the workbook is password-protected (encrypted); save it without a password to open";
                }
            } catch (IOException | RuntimeException e) {
                return "the file is a damaged OLE2 document, not an XLSX workbook";
            }
            return "the file is a legacy Excel 97-2003 (.xls) workbook; save it as .xlsx";
        }
        return "the file is not an XLSX workbook (it is no zip container)";
    }

    /**
     * Inflates every zip entry once, counting bytes, before any part is parsed: a zip bomb is refused after at
     * most {@link #MAX_INFLATED_BYTES} bytes of work, whatever its headers claim.
     */
    private static void preScan(byte[] bytes, String source) {
        SourceLocation whole = SourceLocation.of(source);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw InputRejectedException.of(Reason.TOO_LARGE, whole, "problem.sheet.parts", MAX_ZIP_ENTRIES);
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw InputRejectedException.of(Reason.TOO_LARGE, whole, "problem.sheet.inflates",
                                MAX_INFLATED_BYTES / (1024 * 1024));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputRejectedException rejected) {
                throw rejected;
            }
            throw InputRejectedException.of(Reason.UNREADABLE, whole, "problem.sheet.damaged");
        }
        if (entries == 0) {
            throw InputRejectedException.of(Reason.UNREADABLE, whole, "problem.sheet.emptyZip");
        }
    }

    /** A CSV export: strict UTF-8 (BOM allowed), comma, semicolon or tab separated, RFC 4180 quoting. */
    public static Table csv(byte[] bytes, String source, ReaderLimits limits) {
        String text = utf8(bytes, source);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<Line> lines = new ArrayList<>();
        LineCounter counter = new LineCounter(text);
        long cells = 0;
        long chars = 0;
        int line = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                line = counter.lineAt(record.getCharacterPosition());
                if (line > limits.maxCsvRecords()) { // blank lines count: the line number is the row
                    throw InputRejectedException.of(Reason.TOO_LARGE, SourceLocation.line(source, line),
                            "problem.sheet.lines", limits.maxCsvRecords());
                }
                if (record.size() > MAX_COLUMNS) {
                    throw InputRejectedException.of(Reason.TOO_LARGE, SourceLocation.line(source, line),
                            "problem.sheet.columns", MAX_COLUMNS);
                }
                List<String> row = new ArrayList<>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    String cell = record.get(i).strip();
                    if (cell.length() > limits.maxCsvFieldLength()) {
                        throw InputRejectedException.of(Reason.TOO_LARGE, new SourceLocation(source, line, i + 1,
                                ""), "problem.csv.cellTooLong", limits.maxCsvFieldLength());
                    }
                    cells += cell.isEmpty() ? 0 : 1;
                    chars += cell.length();
                    row.add(cell);
                }
                if (chars > XlsxStream.MAX_TEXT_CHARS || cells > (long) limits.maxCsvRecords() * MAX_COLUMNS) {
                    throw InputRejectedException.of(Reason.TOO_LARGE, SourceLocation.line(source, line),
                            "problem.sheet.text", XlsxStream.MAX_TEXT_CHARS);
                }
                Line parsed = new Line(line, row);
                if (!parsed.isBlank()) {
                    lines.add(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputRejectedException rejected) {
                throw rejected;
            }
            Throwable cause = e.getCause() != null && !(e instanceof IOException) ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage());
            throw message.contains("EOF reached before encapsulated token finished")
                    ? InputRejectedException.of(Reason.MALFORMED_CSV, SourceLocation.line(source, line),
                            "problem.csv.unclosedQuote")
                    : InputRejectedException.of(Reason.MALFORMED_CSV, SourceLocation.line(source, line),
                            "problem.sheet.csv", message);
        }
        return new Table(source, "", lines);
    }

    /** Strict UTF-8; the first byte that is not UTF-8 is located by line and column. */
    static String utf8(byte[] bytes, String source) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw InputRejectedException.of(Reason.BAD_ENCODING, SourceLocation.of(source), "problem.sheet.utf16");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw InputRejectedException.of(Reason.BAD_ENCODING, new SourceLocation(source, line, column, ""),
                    "problem.sheet.notUtf8", String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xFF),
                    line, column);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The separator of the first line: semicolon or tab when they occur there and commas do not. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        if (first.indexOf(';') >= 0) {
            return ';';
        }
        return first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** Line numbers of record starts, counted forwards once (records arrive in order). */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long start) {
            int target = (int) Math.min(start, text.length());
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++; // the parser's position can point at skipped empty lines before the record
            }
            for (; position < target; position++) {
                char c = text.charAt(position);
                if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }

    private static InputRejectedException tooLarge(String source, ReaderLimits limits) {
        return InputRejectedException.of(Reason.TOO_LARGE, SourceLocation.of(source), "problem.sheet.tooLarge",
                limits.maxFileBytes());
    }
}
