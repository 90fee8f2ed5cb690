package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.internal.SpreadsheetRows.Table;
import org.cyberprocure.io.ReaderLimits;
import org.junit.jupiter.api.Test;

class SpreadsheetRowsTest {
    static final ReaderLimits LIMITS = ReaderLimits.defaults();

    static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Cover").createRow(0).createCell(0).setCellValue("Title page");
            Sheet sheet = wb.createSheet("Form");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("  Question ID ");
            header.createCell(3).setCellValue("Answer");
            Row date = sheet.createRow(4);
            date.createCell(0).setCellValue("DOC-7");
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.createCell(3).setCellValue(LocalDate.of(2026, 10, 15));
            date.getCell(3).setCellStyle(style);
            Row formula = sheet.createRow(5);
            formula.createCell(0).setCellValue("X-1");
            formula.createCell(3).setCellFormula("\"Y\"&\"es\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Row number = sheet.createRow(6);
            number.createCell(0).setCellValue(42);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void xlsx_givesEverySheet_withTrimmedCells_isoDates_cachedFormulas_andCellLocations() throws IOException {
        List<Table> tables = SpreadsheetRows.xlsx(workbook(), "f.xlsx", LIMITS);
        assertThat(tables).extracting(Table::sheet).containsExactly("Cover", "Form");
        Table form = tables.get(1);
        assertThat(form.lines()).hasSize(4);
        assertThat(form.lines().get(0).cell(0)).isEqualTo("Question ID");
        assertThat(form.lines().get(0).number()).isEqualTo(3);
        assertThat(form.lines().get(1).cell(3)).isEqualTo("2026-10-15");
        assertThat(form.lines().get(2).cell(3)).isEqualTo("Yes");
        assertThat(form.lines().get(3).cell(0)).isEqualTo("42");
        assertThat(form.lines().get(3).cell(9)).isEmpty();
        assertThat(form.location(form.lines().get(1), 3).describe()).isEqualTo("f.xlsx, sheet 'Form', row 5, column D");
    }

    @Test
    void csv_semicolonOrComma_withBom_quotedLineBreaks_andLineLocations() {
        String text = "\uFEFFid;answer\n\nA-1;\"Yes,\nreally\"\nA-2; No \n";
        Table table = SpreadsheetRows.csv(text.getBytes(StandardCharsets.UTF_8), "f.csv", LIMITS);
        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines().get(1).cells()).containsExactly("A-1", "Yes,\nreally");
        assertThat(table.lines().get(1).number()).isEqualTo(3);
        assertThat(table.lines().get(2).number()).isEqualTo(5);
        assertThat(table.location(table.lines().get(2), 1).describe()).isEqualTo("f.csv, line 5, column 2");
    }

    @Test
    void csvNotUtf8_isRejectedAtTheByte() {
        byte[] latin1 = "id,answer\nA-1,Oui c\u00e9dille\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SpreadsheetRows.csv(latin1, "f.csv", LIMITS)).isInstanceOf(
                InputRejectedException.class).satisfies(e -> {
                    InputRejectedException r = (InputRejectedException) e;
                    assertThat(r.reason()).isEqualTo(Reason.BAD_ENCODING);
                    assertThat(r.problems().get(0).location().line()).isEqualTo(2);
                    assertThat(r.getMessage()).contains("0xE9");
                });
        byte[] utf16 = "id,answer".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> SpreadsheetRows.csv(utf16, "f.csv", LIMITS)).hasMessageContaining("UTF-16");
    }

    @Test
    void csvUnclosedQuote_isMalformed() {
        assertThatThrownBy(() -> SpreadsheetRows.csv("id,answer\nA-1,\"Yes\n".getBytes(StandardCharsets.UTF_8),
                "f.csv", LIMITS)).isInstanceOf(InputRejectedException.class).hasMessageContaining("never closed");
    }

    @Test
    void limits_rowsAndCells_areEnforced() {
        String rows = "id,answer\n" + "A-1,yes\n".repeat(20);
        assertThatThrownBy(() -> SpreadsheetRows.csv(rows.getBytes(StandardCharsets.UTF_8), "f.csv",
                LIMITS.withMaxCsvRecords(10))).satisfies(e -> assertThat(((InputRejectedException) e).reason())
                .isEqualTo(Reason.TOO_LARGE));
        String longCell = "id,answer\nA-1," + "y".repeat(200) + "\n";
        assertThatThrownBy(() -> SpreadsheetRows.csv(longCell.getBytes(StandardCharsets.UTF_8), "f.csv",
                LIMITS.withMaxCsvFieldLength(100))).hasMessageContaining("longer than 100");
    }

    @Test
    void csvBlankLines_countTowardTheRowLimit() {
        String padded = "id,answer\n" + "\n".repeat(10_000) + "A-1,yes\n";
        InputRejectedException e = catchThrowableOfType(InputRejectedException.class,
                () -> SpreadsheetRows.csv(padded.getBytes(StandardCharsets.UTF_8), "f.csv", LIMITS));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).describe()).isEqualTo("f.csv, line 10002: more than 10000 lines, the reader's"
                + " limit (blank lines count)");
        String trailing = "id,answer\nA-1,yes\n" + "\n".repeat(20_000);
        assertThat(SpreadsheetRows.csv(trailing.getBytes(StandardCharsets.UTF_8), "f.csv", LIMITS).lines()).hasSize(2);
    }

    @Test
    void tooLargeStream_isRejectedBeforeParsing() {
        byte[] big = new byte[2048];
        assertThatThrownBy(() -> SpreadsheetRows.readBounded(new java.io.ByteArrayInputStream(big), "f.xlsx",
                LIMITS.withMaxFileBytes(1024))).satisfies(e -> assertThat(((InputRejectedException) e).reason())
                .isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void corruptWorkbook_isRejectedWithoutPoiExceptions() throws IOException {
        byte[] good = workbook();
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> SpreadsheetRows.xlsx(truncated, "f.xlsx", LIMITS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("f.xlsx");
        assertThatThrownBy(() -> SpreadsheetRows.xlsx("not a workbook".getBytes(StandardCharsets.UTF_8), "f.xlsx",
                LIMITS)).isInstanceOf(InputRejectedException.class).hasMessageContaining("not an XLSX");
        byte[] zipOfJunk = zip("xl/workbook.xml", "<<<".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SpreadsheetRows.xlsx(zipOfJunk, "f.xlsx", LIMITS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("damaged");
    }

    @Test
    void encryptedOrLegacyWorkbook_isNamedAsSuch() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(workbook());
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        assertThatThrownBy(() -> SpreadsheetRows.xlsx(encrypted.toByteArray(), "f.xlsx", LIMITS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("password-protected");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet("S");
            legacy.write(xls);
        }
        assertThatThrownBy(() -> SpreadsheetRows.xlsx(xls.toByteArray(), "f.xls", LIMITS))
                .hasMessageContaining("legacy Excel 97-2003");
    }

    @Test
    void zipBomb_isRefusedByThePreScan() throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 101; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat((long) out.size()).isLessThan(LIMITS.maxFileBytes());
        assertThatThrownBy(() -> SpreadsheetRows.xlsx(out.toByteArray(), "bomb.xlsx", LIMITS))
                .satisfies(e -> assertThat(((InputRejectedException) e).reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("zip bomb");
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
