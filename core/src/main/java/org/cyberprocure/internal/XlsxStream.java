package org.cyberprocure.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.SpreadsheetRows.Line;
import org.cyberprocure.internal.SpreadsheetRows.Table;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.SourceLocation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the worksheets of an XLSX workbook as a stream (SAX over each zip part, read lazily from the zip's
 * central directory), enforcing every bound while the XML is parsed: inflated bytes per part and in total, rows,
 * columns, cell length, cells and characters kept, shared strings. Nothing of a workbook is held but the cells
 * that have a value and the shared strings, so memory is bounded by those budgets, not by what the file claims.
 *
 * <p>Empty cells and rows (used-range padding, formatting far down a sheet) are skipped wherever they are; a cell
 * with a value beyond the row or column limit is refused with its cell reference. The XML parser refuses DOCTYPE
 * declarations (no entity expansion, no external entities), and part names resolve only inside the zip.
 */
final class XlsxStream {
    /** Most bytes one part (a sheet, the shared strings) may inflate to; real form sheets are well under 2 MiB. */
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /** Most bytes the parts read may inflate to together (also the pre-scan's bound on all entries). */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    /** Most characters of cell text kept from a workbook (every non-empty cell counts, shared or not). */
    static final long MAX_TEXT_CHARS = 16_000_000;
    /** Most styles and number formats read from the styles part; Excel itself allows 64,000. */
    private static final int MAX_STYLES = 65_536;
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> parts = new HashMap<>();
    private final String source;
    private final ReaderLimits limits;
    private final SAXParserFactory sax;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private long inflated;
    private long cellsKept;
    private long charsKept;
    /** Shared strings, stripped and cut at one character over the cell limit (the cell check then refuses). */
    private final List<String> sharedStrings = new ArrayList<>();
    /** Number format of each cell style ({@code s} attribute), and the workbook's own format codes. */
    private final List<Integer> styleFormats = new ArrayList<>();
    private final Map<Integer, String> formatCodes = new HashMap<>();
    private boolean date1904;

    private XlsxStream(ZipFile zip, String source, ReaderLimits limits) {
        this.zip = zip;
        this.source = source;
        this.limits = limits;
        this.sax = secureSax();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            parts.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
    }

