package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a value came from, so that errors and findings can point the vendor at it.
 *
 * @param source  the file or stream name as given by the caller
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param pointer JSON pointer (RFC 6901), or empty for non-JSON sources
 * @param sheet   the worksheet of a spreadsheet (then {@code line} is its 1-based row), or empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceLocation(String source, int line, int column, String pointer, String sheet) {
    /** Checks the components; see the type description for their meaning. */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        pointer = pointer == null ? "" : pointer;
        sheet = sheet == null ? "" : sheet;
    }

    /** A location in a file without worksheets. */
    public SourceLocation(String source, int line, int column, String pointer) {
        this(source, line, column, pointer, "");
    }

    /** A cell of a spreadsheet: 1-based row and column. */
    public static SourceLocation cell(String source, String sheet, int row, int column) {
        return new SourceLocation(source, row, column, "", sheet);
    }

    /** A location known only by its source (e.g. a questionnaire built in code). */
    public static SourceLocation of(String source) {
        return new SourceLocation(source, 0, 0, "");
    }

    /** A line of a text file (CSV). */
    public static SourceLocation line(String source, int line) {
        return new SourceLocation(source, line, 0, "");
    }

    /** A place in a JSON document, by JSON pointer (RFC 6901). */
    public static SourceLocation jsonPointer(String source, String pointer) {
        return new SourceLocation(source, 0, 0, pointer);
    }

    /** Human-readable form, e.g. {@code vendor.csv, line 7} or {@code vendor.json at /answers/3/value}. */
    public String describe() {
        StringBuilder text = new StringBuilder(source);
        if (!sheet.isEmpty()) {
            text.append(", sheet '").append(sheet).append('\'');
        }
        if (line > 0) {
            text.append(sheet.isEmpty() ? ", line " : ", row ").append(line);
            if (column > 0) {
                text.append(", column ").append(sheet.isEmpty() ? String.valueOf(column) : columnLetters(column));
            }
        }
        if (!pointer.isEmpty()) {
            text.append(" at ").append(pointer);
        }
        return text.toString();
    }

    /** The same as {@link #describe()}, as a message a report writes in its language (keys {@code location.*}). */
    public Message message() {
        Message where;
        if (!sheet.isEmpty()) {
            where = line <= 0 ? Message.of("location.sheet", source, sheet)
                    : column <= 0 ? Message.of("location.sheetRow", source, sheet, line)
                    : Message.of("location.sheetCell", source, sheet, line, columnLetters(column));
        } else if (line > 0) {
            where = column <= 0 ? Message.of("location.line", source, line)
                    : Message.of("location.lineColumn", source, line, column);
        } else {
            where = Message.of("location.file", source);
        }
        return pointer.isEmpty() ? where : Message.of("location.pointer", where, pointer);
    }

    /**
     * Reading order within one source: sheet, line, column, then JSON pointer with array indexes compared as
     * numbers ({@code /answers/9} before {@code /answers/10}); a location without line or pointer (the whole
     * file) comes first.
     */
    public static Comparator<SourceLocation> readingOrder() {
        return Comparator.comparing(SourceLocation::source).thenComparing(SourceLocation::sheet)
                .thenComparingInt(SourceLocation::line).thenComparingInt(SourceLocation::column)
                .thenComparing(SourceLocation::pointer, SourceLocation::comparePointers);
    }

    private static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("[0-9]{1,9}") && right[i].matches("[0-9]{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    /** The column as a spreadsheet names it (1 → A, 27 → AA); empty when the column is unknown. */
    public String columnName() {
        return column > 0 ? columnLetters(column) : "";
    }

    /** Spreadsheet column name: 1 → A, 27 → AA. */
    private static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
