package org.cyberprocure.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates XLSX workbooks by writing their XML parts with {@code java.util.zip}: huge, blank, sparse or otherwise
 * hostile sheets cost a few lines here and milliseconds to make, instead of large binaries in git. Each case is a
 * small MDS2 form (the items of {@link Mds2ReaderTest#MAPPING}) plus what makes it hostile.
 */
final class HostileWorkbooks {
    /** The rows of a valid small MDS2, starting at row 1: header, then the DOC items and one answered item. */
    static final String[][] FORM = {
        {"Question ID", "Question", "Answer", "Note"},
        {"DOC-1", "Manufacturer", "Kestrel Medical", ""},
        {"DOC-3", "Model", "IP-300", ""},
        {"DOC-4", "Document id", "KMD-1", ""},
        {"DOC-7", "Release date", "2026-09-15", ""},
        {"STCF-1", "Encrypts data at rest?", "Yes", ""},
    };

    private HostileWorkbooks() {
    }

    /** Writes the body of a part. */
    @FunctionalInterface
    interface Part {
        void write(Writer out) throws IOException;
    }

    /** A workbook builder: sheets in order, optional shared strings and extra raw parts. */
    static final class Book {
        private final Map<String, Part> sheets = new LinkedHashMap<>();
        private final Map<String, Part> extra = new LinkedHashMap<>();
        private Part sharedStrings;
        private String styles;

        Book sheet(String name, Part rows) {
            sheets.put(name, out -> {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns="
                        + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                rows.write(out);
                out.write("</sheetData></worksheet>");
            });
            return this;
        }

        /** Raw shared strings: {@code <si>} elements written by the part. */
        Book sharedStrings(Part items) {
            sharedStrings = out -> {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns="
                        + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                items.write(out);
                out.write("</sst>");
            };
            return this;
        }

        /** A styles part as given (cell formats, number formats). */
        Book styles(String xml) {
            styles = xml;
            return this;
        }

        /** A part written as given (e.g. a sheet with a DOCTYPE), replacing a generated one of the same name. */
        Book raw(String name, String content) {
            extra.put(name, out -> out.write(content));
            return this;
        }

        byte[] build() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                Map<String, Part> parts = new LinkedHashMap<>();
                parts.put("[Content_Types].xml", out -> out.write("<?xml version=\"1.0\"?><Types xmlns=\"http://"
                        + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                        + "ContentType=\"application/xml\"/></Types>"));
                parts.put("_rels/.rels", out -> out.write(rels(List.<String[]>of(new String[] {"rId1",
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                        "xl/workbook.xml"}))));
                List<String[]> relations = new ArrayList<>();
                StringBuilder book = new StringBuilder("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas."
                        + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships\"><sheets>");
                int n = 0;
                for (Map.Entry<String, Part> sheet : sheets.entrySet()) {
                    n++;
                    book.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n)
                            .append("\" r:id=\"rId").append(n).append("\"/>");
                    relations.add(new String[] {"rId" + n, "http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/worksheet", "worksheets/sheet" + n + ".xml"});
                    parts.put("xl/worksheets/sheet" + n + ".xml", sheet.getValue());
                }
                book.append("</sheets></workbook>");
                parts.put("xl/workbook.xml", out -> out.write(book.toString()));
                if (sharedStrings != null) {
                    relations.add(new String[] {"rIdS", "http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/sharedStrings", "sharedStrings.xml"});
                    parts.put("xl/sharedStrings.xml", sharedStrings);
                }
                if (styles != null) {
                    relations.add(new String[] {"rIdT", "http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/styles", "styles.xml"});
                    parts.put("xl/styles.xml", out -> out.write(styles));
                }
                parts.put("xl/_rels/workbook.xml.rels", out -> out.write(rels(relations)));
                parts.putAll(extra);
                for (Map.Entry<String, Part> part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    part.getValue().write(out);
                    out.flush();
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private static String rels(List<String[]> relations) {
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\">");
            for (String[] r : relations) {
                s.append("<Relationship Id=\"").append(r[0]).append("\" Type=\"").append(r[1])
                        .append("\" Target=\"").append(r[2]).append("\"/>");
            }
            return s.append("</Relationships>").toString();
        }
    }

    /** A cell reference such as {@code BL17} for a 0-based column and a 1-based row. */
    static String ref(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    /** An inline-string cell. */
    static String cell(int column, int row, String text) {
        return "<c r=\"" + ref(column, row) + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** The small MDS2 form's rows, from row 1. */
    static void form(Writer out) throws IOException {
        for (int r = 0; r < FORM.length; r++) {
            out.write("<row r=\"" + (r + 1) + "\">");
            for (int c = 0; c < FORM[r].length; c++) {
                if (!FORM[r][c].isEmpty()) {
                    out.write(cell(c, r + 1, FORM[r][c]));
                }
            }
            out.write("</row>");
        }
    }

    /** The small form alone. */
    static byte[] normalForm() {
        return new Book().sheet("MDS2", HostileWorkbooks::form).build();
    }

    /** A form of real size: the small form, then 250 item rows (unknown ids) with question text and a note. */
    static byte[] realSizeForm() {
        return new Book().sheet("MDS2", out -> {
            form(out);
            for (int r = FORM.length + 1; r <= FORM.length + 150; r++) {
                out.write("<row r=\"" + r + "\">" + cell(0, r, "Section " + r) + "</row>");
            }
        }).sheet("Notes", out -> {
            for (int r = 1; r <= 250; r++) {
                out.write("<row r=\"" + r + "\">" + cell(0, r, "Remark " + r) + cell(1, r,
                        "The device encrypts stored patient data with AES-256; keys are kept in a TPM. ".repeat(3))
                        + "</row>");
            }
        }).build();
    }

    /**
     * The limit workbook: the form, then rows up to 10,000 with 64 columns each, every cell its own shared string,
     * so the shared strings, the cells and the characters kept are all close to their limits.
     */
    static byte[] limitWorkbook() {
        int rows = 10_000;
        int columns = 64;
        int strings = (rows - FORM.length) * columns;
        return new Book().sharedStrings(out -> {
            for (int i = 0; i < strings; i++) {
                out.write(String.format("<si><t>Vendor remark %010d</t></si>", i));
            }
        }).sheet("MDS2", out -> {
            form(out);
            int s = 0;
            for (int r = FORM.length + 1; r <= rows; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < columns; c++) {
                    out.write("<c r=\"" + ref(c, r) + "\" t=\"s\"><v>" + s++ + "</v></c>");
                }
                out.write("</row>");
            }
        }).build();
    }

    /** The form, then a million empty rows (formatting only), as some exports pad the used range. */
    static byte[] millionEmptyRows() {
        return new Book().sheet("MDS2", out -> {
            form(out);
            for (int r = FORM.length + 1; r <= 1_000_000; r++) {
                out.write("<row r=\"" + r + "\"/>");
            }
        }).build();
    }

    /** The form and one more cell at A1048576, the last row Excel has: empty (styled) or with a value. */
    static byte[] strayCell(boolean withValue) {
        return new Book().sheet("MDS2", out -> {
            form(out);
            out.write("<row r=\"1048576\">" + (withValue ? cell(0, 1_048_576, "x") : "<c r=\"A1048576\" s=\"0\"/>")
                    + "</row>");
        }).build();
    }

    /** The form plus a shared strings table of {@code count} strings, {@code length} characters each. */
    static byte[] sharedStrings(int count, int length) {
        return new Book().sharedStrings(out -> {
            String text = "s".repeat(length);
            for (int i = 0; i < count; i++) {
                out.write("<si><t>" + text + "</t></si>");
            }
        }).sheet("MDS2", HostileWorkbooks::form).build();
    }

    /** The form, then {@code rows} rows whose note cell holds {@code length} characters (each cell its own text). */
    static byte[] longCells(int rows, int length) {
        return new Book().sheet("MDS2", out -> {
            form(out);
            for (int r = FORM.length + 1; r <= FORM.length + rows; r++) {
                out.write("<row r=\"" + r + "\">" + cell(0, r, "Remark") + cell(3, r, (char) ('a' + r % 26)
                        + "n".repeat(length - 1)) + "</row>");
            }
        }).build();
    }

    /** The form, then {@code count} items with ids the MDS2 does not define, each answered Yes. */
    static byte[] unknownIds(int count) {
        return new Book().sheet("MDS2", out -> {
            form(out);
            for (int i = 1; i <= count; i++) {
                int r = FORM.length + i;
                out.write("<row r=\"" + r + "\">" + cell(0, r, "XYZ-" + i) + cell(2, r, "Yes") + "</row>");
            }
        }).build();
    }
}