    /** The worksheets, in workbook order, each with its non-blank rows. */
    static List<Table> read(byte[] bytes, String source, ReaderLimits limits) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            return new XlsxStream(zip, source, limits).tables();
        } catch (InputRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // commons-compress reports damaged zips with several exception types.
            throw damaged(source, "");
        }
    }

    private List<Table> tables() throws IOException {
        String workbook = relations("", "_rels/.rels").stream().filter(r -> r.type().endsWith("/officeDocument"))
                .map(Relation::target).findFirst().orElseThrow(() -> damaged(source, "no workbook part"));
        WorkbookHandler book = new WorkbookHandler();
        parse(workbook, book);
        date1904 = book.date1904;
        Map<String, Relation> byId = new HashMap<>();
        String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
        for (Relation relation : relations(folder, folder + "_rels/" + workbook.substring(folder.length()) + ".rels")) {
            byId.putIfAbsent(relation.id(), relation);
            if (relation.type().endsWith("/styles") && find(relation.target()) != null) {
                parse(relation.target(), new StylesHandler());
            } else if (relation.type().endsWith("/sharedStrings") && find(relation.target()) != null) {
                parse(relation.target(), new SharedStringsHandler());
            }
        }
        List<Table> tables = new ArrayList<>();
        for (String[] sheet : book.sheets) {
            Relation relation = byId.get(sheet[1]);
            if (relation == null || !relation.type().endsWith("/worksheet")) {
                continue; // chart sheets and dialog sheets have no cells
            }
            SheetHandler handler = new SheetHandler(sheet[0]);
            parse(relation.target(), handler);
            handler.lines.sort(Comparator.comparingInt(Line::number));
            tables.add(new Table(source, sheet[0], handler.lines));
        }
        return tables;
    }

    /** A relationship of a part, its target resolved to a part name inside the zip (never outside it). */
    private record Relation(String id, String type, String target) {
    }

    private List<Relation> relations(String folder, String relsPart) throws IOException {
        List<Relation> relations = new ArrayList<>();
        if (find(relsPart) == null) {
            return relations;
        }
        parse(relsPart, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (!local.equals("Relationship") || "External".equals(atts.getValue("TargetMode"))) {
                    return;
                }
                if (relations.size() >= SpreadsheetRows.MAX_ZIP_ENTRIES) {
                    throw damaged(source, "more relationships than the workbook has parts, in " + relsPart);
                }
                String target = resolve(folder, String.valueOf(atts.getValue("Target")));
                if (target != null) {
                    relations.add(new Relation(String.valueOf(atts.getValue("Id")),
                            String.valueOf(atts.getValue("Type")), target));
                }
            }
        });
        return relations;
    }

    /** A target relative to a folder as a part name; null when it leaves the package (e.g. {@code ../../etc}). */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.remove(segments.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    private ZipArchiveEntry find(String part) {
        return parts.get(part.toLowerCase(Locale.ROOT));
    }

    private void parse(String part, DefaultHandler handler) throws IOException {
        ZipArchiveEntry entry = find(part);
        if (entry == null) {
            throw damaged(source, "the part " + part + " is missing");
        }
        try (InputStream in = new Budget(zip.getInputStream(entry), part)) {
            XMLReader reader = sax.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            if (e.getException() instanceof InputRejectedException rejected) {
                throw rejected;
            }
            throw damaged(source, "the part " + part + " is not well-formed XML or declares a DOCTYPE (line "
                    + e.getLineNumber() + ")");
        } catch (SAXException e) {
            if (e.getException() instanceof InputRejectedException rejected) {
                throw rejected;
            }
            throw damaged(source, "the part " + part + " cannot be read");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a secure configuration", e);
        }
    }

    /** A SAX parser for untrusted XML: no DOCTYPE at all (so no entities), no external resources. */
    private static SAXParserFactory secureSax() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a secure configuration", e);
        }
    }

    static InputRejectedException damaged(String source, String what) {
        return what.isEmpty()
                ? InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.xlsx.damaged")
                : InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.xlsx.damagedDetail",
                        what);
    }

    private InputRejectedException tooLarge(SourceLocation where, String what) {
        return new InputRejectedException(Reason.TOO_LARGE, where, what);
    }

    /** Counts inflated bytes while a part is read: a zip bomb stops at the budget, whatever its headers claim. */
    private final class Budget extends FilterInputStream {
        private final String part;
        private long read;

        Budget(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            inflated += n;
            if (read > MAX_PART_BYTES) {
                throw tooLarge(SourceLocation.of(source), "the workbook part " + part + " inflates to more than "
                        + MAX_PART_BYTES / (1024 * 1024) + " MiB, the reader's limit per part");
            }
            if (inflated > MAX_INFLATED_BYTES) {
                throw tooLarge(SourceLocation.of(source), "the workbook inflates to more than "
                        + MAX_INFLATED_BYTES / (1024 * 1024) + " MiB (a zip bomb?); refused");
            }
        }
    }

    /** The sheets' names and relationship ids, and the date system. */
    private final class WorkbookHandler extends DefaultHandler {
        final List<String[]> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (local.equals("workbookPr")) {
                String value = atts.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (local.equals("sheet")) {
                if (sheets.size() >= SpreadsheetRows.MAX_SHEETS) {
                    throw tooLarge(SourceLocation.of(source), "more than " + SpreadsheetRows.MAX_SHEETS
                            + " worksheets, the reader's limit");
                }
                String id = "";
                for (int i = 0; i < atts.getLength(); i++) {
                    if (atts.getLocalName(i).equals("id") && !atts.getURI(i).isEmpty()) {
                        id = atts.getValue(i); // r:id, in the transitional or the strict namespace
                    }
                }
                sheets.add(new String[] {String.valueOf(atts.getValue("name")), id});
            }
        }
    }

    /** The number format of each cell style, and the workbook's own format codes (to tell dates). */
    private final class StylesHandler extends DefaultHandler {
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (local.equals("numFmt") && formatCodes.size() < MAX_STYLES) {
                Integer id = number(atts.getValue("numFmtId"));
                String code = atts.getValue("formatCode");
                if (id != null && code != null && code.length() <= 255) {
                    formatCodes.put(id, code);
                }
            } else if (local.equals("cellXfs")) {
                inCellXfs = true;
            } else if (local.equals("xf") && inCellXfs && styleFormats.size() < MAX_STYLES) {
                Integer id = number(atts.getValue("numFmtId"));
                styleFormats.add(id == null ? 0 : id);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    /** The shared strings table, bounded in entries and characters while it is read. */
    private final class SharedStringsHandler extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private boolean inItem;
        private boolean inText;
        private int phonetic;
        private long chars;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "si" -> {
                    if (sharedStrings.size() >= maxCells()) {
                        throw tooLarge(SourceLocation.of(source), "more than " + maxCells() + " shared strings,"
                                + " the reader's limit (rows x columns)");
                    }
                    inItem = true;
                    text.setLength(0);
                }
                case "t" -> inText = inItem && phonetic == 0;
                case "rPh" -> phonetic++; // phonetic guides are not part of the text
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            long room = limits.maxCsvFieldLength() * 2L + 1 - text.length();
            if (inText && room > 0) {
                text.append(ch, start, (int) Math.min(length, room)); // the rest cannot make the cut any shorter
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> {
                    inItem = false;
                    String value = text.toString().strip();
                    if (value.length() > limits.maxCsvFieldLength()) {
                        value = value.substring(0, limits.maxCsvFieldLength() + 1); // refused if a cell uses it
                    }
                    chars += value.length();
                    if (chars > MAX_TEXT_CHARS) {
                        throw tooLarge(SourceLocation.of(source), "the shared strings hold more than "
                                + MAX_TEXT_CHARS + " characters, the reader's limit");
                    }
                    sharedStrings.add(value.isEmpty() ? "" : value);
                }
                default -> {
                }
            }
        }
    }

    private long maxCells() {
        return (long) limits.maxCsvRecords() * SpreadsheetRows.MAX_COLUMNS;
    }

    /** One worksheet's rows with a value, checked cell by cell as they stream past. */
    private final class SheetHandler extends DefaultHandler {
        final List<Line> lines = new ArrayList<>();
        private final String sheet;
        private final StringBuilder text = new StringBuilder();
        private final String[] row = new String[SpreadsheetRows.MAX_COLUMNS];
        private int rowNumber;
        private int width;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private int phonetic;

        SheetHandler(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? (int) Math.min(rowNumber + 1L, Integer.MAX_VALUE) : rowOf(r);
                    column = -1;
                    width = 0;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    int at = ref == null ? -1 : columnOf(ref);
                    column = at < 0 ? Math.min(column + 1, 1 << 20) : at;
                    type = String.valueOf(atts.getValue("t"));
                    Integer s = number(atts.getValue("s"));
                    style = s == null ? 0 : s;
                    text.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inValue = phonetic == 0; // the text of an inline string (<is>)
                case "rPh" -> phonetic++;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inValue) {
                return;
            }
            if (text.length() + length > limits.maxCsvFieldLength() * 2L + 16) {
                throw cellTooLong(); // even stripped, it cannot fit: stop before buffering it
            }
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "rPh" -> phonetic--;
                case "c" -> cell(value());
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void cell(String value) {
            if (value.isEmpty()) {
                return; // padding: formatting without a value, wherever it is
            }
            if (rowNumber > limits.maxCsvRecords()) {
                throw tooLarge(location(), "a cell with a value below row " + limits.maxCsvRecords()
                        + ", the reader's limit of rows per worksheet");
            }
            if (column >= SpreadsheetRows.MAX_COLUMNS) {
                throw tooLarge(location(), "a cell with a value right of column " + SpreadsheetRows.MAX_COLUMNS
                        + ", the reader's limit of columns");
            }
            if (value.length() > limits.maxCsvFieldLength()) {
                throw cellTooLong();
            }
            if (++cellsKept > maxCells()) {
                throw tooLarge(location(), "more than " + maxCells() + " cells with a value in the workbook,"
                        + " the reader's limit");
            }
            charsKept += value.length();
            if (charsKept > MAX_TEXT_CHARS) {
                throw tooLarge(location(), "more than " + MAX_TEXT_CHARS + " characters of cell text in the"
                        + " workbook, the reader's limit");
            }
            row[column] = value;
            width = Math.max(width, column + 1);
        }

        private void endRow() {
            if (width > 0) {
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) {
                    cells[c] = row[c] == null ? "" : row[c];
                }
                lines.add(new Line(rowNumber, Arrays.asList(cells)));
            }
            Arrays.fill(row, 0, width, null);
            width = 0;
        }

        private SourceLocation location() {
            return SourceLocation.cell(source, sheet, rowNumber, (int) Math.min(column + 1L, 16_384));
        }

        private InputRejectedException cellTooLong() {
            return tooLarge(location(), "a cell longer than " + limits.maxCsvFieldLength()
                    + " characters, the reader's limit");
        }

        /** A cell's text: shared and inline strings, booleans as yes/no, dates as ISO dates, errors as blank. */
        private String value() {
            String raw = text.toString();
            return switch (type) {
                case "s" -> {
                    Integer index = number(raw.strip());
                    if (index == null || index >= sharedStrings.size()) {
                        throw damaged(source, "cell " + location().describe() + " refers to a shared string"
                                + " the workbook lacks");
                    }
                    yield sharedStrings.get(index);
                }
                case "b" -> raw.isBlank() ? "" : raw.strip().equals("1") || raw.strip().equals("true") ? "yes" : "no";
                case "e" -> "";
                case "inlineStr", "str" -> raw.strip();
                case "d" -> raw.strip().length() >= 10 && raw.strip().charAt(4) == '-' ? raw.strip().substring(0, 10)
                        : raw.strip();
                default -> number(raw.strip(), style);
            };
        }
    }

    /** A numeric cell as Excel shows it: ISO date for date formats, else its number format (never evaluated). */
    private String number(String raw, int style) {
        if (raw.isEmpty()) {
            return "";
        }
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        int format = style >= 0 && style < styleFormats.size() ? styleFormats.get(style) : 0;
        String code = formatCodes.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
        try {
            if (code != null && DateUtil.isADateFormat(format, code) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
                return date == null ? raw : date.toLocalDate().toString();
            }
            return formatter.formatRawCellContents(value, format, code == null ? "General" : code).strip();
        } catch (RuntimeException e) {
            return raw; // an odd format code: the number as written
        }
    }

    /** A non-negative decimal of at most nine digits, or null. */
    private static Integer number(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(text);
    }

    /** A row number; references beyond nine digits read as the largest number (far beyond every limit). */
    private static int rowOf(String text) {
        String digits = text.strip();
        if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        }
        return 0;
    }

    /** The 0-based column of a cell reference such as {@code BL17}; huge for references beyond Excel's range. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = Math.min(column * 26 + (c - 'A' + 1), 1 << 20);
        }
        return column - 1;
    }
}
