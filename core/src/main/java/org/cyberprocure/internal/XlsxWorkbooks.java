package org.cyberprocure.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.SpreadsheetRows.Line;
import org.cyberprocure.internal.SpreadsheetRows.Table;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.SourceLocation;

/**
 * The Apache POI half of {@link SpreadsheetRows}: the only class that touches POI, so that POI stays an optional
 * dependency (CSV exports read without it; {@link OptionalDependencies#requirePoi()} guards every call here).
 */
final class XlsxWorkbooks {
    /** POI's guard: an entry may not inflate to more than 100 times its compressed size. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // Global POI settings: only ever tightened, so an embedder's stricter choice stays.
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > SpreadsheetRows.MAX_INFLATED_BYTES) {
            ZipSecureFile.setMaxEntrySize(SpreadsheetRows.MAX_INFLATED_BYTES);
        }
    }

    private XlsxWorkbooks() {
    }

    /** Every worksheet of a workbook that passed {@link SpreadsheetRows}' zip pre-scan, in workbook order. */
    static List<Table> tables(byte[] bytes, String source, ReaderLimits limits) {
        SourceLocation whole = SourceLocation.of(source);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() > SpreadsheetRows.MAX_SHEETS) {
                throw new InputRejectedException(Reason.TOO_LARGE, whole,
                        "more than " + SpreadsheetRows.MAX_SHEETS + " worksheets, the reader's limit");
            }
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                tables.add(table(sheet, source, limits));
            }
            return tables;
        } catch (InputRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports damaged zips, XML and records with many unchecked exception types.
            throw new InputRejectedException(Reason.UNREADABLE, whole, "the workbook is damaged or not a valid"
                    + " XLSX file (" + e.getClass().getSimpleName() + "); open it in Excel and save it again");
        }
    }

    /** Why bytes that are no zip are not an XLSX workbook. */
    static String notXlsx(byte[] bytes) {
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

    private static Table table(Sheet sheet, String source, ReaderLimits limits) {
        String name = sheet.getSheetName();
        if (sheet.getLastRowNum() + 1 > limits.maxCsvRecords()) {
            throw new InputRejectedException(Reason.TOO_LARGE, SourceLocation.cell(source, name,
                    limits.maxCsvRecords() + 1, 0), "more than " + limits.maxCsvRecords()
                    + " rows in one worksheet, the reader's limit");
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<Line> lines = new ArrayList<>();
        for (Row row : sheet) {
            int number = row.getRowNum() + 1;
            if (row.getLastCellNum() > SpreadsheetRows.MAX_COLUMNS) {
                throw new InputRejectedException(Reason.TOO_LARGE, SourceLocation.cell(source, name, number,
                        SpreadsheetRows.MAX_COLUMNS + 1), "more than " + SpreadsheetRows.MAX_COLUMNS + " columns, the reader's limit");
            }
            String[] cells = new String[Math.max(0, row.getLastCellNum())];
            Arrays.fill(cells, "");
            for (Cell cell : row) {
                String text = text(cell, formatter).strip();
                if (text.length() > limits.maxCsvFieldLength()) {
                    throw new InputRejectedException(Reason.TOO_LARGE, SourceLocation.cell(source, name, number,
                            cell.getColumnIndex() + 1), "a cell longer than " + limits.maxCsvFieldLength()
                            + " characters, the reader's limit");
                }
                cells[cell.getColumnIndex()] = text;
            }
            Line line = new Line(number, Arrays.asList(cells));
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return new Table(source, name, lines);
    }

    /** A cell as text; dates as ISO dates, formulas as their cached result (never evaluated). */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime date = cell.getLocalDateTimeCellValue();
                    yield date == null ? "" : date.toLocalDate().toString();
                }
                yield cell.getCellType() == CellType.FORMULA
                        ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                                cell.getCellStyle().getDataFormatString())
                        : formatter.formatCellValue(cell);
            }
            default -> "";
        };
    }
}
