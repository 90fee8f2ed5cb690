package org.cyberprocure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.SpreadsheetRows;
import org.cyberprocure.internal.SpreadsheetRows.Kind;
import org.cyberprocure.internal.SpreadsheetRows.Table;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.SourceLocation;

/**
 * A vendor form file (XLSX workbook or CSV export) parsed once, within the reader limits, so that a tool can ask
 * each form reader whether it recognises the file and then read it without parsing it again:
 *
 * <pre>{@code
 * FormFile file = FormFile.read(path, ReaderLimits.defaults());
 * Questionnaire q = checker.caiqReader().recognises(file) ? checker.caiqReader().read(file)
 *         : checker.mds2Reader().read(file);
 * }</pre>
 *
 * <p>Immutable. What a form reader builds from it is bounded too: at most {@link #MAX_UNKNOWN_IDS} item ids the
 * form does not define.
 */
public final class FormFile {
    /**
     * Most item ids a form may carry that its mapping does not define; a real form has a handful (a newer
     * revision, a vendor's own rows). Thousands mean another questionnaire, and would only bloat the report.
     */
    public static final int MAX_UNKNOWN_IDS = 200;
    /** The header line of a questionnaire CSV is looked for in this many bytes; a real one has about 30. */
    private static final int HEADER_LINE_BYTES = 4096;

    private final String source;
    private final List<Table> tables;

    private FormFile(String source, List<Table> tables) {
        this.source = source;
        this.tables = List.copyOf(tables);
    }

    /**
     * Reads a form file: an XLSX workbook when it is a zip container or named {@code .xlsx}, else a CSV export.
     * The file size is checked before it is opened.
     *
     * @throws InputRejectedException for anything unreadable or over a limit
     */
    public static FormFile read(Path file, ReaderLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        String source = sourceName(file);
        byte[] bytes = SpreadsheetRows.readFile(file, source, limits);
        boolean xlsx = SpreadsheetRows.looksLikeZip(bytes) || Kind.of(source).filter(k -> k == Kind.XLSX).isPresent();
        return parse(bytes, source, xlsx ? Kind.XLSX : Kind.CSV, limits);
    }

    /**
     * Whether a {@code .csv} file starts with the header line of the questionnaire CSV format ({@code key,value,
     * comment,evidence} in any order, comma or semicolon), judged from its first line only: a tool can then hand
     * it to the questionnaire reader without parsing it as a form. Never throws for bad input.
     */
    public static boolean startsLikeQuestionnaireCsv(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_LINE_BYTES);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        String[] columns = first.split(first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ";" : ",", -1);
        Set<String> names = new HashSet<>();
        for (String column : columns) {
            names.add(column.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return names.contains("key") && names.contains("value");
    }

    static FormFile parse(byte[] bytes, String source, Kind kind, ReaderLimits limits) {
        List<Table> tables = kind == Kind.XLSX ? SpreadsheetRows.xlsx(bytes, source, limits)
                : List.of(SpreadsheetRows.csv(bytes, source, limits));
        if (tables.isEmpty()) {
            throw InputRejectedException.of(Reason.INVALID_FIELD, SourceLocation.of(source), "problem.form.noSheet");
        }
        return new FormFile(source, tables);
    }

    /** The file name as shown in locations. */
    public String source() {
        return source;
    }

    List<Table> tables() {
        return tables;
    }

    static String sourceName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Refuses a form with more unknown item ids than {@link #MAX_UNKNOWN_IDS}, at the first one over the limit. */
    static void checkUnknown(String form, List<FormItem> unknown) {
        if (unknown.size() > MAX_UNKNOWN_IDS) {
            throw InputRejectedException.of(Reason.TOO_LARGE, unknown.get(MAX_UNKNOWN_IDS).location(),
                    "problem.form.tooManyUnknown", MAX_UNKNOWN_IDS, String.valueOf(form));
        }
    }
}
